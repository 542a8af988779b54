package flows

// Who is due which reminder at a given moment. Due is pure: it is given the
// configuration, the time, and what the store knows (who submitted, who has
// a draft, which reminders were already marked as sent) and returns what to
// send now. Cron only ticks; a restart after downtime asks Due again and
// gets the latest rung that still applies, once.

import (
	"fmt"
	"sort"
	"time"

	"github.com/baocao/baocao/locales"
)

// RemindState is what the store knows that decides reminders.
type RemindState struct {
	People []*Person
	// Submitted holds ReportKey(form, period, unit) of every current submission.
	Submitted map[string]bool
	// Drafts maps ReportKey(form, period, unit) to the people with a draft of it.
	Drafts map[string][]string
	// Marks holds the keys of reminders and digests already sent.
	Marks map[string]bool
}

// ReportKey names one unit's report of a form for a period.
func ReportKey(form, period, unit string) string { return form + "/" + period + "/" + unit }

// Reminder is one unit's reminder: to its reachable officers, about one
// form and period. Key is the mark that records it was sent.
type Reminder struct {
	Key    string
	Form   *Form
	Period Period
	Unit   *Unit
	Rung   Rung
	// Manual is set for a reminder a supervisor asked for (/nhac).
	Manual bool
	To     []Recipient
}

// Recipient is one officer to remind; Draft is set when they have an
// unfinished draft of the report, which the message offers to continue.
type Recipient struct {
	Person *Person
	Draft  bool
}

// OverdueList lists a parent unit's overdue units to its supervisors, once per
// overdue rung.
type OverdueList struct {
	Key     string
	Form    *Form
	Period  Period
	Parent  *Unit
	Rung    Rung
	To      []*Person
	Overdue []OverdueUnit
	// Unreachable lists the officers under Parent who blocked the bot.
	Unreachable []*Person
}

// OverdueUnit is one line of a digest.
type OverdueUnit struct {
	Unit        *Unit
	Draft       bool
	NoOfficer   bool      // nobody is linked to report for it
	Unreachable []*Person // its officers who cannot be reached
}

// Due is what goes out at one moment.
type Due struct {
	Reminders    []Reminder
	OverdueLists []OverdueList
}

// RemindKey is the mark of a unit's reminder for a rung.
func RemindKey(form, period, unit string, day int) string {
	return fmt.Sprintf("remind/%s/%s/%s/%+d", form, period, unit, day)
}

// DigestKey is the mark of a parent unit's digest for a rung.
func DigestKey(form, period, parent string, day int) string {
	return fmt.Sprintf("digest/%s/%s/%s/%+d", form, period, parent, day)
}

// roster indexes people by the units they serve.
type roster struct {
	officers    map[string][]*Person // unit → reachable officers
	unreachable map[string][]*Person // unit → officers who blocked the bot
	supervisors map[string][]*Person // unit → reachable supervisors linked to it
}

func newRoster(people []*Person) roster {
	r := roster{officers: map[string][]*Person{}, unreachable: map[string][]*Person{}, supervisors: map[string][]*Person{}}
	for _, p := range people {
		for _, l := range p.Links {
			switch {
			case l.Role == Officer && p.Unreachable:
				r.unreachable[l.Unit] = append(r.unreachable[l.Unit], p)
			case l.Role == Officer:
				r.officers[l.Unit] = append(r.officers[l.Unit], p)
			case l.Role.Supervises() && !p.Unreachable:
				r.supervisors[l.Unit] = append(r.supervisors[l.Unit], p)
			}
		}
	}
	return r
}

// watchers are the supervisors who hear about u's units: those linked to u,
// or, when nobody is, to the nearest unit above it.
func (r roster) watchers(u *Unit) []*Person {
	for x := u; x != nil; x = x.Parent {
		if s := r.supervisors[x.Code]; len(s) > 0 {
			return s
		}
	}
	return nil
}

