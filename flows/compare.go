package flows

// A figure against the same period a year earlier (or any earlier
// period), like with like.
//
// A commune's earlier figure is its own, or before 07/2025 the sum of the
// old units merged into it (merger.go), only when every one of them gave
// it: a partial sum shown as last year's would be a rise that is only a
// missing answer. Above the communes (a cluster, a district, the
// province) the two periods are compared over the reporting units that
// have both figures, and the comparison says how many: 150 communes this
// year against 166 last year would show a fall that is only missing
// reports. Shares are recomputed from the summed parts on both sides,
// never from rounded shares.

// Compare is a unit's figure set against an earlier one.
type Compare struct {
	Now, Then float64
	// Units is how many reporting units have both figures, of Of under
	// the unit (1 of 1 for a commune).
	Units, Of int
	// Note says how the earlier figure was found across the merger
	// (PastMerged when at least one unit's came from its old units).
	Note PastNote
}

// Change is the exact move, rounded only when shown.
func (c Compare) Change() float64 { return c.Now - c.Then }

// Whole reports whether every reporting unit under the unit was compared.
func (c Compare) Whole() bool { return c.Units == c.Of }

// Enough reports whether the comparison speaks for the unit: a commune's
// always, a district's once half its communes have both figures, the
// threshold a rank waits for (one commune's rise is not the district's).
func (c Compare) Enough() bool { return c.Of == 1 || EnoughReported(c.Units, c.Of) }

// CompareWith compares u's figure q in t with the one in earlier. ok is
// false when there is nothing to compare: no figure now, or none then
// (note says why: PastIncomplete when an old unit did not give it,
// PastPartial when one came only in part).
func (t *Table) CompareWith(earlier *Table, u *Unit, q *Question) (c Compare, ok bool) {
	if t == nil || earlier == nil {
		return Compare{}, false
	}
	if u.IsLeaf() {
		now, ok1 := t.Value(u, q)
		then, ok2, note := earlier.PastValue(u, q)
		if !ok1 || !ok2 {
			return Compare{Of: 1, Note: note}, false
		}
		return Compare{Now: now, Then: then, Units: 1, Of: 1, Note: note}, true
	}
	leaves := u.Leaves()
	c.Of = len(leaves)
	r, isRatio := q.Ratio()
	var numQ, denQ *Question
	if isRatio {
		numQ, denQ = t.Form.Question(r.Num), t.Form.Question(r.Den)
	}
	var nowNum, nowDen, thenNum, thenDen float64
	missed := PastOwn
	for _, l := range leaves {
		var a, b, x, y float64 // now's and then's figure, or parts
		var note PastNote
		if isRatio {
			s := t.Subs[l.Code]
			if s == nil {
				continue
			}
			var ok1, ok2, ok3, ok4 bool
			a, ok1 = s.Num(r.Num)
			b, ok2 = s.Num(r.Den)
			x, ok3, note = earlier.PastValue(l, numQ)
			if ok3 {
				y, ok4, _ = earlier.PastValue(l, denQ)
			}
			if !ok1 || !ok2 || !ok3 || !ok4 {
				missed = worse(missed, note)
				continue
			}
		} else {
			var ok1, ok2 bool
			a, ok1 = t.Value(l, q)
			x, ok2, note = earlier.PastValue(l, q)
			if !ok1 || !ok2 {
				missed = worse(missed, note)
				continue
			}
			b, y = 1, 1 // averaged over the units, when not a count
		}
		nowNum, nowDen, thenNum, thenDen = nowNum+a, nowDen+b, thenNum+x, thenDen+y
		c.Units++
		if note == PastMerged {
			c.Note = PastMerged
		}
	}
	if c.Units == 0 {
		c.Note = missed
		return c, false
	}
	switch {
	case isRatio:
		if nowDen == 0 || thenDen == 0 {
			return c, false // no denominator: the share is undefined
		}
		c.Now, c.Then = nowNum/nowDen*r.Scale, thenNum/thenDen*r.Scale
	case q.Summable():
		c.Now, c.Then = nowNum, thenNum
	default:
		c.Now, c.Then = nowNum/nowDen, thenNum/thenDen
	}
	return c, true
}

// worse keeps the note that explains a missing comparison best.
func worse(a, b PastNote) PastNote {
	if b == PastPartial || a == PastOwn || a == PastMerged {
		return b
	}
	return a
}
