package web

import (
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// may is the one access rule of the web view, the chat's: a person sees a
// unit they supervise, or one under it.
func (h *Handler) may(p *flows.Person, u *flows.Unit) bool {
	return u != nil && flows.May(p, h.cfg().Units, flows.Supervise, u)
}

// option is one entry of a <select>.
type option struct {
	Value, Label string
	Selected     bool
}

// nav is the choice of report, period and unit at the top of each page;
// it also carries them to the links of the page.
type nav struct {
	Form                  *flows.Form
	Period                flows.Period
	Unit                  *flows.Unit
	Forms, Periods, Units []option
}

// values is the choice as URL parameters.
func (n *nav) values() url.Values {
	return url.Values{"form": {n.Form.ID}, "period": {n.Period.Key}, "unit": {n.Unit.Code}}
}

// Query is the choice as a URL query, for the links of a page.
func (n *nav) Query() template.URL { return template.URL(n.values().Encode()) }

// QueryFor is the same choice for another unit.
func (n *nav) QueryFor(code string) template.URL {
	v := n.values()
	v.Set("unit", code)
	return template.URL(v.Encode())
}

// choose reads form, period and unit from the query; what is missing or
// not the person's is replaced by a default: the report due soonest, the
// first unit they supervise. ok is false when a unit was named that the
// person may not see: that is refused, not silently replaced.
func (h *Handler) choose(r *http.Request, v *visit) (*nav, bool) {
	cfg := h.cfg()
	q := r.URL.Query()
	n := &nav{}
	if f := cfg.Form(q.Get("form")); f != nil {
		n.Form = f
		if p, err := f.Period(q.Get("period")); err == nil {
			n.Period = p
		} else {
			n.Period = defaultPeriod(f, v.now)
		}
	} else {
		n.Form, n.Period = dueSoonest(cfg, v.now)
	}
	code := q.Get("unit")
	if code == "" {
		code = r.PathValue("code")
	}
	if code != "" {
		u := cfg.Units.Get(code)
		if !h.may(v.person, u) {
			return nil, false
		}
		n.Unit = u
	} else {
		for _, c := range v.person.Supervised() {
			if u := cfg.Units.Get(c); u != nil {
				n.Unit = u
				break
			}
		}
	}
	if n.Unit == nil {
		return nil, false
	}
	for _, f := range cfg.Forms {
		n.Forms = append(n.Forms, option{Value: f.ID, Label: f.Title.In(v.lang), Selected: f == n.Form})
	}
	periods := n.Form.RecentPeriods(v.now, 8)
	has := false
	for _, p := range periods {
		has = has || p.Key == n.Period.Key
	}
	if !has {
		periods = append([]flows.Period{n.Period}, periods...)
	}
	for _, p := range periods {
		n.Periods = append(n.Periods, option{Value: p.Key, Label: locales.Render(v.lang, p.Label()), Selected: p.Key == n.Period.Key})
	}
	// The units a person can pick: the ones they supervise and, under
	// each, the units that have units of their own (a district's communes
	// are the rows of its pages).
	seen := map[string]bool{}
	var add func(u *flows.Unit, depth int)
	add = func(u *flows.Unit, depth int) {
		if seen[u.Code] || u.IsLeaf() && depth > 0 {
			return
		}
		seen[u.Code] = true
		n.Units = append(n.Units, option{Value: u.Code, Label: indent(depth) + u.Name, Selected: u == n.Unit})
		for _, c := range u.Children {
			add(c, depth+1)
		}
	}
	for _, c := range v.person.Supervised() {
		if u := cfg.Units.Get(c); u != nil {
			add(u, 0)
		}
	}
	if !seen[n.Unit.Code] {
		n.Units = append(n.Units, option{Value: n.Unit.Code, Label: n.Unit.Name, Selected: true})
	}
	return n, true
}

func indent(depth int) string {
	s := ""
	for i := 0; i < depth; i++ {
		s += "· "
	}
	return s
}

// dueSoonest is the open period whose deadline comes first, over every
// form; with none open, the first form's latest period.
func dueSoonest(cfg *flows.Config, now time.Time) (*flows.Form, flows.Period) {
	type cand struct {
		f *flows.Form
		p flows.Period
	}
	var cs []cand
	for _, f := range cfg.Forms {
		for _, p := range f.OpenPeriods(now) {
			cs = append(cs, cand{f, p})
		}
	}
	if len(cs) == 0 {
		return cfg.Forms[0], defaultPeriod(cfg.Forms[0], now)
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].p.Deadline.Before(cs[j].p.Deadline) })
	return cs[0].f, cs[0].p
}

// defaultPeriod is a form's open period due first, or its latest one.
func defaultPeriod(f *flows.Form, now time.Time) flows.Period {
	if open := f.OpenPeriods(now); len(open) > 0 {
		return open[0]
	}
	if recent := f.RecentPeriods(now, 1); len(recent) > 0 {
		return recent[0]
	}
	return f.PeriodAt(now)
}
