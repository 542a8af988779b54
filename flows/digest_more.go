package flows

// What a digest carries besides the key indicators: a line per cluster
// of the supervised unit (a province's "cụm thi đua"), the yes/no answers
// counted, and how many units wrote difficulties or proposals, so every
// answer reaches the supervisor.

import (
	"strconv"
	"strings"

	"github.com/baocao/baocao/locales"
)

// ClusterLine is one cluster in the digest of the unit above it. A
// cluster where nobody reported has no figure (Has false: "chưa có số
// liệu", never 0); one where fewer than half its units reported has a
// figure but no rank (Rankable false), and no cluster is ranked before
// half of them may be.
type ClusterLine struct {
	Cluster        *Cluster
	Done, Expected int
	Value          float64 // the digest's main indicator over the cluster
	Has            bool
	Rankable       bool // half of its units reported (Table.Rankable)
	Rank, Of       int  // among the clusters ranked (0: not ranked)
}

// YesNoLine counts the answers to a yes/no question.
type YesNoLine struct {
	Question *Question
	Yes, Of  int // "yes" answers, of the units that answered
}

// ChoiceLine counts the answers to a choice question, per option.
type ChoiceLine struct {
	Question *Question
	Counts   []int // per option, in the form's order
	Of       int   // units that answered
}

// Opinion is one text answer: a difficulty, a proposal, a list of events.
type Opinion struct {
	Unit     *Unit
	Question *Question
	Text     string
}

// buildMore fills the clusters, yes/no and text parts of a digest.
func (c *Config) buildMore(d *Digest, t *Table) {
	u := d.Unit
	for _, cl := range c.ClustersUnder(u) {
		line := ClusterLine{Cluster: cl}
		line.Done, line.Expected = t.Reported(cl.scope)
		line.Rankable = t.Rankable(cl.scope)
		if d.Main != nil {
			line.Value, line.Has = t.Value(cl.scope, d.Main)
		}
		d.Clusters = append(d.Clusters, line)
	}
	var vals []float64
	for _, l := range d.Clusters {
		if l.Has {
			vals = append(vals, l.Value)
		}
	}
	if d.Main != nil {
		d.ClusterDigits = Digits(d.Main, vals)
	}
	// Clusters are emulation groups: rank them on the main indicator,
	// those where half the units reported, once half the clusters are so.
	if d.Main != nil && len(d.Clusters) > 1 {
		scopes := make([]*Unit, len(d.Clusters))
		for i, l := range d.Clusters {
			scopes[i] = l.Cluster.scope
		}
		rk := t.Ranking(scopes, d.Main, c.LowerIsBetter(d.Form, d.Main, u, d.Period.Start.Year()))
		if !EnoughReported(len(rk), len(scopes)) {
			rk = nil
		}
		for _, r := range rk {
			for i := range d.Clusters {
				if d.Clusters[i].Cluster.scope == r.Unit {
					d.Clusters[i].Rank, d.Clusters[i].Of = r.Rank, len(rk)
				}
			}
		}
	}
	for _, q := range d.Form.Questions {
		if q.Type != TypeYesNo {
			continue
		}
		yn := YesNoLine{Question: q}
		for _, l := range u.Leaves() {
			s := t.Subs[l.Code]
			if s == nil {
				continue
			}
			if v, ok := s.Answers[q.ID]; ok && v.Bool != nil && !v.Skipped {
				yn.Of++
				if *v.Bool {
					yn.Yes++
				}
			}
		}
		d.YesNo = append(d.YesNo, yn)
	}
	for _, q := range d.Form.Questions {
		if q.Type != TypeChoice && q.Type != TypeMulti {
			continue
		}
		cl := ChoiceLine{Question: q, Counts: make([]int, len(q.Options))}
		for _, l := range u.Leaves() {
			v, ok := t.Subs[l.Code].answer(q.ID)
			if !ok || len(v.Picks) == 0 {
				continue
			}
			cl.Of++
			for i, o := range q.Options {
				for _, pick := range v.Picks {
					if pick == o.ID {
						cl.Counts[i]++
					}
				}
			}
		}
		if cl.Of > 0 {
			d.Choices = append(d.Choices, cl)
		}
	}
	d.Opinions = len(t.Opinions(u))
	d.Own = ownLines(d.Form, t, u)
	for _, l := range u.Leaves() {
		if s := t.Subs[l.Code]; s != nil && s.LateEntry {
			d.LateEntries++
		}
	}
}

// Opinions lists the text answers of the units under u, in tree order
// and form order: what /kiennghi shows and the export carries.
func (t *Table) Opinions(u *Unit) []Opinion {
	var out []Opinion
	for _, l := range u.Leaves() {
		s := t.Subs[l.Code]
		if s == nil {
			continue
		}
		for _, q := range t.Form.Questions {
			if q.Type != TypeText {
				continue
			}
			if v, ok := s.Answers[q.ID]; ok && !v.Skipped && strings.TrimSpace(v.Text) != "" && !isNothing(v.Text) {
				out = append(out, Opinion{Unit: l, Question: q, Text: strings.TrimSpace(v.Text)})
			}
		}
	}
	return out
}

