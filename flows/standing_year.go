package flows

import "github.com/baocao/baocao/locales"

// A standing line as a table shows it (the web view's unit page): the
// figure of the same period a year before, found as the standing finds it
// (across the 07/2025 merger, never an old report under a reused code),
// and the change since then.

// SinceYearAgo returns the figure of the same period a year before and the
// change since, for l; ok is false when there is none to compare with.
// For a yearly form the previous period is that period.
func (s Standing) SinceYearAgo(l StandingLine) (then, change float64, ok bool) {
	d := l.SinceYear
	if s.SameAgo {
		d = l.SincePrev
	}
	if d == nil || !l.Has {
		return 0, 0, false
	}
	if !l.YearCmp.Whole() {
		// Over the units with both figures: the earlier figure is theirs.
		return l.YearCmp.Then, *d, true
	}
	return l.Question.round(l.Value) - *d, *d, true
}

// ChangeText is a change as a standing prints it: "▲ 1,2 điểm %", "▼ 3".
func ChangeText(q *Question, d float64) locales.Msg { return change(q, d) }
