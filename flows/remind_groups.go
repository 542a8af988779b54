package flows

// A province's or a cluster's /nhac is confirmed with counts per cluster,
// not a list of every commune: 165 names in one paragraph is not a
// question a supervisor can answer "yes" to.

import "github.com/baocao/baocao/locales"

// RemindGroup is one line of a grouped confirmation: the units and people
// a reminder reaches in one cluster (Cluster nil: the units in no cluster).
type RemindGroup struct {
	Cluster       *Cluster
	Units, People int
}

// GroupReminders counts due by the clusters under top, in their configured
// order, with the units of no cluster last; a cluster of its own (top is
// one) is one line. ok is false when top has no clusters to group by, and
// the confirmation lists the units themselves.
func GroupReminders(cfg *Config, top *Unit, due []Reminder) (groups []RemindGroup, ok bool) {
	clusters := cfg.ClustersUnder(top)
	if cl := top.ClusterOf(); cl != nil {
		clusters = []*Cluster{cl}
	}
	if len(clusters) == 0 {
		return nil, false
	}
	type sets struct{ units, people map[string]bool }
	count := make([]sets, len(clusters)+1) // the last: in no cluster
	for i := range count {
		count[i] = sets{map[string]bool{}, map[string]bool{}}
	}
	for _, d := range due {
		i := len(clusters)
		for j, cl := range clusters {
			if cl.scope.Contains(d.Unit) {
				i = j
				break
			}
		}
		count[i].units[d.Unit.Code] = true
		for _, t := range d.To {
			count[i].people[t.Person.ID] = true
		}
	}
	for i, c := range count {
		if len(c.units) == 0 {
			continue
		}
		g := RemindGroup{Units: len(c.units), People: len(c.people)}
		if i < len(clusters) {
			g.Cluster = clusters[i]
		}
		groups = append(groups, g)
	}
	return groups, true
}

// Line renders the group for the confirmation.
func (g RemindGroup) Line() locales.Msg {
	if g.Cluster == nil {
		return locales.M("nhac.group_other", "units", g.Units, "people", g.People)
	}
	return locales.M("nhac.group_line", "name", g.Cluster.Name, "units", g.Units, "people", g.People)
}