// isNothing reports an answer that says there is nothing to say
// ("không", "không có", "Không có kiến nghị").
func isNothing(s string) bool {
	f := Fold(s)
	f = strings.TrimRight(f, ".!")
	switch f {
	case "khong", "khong co", "ko", "k", "khong co y kien", "khong co kien nghi", "khong co kho khan", "none", "no", "-":
		return true
	}
	return false
}

// moreSections renders the parts of a digest after its indicators, or nil.
func (d Digest) moreSections() []locales.Msg {
	var out []locales.Msg
	if d.LateEntries > 0 {
		out = append(out, locales.M("digest.late_entries", "count", d.LateEntries))
	}
	if own := renderOwn(d.Form, d.Own); own != nil {
		out = append(out, *own)
	}
	if len(d.Clusters) > 0 {
		out = append(out, locales.M("digest.clusters", "lines", d.clusterLines()))
	}
	var yn []locales.Msg
	for _, l := range d.YesNo {
		if l.Of == 0 {
			continue
		}
		if !l.Question.Summary.IsZero() {
			yn = append(yn, locales.M("digest.yes_summary", "yes", l.Yes, "of", l.Of, "summary", l.Question.Summary))
		} else {
			yn = append(yn, locales.M("digest.yes_label", "label", Label(l.Question), "yes", l.Yes, "of", l.Of))
		}
	}
	for _, c := range d.Choices {
		var parts []locales.Msg
		for i, o := range c.Question.Options {
			if c.Counts[i] > 0 {
				parts = append(parts, locales.M("digest.choice_part", "option", o.Label, "count", c.Counts[i]))
			}
		}
		yn = append(yn, locales.M("digest.choice_line", "label", Label(c.Question), "of", c.Of, "parts", joinMsgs(parts, "standing.sep")))
	}
	if len(yn) > 0 {
		out = append(out, locales.M("digest.yes_head", "lines", yn))
	}
	if d.Opinions > 0 {
		out = append(out, locales.M("digest.opinions", "count", d.Opinions, "command", locales.Plain("/kiennghi "+d.Form.ID+" "+d.Period.Key+d.unitArg())))
	}
	return out
}

// unitArg names the digest's unit in a command when it is a cluster.
func (d Digest) unitArg() string {
	if d.Unit.IsCluster() {
		return " " + d.Unit.Code
	}
	return ""
}

// unitName names the digest's unit in its heading, a cluster with its
// head: "Khối thi đua các huyện trung du — trưởng khối: Huyện Thạch Thành".
func (d Digest) unitName() any {
	cl := d.Unit.ClusterOf()
	if cl == nil || cl.head == nil {
		return d.Unit.Name
	}
	return locales.M(headKey(cl), "name", cl.Name, "head", cl.head.Name)
}

// headKey says "trưởng khối" for a bloc ("Khối thi đua …"), "trưởng cụm"
// for a cluster.
func headKey(cl *Cluster) string {
	if strings.HasPrefix(Fold(cl.Name.In(locales.VI)), "khoi") {
		return "digest.bloc_with_head"
	}
	return "digest.cluster_with_head"
}

func (d Digest) clusterLine(l ClusterLine, pct float64, name locales.Msg) locales.Msg {
	switch {
	case d.Main == nil:
		return locales.M("digest.cluster_line_count", "name", name, "done", l.Done, "expected", l.Expected, "pct", locales.Percent(pct))
	case !l.Has:
		return locales.M("digest.cluster_line_none", "name", name, "done", l.Done, "expected", l.Expected, "pct", locales.Percent(pct))
	case l.Rank > 0:
		return locales.M("digest.cluster_line_rank", "name", name, "done", l.Done, "expected", l.Expected, "pct", locales.Percent(pct),
			"value", FigureDigits(d.Main, l.Value, d.ClusterDigits), "rank", locales.Plain(strconv.Itoa(l.Rank)), "of", locales.Plain(strconv.Itoa(l.Of)))
	case !l.Rankable:
		return locales.M("digest.cluster_line_few", "name", name, "done", l.Done, "expected", l.Expected, "pct", locales.Percent(pct),
			"value", FigureDigits(d.Main, l.Value, d.ClusterDigits))
	}
	return locales.M("digest.cluster_line", "name", name, "done", l.Done, "expected", l.Expected, "pct", locales.Percent(pct), "value", FigureDigits(d.Main, l.Value, d.ClusterDigits))
}

// MaxOpinionsShown caps the opinions of one message; the export has all.
const MaxOpinionsShown = 30

// OpinionsReply lists the text answers of the units under u for the
// supervisor: "/kiennghi".
func OpinionsReply(t *Table, u *Unit) Reply {
	ops := t.Opinions(u)
	head := locales.M("opinions.head", "title", t.Form.Title, "period", t.Period.Label(), "unit", u.Name)
	if len(ops) == 0 {
		return Reply{Msg: locales.M("opinions.none", "head", head)}
	}
	var lines []locales.Msg
	for i, o := range ops {
		if i == MaxOpinionsShown {
			lines = append(lines, locales.M("opinions.more", "count", len(ops)-MaxOpinionsShown))
			break
		}
		lines = append(lines, locales.M("opinions.line", "unit", o.Unit.Name, "label", Label(o.Question), "text", locales.Plain(shorten(o.Text, 600))))
	}
	return Reply{Msg: locales.M("opinions.text", "head", head, "count", len(ops), "lines", lines)}
}
