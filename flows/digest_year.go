package flows

// The digest against the same period a year earlier: each key indicator's
// change over the units that have both figures (compare.go), and on the
// main indicator the units that rose and fell the most, named as units of
// the period's era, with both figures as a department would check them
// ("Xã Ngọc Trạo: 4.165 → 4.530 hộ (+365)").

import (
	"sort"

	"github.com/baocao/baocao/locales"
)

// MaxMoves caps the rises and the falls a digest names.
const MaxMoves = 3

// Move is one unit's change on the digest's main indicator.
type Move struct {
	Unit *Unit
	Compare
}

// YearView is what a digest shows against the year before.
type YearView struct {
	Period Period // the same period a year earlier
	Yearly bool   // the form's previous period is that one: "năm trước"
	// Lines are the key indicators' comparisons, in the digest's order
	// (Has false: nothing to compare).
	Lines []YearLine
	// Compared counts the ranked units with both figures on the main
	// indicator, of Of; Rises and Falls are named once half of them have.
	Compared, Of int
	Rises, Falls []Move
}

// YearLine is one key indicator against the year before.
type YearLine struct {
	Compare
	Has bool
}

// buildYear fills d.Year from the table of the same period a year earlier
// (nil: the digest shows no change).
func (c *Config) buildYear(d *Digest, t, earlier *Table, ranked []*Unit) {
	if earlier == nil {
		return
	}
	f := d.Form
	y := &YearView{Period: earlier.Period, Yearly: f.Previous(d.Period).Key == earlier.Period.Key}
	for _, l := range d.Lines {
		cmp, ok := t.CompareWith(earlier, d.Unit, l.Question)
		y.Lines = append(y.Lines, YearLine{Compare: cmp, Has: ok && cmp.Enough()})
	}
	if d.Main != nil {
		var moves []Move
		for _, ch := range ranked {
			if !t.Rankable(ch) {
				continue
			}
			if cmp, ok := t.CompareWith(earlier, ch, d.Main); ok {
				moves = append(moves, Move{Unit: ch, Compare: cmp})
			}
		}
		y.Compared, y.Of = len(moves), len(ranked)
		if EnoughReported(y.Compared, y.Of) {
			y.Rises, y.Falls = risesAndFalls(d.Main, moves)
		}
	}
	d.Year = y
}

// risesAndFalls picks the largest rises and falls, as they are shown
// (a move that rounds to nothing is neither); units moving alike keep
// the tree's order.
func risesAndFalls(q *Question, moves []Move) (rises, falls []Move) {
	sort.SliceStable(moves, func(i, j int) bool { return moves[i].Change() > moves[j].Change() })
	for _, m := range moves {
		if len(rises) < MaxMoves && q.round(m.Change()) > 0 {
			rises = append(rises, m)
		}
	}
	for i := len(moves) - 1; i >= 0 && len(falls) < MaxMoves; i-- {
		if q.round(moves[i].Change()) < 0 {
			falls = append(falls, moves[i])
		}
	}
	return rises, falls
}

// yearPart is a digest line's change since the year before, or nil.
func (d Digest) yearPart(i int) *locales.Msg {
	if d.Year == nil || i >= len(d.Year.Lines) || !d.Year.Lines[i].Has {
		return nil
	}
	yl := d.Year.Lines[i]
	key := "compare.since_year"
	if d.Year.Yearly {
		key = "compare.since_last_year"
	}
	m := locales.M(key, "change", change(d.Lines[i].Question, yl.Change()))
	if !yl.Whole() {
		m = locales.M("compare.over", "change", m, "units", yl.Units, "of", yl.Of)
	}
	return &m
}

// movesSection names the largest rises and falls, or says when they come.
func (d Digest) movesSection() *locales.Msg {
	y := d.Year
	if y == nil || d.Main == nil || y.Of < 2 || y.Compared == 0 {
		// No unit has last year's figure (a first year with baocao): no
		// promise of a list that may never come.
		return nil
	}
	var m locales.Msg
	switch {
	case !EnoughReported(y.Compared, y.Of):
		m = locales.M("compare.moves_later", "label", Label(d.Main), "period", y.Period.Label(), "need", ReportsNeeded(y.Of), "count", y.Of, "compared", y.Compared)
	case len(y.Rises) == 0 && len(y.Falls) == 0:
		m = locales.M("compare.moves_none", "label", Label(d.Main), "period", y.Period.Label(), "compared", y.Compared, "count", y.Of)
	default:
		var parts []locales.Msg
		if len(y.Rises) > 0 {
			parts = append(parts, locales.M("compare.rises", "lines", moveLines(d.Main, y.Rises)))
		}
		if len(y.Falls) > 0 {
			parts = append(parts, locales.M("compare.falls", "lines", moveLines(d.Main, y.Falls)))
		}
		m = locales.M("compare.moves", "label", Label(d.Main), "period", y.Period.Label(), "compared", y.Compared, "count", y.Of, "parts", parts)
	}
	return &m
}

