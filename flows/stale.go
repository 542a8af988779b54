package flows

// People linked to units that no longer exist. After 01/07/2025 an officer
// may still be linked to Xã Thạch Định (15214), now part of Xã Kim Tân:
// their links are kept (the history of 15214 stays theirs), but they can
// no longer report or be reminded. The operator is shown them at start,
// each with the new unit that took theirs; the person is told once who
// will link them again.

import (
	"sort"
	"time"
)

// StaleLink is one person's link to a unit the configuration does not have.
type StaleLink struct {
	Person *Person
	Link   Link
	// Successor is the unit the old one was merged into, whole or in part
	// (from the units' formerly and partly lists), or nil.
	Successor *Unit
	// Relinkers are who can link them again: the supervisors of the
	// successor or of a unit above it, nearest first.
	Relinkers []*Person
}

// StaleLinks lists the links of people to units that are not in the
// configuration, sorted by person name.
func (c *Config) StaleLinks(people []*Person) []StaleLink {
	succ := map[string]*Unit{}
	for _, u := range c.Units.All() {
		for _, code := range append(append([]string(nil), u.Formerly...), u.Partly...) {
			if _, ok := succ[code]; !ok {
				succ[code] = u
			}
		}
	}
	// Supervisors by the unit they are linked to, built once: a province
	// has tens of thousands of people and maybe thousands of old links.
	supervisors := map[string][]*Person{}
	for _, p := range people {
		for _, l := range p.Links {
			if l.Role.Supervises() {
				supervisors[l.Unit] = append(supervisors[l.Unit], p)
			}
		}
	}
	var out []StaleLink
	for _, p := range people {
		for _, l := range p.Links {
			// A link to an old unit (15250@2025-07-01, old Thành An) is
			// stale even where today's list reuses its code.
			code, until := SplitRef(l.Unit)
			if until.IsZero() && c.Units.Get(code) != nil {
				continue
			}
			s := StaleLink{Person: p, Link: l, Successor: succ[code]}
			if s.Successor != nil {
				s.Relinkers = relinkers(supervisors, s.Successor)
			}
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Person.Name < out[j].Person.Name })
	return out
}

// relinkers are the supervisors of u, of its cluster, or of the nearest
// unit above it that has any.
func relinkers(supervisors map[string][]*Person, u *Unit) []*Person {
	s := append([]*Person(nil), supervisors[u.Code]...)
	if u.Cluster != "" {
		s = append(s, supervisors[u.Cluster]...)
	}
	if len(s) > 0 {
		return s
	}
	for x := u.Parent; x != nil; x = x.Parent {
		if s := supervisors[x.Code]; len(s) > 0 {
			return s
		}
	}
	return nil
}

// Code is the old unit's code of the stale link (without its era).
func (s StaleLink) Code() string { code, _ := SplitRef(s.Link.Unit); return code }

// Relink drops p's links to old units that were merged into u and are no
// longer in the configuration: the person linked to u now stands for them.
// Their reports stay under the old codes, the history of u's predecessors.
func (c *Config) Relink(p *Person, u *Unit) (dropped []Link) {
	old := map[string]bool{}
	for _, code := range append(append([]string(nil), u.Formerly...), u.Partly...) {
		old[code] = true
	}
	kept := p.Links[:0:0]
	for _, l := range p.Links {
		code, until := SplitRef(l.Unit)
		if old[code] && (!until.IsZero() || c.Units.Get(code) == nil) {
			dropped = append(dropped, l)
			continue
		}
		kept = append(kept, l)
	}
	p.Links = kept
	return dropped
}

// RelinkTo moves p's links to old units merged (wholly or in part) into u
// over to u, each keeping its role, as made at now: what the operator's
// `baocao relink` does. It returns the old links; none when p has no link
// to one of u's old units (then p is unchanged).
func (c *Config) RelinkTo(p *Person, u *Unit, now time.Time) (moved []Link) {
	moved = c.Relink(p, u)
	for _, l := range moved {
		if !p.HasLink(u.Code, l.Role) {
			p.Links = append(p.Links, Link{Unit: u.Code, Role: l.Role, Since: now})
		}
	}
	return moved
}

// HasLink reports whether p is linked to unit with role.
func (p *Person) HasLink(unit string, role Role) bool {
	for _, l := range p.Links {
		if l.Unit == unit && l.Role == role {
			return true
		}
	}
	return false
}
