package flows

// The supervisor's digest: how complete a period's reporting is, who is
// late, what the figures add up to and which units lead or trail, for one
// supervised unit. The caller loads the table and names each unit's
// officers; nothing here reads a store or a clock (now is an argument).

import (
	"strconv"
	"time"

	"github.com/baocao/baocao/locales"
)

// DigestLine is one key indicator over the supervised unit.
type DigestLine struct {
	Question *Question
	Agg      Aggregate
	Target   *Target // the supervised unit's own target, if any
	// Met counts the ranked units (the supervised unit's children) that
	// reach their own target, of Judged that have both a figure and a
	// target and may be ranked (Table.Rankable).
	Met, Judged int
}

// Digest is the picture of one form and period for a supervised unit.
type Digest struct {
	Unit     *Unit
	Form     *Form
	Period   Period
	Now      time.Time
	Expected int // reporting units under Unit
	Done     int // of which reported
	OnTime   int // of which before the deadline (first version)
	// Imported counts the reports whose figures an operator imported
	// from a file (Submission.Imported): neither on time nor late, as the
	// status sheet says ("Nhập từ tệp"). Done = OnTime + Late() + Imported.
	Imported int
	Missing  []*Unit // reporting units that have not reported, in tree order
	Officers map[string][]string
	Lines    []DigestLine
	// Main is the first key indicator; Top and Bottom rank the unit's
	// children on it (three each, fewer when few reported), once half of
	// them may be ranked (RanksShown); before that both are nil.
	Main        *Question
	Top, Bottom []Ranked
	Ranked      int // children with a figure on Main that may be ranked (Table.Rankable)
	Peers       int // children ranked over
	Digits      int // decimals that tell the listed figures apart (each list may need fewer)

	topDigits, bottomDigits int
	// Clusters has a line per cluster under Unit; YesNo counts the yes/no
	// answers; Opinions is how many text answers /kiennghi lists.
	Clusters      []ClusterLine
	ClusterDigits int // decimals that tell the clusters' figures apart
	YesNo         []YesNoLine
	Choices       []ChoiceLine
	Opinions      int
	// LateEntries counts reports entered in a period opened again.
	LateEntries int
	// Own is the offices' own reports, apart from their units' sum.
	Own []OwnLine
	// Era is set for a period of an earlier era (era_table.go).
	Era *EraView
	// Year is the comparison with the same period a year earlier, when
	// the caller gave that period's table (digest_year.go).
	Year *YearView
}

// topBottom picks the n best and n worst of a ranking, with every unit
// tied with the last one picked (a list never cuts a tie in two), and the
// worst not repeating the best: when all are tied there is no bottom list.
// The bottom list runs from the worst up.
func topBottom(rk []Ranked, n int) (top, bottom []Ranked) {
	if len(rk) == 0 {
		return nil, nil
	}
	cut := rk[min(n, len(rk))-1].Rank
	i := 0
	for i < len(rk) && rk[i].Rank <= cut {
		i++
	}
	top = rk[:i]
	if i == len(rk) {
		return top, nil
	}
	from := max(len(rk)-n, i)
	floor := rk[from].Rank
	for from > i && rk[from-1].Rank == floor {
		from--
	}
	// Worst rank first; units tied on a rank keep their order.
	for end := len(rk); end > from; {
		start := end - 1
		for start > from && rk[start-1].Rank == rk[end-1].Rank {
			start--
		}
		bottom = append(bottom, rk[start:end]...)
		end = start
	}
	return top, bottom
}

// DigestInput is what a digest is computed from. FirstAt gives, for a unit
// whose report was revised, when its first version came (nil: the current
// version's time); Officers names the people linked to each unit.
type DigestInput struct {
	Unit     *Unit
	Table    *Table
	Now      time.Time
	FirstAt  map[string]time.Time
	Officers map[string][]string
	// YearAgo is the same period a year earlier: the submissions of the
	// units under Unit, or before 07/2025 of their old units (nil: no
	// comparison).
	YearAgo *Table
}

