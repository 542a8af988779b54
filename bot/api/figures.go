package api

import (
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// Figures is the answer of /figures: the digest's numbers for a unit, a
// cluster or the province, exact (never rounded: a share is its summed
// parts' ratio). A figure nobody reported is null, never 0.
type Figures struct {
	Form   string   `json:"form"`
	Period string   `json:"period"`
	Unit   UnitRef  `json:"unit"`
	Era    *EraNote `json:"era,omitempty"` // set for a period of an earlier era
	// Expected is the reporting units under the unit; Submitted how many
	// of them have reported, OnTime of which before the deadline, Late
	// after it, Imported from a file (neither on time nor late:
	// Submitted = OnTime + Late + Imported).
	Expected   int         `json:"expected"`
	Submitted  int         `json:"submitted"`
	OnTime     int         `json:"on_time"`
	Late       int         `json:"late"`
	Imported   int         `json:"imported"`
	Indicators []Indicator `json:"indicators"`
	// Totals are every numeric question over the reporting units, as the
	// report sheet's total row has them.
	Totals []Total `json:"totals"`
	// Ranking ranks the unit's children on the first key indicator, as
	// the digest does, once half of them may be ranked; null before.
	Ranking  *Ranking      `json:"ranking"`
	Clusters []ClusterLine `json:"clusters"`
	YesNo    []YesNoLine   `json:"yes_no"`
}

// UnitRef names a unit (or a cluster: its id is the code).
type UnitRef struct {
	Code    string `json:"code"`
	Name    string `json:"name"`
	Level   string `json:"level,omitempty"`
	Cluster bool   `json:"cluster"`
}

// EraNote says how a period of an earlier era was seen: today's units'
// figures are the sums of the old units that went into them.
type EraNote struct {
	Until     string `json:"until"`
	OldUnits  int    `json:"old_units"`
	Submitted int    `json:"old_units_submitted"`
}

// Indicator is one key indicator over the unit.
type Indicator struct {
	ID      string       `json:"id"`
	Name    locales.Text `json:"name"`
	Type    string       `json:"type"`
	Measure locales.Text `json:"measure,omitempty"`
	// Value is the sum over the reporting units (a share: the ratio of the
	// summed parts; a figure that is not summed: their mean); null when
	// none of them reported it.
	Value *float64 `json:"value"`
	// Parts are a share's summed numerator and denominator.
	Parts *Parts `json:"parts,omitempty"`
	// Reported is how many reporting units the value is made of.
	Reported int `json:"reported"`
	// Target is the unit's own target, if one is set; TargetsMet counts
	// the ranked children that reach theirs, of TargetsJudged.
	Target        *Target `json:"target"`
	TargetsMet    int     `json:"targets_met"`
	TargetsJudged int     `json:"targets_judged"`
	// Rank is the unit's place among its peers (its cluster, or the units
	// of its parent), once half of them have reported; null before and
	// for a unit without peers.
	Rank *Rank `json:"rank"`
	// Previous and YearAgo compare with the period before and the same
	// period a year earlier; Change is null when the figures cannot be
	// compared (nothing then, fewer units reported, an old unit came only
	// in part).
	Previous *Change `json:"previous,omitempty"`
	YearAgo  *Change `json:"year_ago"`
}

// Total is one numeric question over the reporting units under the unit.
type Total struct {
	ID       string       `json:"id"`
	Name     locales.Text `json:"name"`
	Type     string       `json:"type"`
	Measure  locales.Text `json:"measure,omitempty"`
	Value    *float64     `json:"value"` // null when none reported it
	Parts    *Parts       `json:"parts,omitempty"`
	Reported int          `json:"reported"`
}

// Parts are a share's exact parts.
type Parts struct {
	Numerator   string  `json:"numerator"` // question ids
	Denominator string  `json:"denominator"`
	Num         float64 `json:"num"`
	Den         float64 `json:"den"`
	Scale       float64 `json:"scale"` // 100 for a percentage
}

// Target is a goal for the indicator.
type Target struct {
	Value         float64 `json:"value"`
	LowerIsBetter bool    `json:"lower_is_better"`
	Met           *bool   `json:"met"` // null without a figure
}

// Rank is a place among peers; ties share a place.
type Rank struct {
	Pos   int    `json:"pos"`
	Of    int    `json:"of"`
	Peers string `json:"peers"` // the cluster's id, the parent's code, or "clusters" for a cluster
}

// Change is the move from an earlier period's figure.
type Change struct {
	Period string   `json:"period"`
	Change *float64 `json:"change"`
	// How is how the earlier figure was found: own (the unit's own
	// reports), merged (the sum of the old units merged into it),
	// partial or incomplete (not compared).
	How string `json:"how"`
}

// Ranking is the digest's best and worst of the unit's children.
type Ranking struct {
	Indicator string   `json:"indicator"`
	Ranked    int      `json:"ranked"` // children with a figure that may be ranked
	Of        int      `json:"of"`
	Top       []Ranked `json:"top"`
	Bottom    []Ranked `json:"bottom"` // the worst first
}

// Ranked is one unit in a ranking.
type Ranked struct {
	Unit  string  `json:"unit"`
	Name  string  `json:"name"`
	Value float64 `json:"value"`
	Rank  int     `json:"rank"`
}

// ClusterLine is one cluster under the unit.
type ClusterLine struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Submitted int      `json:"submitted"`
	Expected  int      `json:"expected"`
	Value     *float64 `json:"value"` // the first key indicator; null when nobody reported
	Rank      *int     `json:"rank"`
	Of        *int     `json:"of"`
}