// moveLines writes "Xã Ngọc Trạo: 4.165 → 4.530 hộ (+365)", each figure
// with the decimals that tell the two apart.
func moveLines(q *Question, moves []Move) []locales.Msg {
	out := make([]locales.Msg, len(moves))
	for i, m := range moves {
		digits := agreeingDigits(m.Then, m.Now, DigitsApart(q, m.Now, []float64{m.Then}))
		key := "compare.move_line"
		if !m.Whole() {
			key = "compare.move_line_over"
		}
		out[i] = locales.M(key, "unit", m.Unit.Name, "then", FormatDigits(q, m.Then, digits),
			"now", FigureDigits(q, m.Now, digits), "move", signedDigits(q, m.Change(), digits), "units", m.Units, "of", m.Of)
	}
	return out
}

// agreeingDigits is how many decimals, from d on, make a move read as
// the subtraction of its two figures as shown: 88,46% → 90,04% is +1,6
// when rounded alone but 88,5% → 90% would read +1,5, so the figures are
// shown with one more decimal when that makes the shown difference the
// move's (two more at most: 78,452% → 79,336% is ▲ 0,884, where one and
// two decimals both read off by one). When none of those agrees (a
// repeating decimal such as 19,444…% against 88,466…% is off by one in
// the last place at every length) the figures keep d decimals: the move
// stays the exact one, rounded, never the difference of rounded copies.
func agreeingDigits(then, now float64, d int) int {
	for more := range 3 {
		if agreesAt(then, now, d+more) {
			return d + more
		}
	}
	return d
}

// agreesAt reports whether, with d decimals, the change from then to now
// as shown is the difference of the two figures as shown.
func agreesAt(then, now float64, d int) bool {
	shown := roundTo(roundTo(now, d)-roundTo(then, d), d)
	return sameFigure(shown, roundTo(now-then, d))
}

// signedDigits is signed with d decimals when d is more than the usual.
func signedDigits(q *Question, diff float64, d int) locales.Msg {
	if d <= usualDigits(q) {
		return signed(q, diff)
	}
	v := roundTo(diff, d)
	key := "compare.plus"
	if v < 0 {
		key, v = "compare.minus", -v
	}
	if q.Type == TypePercent {
		key += "_points"
	}
	return locales.M(key, "diff", locales.Precise{Value: v, Digits: d})
}

// signed is a move with its sign: "+365", "−1,9 điểm %".
func signed(q *Question, d float64) locales.Msg {
	d = q.round(d)
	key := "compare.plus"
	if d < 0 {
		key, d = "compare.minus", -d
	}
	if q.Type == TypePercent {
		return locales.M(key+"_points", "diff", d)
	}
	return locales.M(key, "diff", FormatFigure(q, d))
}

// YearDigits is how many decimals, at least digits, the figure on line i
// and its figure a year earlier are printed with in a table, so that the
// year cell's change is the difference of the two printed figures
// (CompareDigits). Over fewer units than all, the figure then is not
// compared with the one printed above it: digits.
func (d Digest) YearDigits(i, digits int) int {
	if d.Year == nil || i >= len(d.Year.Lines) || !d.Year.Lines[i].Has || !d.Year.Lines[i].Whole() {
		return digits
	}
	yl := d.Year.Lines[i]
	q := d.Lines[i].Question
	return agreeingDigits(yl.Then, yl.Now, max(digits, DigitsApart(q, yl.Now, []float64{yl.Then})))
}

// YearCell is the key indicator on line i against the same period a year
// earlier as a table cell shows it: the figure then and the change
// ("4.165 hộ, ▲ 365"), over the units with both figures when not all;
// ok is false when there is nothing to compare. digits are the decimals
// of the figure printed above it (YearDigits), so that the change reads
// as the difference of the two.
func (d Digest) YearCell(i, digits int) (locales.Msg, bool) {
	if d.Year == nil || i >= len(d.Year.Lines) || !d.Year.Lines[i].Has {
		return locales.Msg{}, false
	}
	yl := d.Year.Lines[i]
	q := d.Lines[i].Question
	m := locales.M("compare.cell", "then", FormatFigure(q, yl.Then), "change", change(q, yl.Change()))
	if yl.Whole() {
		m = locales.M("compare.cell", "then", FormatDigits(q, yl.Then, digits), "change", ChangeDigits(q, yl.Change(), digits))
	}
	if !yl.Whole() {
		m = locales.M("compare.over", "change", m, "units", yl.Units, "of", yl.Of)
	}
	return m, true
}

// Moves is the section naming the largest rises and falls against the
// same period a year earlier, as the chat's digest shows it (nil: none).
func (d Digest) Moves() *locales.Msg { return d.movesSection() }
