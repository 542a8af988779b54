package flows

// A unit's standing: its key indicators against their targets, its rank
// among its peers, and how it moved since the previous period and the same
// period a year before. Everything here is computed from tables the caller
// loaded; nothing reads a clock or a store.

import (
	"math"
	"sort"
	"strconv"

	"github.com/baocao/baocao/locales"
)

// Rank is a position among peers: Pos of Of units that reported the
// figure. Pos 0 means the unit has no figure to rank.
type Rank struct{ Pos, Of int }

// Peers are the units a unit is ranked with, and what to call the group.
type Peers struct {
	Units []*Unit
	// Cluster is the "cụm thi đua" they form, or nil when the peers are
	// the units of the same parent.
	Cluster *Cluster
	Parent  *Unit // the parent, when no cluster is configured
}

// PeersOf returns the units u is ranked with: the members of its cluster
// when one is configured, else the units of the same parent.
func (c *Config) PeersOf(u *Unit) Peers {
	if u.cluster != nil {
		// A cluster is ranked among the clusters.
		var all []*Unit
		for _, cl := range c.Clusters {
			all = append(all, cl.scope)
		}
		return Peers{Units: all}
	}
	if u.Cluster != "" {
		if cl := c.Cluster(u.Cluster); cl != nil {
			return Peers{Units: cl.members, Cluster: cl}
		}
	}
	if u.Parent == nil {
		return Peers{Units: c.Units.Roots}
	}
	return Peers{Units: u.Parent.Children, Parent: u.Parent}
}

// Name is how a message names the group: "Cụm thi đua số 1", "Huyện Thạch Thành".
func (p Peers) Name() any {
	switch {
	case p.Cluster != nil:
		return p.Cluster.Name
	case p.Parent != nil:
		return p.Parent.Name
	}
	return ""
}

// UnitsAtDepth lists the units under top at the depth of u: the communes
// of a province for a commune, the districts of a province for a
// district. It ranks a unit beyond its immediate parent.
func UnitsAtDepth(top, u *Unit) []*Unit {
	depth := 0
	for x := u; x != nil && x != top; x = x.Parent {
		depth++
	}
	var out []*Unit
	var walk func(x *Unit, d int)
	walk = func(x *Unit, d int) {
		if d == depth {
			out = append(out, x)
			return
		}
		for _, c := range x.Children {
			walk(c, d+1)
		}
	}
	walk(top, 0)
	return out
}

// LowerIsBetter reports whether lower values of q rank first for unit u in
// year: so when the target that holds there is a ceiling (max).
func (c *Config) LowerIsBetter(f *Form, q *Question, u *Unit, year int) bool {
	t := c.Targets.For(f.ID, q.ID, u, year)
	return t != nil && t.LowerIsBetter()
}

// RankOf ranks u among peers on q: 1 + the number of peers with a
// strictly better figure, so ties share a rank (1, 2, 2, 4). Figures are
// compared exactly, not as shown: 85,24% ranks above 85,18% though both
// round to 85,2% (the rankings then print them with more decimals). Only
// peers that may be ranked count (Rankable: a district or a cluster once
// half its units reported); Pos is 0 when u is not one of them.
func (t *Table) RankOf(u *Unit, peers []*Unit, q *Question, lowerBetter bool) Rank {
	mine, ok := t.Value(u, q)
	ok = ok && t.Rankable(u)
	var r Rank
	better := 0
	for _, p := range peers {
		v, has := t.Value(p, q)
		if !has || !t.Rankable(p) {
			continue
		}
		r.Of++
		if sameFigure(v, mine) {
			continue
		}
		if (!lowerBetter && v > mine) || (lowerBetter && v < mine) {
			better++
		}
	}
	if ok {
		r.Pos = better + 1
	}
	return r
}

