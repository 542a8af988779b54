package flows

import (
	"sort"
	"time"
)

// Urgency is where a period stands against its deadline on a given day, so
// that every list of reports can put what is due first and mark it.
type Urgency int

const (
	// DueLater: the last on-time day is still to come.
	DueLater Urgency = iota
	// DueToday: today is the last on-time day.
	DueToday
	// Overdue: the last on-time day has passed.
	Overdue
)

// UrgencyAt says where p stands at now, by calendar day in Vietnam (a report
// due on 20/12 is "due today" all of 20/12, overdue from 21/12).
func (p Period) UrgencyAt(now time.Time) Urgency {
	switch d := p.DaysLate(now); {
	case d > 0:
		return Overdue
	case d == 0:
		return DueToday
	}
	return DueLater
}

// ByDeadline orders items by their period's deadline, earliest first. Items
// due on the same day keep their order (the configuration's form order), so
// a list reads the same from one day to the next.
func ByDeadline[T any](items []T, period func(T) Period) {
	sort.SliceStable(items, func(i, j int) bool {
		return period(items[i]).Deadline.Before(period(items[j]).Deadline)
	})
}

// ByConcern orders the periods a supervisor picks from: those still taking
// reports at now (not locked) first, earliest deadline first, since those
// are the ones to chase; then the closed ones, newest first, since those
// are the ones looked back on. Equal deadlines keep their order.
func ByConcern[T any](items []T, now time.Time, period func(T) Period) {
	sort.SliceStable(items, func(i, j int) bool {
		a, b := period(items[i]), period(items[j])
		if openA, openB := !a.IsLocked(now), !b.IsLocked(now); openA != openB {
			return openA
		} else if openA {
			return a.Deadline.Before(b.Deadline)
		}
		return a.Deadline.After(b.Deadline)
	})
}
