package flows

import (
	"fmt"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Summaries schedules the supervisor's digest, so the district office has
// the picture without asking: the morning after a deadline, and every week
// while a period is open.
//
//	reminders:
//	  summaries:
//	    after_deadline: "08:00"   # the day after the last on-time day
//	    weekly: "mon 08:00"       # while the period is open
type Summaries struct {
	AfterDeadline string `yaml:"after_deadline"`
	Weekly        string `yaml:"weekly"`

	afterAt, weeklyAt Clock
	hasAfter          bool
	hasWeekly         bool
	weekday           time.Weekday
	line              int
	problems          []ConfigProblem
}

// UnmarshalYAML records the section's line and rejects unknown fields.
func (s *Summaries) UnmarshalYAML(n *yaml.Node) error {
	type plain Summaries
	s.line = n.Line
	s.problems = decodeStrict(n, (*plain)(s), "summaries")
	return nil
}

var weekdays = map[string]time.Weekday{
	"mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday,
	"fri": time.Friday, "sat": time.Saturday, "sun": time.Sunday,
	"t2": time.Monday, "t3": time.Tuesday, "t4": time.Wednesday, "t5": time.Thursday,
	"t6": time.Friday, "t7": time.Saturday, "cn": time.Sunday,
}

func checkSummaries(s *Summaries, e *ConfigError) {
	if s == nil {
		return
	}
	e.addp(s.problems)
	if s.AfterDeadline != "" {
		c, err := ParseClock(s.AfterDeadline)
		if err != nil {
			e.addm(s.line, "config.summary_after_bad", "value", s.AfterDeadline)
		}
		s.afterAt, s.hasAfter = c, err == nil
	}
	if s.Weekly != "" {
		day, at, ok := strings.Cut(strings.ToLower(strings.TrimSpace(s.Weekly)), " ")
		wd, known := weekdays[day]
		c, err := ParseClock(strings.TrimSpace(at))
		if !ok || !known || err != nil {
			e.addm(s.line, "config.summary_weekly_bad", "value", s.Weekly)
		}
		s.weekday, s.weeklyAt, s.hasWeekly = wd, c, ok && known && err == nil
	}
}

// SummarySlot is one scheduled digest of a form's period.
type SummarySlot struct {
	Form          *Form
	Period        Period
	Key           string // marked once per supervisor: SummaryKey(Key, person)
	At            time.Time
	AfterDeadline bool // the morning after the deadline; else the weekly one
}

// SummaryKey marks one supervisor's scheduled digest. It shares the
// "digest/FORM/PERIOD/" prefix of the overdue lists, so the scheduler's
// state loads it with them.
func SummaryKey(slot, personID string) string { return slot + "/" + personID }

// summaryWindow is how late a missed slot may still go out: a digest of
// yesterday morning is still news after a restart; one of last week is not.
const summaryWindow = 24 * time.Hour

// SummariesDueAt lists the scheduled digests whose moment has come at now
// (within the last day), for every open period. Whether a supervisor
// already got one is the caller's mark to check.
func SummariesDueAt(cfg *Config, now time.Time) []SummarySlot {
	rem := cfg.Reminders
	if rem == nil || rem.Summaries == nil || rem.Quiet(now) {
		return nil
	}
	s := rem.Summaries
	var out []SummarySlot
	for _, f := range cfg.Forms {
		for _, p := range f.OpenPeriods(now) {
			afterDay := p.Deadline // the day after the last on-time day
			if s.hasAfter {
				at := s.afterAt.on(afterDay)
				if due(at, now) {
					out = append(out, SummarySlot{Form: f, Period: p, At: at, AfterDeadline: true,
						Key: fmt.Sprintf("digest/%s/%s/summary/after", f.ID, p.Key)})
					continue // one digest that day, not two
				}
			}
			if s.hasWeekly {
				at := lastWeekday(now, s.weekday, s.weeklyAt)
				sameDay := s.hasAfter && at.Format("2006-01-02") == afterDay.Format("2006-01-02")
				// A period that opened this week has nothing to tell yet.
				settled := !at.Before(p.Opens.AddDate(0, 0, 3))
				if due(at, now) && settled && at.Before(p.Locks) && !sameDay {
					out = append(out, SummarySlot{Form: f, Period: p, At: at,
						Key: fmt.Sprintf("digest/%s/%s/summary/week-%s", f.ID, p.Key, at.Format("2006-01-02"))})
				}
			}
		}
	}
	return out
}

func due(at, now time.Time) bool { return !now.Before(at) && now.Before(at.Add(summaryWindow)) }

// lastWeekday is the latest moment ≤ now that falls on wd at clock c.
func lastWeekday(now time.Time, wd time.Weekday, c Clock) time.Time {
	t := c.on(now)
	for t.Weekday() != wd || t.After(now) {
		t = c.on(t.AddDate(0, 0, -1))
	}
	return t
}
