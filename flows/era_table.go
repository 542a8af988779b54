package flows

// A period of an earlier era seen through today's units. In 2024 the
// units were the old ones: new Xã Ngọc Trạo (15250) did not report, old
// Xã Thành An (15250), Thành Tâm (15247), Thành Mỹ (15259) and Thành Yên
// (15268) did. Today's unit then shows the sum of its old units where
// they came whole and all reported; where part of an old unit came, or
// one did not report, it shows nothing, and EraGaps says why. The sums
// are made here, for the view, and never stored.

import (
	"sort"
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

// EraTable is the table of period p (of an earlier era) for the reporting
// units at or under u, from old, the reports of the old units by code
// (those PastUnits names).
func (c *Config) EraTable(u *Unit, f *Form, p Period, old map[string]*Submission) *Table {
	return NewTable(f, p, c.EraSubs(u.Leaves(), f, p, old))
}

// EraSubs are the computed reports of today's reporting units of the
// list for p, by code: what EraTable holds.
func (c *Config) EraSubs(units []*Unit, f *Form, p Period, old map[string]*Submission) map[string]*Submission {
	out := map[string]*Submission{}
	for _, l := range units {
		if !l.IsLeaf() {
			continue
		}
		if s := c.eraSum(l, f, p, old); s != nil {
			out[l.Code] = s
		}
	}
	return out
}

// PastUnitsOf is PastUnits for each reporting unit of the list.
func (c *Config) PastUnitsOf(units []*Unit, p Period) []*Unit {
	var out []*Unit
	for _, l := range units {
		if l.IsLeaf() {
			out = append(out, c.PastUnits(l, p)...)
		}
	}
	return out
}

// eraSum is the computed report of today's unit l for p, or nil.
func (c *Config) eraSum(l *Unit, f *Form, p Period, old map[string]*Submission) *Submission {
	if len(l.Partly) > 0 {
		return nil
	}
	codes := l.Formerly
	if len(codes) == 0 {
		codes = []string{l.Code} // a unit the reform left as it was
	}
	sum := &Submission{Form: f.ID, Period: p.Key, Unit: l.Code, Version: 1, Answers: map[string]Value{}, From: codes}
	for _, code := range codes {
		s := old[code]
		if s == nil {
			return nil
		}
		if s.At.After(sum.At) {
			sum.At = s.At
		}
		sum.Late = sum.Late || s.Late
		sum.LateEntry = sum.LateEntry || s.LateEntry
		if sum.Imported == nil && s.Imported != nil {
			// Figures from a file in the sum: the sum is not a report
			// made on time or late either.
			sum.Imported = s.Imported
		}
	}
	for _, q := range f.Questions {
		if !q.Summable() {
			continue
		}
		total, all := 0.0, true
		for _, code := range codes {
			v, ok := old[code].Num(q.ID)
			if !ok {
				all = false
				break
			}
			total += v
		}
		if all {
			v := total
			sum.Answers[q.ID] = Value{Num: &v}
		}
	}
	return sum
}

// EraGap is one of today's units that has no figure of an earlier era's
// period, and why.
type EraGap struct {
	Unit *Unit
	Note PastNote // PastPartial or PastIncomplete
	// Missing are the old units that did not report (PastIncomplete), or
	// those that came in part (PastPartial).
	Missing []string
}

// EraGaps lists the reporting units under u that an EraTable of the same
// reports leaves without a figure, in tree order.
func (c *Config) EraGaps(u *Unit, old map[string]*Submission) []EraGap {
	var out []EraGap
	for _, l := range u.Leaves() {
		if len(l.Partly) > 0 {
			out = append(out, EraGap{Unit: l, Note: PastPartial, Missing: append([]string(nil), l.Partly...)})
			continue
		}
		codes := l.Formerly
		if len(codes) == 0 {
			codes = []string{l.Code}
		}
		var missing []string
		for _, code := range codes {
			if old[code] == nil {
				missing = append(missing, code)
			}
		}
		if len(missing) > 0 {
			sort.Strings(missing)
			out = append(out, EraGap{Unit: l, Note: PastIncomplete, Missing: missing})
		}
	}
	return out
}

// EraView says how a digest of an earlier era's period was made: through
// today's units (sums of their old units), or of the old units as they
// were (ByOld).
type EraView struct {
	Until   time.Time // the end of the period's era
	Old     int       // old units that went, wholly or in part, into the units of the view
	OldDone int       // of which reported
	Gaps    []EraGap  // today's units left without a figure
	ByOld   bool
	Command string // the command that shows the other view
}

// NewEraView describes the view of period p under u made from old.
func (c *Config) NewEraView(u *Unit, p Period, old map[string]*Submission) *EraView {
	v := &EraView{Until: c.EraUntil(p), Gaps: c.EraGaps(u, old)}
	for _, x := range c.OldUnitsOf(u, p) {
		v.Old++
		if old[x.Code] != nil {
			v.OldDone++
		}
	}
	return v
}

// OldUnitsView is the unit to build a digest of the old units under u as
// they were: u's name, the old units merged wholly or in part into its
// reporting units as its children (named from the official list when
// attached).
func (c *Config) OldUnitsView(u *Unit, p Period) *Unit {
	until := c.EraUntil(p)
	// Its own code would be an old unit's (15250 is old Thành An's in
	// 2024): the view is a unit of no era.
	view := &Unit{Code: "view:" + u.Code, Name: u.Name, Level: u.Level, Until: until}
	view.Children = c.OldUnitsOf(u, p)
	return view
}

// reply writes the era's part of a digest: how the figures were made and
// which units have none, in place of the list of units not reported.
func (v *EraView) reply(have, expected int) (done, missing locales.Msg) {
	until := locales.Date(v.Until.AddDate(0, 0, -1))
	if v.ByOld {
		return locales.M("era.digest_old", "done", v.OldDone, "old", v.Old, "until", until), locales.M("era.digest_old_note")
	}
	done = locales.M("era.digest_done", "done", v.OldDone, "old", v.Old, "until", until, "have", have, "expected", expected)
	if len(v.Gaps) == 0 {
		return done, locales.M("era.digest_summed")
	}
	var lines []locales.Msg
	for i, g := range v.Gaps {
		if i == MaxMissingShown {
			lines = append(lines, locales.M("era.gap_more", "count", len(v.Gaps)-MaxMissingShown))
			break
		}
		codes := locales.Plain(strings.Join(g.Missing, ", "))
		if g.Note == PastPartial {
			lines = append(lines, locales.M("era.gap_partial", "unit", g.Unit.Named(), "codes", codes))
		} else {
			lines = append(lines, locales.M("era.gap_missing", "unit", g.Unit.Named(), "codes", codes))
		}
	}
	return done, locales.M("era.digest_gaps", "lines", lines)
}