// YesNoLine counts a yes/no question's answers.
type YesNoLine struct {
	ID  string `json:"id"`
	Yes int    `json:"yes"`
	Of  int    `json:"of"` // units that answered
}

var pastHow = map[flows.PastNote]string{flows.PastOwn: "own", flows.PastMerged: "merged",
	flows.PastPartial: "partial", flows.PastIncomplete: "incomplete"}

// figures: GET /api/v1/figures?form=&period=&unit= — the digest (/tonghop)
// and the standing (/ketqua) of the unit, as numbers.
func (c *call) figures() (any, *table, error) {
	f, p, u, err := c.fpu()
	if err != nil {
		return nil, nil, err
	}
	d, err := c.h.Bot.Digest(c.tx, u, f, p, c.now)
	if err != nil {
		return nil, nil, err
	}
	s, err := c.h.Bot.Standing(c.tx, u, f, p)
	if err != nil {
		return nil, nil, err
	}
	tab, _, err := c.h.Bot.Table(c.tx, u, f, p)
	if err != nil {
		return nil, nil, err
	}
	out := FiguresOf(c.h.Config, d, s, tab, c.lang)
	// A row per numeric question, as the sheet's total row has them; a
	// key indicator's row also carries its target, rank and change.
	t := &table{head: []string{"form", "period", "unit", "expected", "submitted", "question", "name", "value",
		"num", "den", "reported", "indicator", "target", "rank", "rank_of", "year_ago_period", "change_year_ago",
		// Added in 1.2.0 at the end, so that a reader by position keeps
		// working: how the submitted reports arrived.
		"on_time", "late", "imported"}}
	ind := map[string]Indicator{}
	for _, l := range out.Indicators {
		ind[l.ID] = l
	}
	for _, x := range out.Totals {
		var n, dn, tg, chg *float64
		if x.Parts != nil {
			n, dn = &x.Parts.Num, &x.Parts.Den
		}
		l, isInd := ind[x.ID]
		if l.Target != nil {
			tg = &l.Target.Value
		}
		rank, of, yp := "", "", ""
		if l.Rank != nil {
			rank, of = itoa(l.Rank.Pos), itoa(l.Rank.Of)
		}
		if l.YearAgo != nil {
			yp, chg = l.YearAgo.Period, l.YearAgo.Change
		}
		t.add(out.Form, out.Period, out.Unit.Code, itoa(out.Expected), itoa(out.Submitted), x.ID, x.Name.In(c.lang),
			num(x.Value), num(n), num(dn), itoa(x.Reported), yes(isInd), num(tg), rank, of, yp, num(chg),
			itoa(out.OnTime), itoa(out.Late), itoa(out.Imported))
	}
	return out, t, nil
}

