package flows

// The trend (/xuhuong, issue 21 point 3): one unit's, one cluster's or the
// province's figure over its last periods, imported history included.
//
// Every point is a figure a department can sign, or none:
//
//   - A commune's point is its own report; before 07/2025 a new commune's
//     point is the sum of the old units merged whole into it (Formerly),
//     its shares recomputed from the summed parts of that period. When one
//     of them has no figure, or part of an old unit came (Partly), there
//     is no point: a gap, never a partial sum, never 0.
//   - A group's point (a cluster, the province) needs every reporting
//     unit under it: a month in which 150 of 166 communes reported has no
//     province figure, only "150/166". Before 07/2025 a group whose old
//     units all went into it (the province; a cluster of a former
//     district) is the sum of those old units, so a commune split between
//     two new ones does not take the province's past with it.
//
// The loading (which reports to read for which period) is the caller's;
// what is a point, and what a gap, is decided here.

import (
	"time"
)

// TrendPoint is one period of a trend.
type TrendPoint struct {
	Period Period
	Value  float64
	Has    bool // false: a gap (not reported, or no honest sum)
	// Merged marks a figure summed from the old units of before the
	// 07/2025 reform (the dashed part of the chart).
	Merged bool
	// Done of Expected reporting units (old units, for a sum of them) had
	// the figure: a gap of a group says how far it got.
	Done, Expected int
}

// Trend is the series /xuhuong draws.
type Trend struct {
	Unit     *Unit
	Form     *Form
	Question *Question
	Points   []TrendPoint // oldest first, from the first period with a figure
}

// TrendLength is how many periods a trend spans, by how often the form is
// reported: a year and the same month before it for a monthly form (13),
// two years and a quarter for a quarterly one, the last six years of a
// year form.
func TrendLength(f *Form) int {
	switch f.Every {
	case Monthly:
		return 13
	case Quarterly:
		return 9
	case HalfYear:
		return 7
	}
	return 6
}

// TrendPeriods are the periods a trend of f spans at now, oldest first:
// it ends with the latest period that has opened for reporting (the year
// 2026 from 16/12/2026 on, 2025 before).
func TrendPeriods(f *Form, now time.Time) []Period {
	last := f.PeriodAt(now)
	for now.Before(last.Opens) {
		last = f.Previous(last)
	}
	out := make([]Period, TrendLength(f))
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = last
		last = f.Previous(last)
	}
	return out
}

// TrendSources are the units whose reports of period p make u's point:
// its reporting units, or for a period of an earlier era the old units
// that went (wholly or in part) into them, by their codes of then.
func (c *Config) TrendSources(u *Unit, p Period) []*Unit {
	if c.Earlier(p) {
		return c.OldUnitsOf(u, p)
	}
	return u.Leaves()
}

// TrendPointOf is u's point of q in period p, from subs: the reports of
// the units TrendSources names, by code.
func (c *Config) TrendPointOf(u *Unit, f *Form, q *Question, p Period, subs map[string]*Submission) TrendPoint {
	pt := TrendPoint{Period: p}
	if c.Earlier(p) {
		pt.Merged = mergedAny(u)
		if !u.IsLeaf() && c.closedBefore(u, p) {
			// The group's old units all went into it: their sum is its
			// figure, whatever happened between them.
			var codes []string
			for _, o := range c.OldUnitsOf(u, p) {
				codes = append(codes, o.Code)
			}
			t := NewTable(f, p, subs)
			pt.Expected = len(codes)
			for _, code := range codes {
				if hasFigure(t.Subs[code], q) {
					pt.Done++
				}
			}
			if pt.Done == pt.Expected {
				a := t.aggregateCodes(codes, q)
				pt.Value, pt.Has = a.Value, a.Units > 0
			}
			return pt
		}
		// Each of today's units as the sum of its old ones (none when one
		// is missing or came in part).
		subs = c.EraSubs(u.Leaves(), f, p, subs)
	}
	t := NewTable(f, p, subs)
	leaves := u.Leaves()
	pt.Expected = len(leaves)
	for _, l := range leaves {
		if hasFigure(t.Subs[l.Code], q) {
			pt.Done++
		}
	}
	if pt.Done == pt.Expected {
		pt.Value, pt.Has = t.Value(u, q)
	}
	return pt
}

// hasFigure reports whether a report holds what q's figure is made of:
// both parts of a share (the share itself may be undefined, 0 of 0), the
// figure otherwise.
func hasFigure(s *Submission, q *Question) bool {
	if s == nil {
		return false
	}
	if r, ok := q.Ratio(); ok {
		_, ok1 := s.Num(r.Num)
		_, ok2 := s.Num(r.Den)
		return ok1 && ok2
	}
	_, ok := leafNum(s, q)
	return ok
}

// merged reports whether a reporting unit of today was made of other old
// units than the one of its own code: its past is a sum.
func merged(l *Unit) bool {
	if len(l.Partly) > 0 || len(l.Formerly) > 1 {
		return true
	}
	return len(l.Formerly) == 1 && l.Formerly[0] != l.Code
}

// mergedAny reports whether any reporting unit under u was merged.
func mergedAny(u *Unit) bool {
	for _, l := range u.Leaves() {
		if merged(l) {
			return true
		}
	}
	return false
}

// closedBefore reports whether every old unit that went into u's
// reporting units went nowhere else: then u's figure of an earlier era
// is their sum, even where one of them was split among u's units.
func (c *Config) closedBefore(u *Unit, p Period) bool {
	inside := map[string]bool{}
	for _, o := range c.OldUnitsOf(u, p) {
		inside[o.Code] = true
	}
	for _, x := range c.Units.All() {
		if !x.IsLeaf() || u.Contains(x) {
			continue
		}
		codes := append(append([]string(nil), x.Formerly...), x.Partly...)
		if len(codes) == 0 {
			codes = []string{x.Code} // a unit the reform left as it was
		}
		for _, code := range codes {
			if inside[code] {
				return false // part of it, or all of it, is elsewhere
			}
		}
	}
	return true
}

// NewTrend is the trend of q for u from its points, oldest first; the
// periods before the first with a figure are left out (a province that
// started in 2026 with 2024 imported has no 2021).
func NewTrend(u *Unit, f *Form, q *Question, points []TrendPoint) Trend {
	i := 0
	for i < len(points) && !points[i].Has {
		i++
	}
	return Trend{Unit: u, Form: f, Question: q, Points: points[i:]}
}

// Latest is the last point with a figure.
func (t Trend) Latest() (TrendPoint, bool) {
	for i := len(t.Points) - 1; i >= 0; i-- {
		if t.Points[i].Has {
			return t.Points[i], true
		}
	}
	return TrendPoint{}, false
}

// Point is the trend's point of the period with key, if it spans it.
func (t Trend) Point(key string) (TrendPoint, bool) {
	for _, p := range t.Points {
		if p.Period.Key == key {
			return p, true
		}
	}
	return TrendPoint{}, false
}

// MergedUntil is the index of the first point after the merged ones (the
// reform falls between it and the one before), or -1 when the trend has
// no merged point or none after them.
func (t Trend) MergedUntil() int {
	for i, p := range t.Points {
		if i > 0 && !p.Merged && t.Points[i-1].Merged {
			return i
		}
	}
	return -1
}

// HasMerged reports whether any figure of the trend is a sum of old units.
func (t Trend) HasMerged() bool {
	for _, p := range t.Points {
		if p.Merged && p.Has {
			return true
		}
	}
	return false
}
