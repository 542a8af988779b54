package flows

// Targets and clusters: the configured yardsticks of a standing.
//
// A target is data, not code: "≥ 86% of households are a Cultured family
// in 2026, for district 391 and every commune under it". Districts and
// provinces set targets for everything under them, and a commune that
// lags far behind (or far ahead) may be given its own, so the target that
// counts for a unit is the nearest one up the tree. A target marked own
// applies to its unit alone: "10 agencies meeting the cultural standard"
// is the district's total, not each commune's.

import (
	"fmt"
	"sort"
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/baocao/baocao/locales"
)

// Target is a goal for one indicator in some years.
type Target struct {
	Unit      string `yaml:"unit"`      // the unit it is set for (and, unless Own, all under it)
	Indicator string `yaml:"indicator"` // a question id
	Form      string `yaml:"form"`      // only this form; empty: every form with the indicator
	Years     []int  `yaml:"years"`     // the periods' years it holds for
	// Min makes it "at least" (the usual case); Max makes it "at most" and
	// ranks the indicator with lower values first.
	Min *float64 `yaml:"min"`
	Max *float64 `yaml:"max"`
	// Own limits the target to Unit itself, not the units under it.
	Own bool `yaml:"own"`

	line     int
	problems []ConfigProblem // found while decoding, reported by the config checks
}

// UnmarshalYAML records where the target is declared and rejects unknown fields.
func (t *Target) UnmarshalYAML(n *yaml.Node) error {
	type plain Target
	t.line = n.Line
	t.problems = decodeStrict(n, (*plain)(t), "target")
	return nil
}

// Value is the threshold, whichever side it is on.
func (t *Target) Value() float64 {
	if t.Min != nil {
		return *t.Min
	}
	return *t.Max
}

// LowerIsBetter reports whether the target is a ceiling.
func (t *Target) LowerIsBetter() bool { return t.Min == nil && t.Max != nil }

// Met reports whether v reaches the target.
func (t *Target) Met(v float64) bool {
	if t.Min != nil && v < *t.Min {
		return false
	}
	if t.Max != nil && v > *t.Max {
		return false
	}
	return true
}

// Cluster is a named group of units ranked together ("cụm thi đua",
// "khối thi đua"), across the tree's branches if need be.
type Cluster struct {
	ID    string       `yaml:"id"`
	Name  locales.Text `yaml:"name"`
	Units []string     `yaml:"units"` // members; a unit may also name its cluster itself
	// Head is the member elected to lead it ("trưởng cụm", "trưởng khối"), if any.
	Head string `yaml:"head"`

	line     int
	members  []*Unit
	head     *Unit
	scope    *Unit // the cluster as a unit of its own: see Config.Scope
	problems []ConfigProblem
}

// UnmarshalYAML records where the cluster is declared and rejects unknown fields.
func (c *Cluster) UnmarshalYAML(n *yaml.Node) error {
	type plain Cluster
	c.line = n.Line
	c.problems = decodeStrict(n, (*plain)(c), "cluster")
	return nil
}

// Members lists the cluster's units in tree order.
func (c *Cluster) Members() []*Unit { return c.members }

// targetKey indexes targets by unit and indicator.
type targetKey struct{ unit, indicator string }

// Targets answers "which target holds for this unit" quickly.
type Targets struct {
	byKey map[targetKey][]*Target
}

func newTargets(list []*Target) *Targets {
	t := &Targets{byKey: map[targetKey][]*Target{}}
	for _, x := range list {
		k := targetKey{x.Unit, x.Indicator}
		t.byKey[k] = append(t.byKey[k], x)
	}
	// Own targets first: at their unit they beat an inherited one.
	for _, l := range t.byKey {
		sort.SliceStable(l, func(i, j int) bool { return l[i].Own && !l[j].Own })
	}
	return t
}

// For returns the target of indicator q of form for unit u in year, or nil:
// the nearest one up the tree wins, and an own target counts only at its unit.
func (t *Targets) For(form, indicator string, u *Unit, year int) *Target {
	if t == nil {
		return nil
	}
	for x := u; x != nil; x = upOf(x) {
		for _, tg := range t.byKey[targetKey{x.Code, indicator}] {
			if tg.Own && x != u {
				continue
			}
			if tg.Form != "" && tg.Form != form {
				continue
			}
			for _, y := range tg.Years {
				if y == year {
					return tg
				}
			}
		}
	}
	return nil
}

