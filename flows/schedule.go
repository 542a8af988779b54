package flows

// Reminder schedules as configuration data: the ladder of reminders per
// form, the quiet hours, and the deadline rule "day N of the month after the
// period" that clamps in short months. Everything here is checked when the
// configuration loads, so a ladder that could never fire (a rung before the
// period opens, a form that does not exist) is an error with its line, not a
// silent gap at the end of the month.

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/baocao/baocao/locales"
)

// Clock is a time of day in minutes after midnight, written "07:30".
type Clock int

// ParseClock reads "7:30" or "07:30".
func ParseClock(s string) (Clock, error) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || hh < 0 || hh > 23 || mm < 0 || mm > 59 || len(m) != 2 {
		return 0, fmt.Errorf("flows.ParseClock: %q is not a time of day (expected e.g. 07:30)", s)
	}
	return Clock(hh*60 + mm), nil
}

func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60) }

// on returns the instant of clock c on the calendar day of t (Vietnam's zone).
func (c Clock) on(t time.Time) time.Time {
	t = t.In(locales.Zone)
	return time.Date(t.Year(), t.Month(), t.Day(), int(c)/60, int(c)%60, 0, 0, locales.Zone)
}

func clockOf(t time.Time) Clock {
	t = t.In(locales.Zone)
	return Clock(t.Hour()*60 + t.Minute())
}

// Rung is one step of a reminder ladder: Day days after the last on-time
// day (-3: three days before; 0: the morning of the deadline; 2: two days
// late), at a time of day.
type Rung struct {
	Day int
	At  Clock
	set bool // At was given on the rung itself
}

// Overdue reports whether the rung comes after the deadline: its units are
// then also listed to their supervisors.
func (r Rung) Overdue() bool { return r.Day > 0 }

// UnmarshalYAML reads a rung as a number of days ("-3") or as days and a
// time ("-1 16:00").
func (r *Rung) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return typeErr(n.Line, "config.rung_not_scalar")
	}
	days, at, hasAt := strings.Cut(strings.TrimSpace(n.Value), " ")
	d, err := strconv.Atoi(strings.TrimPrefix(days, "+"))
	if err != nil {
		return typeErr(n.Line, "config.rung_days_bad", "rung", n.Value)
	}
	r.Day = d
	if hasAt {
		c, err := ParseClock(at)
		if err != nil {
			return typeErr(n.Line, "config.rung_time_bad", "rung", n.Value)
		}
		r.At, r.set = c, true
	}
	return nil
}

// Ladder is the reminders of one form.
type Ladder struct {
	Form  string `yaml:"form"`
	At    string `yaml:"at"` // default time of the rungs, e.g. "08:00"
	Rungs []Rung `yaml:"rungs"`

	line     int
	problems []ConfigProblem // found while decoding, reported by checkReminders
}

// UnmarshalYAML records the ladder's line and rejects unknown fields.
func (l *Ladder) UnmarshalYAML(n *yaml.Node) error {
	type plain Ladder
	l.line = n.Line
	l.problems = decodeStrict(n, (*plain)(l), "ladder")
	return nil
}

// Reminders is the reminder configuration: which forms are chased, when,
// and when nobody is disturbed.
type Reminders struct {
	// QuietHours is "21:00-07:00" by default: no reminder goes out then; a
	// rung that falls inside goes out when they end.
	QuietHours string    `yaml:"quiet_hours"`
	At         string    `yaml:"at"` // default time of day of every rung, "08:00"
	Ladders    []*Ladder `yaml:"ladders"`
	// Summaries says when supervisors get the digest without asking.
	Summaries *Summaries `yaml:"summaries"`

	QuietFrom, QuietTo Clock `yaml:"-"`
	line               int
	byForm             map[string]*Ladder
	problems           []ConfigProblem
}

// UnmarshalYAML records the section's line and rejects unknown fields.
func (r *Reminders) UnmarshalYAML(n *yaml.Node) error {
	type plain Reminders
	r.line = n.Line
	r.problems = decodeStrict(n, (*plain)(r), "reminders")
	return nil
}

