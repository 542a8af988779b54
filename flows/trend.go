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
//   - A group's point (a cluster, the province) is the digest's figure: a
//     share from the summed parts of the units that gave both, saying
//     over how many ("4/6 đơn vị có số liệu"); a count only when every
//     reporting unit gave it (a month in which 150 of 166 communes
//     reported has no province count, only "150/166"). Before 07/2025 the
//     units are the old units that went wholly into the group's reporting
//     units, so a commune split between two new ones does not take the
//     province's past with it.
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
	// the figure: a gap of a group says how far it got, a share of a group
	// over how many units it was taken.
	Done, Expected int
	// Old marks a group's point counted in old units (Done, Expected).
	Old bool
	// Num and Den are a group's share's summed parts (Parts set).
	Num, Den float64
	Parts    bool
	// Change is the latest figure set against this point's, when the
	// caller compared them (TrendCompare): a group's change is taken over
	// the units that have both figures, as the digest's.
	Change *Compare
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
//
// A reporting unit's point is its own figure, or before 07/2025 the sum of
// its old units merged whole (none when one is missing). A group's point
// is the digest's figure (Table.Aggregate's arithmetic, aggregateCodes):
// a share is the sum of the numerators over the sum of the denominators
// of the units that gave both, and says over how many (Done of Expected);
// a count is a sum only when every unit gave it, else a gap that says how
// far it got. Before 07/2025 a group's units are the old units that went
// wholly into its reporting units (an old unit split with a unit outside
// the group is left out of a share, and leaves a count without a figure).
func (c *Config) TrendPointOf(u *Unit, f *Form, q *Question, p Period, subs map[string]*Submission) TrendPoint {
	pt := TrendPoint{Period: p}
	if u.IsLeaf() {
		if c.Earlier(p) {
			pt.Merged = mergedAny(u)
			subs = c.EraSubs([]*Unit{u}, f, p, subs)
		}
		t := NewTable(f, p, subs)
		pt.Expected = 1
		if hasFigure(t.Subs[u.Code], q) {
			pt.Done = 1
			pt.Value, pt.Has = t.Value(u, q)
		}
		return pt
	}
	var codes []string
	if c.Earlier(p) {
		pt.Merged, pt.Old = mergedAny(u), true
		old := c.OldUnitsOf(u, p)
		pt.Expected = len(old)
		for _, o := range c.oldUnitsWithin(u, p) {
			codes = append(codes, o.Code)
		}
	} else {
		for _, l := range u.Leaves() {
			codes = append(codes, l.Code)
		}
		pt.Expected = len(codes)
	}
	t := NewTable(f, p, subs)
	for _, code := range codes {
		if hasFigure(t.Subs[code], q) {
			pt.Done++
		}
	}
	a := t.aggregateCodes(codes, q)
	if a.Units == 0 {
		return pt
	}
	if q.Summable() && pt.Done < pt.Expected {
		return pt // a partial sum of a count is not the group's count
	}
	pt.Value, pt.Has = a.Value, true
	if _, ok := q.Ratio(); ok {
		pt.Num, pt.Den, pt.Parts = a.Num, a.Den, true
	}
	return pt
}

// oldUnitsWithin are the old units of p that went wholly into u's
// reporting units: merged whole into one of them, or split only among
// them, never partly into a unit outside u.
func (c *Config) oldUnitsWithin(u *Unit, p Period) []*Unit {
	outside := map[string]bool{}
	for _, x := range c.Units.All() {
		if !x.IsLeaf() || u.Contains(x) {
			continue
		}
		codes := append(append([]string(nil), x.Formerly...), x.Partly...)
		if len(codes) == 0 {
			codes = []string{x.Code} // a unit the reform left as it was
		}
		for _, code := range codes {
			outside[code] = true
		}
	}
	var out []*Unit
	for _, o := range c.OldUnitsOf(u, p) {
		if !outside[o.Code] {
			out = append(out, o)
		}
	}
	return out
}

// TrendCompare compares u's figure q of period now with that of then,
// as the digest and the standing compare them (Table.CompareWith): a
// group over its reporting units that have both figures, each before
// 07/2025 as the sum of its old units. nowSubs and thenSubs are the
// reports TrendSources names for each period.
func (c *Config) TrendCompare(u *Unit, f *Form, q *Question, now, then Period, nowSubs, thenSubs map[string]*Submission) (Compare, bool) {
	cur := NewTable(f, now, nowSubs)
	if c.Earlier(now) {
		cur = c.EraTable(u, f, now, nowSubs)
	}
	return cur.CompareWith(NewTable(f, then, thenSubs), u, q)
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
