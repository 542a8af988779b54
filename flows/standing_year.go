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
	// The exact earlier figure; over the units with both figures when not
	// every unit has both (then it is theirs). Never worked back from a
	// rounded copy of today's figure: 79,3 − 0,885 would print 78,4% for a
	// year that was 78,451%.
	return l.YearCmp.Then, *d, true
}

// ChangeText is a change as a standing prints it: "▲ 1,2 điểm %", "▼ 3".
func ChangeText(q *Question, d float64) locales.Msg { return change(q, d) }

// CompareDigits is how many decimals a figure now and the earlier figures
// it is compared with are printed with, so that each printed change is the
// difference of the printed figures where a decimal or two more can make
// it so (agreeingDigits): 79,336% against 78,451…% is printed 79,336% and
// 78,452%, ▲ 0,884 (at one decimal a reader would see 79,3 − 78,5 beside
// ▲ 0,9). Never fewer than the question usually shows.
//
// With two earlier figures (a year before and the period before, one
// /xuhuong line) the decimals are the fewest that make both changes
// agree; only when no length up to two more does, each is tried alone.
func CompareDigits(q *Question, now float64, thens ...float64) int {
	return CompareDigitsFrom(q, 0, now, thens...)
}

// CompareDigitsFrom is CompareDigits from at least from decimals: those
// that tell the figure from its peers and its target (StandingLine.Digits),
// so that 85,96% is never printed 86% beside a target of 86%.
func CompareDigitsFrom(q *Question, from int, now float64, thens ...float64) int {
	d := max(from, DigitsApart(q, now, thens))
	for more := range 3 {
		all := true
		for _, then := range thens {
			all = all && agreesAt(then, now, d+more)
		}
		if all {
			return d + more
		}
	}
	best := d
	for _, then := range thens {
		best = max(best, agreeingDigits(then, now, d))
	}
	return best
}

// ChangeDigits is ChangeText with d decimals when d is more than the usual
// (see CompareDigits).
func ChangeDigits(q *Question, diff float64, d int) locales.Msg {
	if d <= usualDigits(q) {
		return change(q, diff)
	}
	return arrowed(q, roundTo(diff, d), func(abs float64) any { return locales.Precise{Value: abs, Digits: d} })
}

// usualDigits is how many decimals a figure of q shows at most unless
// more are needed to tell it from another: one for a share, two else.
func usualDigits(q *Question) int {
	if q.Type == TypePercent {
		return 1
	}
	return 2
}