func (r roster) recipients(st *RemindState, f *Form, p Period, u *Unit) []Recipient {
	drafts := st.Drafts[ReportKey(f.ID, p.Key, u.Code)]
	var out []Recipient
	for _, o := range r.officers[u.Code] {
		rc := Recipient{Person: o}
		for _, id := range drafts {
			rc.Draft = rc.Draft || id == o.ID
		}
		out = append(out, rc)
	}
	return out
}

// DueAt returns the reminders and digests to send at now. For each form
// with a ladder and each of its open periods, a unit that has not submitted
// gets the latest rung whose time has come, unless that rung or a later
// one is already marked: after downtime a "3 days before" that is past is
// replaced by the rung that applies now, and nothing goes twice. In the
// quiet hours nothing is due; what fell in them goes at their end.
func DueAt(cfg *Config, now time.Time, st *RemindState) Due {
	var due Due
	rem := cfg.Reminders
	if rem == nil || rem.Quiet(now) {
		return due
	}
	ros := newRoster(st.People)
	leaves := reportingUnits(cfg)
	for _, f := range cfg.Forms {
		l := rem.Ladder(f.ID)
		if l == nil {
			continue
		}
		for _, p := range f.OpenPeriods(now) {
			i := latestRung(rem, l, p, now)
			if i < 0 || supersededSoon(rem, l, p, i, now) {
				continue
			}
			g := l.Rungs[i]
			later := l.Rungs[i:]
			var overdue map[*Unit][]OverdueUnit // by parent
			if g.Overdue() {
				overdue = map[*Unit][]OverdueUnit{}
			}
			for _, u := range leaves {
				if st.Submitted[ReportKey(f.ID, p.Key, u.Code)] {
					continue
				}
				if overdue != nil && u.Parent != nil {
					ou := OverdueUnit{Unit: u, Draft: len(st.Drafts[ReportKey(f.ID, p.Key, u.Code)]) > 0,
						Unreachable: ros.unreachable[u.Code]}
					ou.NoOfficer = len(ros.officers[u.Code]) == 0 && len(ou.Unreachable) == 0
					overdue[u.Parent] = append(overdue[u.Parent], ou)
					// A cluster's own supervisors hear about its members too.
					if cl := cfg.Cluster(u.Cluster); cl != nil && cl.scope != nil && len(ros.supervisors[cl.ID]) > 0 {
						overdue[cl.scope] = append(overdue[cl.scope], ou)
					}
				}
				if markedAny(st, later, func(day int) string { return RemindKey(f.ID, p.Key, u.Code, day) }) {
					continue
				}
				to := ros.recipients(st, f, p, u)
				if len(to) == 0 {
					// Nobody to tell: no mark either, so an officer linked
					// later still gets the rung that applies then.
					continue
				}
				due.Reminders = append(due.Reminders, Reminder{Key: RemindKey(f.ID, p.Key, u.Code, g.Day), Form: f, Period: p, Unit: u, Rung: g, To: to})
			}
			due.OverdueLists = append(due.OverdueLists, digests(st, ros, f, p, g, later, overdue)...)
		}
	}
	return due
}

func digests(st *RemindState, ros roster, f *Form, p Period, g Rung, later []Rung, overdue map[*Unit][]OverdueUnit) []OverdueList {
	parents := make([]*Unit, 0, len(overdue))
	for parent := range overdue {
		parents = append(parents, parent)
	}
	sort.Slice(parents, func(i, j int) bool { return parents[i].Code < parents[j].Code })
	var out []OverdueList
	for _, parent := range parents {
		if markedAny(st, later, func(day int) string { return DigestKey(f.ID, p.Key, parent.Code, day) }) {
			continue
		}
		to := ros.watchers(parent)
		if len(to) == 0 {
			continue
		}
		out = append(out, OverdueList{Key: DigestKey(f.ID, p.Key, parent.Code, g.Day), Form: f, Period: p, Parent: parent, Rung: g,
			To: to, Overdue: overdue[parent], Unreachable: UnreachableUnder(st.People, parent)})
	}
	return out
}

