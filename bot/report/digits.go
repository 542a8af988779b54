package report

// The decimals a signed figure is shown with. A column of shares shown
// with one decimal printed four communes at 40,192%, 40,195%, 40,197% and
// 40,200% as "40,2%" four times, ranked 4th to 1st, and 85,96% as "86,0%"
// beside a target of 86%: each share and decimal cell has its own number
// format instead, with as many decimals as tell it apart from the figures
// it is ranked with and from its target (flows.DigitsApart, the rule of
// the digest, the standing and the web table). The cell's value is always
// the exact figure; only its format changes. Styles are made once per
// look, so a sheet has one per number of decimals, not one per cell.

import (
	"sort"

	"github.com/baocao/baocao/flows"
)

// kindQuestion stands for a column's question when its decimals are
// chosen: flows.DigitsApart reads only whether the figures are shares
// (one decimal at least) or other numbers (two).
var kindQuestion = map[Kind]*flows.Question{
	Share:   {Type: flows.TypePercent},
	Decimal: {Type: flows.TypeDecimal},
}

// apart is the number of decimals that tell v apart from every different
// figure of sorted (its peers', v among them or not) and from its
// target: flows.DigitsApart over the peers close enough to clash. Two
// figures a whole unit apart never print the same with a decimal or more,
// so only those within one of v are passed (a province's 166 communes
// would otherwise be compared each with all).
func apart(k Kind, v float64, sorted []float64, target *float64) int {
	return apartOf(kindQuestion[k], v, sorted, target)
}

// apartOf is apart for a figure of question q.
func apartOf(q *flows.Question, v float64, sorted []float64, target *float64) int {
	lo := sort.SearchFloat64s(sorted, v-1)
	hi := sort.SearchFloat64s(sorted, v+1)
	others := sorted[lo:hi:hi]
	if target != nil {
		others = append(others, *target)
	}
	return flows.DigitsApart(q, v, others)
}

// cellDigits is, by row and column, how many decimals each share and
// decimal figure of the table is shown with: those that tell it apart
// from the other figures of its kind in its column (a unit's from the
// units', a subtotal's from the subtotals', the clusters or districts a
// supervisor ranks) and from its own target; 0 for a cell that keeps its
// column's format (counts, yes/no, text, no figure).
func (d *Document) cellDigits(rows []laidRow) [][]int {
	out := make([][]int, len(rows))
	for i := range out {
		out[i] = make([]int, len(d.Columns))
	}
	for c, col := range d.Columns {
		if kindQuestion[col.Kind] == nil {
			continue
		}
		peers := map[rowKind][]float64{}
		for _, r := range rows {
			if v, ok := r.vals[c].(float64); ok && !r.missing {
				peers[r.kind] = append(peers[r.kind], v)
			}
		}
		for _, l := range peers {
			sort.Float64s(l)
		}
		for i, r := range rows {
			v, ok := r.vals[c].(float64)
			if !ok || r.missing {
				continue
			}
			var target *float64
			if c < len(r.targets) {
				target = r.targets[c]
			}
			out[i][c] = apart(col.Kind, v, peers[r.kind], target)
		}
	}
	return out
}
