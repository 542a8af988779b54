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
