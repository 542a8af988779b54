package flows

import "time"

// RecentPeriods lists the form's n latest periods that have opened by now,
// newest first: the ones people ask about.
func (f *Form) RecentPeriods(now time.Time, n int) []Period {
	p := f.PeriodAt(now)
	p = f.Next(p) // the next one may already be open
	var out []Period
	for i := 0; len(out) < n && i < n+3; i++ {
		if !now.Before(p.Opens) {
			out = append(out, p)
		}
		p = f.Previous(p)
	}
	return out
}