// BuildDigest computes a digest.
func (c *Config) BuildDigest(in DigestInput) Digest {
	t, u := in.Table, in.Unit
	f, p := t.Form, t.Period
	d := Digest{Unit: u, Form: f, Period: p, Now: in.Now, Officers: in.Officers}
	for _, leaf := range u.Leaves() {
		d.Expected++
		s := t.Subs[leaf.Code]
		if s == nil {
			d.Missing = append(d.Missing, leaf)
			continue
		}
		d.Done++
		if s.Imported != nil {
			d.Imported++
			continue
		}
		at := s.At
		if first, ok := in.FirstAt[leaf.Code]; ok {
			at = first
		}
		if !p.IsLate(at) {
			d.OnTime++
		}
	}
	year := p.Start.Year()
	ranked := u.Children
	if len(ranked) == 0 {
		ranked = []*Unit{u}
	}
	for _, q := range f.Indicators() {
		l := DigestLine{Question: q, Agg: t.Aggregate(u, q), Target: c.Targets.For(f.ID, q.ID, u, year)}
		for _, ch := range ranked {
			tg := c.Targets.For(f.ID, q.ID, ch, year)
			v, ok := t.Value(ch, q)
			// A district judged on a few of its communes would be judged
			// on them alone: as for ranks, half must have reported.
			if tg == nil || !ok || !t.Rankable(ch) {
				continue
			}
			l.Judged++
			if TargetMet(q, tg, v) {
				l.Met++
			}
		}
		d.Lines = append(d.Lines, l)
	}
	if ind := f.Indicators(); len(ind) > 0 {
		d.Main = ind[0]
		rk := t.Ranking(ranked, d.Main, c.LowerIsBetter(f, d.Main, u, year))
		d.Ranked, d.Peers = len(rk), len(ranked)
		if d.RanksShown() {
			d.Top, d.Bottom = topBottom(rk, 3)
		}
		// Each list with the decimals that tell its figures apart, from
		// the unit ranked next to it (the 3rd is not printed as the 4th's
		// figure) and from each unit's own target (91,99% of Kim Tân is
		// not printed as the 92% it misses).
		var topNext, bottomNext []Ranked
		if n := len(d.Top); n > 0 && n < len(rk) {
			topNext = rk[n : n+1]
		}
		if n := len(rk) - len(d.Bottom); len(d.Bottom) > 0 && n > 0 {
			bottomNext = rk[n-1 : n]
		}
		targets := func(l []Ranked) (out []float64) {
			for _, r := range l {
				if tg := c.Targets.For(f.ID, d.Main.ID, r.Unit, year); tg != nil {
					out = append(out, tg.Value())
				}
			}
			return out
		}
		d.topDigits = listDigits(d.Main, d.Top, topNext, targets(d.Top))
		d.bottomDigits = listDigits(d.Main, d.Bottom, bottomNext, targets(d.Bottom))
		d.Digits = max(d.topDigits, d.bottomDigits)
	}
	c.buildYear(&d, t, in.YearAgo, ranked)
	c.buildMore(&d, t)
	return d
}

// Late is how many reported after the deadline (the first version's
// time decides); imported figures are not counted.
func (d Digest) Late() int { return d.Done - d.OnTime - d.Imported }

// RanksShown reports whether the top and bottom lists are shown: once half
// of the units ranked have a figure that may be ranked, the threshold a
// unit's own rank waits for (Standing.RanksShown). Three "best" of 7
// communes reported out of 166 would be a list of who reported first.
func (d Digest) RanksShown() bool {
	return d.Main != nil && EnoughReported(d.Ranked, d.Peers)
}

// MaxMissingShown caps the late units listed (and their buttons) so a
// province's digest still fits a phone screen.
const MaxMissingShown = 10

// Reply renders the digest: one message with a button to remind every
// unit that has not reported, and buttons for the chart and the spreadsheet.
func (d Digest) Reply() Reply {
	pct := 0.0
	if d.Expected > 0 {
		pct = float64(d.Done) / float64(d.Expected) * 100
	}
	head := locales.M("digest.head", "unit", d.unitName(), "title", d.Form.Title, "period", d.Period.Label())
	done := locales.M("digest.done", "done", d.Done, "expected", d.Expected, "pct", locales.Percent(pct),
		"ontime", d.OnTime, "late", d.Late(), "deadline", locales.Date(d.Period.LastDeadlineDay()))
	if d.Imported > 0 {
		done = locales.M("digest.done_imported", "done", d.Done, "expected", d.Expected, "pct", locales.Percent(pct),
			"ontime", d.OnTime, "late", d.Late(), "imported", d.Imported, "deadline", locales.Date(d.Period.LastDeadlineDay()))
	}

	var buttons [][]Button
	// One button reminds them all (after /nhac's confirmation); ten
	// buttons, one per unit, filled a phone's screen.
	if len(d.Missing) > 0 {
		buttons = append(buttons, []Button{{Label: locales.M("digest.remind_all_button"), Data: "/nhac"}})
	}
	missingHead := d.missingSection()

	if d.Era != nil {
		// Units of that era reported, not today's: no reminders, and the
		// list says how today's figures were made.
		done, missingHead = d.Era.reply(d.Done, d.Expected)
		buttons = nil
	}
	var lines []locales.Msg
	for i, l := range d.Lines {
		lines = append(lines, d.line(i, l))
	}
	var rank locales.Msg
	switch {
	case d.RanksShown() && len(d.Bottom) == 0:
		// Too few reported for a separate bottom list.
		rank = locales.M("digest.ranking_top", "label", Label(d.Main), "top", rankedLines(d.Main, d.Top, d.topDigits))
	case d.RanksShown():
		rank = locales.M("digest.ranking", "label", Label(d.Main), "top", rankedLines(d.Main, d.Top, d.topDigits), "bottom", rankedLines(d.Main, d.Bottom, d.bottomDigits))
	case d.Main != nil && d.Done > 0:
		key := "digest.ranking_later"
		if anyAbove(d.Unit.Children) {
			key = "digest.ranking_later_groups"
		}
		rank = locales.M(key, "label", Label(d.Main), "need", ReportsNeeded(d.Peers), "count", d.Peers, "ranked", d.Ranked)
	default:
		rank = locales.M("digest.ranking_none")
	}
	if moves := d.movesSection(); moves != nil {
		rank = locales.M("compare.ranking_moves", "ranking", rank, "moves", *moves)
	}
	key := d.Form.ID + " " + d.Period.Key
	buttons = append(buttons, []Button{
		{Label: locales.M("digest.chart_button"), Data: "/bieudo " + key},
		{Label: locales.M("digest.export_button"), Data: "/xuat " + key},
	})
	if d.Era != nil && d.Era.Command != "" {
		label := "era.by_old_button"
		if d.Era.ByOld {
			label = "era.by_new_button"
		}
		buttons = append(buttons, []Button{{Label: locales.M(label), Data: d.Era.Command}})
	}
	if d.Done == 0 && len(d.Own) == 0 {
		// Nothing to total or rank yet: six "chưa có số liệu" lines are noise.
		return Reply{Msg: locales.M("digest.text_none", "head", head, "done", done, "missing", missingHead, "ranking", rank), Buttons: buttons}
	}
	msg := locales.M("digest.text", "head", head, "done", done, "missing", missingHead, "lines", lines, "ranking", rank)
	if more := d.moreSections(); len(more) > 0 {
		msg = locales.M("digest.text_more", "text", msg, "more", joinMsgs(more, "digest.section_sep"))
	}
	return Reply{Msg: msg, Buttons: buttons}
}