func markedAny(st *RemindState, rungs []Rung, key func(day int) string) bool {
	for _, r := range rungs {
		if st.Marks[key(r.Day)] {
			return true
		}
	}
	return false
}

// latestRung is the index of the last rung whose time has come, or -1.
func latestRung(rem *Reminders, l *Ladder, p Period, now time.Time) int {
	i := -1
	for j, g := range l.Rungs {
		if !now.Before(rem.RungTime(p, g)) {
			i = j
		}
	}
	return i
}

// catchUpGrace is how soon the next rung must come for a late catch-up to
// give way to it: a "1 day before" missed while the bot was down should not
// go out at 07:00 when the deadline-morning reminder follows at 07:30.
const catchUpGrace = 3 * time.Hour

// supersededSoon reports whether rung i is being caught up late (an hour
// or more after its time) while the next rung is due within catchUpGrace.
func supersededSoon(rem *Reminders, l *Ladder, p Period, i int, now time.Time) bool {
	if i+1 >= len(l.Rungs) || now.Sub(rem.RungTime(p, l.Rungs[i])) < time.Hour {
		return false
	}
	return rem.RungTime(p, l.Rungs[i+1]).Sub(now) <= catchUpGrace
}

// reportingUnits lists the units that report: the leaves of the tree.
func reportingUnits(cfg *Config) []*Unit {
	var out []*Unit
	for _, r := range cfg.Units.Roots {
		out = append(out, r.Leaves()...)
	}
	return out
}

// Owing lists reminders a supervisor may send by hand at now: for every
// open period of every form, the units under `under` (or only the unit
// `only`, when given) that have not submitted and have someone to remind.
// Keys are left empty: a manual reminder is marked by its request.
func Owing(cfg *Config, now time.Time, st *RemindState, under *Unit, only string) (due []Reminder, noOfficer []*Unit) {
	ros := newRoster(st.People)
	for _, f := range cfg.Forms {
		for _, p := range f.OpenPeriods(now) {
			for _, u := range under.Leaves() {
				if (only != "" && u.Code != only) || st.Submitted[ReportKey(f.ID, p.Key, u.Code)] {
					continue
				}
				to := ros.recipients(st, f, p, u)
				if len(to) == 0 {
					noOfficer = append(noOfficer, u)
					continue
				}
				due = append(due, Reminder{Form: f, Period: p, Unit: u, Manual: true, To: to})
			}
		}
	}
	return due, noOfficer
}

