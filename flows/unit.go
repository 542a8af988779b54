package flows

import (
	"sort"
	"time"

	"github.com/baocao/baocao/locales"
)

// Unit is one node of the administrative tree: a province, a district (before
// 07/2025), a commune, a ward, or a supervising office. The tree has any
// depth, so both the three-tier list (tỉnh → huyện → xã) and the two-tier one
// of 07/2025 (tỉnh → xã) are plain data.
type Unit struct {
	Code     string  `yaml:"code"`  // the official NSO code, e.g. 15247
	Name     string  `yaml:"name"`  // "Xã Thành Tâm"
	Level    string  `yaml:"level"` // "tỉnh", "huyện", "xã", "thị trấn", "phường"…
	Office   string  `yaml:"office"`
	Children []*Unit `yaml:"children"`
	Cluster  string  `yaml:"cluster"` // the "cụm thi đua" it is ranked in, if any
	// Formerly lists the units (codes of the list before 01/07/2025) merged
	// whole into this one; Partly those of which only a part came. A
	// period before the merger is compared with the sum of Formerly, and
	// not at all when Partly is not empty: part of a commune's figures
	// cannot be told apart.
	Formerly []string     `yaml:"formerly"`
	Partly   []string     `yaml:"partly"`
	English  locales.Text `yaml:"-"`

	Parent *Unit `yaml:"-"`
	// Until is the end of the unit's era for a unit of an earlier one
	// (Config.OldUnit); zero for the configuration's units.
	Until time.Time `yaml:"-"`
	// cluster is set on a cluster's own unit (Config.Scope): a group of
	// units that reports, ranks and is supervised like one unit.
	cluster  *Cluster
	line     int
	problems []ConfigProblem // found while decoding, reported by the config checks
}

// Units indexes the tree by code, and the clusters by id.
type Units struct {
	Roots    []*Unit
	byCode   map[string]*Unit
	clusters map[string]*Unit
}

func newUnits(roots []*Unit) *Units {
	u := &Units{Roots: roots, byCode: map[string]*Unit{}}
	var walk func(parent *Unit, list []*Unit)
	walk = func(parent *Unit, list []*Unit) {
		for _, x := range list {
			x.Children = dropNil(x.Children)
			x.Parent = parent
			if _, dup := u.byCode[x.Code]; !dup {
				u.byCode[x.Code] = x
			}
			walk(x, x.Children)
		}
	}
	walk(nil, roots)
	return u
}

// Get returns the unit with code, or the cluster with that id as a unit
// of its own (its members as children), or nil.
func (u *Units) Get(code string) *Unit {
	if u == nil {
		return nil
	}
	if x := u.byCode[code]; x != nil {
		return x
	}
	return u.clusters[code]
}

// Len is the number of units in the tree.
func (u *Units) Len() int { return len(u.byCode) }

// All lists every unit, sorted by code.
func (u *Units) All() []*Unit {
	out := make([]*Unit, 0, len(u.byCode))
	for _, x := range u.byCode {
		out = append(out, x)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// IsLeaf reports whether the unit has no units under it: a reporting unit.
func (x *Unit) IsLeaf() bool { return len(x.Children) == 0 }

// Contains reports whether other is x or somewhere under x; for a
// cluster, under one of its members.
func (x *Unit) Contains(other *Unit) bool {
	if x.cluster != nil {
		if other == x {
			return true
		}
		for _, m := range x.Children {
			if m.Contains(other) {
				return true
			}
		}
		return false
	}
	for p := other; p != nil; p = p.Parent {
		if p == x {
			return true
		}
	}
	return false
}

// Leaves lists the reporting units at or under x, in tree order.
func (x *Unit) Leaves() []*Unit {
	if x.IsLeaf() {
		return []*Unit{x}
	}
	var out []*Unit
	for _, c := range x.Children {
		out = append(out, c.Leaves()...)
	}
	return out
}

// Named is the unit's name as a message argument: mid-sentence its level
// is lowercased ("xã Thành Tâm"); {Unit} in a template gives the official
// form for a list or the start of a sentence.
func (x *Unit) Named() locales.UnitName { return locales.UnitName(x.Name) }

// FullNamed is FullName as a message argument (see Named).
func (x *Unit) FullNamed() locales.UnitName { return locales.UnitName(x.FullName()) }

// FullName names the unit with its parent, e.g. "Xã Thành Tâm (Huyện Thạch Thành)".
func (x *Unit) FullName() string {
	if x.Parent == nil {
		return x.Name
	}
	return x.Name + " (" + x.Parent.Name + ")"
}