func (d Digest) line(i int, l DigestLine) locales.Msg {
	q := l.Question
	if l.Agg.Units == 0 {
		return locales.M("digest.line_missing", "label", Label(q))
	}
	var parts []locales.Msg
	if l.Target != nil {
		mark := "❌"
		if TargetMet(q, l.Target, l.Agg.Value) {
			mark = "✅"
		}
		parts = append(parts, locales.M("digest.part_target", "mark", locales.Plain(mark), "target", TargetText(q, l.Target)))
	}
	if l.Judged > 0 {
		parts = append(parts, locales.M("digest.part_met", "met", l.Met, "judged", l.Judged))
	}
	if y := d.yearPart(i); y != nil {
		parts = append(parts, *y)
	}
	// Told apart from its target: 85,96% is not printed as the 86% it misses.
	digits := Digits(q, []float64{l.Agg.Value})
	if l.Target != nil {
		digits = Digits(q, []float64{l.Agg.Value, l.Target.Value()})
	}
	value := FigureDigits(q, l.Agg.Value, digits)
	if _, ok := q.Ratio(); ok {
		value = locales.M("digest.value_ratio", "value", FormatDigits(q, l.Agg.Value, digits), "num", int64(l.Agg.Num), "den", int64(l.Agg.Den))
	}
	if len(parts) == 0 {
		return locales.M("digest.line_plain", "label", Label(q), "value", value)
	}
	return locales.M("digest.line", "label", Label(q), "value", value, "parts", joinMsgs(parts, "standing.sep"))
}

// listDigits is how many decimals tell apart the figures of a top or
// bottom list, so two units on different ranks never print the same: each
// listed figure from the others, from the unit ranked next to the list
// and from the listed units' targets.
func listDigits(q *Question, l, next []Ranked, targets []float64) int {
	d := Digits(q, nil)
	for i, r := range l {
		var others []float64
		for j, o := range l {
			if j != i {
				others = append(others, o.Value)
			}
		}
		for _, o := range next {
			others = append(others, o.Value)
		}
		d = max(d, DigitsApart(q, r.Value, append(others, targets...)))
	}
	return d
}

// rankedLines writes a top or bottom list, units tied on a rank on one
// line ("2. Xã A, Xã B: 89,6% (đồng hạng)").
func rankedLines(q *Question, l []Ranked, digits int) []locales.Msg {
	var out []locales.Msg
	for i := 0; i < len(l); {
		j := i + 1
		for j < len(l) && l[j].Rank == l[i].Rank {
			j++
		}
		rank, value := locales.Plain(strconv.Itoa(l[i].Rank)), FigureDigits(q, l[i].Value, digits)
		if j-i == 1 {
			out = append(out, locales.M("digest.rank_line", "rank", rank, "unit", l[i].Unit.Name, "value", value))
		} else {
			var names []string
			for _, r := range l[i:j] {
				names = append(names, r.Unit.Name)
			}
			shown := names
			if len(shown) > maxTiedNames {
				shown = shown[:maxTiedNames]
			}
			var who any = joinNames(shown)
			if len(names) > maxTiedNames {
				who = locales.M("digest.tied_more", "units", joinNames(shown), "count", len(names)-maxTiedNames)
			}
			out = append(out, locales.M("digest.rank_tied", "rank", rank, "units", who, "value", value))
		}
		i = j
	}
	return out
}

// maxTiedNames caps the units named on one tied line of a province's ranking.
const maxTiedNames = 6

func joinNames(names []string) locales.Plain {
	s := ""
	for i, n := range names {
		if i > 0 {
			s += ", "
		}
		s += n
	}
	return locales.Plain(s)
}