// FiguresOf lays out a digest, the unit's standing and the table they were
// computed from (for the totals of every numeric question, as the sheet
// sums them) for the API.
func FiguresOf(cfg *flows.Config, d flows.Digest, s flows.Standing, t *flows.Table, lang locales.Lang) Figures {
	u, f := d.Unit, d.Form
	out := Figures{Form: f.ID, Period: d.Period.Key,
		Unit:     UnitRef{Code: u.Code, Name: u.Name, Level: u.Level, Cluster: u.IsCluster()},
		Expected: d.Expected, Submitted: d.Done, OnTime: d.OnTime, Late: d.Late(), Imported: d.Imported,
		Indicators: []Indicator{}, Totals: []Total{}, Clusters: []ClusterLine{}, YesNo: []YesNoLine{}}
	for _, q := range f.Questions {
		if q.Type != flows.TypeInt && q.Type != flows.TypeDecimal && q.Type != flows.TypePercent {
			continue
		}
		a := t.Aggregate(u, q)
		x := Total{ID: q.ID, Name: q.ShortLabel(), Type: string(q.Type), Measure: q.Unit, Reported: a.Units}
		if a.Units > 0 {
			v := a.Value
			x.Value = &v
			if r, ok := q.Ratio(); ok {
				x.Parts = &Parts{Numerator: r.Num, Denominator: r.Den, Num: a.Num, Den: a.Den, Scale: r.Scale}
			}
		}
		out.Totals = append(out.Totals, x)
	}
	if e := d.Era; e != nil {
		out.Era = &EraNote{Until: *day(e.Until), OldUnits: e.Old, Submitted: e.OldDone}
	}
	byQ := map[string]flows.StandingLine{}
	for _, l := range s.Lines {
		byQ[l.Question.ID] = l
	}
	peers := ""
	switch {
	case u.IsCluster():
		peers = "clusters" // a cluster is ranked among the clusters
	case s.Peers.Cluster != nil:
		peers = s.Peers.Cluster.ID
	case s.Peers.Parent != nil:
		peers = s.Peers.Parent.Code
	}
	for _, l := range d.Lines {
		q := l.Question
		x := Indicator{ID: q.ID, Name: q.ShortLabel(), Type: string(q.Type), Measure: q.Unit, Reported: l.Agg.Units,
			TargetsMet: l.Met, TargetsJudged: l.Judged}
		if l.Agg.Units > 0 {
			v := l.Agg.Value
			x.Value = &v
		}
		if r, ok := q.Ratio(); ok && l.Agg.Units > 0 {
			x.Parts = &Parts{Numerator: r.Num, Denominator: r.Den, Num: l.Agg.Num, Den: l.Agg.Den, Scale: r.Scale}
		}
		if l.Target != nil {
			x.Target = &Target{Value: l.Target.Value(), LowerIsBetter: l.Target.LowerIsBetter()}
			if x.Value != nil {
				met := flows.TargetMet(q, l.Target, *x.Value)
				x.Target.Met = &met
			}
		}
		if sl, ok := byQ[q.ID]; ok {
			if s.RanksShown() && sl.Rank.Pos > 0 {
				x.Rank = &Rank{Pos: sl.Rank.Pos, Of: sl.Rank.Of, Peers: peers}
			}
			if s.SameAgo {
				// A yearly form: the period before is the year before.
				x.YearAgo = &Change{Period: s.YearAgo.Key, Change: sl.SincePrev, How: pastHow[sl.PrevNote]}
			} else {
				x.Previous = &Change{Period: s.Prev.Key, Change: sl.SincePrev, How: pastHow[sl.PrevNote]}
				x.YearAgo = &Change{Period: s.YearAgo.Key, Change: sl.SinceYear, How: pastHow[sl.YearNote]}
			}
		}
		out.Indicators = append(out.Indicators, x)
	}
	if d.Main != nil && d.RanksShown() {
		rk := &Ranking{Indicator: d.Main.ID, Ranked: d.Ranked, Of: d.Peers, Top: []Ranked{}, Bottom: []Ranked{}}
		for _, r := range d.Top {
			rk.Top = append(rk.Top, Ranked{Unit: r.Unit.Code, Name: r.Unit.Name, Value: r.Value, Rank: r.Rank})
		}
		for _, r := range d.Bottom {
			rk.Bottom = append(rk.Bottom, Ranked{Unit: r.Unit.Code, Name: r.Unit.Name, Value: r.Value, Rank: r.Rank})
		}
		out.Ranking = rk
	}
	for _, l := range d.Clusters {
		x := ClusterLine{ID: l.Cluster.ID, Name: l.Cluster.Name.In(lang), Submitted: l.Done, Expected: l.Expected}
		if l.Has {
			v := l.Value
			x.Value = &v
		}
		if l.Rank > 0 {
			r, of := l.Rank, l.Of
			x.Rank, x.Of = &r, &of
		}
		out.Clusters = append(out.Clusters, x)
	}
	for _, l := range d.YesNo {
		out.YesNo = append(out.YesNo, YesNoLine{ID: l.Question.ID, Yes: l.Yes, Of: l.Of})
	}
	return out
}