// UnreachableUnder lists the people linked to unit or a unit under it who
// blocked the bot, by name.
func UnreachableUnder(people []*Person, unit *Unit) []*Person {
	var out []*Person
	for _, p := range people {
		if !p.Unreachable {
			continue
		}
		for _, l := range p.Links {
			if u := unitIn(unit, l.Unit); u != nil {
				out = append(out, p)
				break
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func unitIn(top *Unit, code string) *Unit {
	if top.Code == code {
		return top
	}
	for _, c := range top.Children {
		if u := unitIn(c, code); u != nil {
			return u
		}
	}
	return nil
}

// Message is the reminder as rec reads it at now, with its button: continue
// the draft, or start the report.
func (r Reminder) Message(rec Recipient, now time.Time) (locales.Msg, [][]Button) {
	key, button := "remind.missing", "remind.button_start"
	if rec.Draft {
		key, button = "remind.draft", "remind.button_continue"
	}
	data := "/baocao " + r.Form.ID + " " + r.Period.Key
	if len(rec.Person.ReportsFor()) > 1 {
		// Linked to several units: the button says which one.
		data += " " + r.Unit.Code
	}
	m := locales.M(key, "unit", r.Unit.Named(), "title", r.Form.Title, "period", r.Period.Label(), "when", deadlineNote(r.Period, now))
	if r.Manual {
		m = locales.M("remind.manual", "text", m)
	}
	return m, [][]Button{{{Label: locales.M(button), Data: data}}}
}

// deadlineNote says how the deadline stands at now: days left, today, or
// days late, with the lock date once it is late.
func deadlineNote(p Period, now time.Time) locales.Msg {
	last := p.LastDeadlineDay()
	days := daysBetween(now, last)
	switch {
	case days > 0:
		return locales.M("remind.when_upcoming", "deadline", locales.Date(last), "days", days)
	case days == 0:
		return locales.M("remind.when_today", "deadline", locales.Date(last))
	}
	return locales.M("remind.when_overdue", "deadline", locales.Date(last), "days", -days, "locks", locales.Date(p.LastLockDay()))
}

// DaysLate counts the calendar days from the last on-time day to now's
// day: 1 on the day after the deadline; 0 or less before.
func (p Period) DaysLate(now time.Time) int { return daysBetween(p.LastDeadlineDay(), now) }

// daysBetween counts calendar days from a's day to b's day in Vietnam.
func daysBetween(a, b time.Time) int {
	a, b = a.In(locales.Zone), b.In(locales.Zone)
	da := time.Date(a.Year(), a.Month(), a.Day(), 12, 0, 0, 0, time.UTC)
	db := time.Date(b.Year(), b.Month(), b.Day(), 12, 0, 0, 0, time.UTC)
	return int(db.Sub(da).Hours() / 24)
}

// maxDigestLines keeps a digest readable on a phone; the rest is counted.
const maxDigestLines = 40

// Message is the digest for its supervisors.
func (d OverdueList) Message(now time.Time) locales.Msg {
	// The units someone can be reminded in first, by name; those nobody
	// reports for yet counted in one line (a province has a hundred).
	lines := make([]locales.Msg, 0, min(len(d.Overdue), maxDigestLines+2))
	listed, noOfficer := 0, 0
	for _, o := range d.Overdue {
		if o.NoOfficer {
			noOfficer++
			continue
		}
		if listed >= maxDigestLines {
			listed++
			continue
		}
		listed++
		key := "overdue.unit"
		switch {
		case len(o.Unreachable) > 0:
			key = "overdue.unit_unreachable"
		case o.Draft:
			key = "overdue.unit_draft"
		}
		lines = append(lines, locales.M(key, "unit", o.Unit.Named(), "code", locales.Plain(o.Unit.Code), "names", names(o.Unreachable)))
	}
	if listed > maxDigestLines {
		lines = append(lines, locales.M("overdue.more", "count", listed-maxDigestLines))
	}
	if noOfficer > 0 {
		lines = append(lines, locales.M("overdue.no_officer_count", "count", noOfficer))
	}
	m := locales.M("overdue.text", "parent", d.Parent.Named(), "title", d.Form.Title, "period", d.Period.Label(),
		"count", len(d.Overdue), "deadline", locales.Date(d.Period.LastDeadlineDay()), "days", -daysBetween(now, d.Period.LastDeadlineDay()), "lines", lines)
	if len(d.Unreachable) > 0 {
		m = locales.M("overdue.with_unreachable", "text", m, "names", names(d.Unreachable))
	}
	return m
}

func names(ps []*Person) string {
	s := ""
	for i, p := range ps {
		if i > 0 {
			s += ", "
		}
		s += p.Name
	}
	return s
}

// Status is where a unit stands on one report.
type Status int

const (
	NotStarted Status = iota
	Drafting
	Submitted
)

// StatusOf reads a unit's status on a report from the state.
func StatusOf(st *RemindState, form, period, unit string) Status {
	k := ReportKey(form, period, unit)
	switch {
	case st.Submitted[k]:
		return Submitted
	case len(st.Drafts[k]) > 0:
		return Drafting
	}
	return NotStarted
}
