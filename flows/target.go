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
	problems []string // found while decoding, reported by the config checks
}

// UnmarshalYAML records where the target is declared and rejects unknown fields.
func (t *Target) UnmarshalYAML(n *yaml.Node) error {
	type plain Target
	t.line = n.Line
	t.problems = decodeStrict(n, (*plain)(t), "a target")
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

	line     int
	members  []*Unit
	problems []string
}

// UnmarshalYAML records where the cluster is declared and rejects unknown fields.
func (c *Cluster) UnmarshalYAML(n *yaml.Node) error {
	type plain Cluster
	c.line = n.Line
	c.problems = decodeStrict(n, (*plain)(c), "a cluster")
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
	for x := u; x != nil; x = x.Parent {
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
		for _, p := range t.problems {
			e.add(p)
		}
		if cfg.Units.Get(t.Unit) == nil {
			e.addf(t.line, "target: unit %q is not in units:", t.Unit)
		}
		if t.Form != "" && cfg.Form(t.Form) == nil {
			e.addf(t.line, "target: form %q is not in forms:", t.Form)
		}
		found := false
		for _, f := range cfg.Forms {
			if (t.Form == "" || f.ID == t.Form) && f.Question(t.Indicator) != nil {
				q := f.Question(t.Indicator)
				found = true
				if !q.Numeric() {
					e.addf(t.line, "target: %s is not a number, so it cannot have a target", t.Indicator)
				}
			}
		}
		if !found {
			e.addf(t.line, "target: indicator %q is not a question of any form", t.Indicator)
		}
		if len(t.Years) == 0 {
			e.addf(t.line, "target for %s: list the years it holds for, e.g. years: [2025, 2026]", t.Indicator)
		}
		for _, y := range t.Years {
			if y < 2000 || y > 2200 {
				e.addf(t.line, "target for %s: year %d is not a year such as 2026", t.Indicator, y)
			}
		}
		switch {
		case t.Min == nil && t.Max == nil:
			e.addf(t.line, "target for %s needs min (at least) or max (at most)", t.Indicator)
		case t.Min != nil && t.Max != nil && *t.Min > *t.Max:
			e.addf(t.line, "target for %s: min (%v) is greater than max (%v)", t.Indicator, *t.Min, *t.Max)
		}
	}
	// Two targets for the same unit, indicator, form, year and scope would
	// make "which one counts" depend on their order.
	seen := map[string]int{}
	for _, t := range list {
		for _, y := range t.Years {
			k := fmt.Sprintf("%s/%s/%s/%d/%v", t.Unit, t.Indicator, t.Form, y, t.Own)
			if l, dup := seen[k]; dup {
				e.addf(t.line, "target for %s of unit %s in %d is already set at line %d", t.Indicator, t.Unit, y, l)
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
		for _, p := range c.problems {
			e.add(p)
		}
		switch {
		case !identRe.MatchString(c.ID):
			e.addf(c.line, "cluster id %q: expected lower-case letters, digits and _ (e.g. cum_1)", c.ID)
		case byID[c.ID] != nil:
			e.addf(c.line, "cluster id %s is already used at line %d", c.ID, byID[c.ID].line)
		}
		byID[c.ID] = c
		if c.Name.IsZero() {
			e.addf(c.line, "cluster %s needs a name, e.g. \"Cụm thi đua số 1\"", c.ID)
		}
		for _, code := range c.Units {
			u := cfg.Units.Get(code)
			if u == nil {
				e.addf(c.line, "cluster %s: unit %q is not in units:", c.ID, code)
				continue
			}
			if u.Cluster != "" && u.Cluster != c.ID {
				e.addf(c.line, "cluster %s: unit %s is already in cluster %s", c.ID, code, u.Cluster)
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
			e.addf(u.line, "unit %s: cluster %q is not in clusters:", u.Code, u.Cluster)
			continue
		}
		c.members = append(c.members, u)
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
