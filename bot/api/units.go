package api

import (
	"strings"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// Era is a span of time in which unit codes name the same units: codes
// were reused by the reform of 01/07/2025, so a code means a unit only
// within its era. From and Until are dates (Asia/Ho_Chi_Minh); null is
// open-ended.
type Era struct {
	From  *string `json:"from"`
	Until *string `json:"until"`
}

// Unit is one unit of today's tree.
type Unit struct {
	Code    string `json:"code"`
	Name    string `json:"name"`
	Level   string `json:"level"`
	Parent  string `json:"parent,omitempty"`
	Cluster string `json:"cluster,omitempty"`
	// Reports is true for a unit that reports (a leaf of the tree).
	Reports bool `json:"reports"`
	// ValidFrom is the first day of the era of today's units (null when
	// the configuration has a single era).
	ValidFrom *string `json:"valid_from"`
	// Formerly are the units of the era before merged whole into this
	// one, Partly those of which only a part came: a past period's figure
	// of this unit is the sum of Formerly's, and none when Partly is not
	// empty.
	Formerly []OldUnit `json:"formerly"`
	Partly   []OldUnit `json:"partly"`
}

// OldUnit is a unit of an earlier era: its code then, its name then (""
// when the official list of that era is not at hand) and the era's end.
type OldUnit struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	Until string `json:"until"`
}

// Cluster is an emulation cluster ("cụm thi đua"): a group of units
// summed, ranked and supervised as one; its id works as a unit code.
type Cluster struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Members []string `json:"members"`
	Head    string   `json:"head,omitempty"`
}

// Units is the answer of /units.
type Units struct {
	Scope    string    `json:"scope"`
	Eras     []Era     `json:"eras"`
	Units    []Unit    `json:"units"`
	Clusters []Cluster `json:"clusters"`
}

func day(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.In(locales.Zone).Format("2006-01-02")
	return &s
}

// units: GET /api/v1/units[?unit=] — the units the token may see, with
// their eras and the clusters among them.
func (c *call) units() (any, *table, error) {
	scope, err := c.scope()
	if err != nil {
		return nil, nil, err
	}
	cfg := c.h.Config
	out := Units{Scope: scope.Code, Units: []Unit{}, Clusters: []Cluster{}}
	var prev time.Time
	for _, e := range cfg.Eras {
		out.Eras = append(out.Eras, Era{From: day(prev), Until: day(e)})
		prev = e
	}
	out.Eras = append(out.Eras, Era{From: day(prev)})
	from := day(cfg.EraStart())
	old := func(codes []string) []OldUnit {
		l := []OldUnit{}
		until := cfg.EraStart()
		for _, code := range codes {
			o := OldUnit{Code: code, Until: *day(until)}
			if u := cfg.OldUnit(code, until); u != nil {
				o.Name = u.Name
			}
			l = append(l, o)
		}
		return l
	}
	// A unit's cluster: named on the unit, or the unit named in the cluster.
	clusterOf := map[string]string{}
	for _, cl := range cfg.Clusters {
		if sc := cl.Scope(); sc != nil {
			for _, m := range sc.Children {
				clusterOf[m.Code] = cl.ID
			}
		}
	}
	seen := map[string]bool{}
	var walk func(u *flows.Unit)
	walk = func(u *flows.Unit) {
		if seen[u.Code] {
			return
		}
		seen[u.Code] = true
		x := Unit{Code: u.Code, Name: u.Name, Level: u.Level, Cluster: u.Cluster, Reports: u.IsLeaf(), ValidFrom: from,
			Formerly: []OldUnit{}, Partly: []OldUnit{}}
		if u.Parent != nil {
			x.Parent = u.Parent.Code
		}
		if x.Cluster == "" {
			x.Cluster = clusterOf[u.Code]
		}
		if from != nil {
			x.Formerly, x.Partly = old(u.Formerly), old(u.Partly)
		}
		out.Units = append(out.Units, x)
		for _, ch := range u.Children {
			walk(ch)
		}
	}
	var clusters []*flows.Cluster
	if cl := scope.ClusterOf(); cl != nil {
		clusters = append(clusters, cl)
		for _, m := range scope.Children {
			walk(m)
		}
	} else {
		walk(scope)
		clusters = cfg.ClustersUnder(scope)
	}
	for _, cl := range clusters {
		x := Cluster{ID: cl.ID, Name: cl.Name.In(c.lang), Members: []string{}}
		for _, m := range cl.Scope().Children {
			x.Members = append(x.Members, m.Code)
		}
		if h := cl.HeadUnit(); h != nil {
			x.Head = h.Code
		}
		out.Clusters = append(out.Clusters, x)
	}
	t := &table{head: []string{"code", "name", "level", "parent", "cluster", "reports", "valid_from", "formerly", "partly"}}
	for _, u := range out.Units {
		t.add(u.Code, u.Name, u.Level, u.Parent, u.Cluster, yes(u.Reports), str(u.ValidFrom), codes(u.Formerly), codes(u.Partly))
	}
	return out, t, nil
}

func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func codes(l []OldUnit) string {
	var s []string
	for _, o := range l {
		s = append(s, o.Code)
	}
	return strings.Join(s, " ")
}