// sameFigure reports whether two figures are equal: exactly, but for the
// last bits a division leaves (1/3*3), so that equal shares computed from
// different counts (45/50 and 90/100) tie.
func sameFigure(a, b float64) bool {
	d := math.Abs(a - b)
	return d <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// Ranked is one unit's figure in a ranking.
type Ranked struct {
	Unit  *Unit
	Value float64 // exact, as ranked
	Rank  int
}

// Ranking orders the peers that reported q and may be ranked (Rankable),
// best first, ties sharing a rank.
func (t *Table) Ranking(peers []*Unit, q *Question, lowerBetter bool) []Ranked {
	out := make([]Ranked, 0, len(peers))
	for _, p := range peers {
		if v, ok := t.Value(p, q); ok && t.Rankable(p) {
			out = append(out, Ranked{Unit: p, Value: v})
		}
	}
	sortRanked(out, lowerBetter)
	for i := range out {
		if i > 0 && sameFigure(out[i].Value, out[i-1].Value) {
			out[i].Rank = out[i-1].Rank
		} else {
			out[i].Rank = i + 1
		}
	}
	return out
}

func sortRanked(l []Ranked, lowerBetter bool) {
	less := func(a, b Ranked) bool {
		if !sameFigure(a.Value, b.Value) {
			if lowerBetter {
				return a.Value < b.Value
			}
			return a.Value > b.Value
		}
		return a.Unit.Code < b.Unit.Code // a stable order for ties
	}
	// Insertion sort keeps this allocation-free for the few hundred peers
	// a ranking has; sort.Slice would allocate a closure per call anyway.
	for i := 1; i < len(l); i++ {
		for j := i; j > 0 && less(l[j], l[j-1]); j-- {
			l[j], l[j-1] = l[j-1], l[j]
		}
	}
}

// maxFigureDigits is the most decimals a figure is printed with to tell
// it from a different one. Two shares of summed counts can agree to four
// decimals (Kim Tân 6.980/8.638 = 80,805742% and Vân Du 3.751/4.642 =
// 80,805687% in 2024) and still be ranked apart; six tells such pairs
// apart, so a list never shows two ranks with the same printed figure.
const maxFigureDigits = 6

// Digits is how many decimals tell apart the figures of a ranking that
// differ: one for a share (93,1%) or two for other numbers, more when two
// different figures would print the same, at most maxFigureDigits.
func Digits(q *Question, values []float64) int {
	d := 2
	if q.Type == TypePercent {
		d = 1
	}
	sorted := append([]float64(nil), values...)
	sort.Float64s(sorted)
	for ; d < maxFigureDigits; d++ {
		clash := false
		for i := 1; i < len(sorted); i++ {
			a, b := sorted[i-1], sorted[i]
			if !sameFigure(a, b) && roundTo(a, d) == roundTo(b, d) {
				clash = true
				break
			}
		}
		if !clash {
			break
		}
	}
	return d
}

// DigitsApart is how many decimals tell v from each different figure of
// others (its peers', its target): one for a share or two for other
// numbers, more when v and a different figure would print the same, at
// most maxFigureDigits.
func DigitsApart(q *Question, v float64, others []float64) int {
	d := 2
	if q.Type == TypePercent {
		d = 1
	}
	for ; d < maxFigureDigits; d++ {
		clash := false
		for _, o := range others {
			if !sameFigure(o, v) && roundTo(o, d) == roundTo(v, d) {
				clash = true
				break
			}
		}
		if !clash {
			break
		}
	}
	return d
}

func roundTo(v float64, d int) float64 {
	p := math.Pow(10, float64(d))
	return math.Round(v*p) / p
}

// FigureDigits is FigureWithUnit with d decimals when the usual ones
// would not tell it from a different figure (see Digits).
func FigureDigits(q *Question, v float64, d int) locales.Msg {
	if q.Type == TypePercent || q.Unit.IsZero() {
		return locales.M("standing.value", "value", FormatDigits(q, v, d))
	}
	return locales.M("standing.value_unit", "value", FormatDigits(q, v, d), "unit", q.Unit)
}

// FormatDigits is FormatFigure with d decimals when the usual ones would
// not tell it from a different figure (see Digits): the value alone, for
// a table's cell or a chart's label.
func FormatDigits(q *Question, v float64, d int) any {
	base := 2
	if q.Type == TypePercent {
		base = 1
	}
	if d <= base {
		return FormatFigure(q, v)
	}
	return locales.Precise{Value: roundTo(v, d), Digits: d, Percent: q.Type == TypePercent}
}

// StandingLine is one key indicator of a standing.
type StandingLine struct {
	Question *Question
	Value    float64
	Has      bool
	Target   *Target // nil when none is set
	Rank     Rank
	// Ranked: enough peers have the figure for a rank (EnoughReported of
	// Rank.Of); Rank.Pos is 0 otherwise.
	Ranked bool
	// Leader is the best peer, shown when ranks are public.
	Leader *Ranked
	// Digits is how many decimals tell the unit's figure from its peers'.
	Digits int
	// Changes since the previous period and the same period a year before,
	// and how the earlier figures were found (across the merger).
	SincePrev, SinceYear *float64
	PrevNote, YearNote   PastNote
	// PrevCmp and YearCmp are the comparisons the changes come from: the
	// two figures and, above the communes, over how many units (compare.go).
	PrevCmp, YearCmp Compare
}

// Standing is where a unit stands for one form and period.
type Standing struct {
	Unit      *Unit
	Form      *Form
	Period    Period
	Sub       *Submission // nil when the unit has not reported
	Peers     Peers
	Lines     []StandingLine
	Prev      Period    // the previous period
	YearAgo   Period    // the same period a year before
	SameAgo   bool      // for a yearly form the two are the same period
	Public    bool      // peers' figures may be shown
	Submitted int       // peers that reported (a district or cluster: half its units, see Rankable)
	Own       []OwnLine // the office's own report, for a unit above others
	// OldUnreported are the codes of the old units merged into the unit
	// that sent no report of an earlier period compared (before 07/2025).
	OldUnreported []string
	// Earlier marks a period of an earlier era (before 07/2025): the
	// periods it is compared with are earlier still, and a note about
	// them names them, not "kỳ trước 01/07/2025".
	Earlier bool
}

// StandingInput is what a standing is computed from: cur holds the
// submissions of the unit's peers (and of the units under them), prev and
// yearAgo at least the unit's own (and of the units under it).
type StandingInput struct {
	Unit               *Unit
	Form               *Form
	Cur, Prev, YearAgo *Table
}

// NeededForStanding lists the reporting units whose submissions a standing
// of u reads in the current period (own is the subset needed in the
// previous ones).
func (c *Config) NeededForStanding(u *Unit) (peers, own []*Unit) {
	for _, p := range c.PeersOf(u).Units {
		peers = append(peers, p.Leaves()...)
	}
	return peers, u.Leaves()
}

// BuildStanding computes a unit's standing.
func (c *Config) BuildStanding(in StandingInput) Standing {
	f, u := in.Form, in.Unit
	p := in.Cur.Period
	s := Standing{Unit: u, Form: f, Period: p, Sub: in.Cur.Sub(u.Code), Peers: c.PeersOf(u),
		Prev: f.Previous(p), YearAgo: f.YearBefore(p), Public: c.PublicRanks}
	s.SameAgo = s.Prev.Key == s.YearAgo.Key
	s.Earlier = c.Earlier(p)
	if !u.IsLeaf() && !u.IsCluster() {
		if sub := in.Cur.Sub(u.Code); sub != nil || f.ReportsOwn(u) {
			s.Own = []OwnLine{{Unit: u, Sub: sub}}
		}
	}
	// The old units merged into a commune that sent no report of an
	// earlier period compared: the true reason a comparison is missing,
	// apart from an old report without the figure.
	if u.IsLeaf() {
		seen := map[string]bool{}
		for _, t := range []*Table{in.Prev, in.YearAgo} {
			if t == nil || !mergedHistory(u, t.Period) {
				continue
			}
			for _, code := range u.Formerly {
				if t.Sub(code) == nil && !seen[code] {
					seen[code] = true
					s.OldUnreported = append(s.OldUnreported, code)
				}
			}
		}
		sort.Strings(s.OldUnreported)
	}
	year := p.Start.Year()
	for _, pu := range s.Peers.Units {
		if in.Cur.Rankable(pu) {
			s.Submitted++
		}
	}
	for _, q := range f.Indicators() {
		l := StandingLine{Question: q, Target: c.Targets.For(f.ID, q.ID, u, year)}
		l.Value, l.Has = in.Cur.Value(u, q)
		lower := l.Target != nil && l.Target.LowerIsBetter()
		l.Rank = in.Cur.RankOf(u, s.Peers.Units, q, lower)
		// One threshold, the digest's (Digest.RanksShown): a rank on an
		// indicator once half the peers have its figure, not merely a
		// report ("hạng 2/2" of 6 when one of 3 reports has no share).
		l.Ranked = EnoughReported(l.Rank.Of, len(s.Peers.Units))
		if !l.Ranked {
			l.Rank.Pos = 0
		}
		rk := in.Cur.Ranking(s.Peers.Units, q, lower)
		if s.Public && len(rk) > 0 && l.Ranked {
			l.Leader = &rk[0]
		}
		// The unit's figure is told apart from its peers' and from its
		// target (85,96% is not shown as the 86% it misses), and no more:
		// two other communes apart in the fourth decimal do not make it
		// print four.
		others := make([]float64, len(rk), len(rk)+1)
		for i, r := range rk {
			others[i] = r.Value
		}
		if l.Target != nil {
			others = append(others, l.Target.Value())
		}
		l.Digits = DigitsApart(q, l.Value, others)
		if l.Has {
			l.PrevCmp, l.SincePrev = in.Cur.change(in.Prev, u, q)
			l.PrevNote = l.PrevCmp.Note
			if !s.SameAgo {
				l.YearCmp, l.SinceYear = in.Cur.change(in.YearAgo, u, q)
				l.YearNote = l.YearCmp.Note
			} else {
				l.YearCmp, l.SinceYear, l.YearNote = l.PrevCmp, l.SincePrev, l.PrevNote
			}
		}
		s.Lines = append(s.Lines, l)
	}
	return s
}

// change is the move of u's figure q from an earlier table, or nil: over
// the reporting units that have both figures (18 communes this year
// against 24 last year would show a fall that is only missing reports),
// and before the merger of 07/2025 against the sum of the old units
// merged into each (see compare.go, merger.go).
func (t *Table) change(earlier *Table, u *Unit, q *Question) (Compare, *float64) {
	c, ok := t.CompareWith(earlier, u, q)
	if !ok || !c.Enough() {
		return c, nil
	}
	// The exact move, rounded only when shown: figures rounded first
	// would make 85,24 − 84,16 a move of 1,0 point instead of 1,1.
	d := c.Change()
	return c, &d
}

// FormatFigure is a figure as a message argument: a share as 93,1%, a
// count grouped as 32.657, a decimal with its comma.
func FormatFigure(q *Question, v float64) any {
	switch {
	case q.Type == TypePercent:
		return locales.Percent(q.round(v))
	case v == float64(int64(v)):
		return int64(v)
	}
	return q.round(v)
}

// Label is how an indicator is named in a standing or digest: its short
// label ("Tỷ lệ hộ gia đình văn hóa").
func Label(q *Question) locales.Text { return q.ShortLabel() }

// FigureWithUnit is a figure with its unit when it has one: "27 tin, bài", "93,1%".
func FigureWithUnit(q *Question, v float64) locales.Msg {
	if q.Type == TypePercent || q.Unit.IsZero() {
		return locales.M("standing.value", "value", FormatFigure(q, v))
	}
	return locales.M("standing.value_unit", "value", FormatFigure(q, v), "unit", q.Unit)
}

// TargetText is a target as shown: "≥ 86%", "≤ 5".
func TargetText(q *Question, t *Target) locales.Msg {
	key := "standing.target_min"
	if t.LowerIsBetter() {
		key = "standing.target_max"
	}
	return locales.M(key, "value", FigureWithUnit(q, t.Value()))
}

// change is a move since an earlier period: "▲ 1,2 điểm %", "▼ 3", "= ".
func change(q *Question, d float64) locales.Msg {
	return arrowed(q, q.round(d), func(abs float64) any {
		if q.Type == TypePercent {
			return abs
		}
		return FormatFigure(q, abs)
	})
}

// arrowed is the move v with its arrow, its size written by shown.
func arrowed(q *Question, v float64, shown func(abs float64) any) locales.Msg {
	abs := math.Abs(v)
	arrow := "standing.up"
	switch {
	case v < 0:
		arrow = "standing.down"
	case v == 0:
		return locales.M("standing.same")
	}
	if q.Type == TypePercent {
		if abs == 1 {
			return locales.M(arrow+"_point", "diff", shown(abs))
		}
		return locales.M(arrow+"_points", "diff", shown(abs))
	}
	return locales.M(arrow, "diff", shown(abs))
}

// RanksShown reports whether enough peers have reported for a rank to
// mean something: half of them (a rank "1/1" on the first morning is
// noise on a phone).
func (s Standing) RanksShown() bool {
	return len(s.Peers.Units) > 1 && EnoughReported(s.Submitted, len(s.Peers.Units))
}

// Reply renders the standing for a phone screen (/ketqua): every key
// indicator, with its target, its rank once enough peers have reported,
// and its changes where there is an earlier figure to compare with.
func (s Standing) Reply() Reply { return s.render(false) }

// Brief is the standing sent right after a submission: only what the
// officer did not just type themselves, the targets met or missed, the
// rank once enough peers have reported, the changes that exist. It is
// empty (Msg.Key "") when there is nothing of that.
func (s Standing) Brief() Reply { return s.render(true) }

func (s Standing) render(brief bool) Reply {
	head := locales.M("standing.head", "unit", s.Unit.Named(), "title", s.Form.Title, "period", s.Period.Label())
	if s.Sub == nil && len(s.Unit.Children) == 0 {
		if brief {
			return Reply{}
		}
		return Reply{Msg: locales.M("standing.not_submitted", "head", head)}
	}
	ranks := s.RanksShown()
	var lines []locales.Msg
	moved := false
	for _, l := range s.Lines {
		m, meaningful := s.line(l, ranks)
		if l.SincePrev != nil || l.SinceYear != nil {
			moved = true
		}
		if brief && !meaningful {
			continue
		}
		lines = append(lines, m)
	}
	if len(lines) == 0 {
		return Reply{}
	}
	var notes []locales.Msg
	if ranks {
		key := "standing.scope_parent"
		switch {
		case s.Unit.IsCluster():
			key = "standing.scope_clusters"
		case anyAbove(s.Peers.Units):
			key = "standing.scope_groups"
		case s.Peers.Cluster != nil:
			key = "standing.scope_cluster"
		}
		notes = append(notes, locales.M(key, "name", s.peersName(), "count", len(s.Peers.Units), "submitted", s.Submitted))
	} else if !brief && len(s.Peers.Units) > 1 {
		key := "standing.rank_later"
		switch {
		case s.Unit.IsCluster():
			key = "standing.rank_later_clusters"
		case anyAbove(s.Peers.Units):
			key = "standing.rank_later_groups"
		}
		notes = append(notes, locales.M(key, "need", ReportsNeeded(len(s.Peers.Units)), "count", len(s.Peers.Units), "submitted", s.Submitted))
	}
	if moved && !s.SameAgo {
		// A yearly report's lines say "so với năm trước" already.
		notes = append(notes, locales.M("standing.changes", "prev", s.Prev.Label(), "year", s.YearAgo.Label()))
	}
	if !brief {
		if own := renderOwn(s.Form, s.Own); own != nil {
			notes = append(notes, *own)
		}
	}
	if note := s.mergerNote(); note != nil {
		notes = append(notes, *note)
	}
	if len(notes) == 0 {
		return Reply{Msg: locales.M("standing.text_plain", "head", head, "lines", lines)}
	}
	return Reply{Msg: locales.M("standing.text", "head", head, "lines", lines, "notes", notes)}
}

// peersName names the group ranked together, as a sentence says it.
func (s Standing) peersName() any {
	if s.Peers.Cluster == nil && s.Peers.Parent != nil {
		return s.Peers.Parent.Named()
	}
	return s.Peers.Name()
}

// mergerNote says, once under the lines, how the periods before 07/2025
// were compared: with the sum of the old units, or not at all and why.
func (s Standing) mergerNote() *locales.Msg {
	merged, partial, incomplete := false, false, false
	// Which of the compared periods the note is about, for a standing of
	// an earlier era (then): its own period is before 07/2025 too, so
	// "kỳ trước 01/07/2025" would not say which.
	var prevNoted, yearNoted bool
	for _, l := range s.Lines {
		for i, n := range []PastNote{l.PrevNote, l.YearNote} {
			merged = merged || n == PastMerged
			partial = partial || n == PastPartial
			incomplete = incomplete || n == PastIncomplete
			if n != PastOwn {
				prevNoted = prevNoted || i == 0
				yearNoted = yearNoted || i == 1
			}
		}
	}
	var m locales.Msg
	if !s.Unit.IsLeaf() {
		// Above the communes each is compared with its own old units:
		// there is no one list of codes to name.
		if !merged {
			return nil
		}
		m = locales.M("compare.merger_above", "unit", s.Unit.Name)
		return &m
	}
	key := func(k string) string { return k }
	var then []any
	if s.Earlier {
		key = func(k string) string { return k + "_then" }
		then = []any{"then", s.comparedLabel(prevNoted, yearNoted)}
	}
	switch {
	case partial:
		m = locales.M(key("standing.merger_partial"), append(then, "unit", s.Unit.Name, "codes", locales.Plain(joinCodes(s.Unit.Partly)))...)
	case merged:
		// Some lines compared with the old units' sum; a line whose figure
		// one of them did not give says so itself.
		m = locales.M(key("standing.merger_sum"), append(then, "unit", s.Unit.Name, "count", len(s.Unit.Formerly), "codes", locales.Plain(joinCodes(s.Unit.Formerly)))...)
	case incomplete && len(s.OldUnreported) > 0:
		m = locales.M(key("standing.merger_unreported"), append(then, "unit", s.Unit.Name, "count", len(s.Unit.Formerly),
			"codes", locales.Plain(joinCodes(s.OldUnreported)))...)
	case incomplete:
		// Every old unit reported: what is missing is a figure in their
		// reports, not a report.
		m = locales.M(key("standing.merger_no_figure"), append(then, "unit", s.Unit.Name, "count", len(s.Unit.Formerly))...)
	default:
		return nil
	}
	return &m
}

// comparedLabel names the compared periods a note is about: the previous
// one, the one a year before, or both.
func (s Standing) comparedLabel(prev, year bool) locales.Msg {
	switch {
	case s.SameAgo || !year:
		return s.Prev.Label()
	case !prev:
		return s.YearAgo.Label()
	}
	return locales.M("standing.then_two", "prev", s.Prev.Label(), "year", s.YearAgo.Label())
}

func joinCodes(codes []string) string {
	out := ""
	for i, c := range codes {
		if i > 0 {
			out += ", "
		}
		out += c
	}
	return out
}

// line is one indicator; meaningful is false when it says nothing but
// the figure just typed (no target, no rank, no change).
func (s Standing) line(l StandingLine, ranks bool) (locales.Msg, bool) {
	q := l.Question
	if !l.Has {
		if why := s.noFigure(q); why != nil {
			return locales.M("standing.line_no_share", "label", Label(q), "why", *why), false
		}
		return locales.M("standing.line_missing", "label", Label(q)), false
	}
	var parts []locales.Msg
	mark := "•"
	if l.Target != nil {
		mark = "❌"
		key := "standing.part_target_missed"
		if TargetMet(q, l.Target, l.Value) {
			mark, key = "✅", "standing.part_target_met"
		}
		parts = append(parts, locales.M(key, "target", TargetText(q, l.Target)))
	}
	if ranks && l.Rank.Pos > 0 {
		parts = append(parts, locales.M("standing.part_rank", "pos", locales.Plain(strconv.Itoa(l.Rank.Pos)), "of", locales.Plain(strconv.Itoa(l.Rank.Of))))
	} else if ranks && !l.Ranked {
		n := len(s.Peers.Units)
		parts = append(parts, locales.M("standing.part_rank_later", "need", ReportsNeeded(n), "count", n, "ranked", l.Rank.Of))
	}
	var moves []locales.Msg
	if l.SincePrev != nil {
		key := "standing.since_prev"
		if s.SameAgo {
			key = "standing.since_last_year"
		}
		moves = append(moves, s.over(locales.M(key, "change", change(q, *l.SincePrev)), l.PrevCmp))
	}
	if !s.SameAgo && l.SinceYear != nil {
		moves = append(moves, s.over(locales.M("standing.since_year", "change", change(q, *l.SinceYear)), l.YearCmp))
	}
	if l.SinceYear == nil && l.YearNote == PastIncomplete && (s.anyMerged() || len(s.OldUnreported) == 0) {
		// Some of the old units' sums were compared, this one could not
		// be: one of them did not give the figure.
		moves = append(moves, locales.M("compare.year_incomplete"))
	}
	if len(moves) > 0 {
		parts = append(parts, joinMsgs(moves, "standing.sep"))
	}
	value := FigureDigits(q, l.Value, l.Digits)
	var m locales.Msg
	if len(parts) == 0 {
		m = locales.M("standing.line_bare", "mark", locales.Plain(mark), "label", Label(q), "value", value)
	} else {
		m = locales.M("standing.line", "mark", locales.Plain(mark), "label", Label(q), "value", value, "parts", joinMsgs(parts, "standing.sep"))
	}
	if ranks && l.Leader != nil && l.Leader.Unit != s.Unit {
		m = locales.M("standing.line_leader", "line", m, "leader", l.Leader.Unit.Named(), "value", FigureDigits(q, l.Leader.Value, l.Digits))
	}
	return m, len(parts) > 0
}

// joinMsgs joins messages with a separator message, for a line built of
// optional parts.
func joinMsgs(parts []locales.Msg, sep string) locales.Msg {
	if len(parts) == 0 {
		return locales.M("standing.empty")
	}
	out := parts[0]
	for _, p := range parts[1:] {
		out = locales.M(sep, "a", out, "b", p)
	}
	return out
}

// over adds to a change over how many units it was computed, when not
// all the units under the one shown had both figures.
func (s Standing) over(m locales.Msg, c Compare) locales.Msg {
	if c.Whole() {
		return m
	}
	return locales.M("compare.over", "change", m, "units", c.Units, "of", c.Of)
}

// anyMerged reports whether a line was compared with old units' sums.
func (s Standing) anyMerged() bool {
	for _, l := range s.Lines {
		if (l.SincePrev != nil && l.PrevNote == PastMerged) || (l.SinceYear != nil && l.YearNote == PastMerged) {
			return true
		}
	}
	return false
}

// noFigure says why a share of a report is not computed: a part it is
// made of is missing from the report, or its denominator is 0. nil when
// the unit has no report, or the figure is not a share.
func (s Standing) noFigure(q *Question) *locales.Msg {
	r, ok := q.Ratio()
	if s.Sub == nil || !ok {
		return nil
	}
	var missing []locales.Msg
	for _, id := range []string{r.Num, r.Den} {
		if _, ok := s.Sub.Num(id); !ok {
			if part := s.Form.Question(id); part != nil {
				missing = append(missing, locales.M("standing.part_name", "label", part.ShortLabel()))
			}
		}
	}
	var m locales.Msg
	switch {
	case len(missing) == 2:
		return nil // neither part given: no figure, nothing half-reported
	case len(missing) > 0:
		m = locales.M("standing.no_share_missing", "parts", joinMsgs(missing, "standing.and"))
	default:
		den := s.Form.Question(r.Den)
		if den == nil {
			return nil
		}
		m = locales.M("standing.no_share_zero", "label", den.ShortLabel())
	}
	return &m
}