// Ladder returns the ladder of a form, or nil when it is not chased.
func (r *Reminders) Ladder(form string) *Ladder {
	if r == nil {
		return nil
	}
	return r.byForm[form]
}

// Quiet reports whether t falls in the quiet hours.
func (r *Reminders) Quiet(t time.Time) bool {
	if r == nil || r.QuietFrom == r.QuietTo {
		return false
	}
	c := clockOf(t)
	if r.QuietFrom < r.QuietTo {
		return c >= r.QuietFrom && c < r.QuietTo
	}
	return c >= r.QuietFrom || c < r.QuietTo
}

// OutOfQuiet moves t to the end of the quiet hours it falls in (07:00 the
// same or the next morning), or returns it unchanged.
func (r *Reminders) OutOfQuiet(t time.Time) time.Time {
	if !r.Quiet(t) {
		return t
	}
	end := r.QuietTo.on(t)
	if !end.After(t) {
		end = r.QuietTo.on(t.In(locales.Zone).AddDate(0, 0, 1))
	}
	return end
}

// RungTime is when a rung of the ladder goes out for period p: its day
// counted from the last on-time day, at its time, moved out of the quiet
// hours.
func (r *Reminders) RungTime(p Period, g Rung) time.Time {
	return r.OutOfQuiet(g.At.on(p.LastDeadlineDay().AddDate(0, 0, g.Day)))
}

// Defaults used when the configuration leaves them out.
const (
	DefaultQuietHours = "21:00-07:00"
	DefaultRemindAt   = "08:00"
)

// parseQuietHours reads "21:00-07:00".
func parseQuietHours(s string) (from, to Clock, ok bool) {
	a, b, ok := strings.Cut(s, "-")
	from, err1 := ParseClock(a)
	to, err2 := ParseClock(b)
	return from, to, ok && err1 == nil && err2 == nil
}

// DefaultReminders is what applies when the configuration has no
// reminders: section: nothing is scheduled, and the default quiet hours
// still hold for a supervisor's /nhac.
func DefaultReminders() *Reminders {
	from, to, _ := parseQuietHours(DefaultQuietHours)
	return &Reminders{QuietHours: DefaultQuietHours, QuietFrom: from, QuietTo: to, At: DefaultRemindAt}
}

// RemindersOrDefault is the configuration's reminders, or the defaults.
func (c *Config) RemindersOrDefault() *Reminders {
	if c.Reminders != nil {
		return c.Reminders
	}
	return DefaultReminders()
}

// checkReminders validates the reminders section against the forms, and
// every form's dates: a deadline must come after the opening and a lock
// not before the deadline, whatever rule produced them.
func checkReminders(cfg *Config, e *ConfigError) {
	for _, f := range cfg.Forms {
		checkFormDates(f, e)
	}
	r := cfg.Reminders
	if r == nil {
		return
	}
	e.addp(r.problems)
	for _, l := range r.Ladders {
		e.addp(l.problems)
	}
	checkSummaries(r.Summaries, e)
	if r.QuietHours == "" {
		r.QuietHours = DefaultQuietHours
	}
	qf, qt, ok := parseQuietHours(r.QuietHours)
	if !ok {
		e.addm(r.line, "config.quiet_hours_bad", "value", r.QuietHours)
	}
	r.QuietFrom, r.QuietTo = qf, qt
	if r.At == "" {
		r.At = DefaultRemindAt
	}
	at, err := ParseClock(r.At)
	if err != nil {
		e.addm(r.line, "config.remind_at_bad", "value", r.At)
	}
	r.byForm = map[string]*Ladder{}
	for _, l := range r.Ladders {
		f := cfg.Form(l.Form)
		switch {
		case l.Form == "":
			e.addm(l.line, "config.ladder_no_form")
			continue
		case f == nil:
			e.addm(l.line, "config.ladder_form_unknown", "form", l.Form, "forms", formIDs(cfg))
			continue
		case r.byForm[l.Form] != nil:
			e.addm(l.line, "config.ladder_duplicate", "form", l.Form, "other", ln(r.byForm[l.Form].line))
			continue
		}
		r.byForm[l.Form] = l
		lat := at
		if l.At != "" {
			if lat, err = ParseClock(l.At); err != nil {
				e.addm(l.line, "config.ladder_at_bad", "form", l.Form, "value", l.At)
			}
		}
		if len(l.Rungs) == 0 {
			e.addm(l.line, "config.ladder_no_rungs", "form", l.Form)
		}
		for i := range l.Rungs {
			g := &l.Rungs[i]
			if !g.set {
				g.At = lat
			}
			if i > 0 && g.Day <= l.Rungs[i-1].Day {
				e.addm(l.line, "config.ladder_rungs_order", "form", l.Form, "day", ln(g.Day), "prev", ln(l.Rungs[i-1].Day))
			}
		}
		checkLadderFits(r, f, l, e)
	}
}

