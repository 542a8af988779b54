package flows

// History across the merger of 01/07/2025. A commune of the new list is
// often several old ones: Xã Kim Tân (15187) kept the code of Thị trấn Kim
// Tân and absorbed five communes, so its 2024 figure is not the one stored
// under 15187 but the sum of the six. A unit's Formerly lists the old
// units merged whole; its figures of a period that ended before the merger
// are theirs, summed (shares recomputed from the summed counts). When part
// of an old unit came (Partly), or an old unit did not report, no honest
// sum exists: the comparison is left out and the standing says why.

import (
	"time"

	"github.com/baocao/baocao/locales"
)

// MergedOn is the first day of the units of 07/2025.
var MergedOn = time.Date(2025, 7, 1, 0, 0, 0, 0, locales.Zone)

// PastNote says how a figure of an earlier period was found.
type PastNote int

const (
	PastOwn        PastNote = iota // under the unit's own code(s)
	PastMerged                     // summed from the old units merged into it
	PastPartial                    // not compared: an old unit came only in part
	PastIncomplete                 // not compared: an old unit did not report
)

// beforeMerger reports whether p ended before the units of 07/2025.
func beforeMerger(p Period) bool { return !p.End.After(MergedOn) && !p.End.IsZero() }

// mergedHistory reports whether u's figures of p come from old units.
func mergedHistory(u *Unit, p Period) bool {
	if !beforeMerger(p) {
		return false
	}
	for _, l := range u.Leaves() {
		if len(l.Formerly) > 0 || len(l.Partly) > 0 {
			return true
		}
	}
	return false
}

// PastUnits lists the units whose submissions of period p hold u's figures:
// u's reporting units, or, for a period before the merger, the old units
// merged into them. The old ones are not in the configuration; they are
// returned as bare units with only their code, to load submissions by.
func (c *Config) PastUnits(u *Unit, p Period) []*Unit {
	if !c.Earlier(p) || !mergedHistory(u, p) {
		return u.Leaves()
	}
	var out []*Unit
	for _, l := range u.Leaves() {
		if len(l.Formerly) == 0 && len(l.Partly) == 0 {
			out = append(out, l)
			continue
		}
		for _, code := range l.Formerly {
			if x := c.Units.Get(code); x != nil && x.IsLeaf() {
				out = append(out, x)
			} else {
				out = append(out, &Unit{Code: code})
			}
		}
	}
	return out
}

// pastCodes are the codes whose submissions make u's figures in t, and
// how: see PastNote.
func (t *Table) pastCodes(u *Unit) ([]string, PastNote) {
	if !mergedHistory(u, t.Period) {
		return nil, PastOwn
	}
	var codes []string
	for _, l := range u.Leaves() {
		if len(l.Partly) > 0 {
			return nil, PastPartial
		}
		if len(l.Formerly) == 0 {
			codes = append(codes, l.Code)
			continue
		}
		codes = append(codes, l.Formerly...)
	}
	for _, c := range codes {
		if t.Subs[c] == nil {
			return nil, PastIncomplete
		}
	}
	return codes, PastMerged
}

// PastValue is u's figure q in an earlier table, across the merger: for a
// unit made of old units, their sum, only when every one of them reported
// the figure (else ok is false and the note PastIncomplete). For a unit
// above the reporting ones it is the table's aggregate as it stands: to
// compare such a unit, CompareWith pairs its reporting units one by one.
func (t *Table) PastValue(u *Unit, q *Question) (float64, bool, PastNote) {
	if t == nil {
		return 0, false, PastOwn
	}
	codes, note := t.pastCodes(u)
	switch note {
	case PastPartial, PastIncomplete:
		return 0, false, note
	case PastMerged:
		// Like with like: a sum over the old units that answered, when one
		// of them skipped the question, would show last year smaller than
		// it was and a rise that is only a missing answer.
		a := t.aggregateCodes(codes, q)
		if a.Units < len(codes) {
			return 0, false, PastIncomplete
		}
		return a.Value, true, note
	}
	v, ok := t.Value(u, q)
	return v, ok, PastOwn
}

// PastSubmission is u's report of an earlier table as one submission, for
// the plausibility check: its own, or for a period before the merger the
// sum of its old units' counts (nil when no honest sum exists).
func (t *Table) PastSubmission(u *Unit) *Submission {
	codes, note := t.pastCodes(u)
	switch note {
	case PastOwn:
		return t.Sub(u.Code)
	case PastMerged:
		sum := &Submission{Form: t.Form.ID, Period: t.Period.Key, Unit: u.Code, Answers: map[string]Value{}}
		for _, q := range t.Form.Questions {
			if !q.Summable() {
				continue
			}
			a := t.aggregateCodes(codes, q)
			if a.Units == len(codes) {
				v := a.Value
				sum.Answers[q.ID] = Value{Num: &v}
			}
		}
		return sum
	}
	return nil
}