// checkTargets reports targets naming unknown units or indicators, and
// bounds that cannot be met.
func checkTargets(cfg *Config, list []*Target, e *ConfigError) {
	for _, t := range list {
		e.addp(t.problems)
		if cfg.Units.Get(t.Unit) == nil {
			e.addm(t.line, "config.target_unit_unknown", "unit", t.Unit)
		}
		if t.Form != "" && cfg.Form(t.Form) == nil {
			e.addm(t.line, "config.target_form_unknown", "form", t.Form)
		}
		found := false
		for _, f := range cfg.Forms {
			if (t.Form == "" || f.ID == t.Form) && f.Question(t.Indicator) != nil {
				q := f.Question(t.Indicator)
				found = true
				if !q.Numeric() {
					e.addm(t.line, "config.target_not_number", "indicator", t.Indicator)
				}
			}
		}
		if !found {
			e.addm(t.line, "config.target_indicator_unknown", "indicator", t.Indicator)
		}
		if len(t.Years) == 0 {
			e.addm(t.line, "config.target_no_years", "indicator", t.Indicator)
		}
		for _, y := range t.Years {
			if y < 2000 || y > 2200 {
				e.addm(t.line, "config.target_year_bad", "indicator", t.Indicator, "year", locales.Plain(strconv.Itoa(y)))
			}
		}
		switch {
		case t.Min == nil && t.Max == nil:
			e.addm(t.line, "config.target_no_bound", "indicator", t.Indicator)
		case t.Min != nil && t.Max != nil && *t.Min > *t.Max:
			e.addm(t.line, "config.target_min_gt_max", "indicator", t.Indicator, "min", *t.Min, "max", *t.Max)
		}
	}
	// Two targets for the same unit, indicator, form, year and scope would
	// make "which one counts" depend on their order.
	seen := map[string]int{}
	for _, t := range list {
		for _, y := range t.Years {
			k := fmt.Sprintf("%s/%s/%s/%d/%v", t.Unit, t.Indicator, t.Form, y, t.Own)
			if l, dup := seen[k]; dup {
				e.addm(t.line, "config.target_duplicate", "indicator", t.Indicator, "unit", t.Unit, "year", locales.Plain(strconv.Itoa(y)), "other", ln(l))
			}
			seen[k] = t.line
		}
	}
}

// checkClusters resolves cluster members, from the clusters' lists and
// from units naming their cluster, and reports unknown ids and units in
// two clusters.
func checkClusters(cfg *Config, e *ConfigError) {
	byID := map[string]*Cluster{}
	for _, c := range cfg.Clusters {
		e.addp(c.problems)
		switch {
		case !identRe.MatchString(c.ID):
			e.addm(c.line, "config.cluster_id_bad", "id", c.ID)
		case byID[c.ID] != nil:
			e.addm(c.line, "config.cluster_id_used", "id", c.ID, "other", ln(byID[c.ID].line))
		}
		byID[c.ID] = c
		if c.Name.IsZero() {
			e.addm(c.line, "config.cluster_name_missing", "id", c.ID)
		}
		for _, code := range c.Units {
			u := cfg.Units.Get(code)
			if u == nil {
				e.addm(c.line, "config.cluster_unit_unknown", "id", c.ID, "unit", code)
				continue
			}
			if u.Cluster != "" && u.Cluster != c.ID {
				e.addm(c.line, "config.cluster_unit_taken", "id", c.ID, "unit", code, "other", u.Cluster)
				continue
			}
			u.Cluster = c.ID
		}
	}
	for _, u := range cfg.Units.treeOrder() {
		if u.Cluster == "" {
			continue
		}
		c := byID[u.Cluster]
		if c == nil {
			e.addm(u.line, "config.unit_cluster_unknown", "unit", u.Code, "cluster", u.Cluster)
			continue
		}
		c.members = append(c.members, u)
	}
	for _, c := range cfg.Clusters {
		if c.Head != "" {
			if h := cfg.Units.Get(c.Head); h != nil && h.Cluster == c.ID {
				c.head = h
			} else {
				e.addm(c.line, "config.cluster_head_bad", "id", c.ID, "unit", c.Head)
			}
		}
		if cfg.Units.Get(c.ID) != nil {
			e.addm(c.line, "config.cluster_id_is_unit", "id", c.ID)
		}
		c.scope = &Unit{Code: c.ID, Name: c.Name.In(locales.VI), Level: "cụm", English: c.Name, Children: c.members, cluster: c}
	}
}

// Cluster returns the cluster with id, or nil.
func (c *Config) Cluster(id string) *Cluster {
	for _, x := range c.Clusters {
		if x.ID == id {
			return x
		}
	}
	return nil
}

// treeOrder lists every unit depth-first, parents before children.
func (u *Units) treeOrder() []*Unit {
	var out []*Unit
	var walk func([]*Unit)
	walk = func(l []*Unit) {
		for _, x := range l {
			out = append(out, x)
			walk(x.Children)
		}
	}
	walk(u.Roots)
	return out
}

// upOf is the unit above x for targets: its parent, or for a cluster the
// nearest unit above all its members (the province of its communes), so
// a cluster is held to the targets its members are.
func upOf(x *Unit) *Unit {
	if x.cluster == nil || len(x.Children) == 0 {
		return x.Parent
	}
	for up := x.Children[0].Parent; up != nil; up = up.Parent {
		all := true
		for _, m := range x.Children {
			if !up.Contains(m) {
				all = false
				break
			}
		}
		if all {
			return up
		}
	}
	return nil
}