// samplePeriods are the form's periods over two years, leap year included:
// enough to meet every month length the rules can hit.
func samplePeriods(f *Form) []Period {
	var out []Period
	for t := time.Date(2027, 1, 15, 0, 0, 0, 0, locales.Zone); t.Year() < 2029; t = t.AddDate(0, 1, 0) {
		p := f.PeriodAt(t)
		if len(out) == 0 || out[len(out)-1].Key != p.Key {
			out = append(out, p)
		}
	}
	return out
}

func checkFormDates(f *Form, e *ConfigError) {
	if !f.Every.valid() {
		return // reported by checkForms
	}
	if f.DeadlineDay != 0 && f.DeadlineDays != 0 {
		e.addm(f.line, "config.deadline_both", "id", f.ID)
	}
	if f.DeadlineDay < 0 || f.DeadlineDay > 31 {
		e.addm(f.line, "config.deadline_day_bad", "id", f.ID, "day", ln(f.DeadlineDay))
		return
	}
	for _, p := range samplePeriods(f) {
		if !p.Deadline.After(p.Opens) {
			e.addm(f.line, "config.deadline_before_open", "id", f.ID, "deadline", locales.Date(p.LastDeadlineDay()), "opens", locales.Date(p.Opens))
			return
		}
		if p.Locks.Before(p.Deadline) {
			e.addm(f.line, "config.lock_before_deadline", "id", f.ID, "locks", locales.Date(p.LastLockDay()), "deadline", locales.Date(p.LastDeadlineDay()))
			return
		}
	}
}

// checkLadderFits rejects rungs that could never be acted on: before the
// period opens (nobody can report yet) or after it locks.
func checkLadderFits(r *Reminders, f *Form, l *Ladder, e *ConfigError) {
	for _, g := range l.Rungs {
		for _, p := range samplePeriods(f) {
			at := g.At.on(p.LastDeadlineDay().AddDate(0, 0, g.Day))
			if at.Before(p.Opens) {
				e.addm(l.line, "config.rung_before_open", "form", f.ID, "day", ln(g.Day), "at", locales.Date(at), "period", p.Key, "opens", locales.Date(p.Opens))
				break
			}
			if !at.Before(p.Locks) {
				e.addm(l.line, "config.rung_after_lock", "form", f.ID, "day", ln(g.Day), "at", locales.Date(at), "period", p.Key, "locks", locales.Date(p.LastLockDay()))
				break
			}
		}
	}
}

func formIDs(cfg *Config) string {
	var ids []string
	for _, f := range cfg.Forms {
		ids = append(ids, f.ID)
	}
	return strings.Join(ids, ", ")
}

// deadlineAfter is the first instant after the deadline day of a period
// ending at end: DeadlineDay of the month after the period, clamped to the
// month's length (31 → 30/04, 28/02 or 29/02), or DeadlineDays after end.
func (f *Form) deadlineAfter(end time.Time) time.Time {
	if f.DeadlineDay <= 0 {
		return end.AddDate(0, 0, f.DeadlineDays)
	}
	// end is the first day of the month after the period.
	last := end.AddDate(0, 1, -1).Day()
	d := min(f.DeadlineDay, last)
	return time.Date(end.Year(), end.Month(), d, 0, 0, 0, 0, locales.Zone).AddDate(0, 0, 1)
}
