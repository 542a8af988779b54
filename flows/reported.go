package flows

// Who has reported, and when enough have for a rank to mean something.
//
// "Not reported" is never 0: a unit with no report has no figure (Value's
// ok is false), and a unit above others (a district, a cluster) whose
// figure sums only a few of its units is not ranked against complete ones.
// One threshold holds everywhere: half. A unit's rank among its peers is
// shown once half of them reported (Standing.RanksShown); a top/bottom list
// once half of the units listed reported (Digest.RanksShown); a district or
// a cluster takes part in a ranking once half of its own reporting units
// reported (Table.Rankable), so "1 of 5 reported" never ranks first.

// EnoughReported reports whether done of expected is enough to rank: at
// least half, and at least one.
func EnoughReported(done, expected int) bool {
	return done > 0 && 2*done >= expected
}

// ReportsNeeded is how many of expected must report before ranks are
// shown (half, rounded up).
func ReportsNeeded(expected int) int { return (expected + 1) / 2 }

// Reported counts the reporting units at or under u, and how many of them
// have a report in the table.
func (t *Table) Reported(u *Unit) (done, expected int) {
	for _, l := range u.Leaves() {
		expected++
		if t.Sub(l.Code) != nil {
			done++
		}
	}
	return done, expected
}

// Rankable reports whether u's figure may stand in a ranking: a reporting
// unit once it has reported; a unit above others once half of its
// reporting units have, so a cluster where 1 of 5 reported is not ranked
// above complete ones. Its figure may still be shown, with how many
// reported.
func (t *Table) Rankable(u *Unit) bool {
	if t == nil {
		return false
	}
	if u.IsLeaf() {
		return t.Sub(u.Code) != nil
	}
	return EnoughReported(t.Reported(u))
}

// anyAbove reports whether some of units are above others (districts,
// clusters): their threshold is half of their own units, and messages say so.
func anyAbove(units []*Unit) bool {
	for _, u := range units {
		if !u.IsLeaf() {
			return true
		}
	}
	return false
}
