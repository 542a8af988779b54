package flows

// Units have eras. A code names a unit only within the time it is valid:
// the reform of 01/07/2025 reused codes (new Xã Ngọc Trạo has 15250, the
// code of old Xã Thành An, one of the four communes merged into it). As in
// DHIS2, where an organisation unit has an opening and a closing date, a
// unit here is its code within its era:
//
//   - The configuration's units are valid from the start of the last era
//     (Config.Eras: the first days of the eras after the first, as data;
//     01/07/2025 by default for a configuration written after the reform,
//     none for one that has no formerly/partly units, which lives in one
//     era).
//   - What belongs to a unit and a period (submissions, versions, locks,
//     openings, reminder marks) is keyed form/period/code: the period's
//     era picks the unit, so 2024/15250 is old Thành An, 2026/15250 new
//     Ngọc Trạo. A view of a past era's period through today's units is
//     a sum over the conversion table, computed (EraTable), never stored.
//   - What belongs to a unit without a period (a person's link) names the
//     unit of an ended era with a reference, code@until ("15250@2025-07-01":
//     the 15250 valid until 01/07/2025), and today's units with the bare
//     code. A link made before an era began is re-addressed when the
//     configuration that declares the era first opens the data file
//     (store.SettleEras), so a person keeps the unit they were invited
//     for and is never taken for the new unit's officer.

import (
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/baocao/baocao/locales"
)

// refDate is how a reference writes its era's end.
const refDate = "2006-01-02"

// Ref names the unit code of the era that ended at until; a zero until is
// today's unit, the bare code.
func Ref(code string, until time.Time) string {
	if until.IsZero() {
		return code
	}
	return code + "@" + until.In(locales.Zone).Format(refDate)
}

// SplitRef is Ref's inverse: the code, and the end of its era (zero for
// today's units). A malformed date reads as today's code, the whole text.
func SplitRef(ref string) (code string, until time.Time) {
	code, date, ok := strings.Cut(ref, "@")
	if !ok {
		return ref, time.Time{}
	}
	t, err := time.ParseInLocation(refDate, date, locales.Zone)
	if err != nil {
		return ref, time.Time{}
	}
	return code, t
}

// defaultEras is the era boundary of a configuration that does not declare
// its own: the reform of 01/07/2025, when its units say what they were
// before (formerly/partly); none otherwise (a district-era configuration).
func defaultEras(u *Units) []time.Time {
	for _, x := range u.All() {
		if len(x.Formerly) > 0 || len(x.Partly) > 0 {
			return []time.Time{MergedOn}
		}
	}
	return nil
}

// EraStart is the first day of the era of the configuration's units, zero
// when it has always been valid.
func (c *Config) EraStart() time.Time {
	if len(c.Eras) == 0 {
		return time.Time{}
	}
	return c.Eras[len(c.Eras)-1]
}

// EraUntil is the end of the era period p belongs to (the era of its last
// day), zero when that is the configuration's own era.
func (c *Config) EraUntil(p Period) time.Time {
	return c.EraUntilAt(p.End.Add(-time.Nanosecond))
}

// EraUntilAt is the end of the era in force at t, zero for today's.
func (c *Config) EraUntilAt(t time.Time) time.Time {
	i := sort.Search(len(c.Eras), func(i int) bool { return c.Eras[i].After(t) })
	if i == len(c.Eras) {
		return time.Time{}
	}
	return c.Eras[i]
}

// Earlier reports whether p belongs to an era before the configuration's
// units: their codes then named other units.
func (c *Config) Earlier(p Period) bool { return !p.End.IsZero() && !c.EraUntil(p).IsZero() }

// OldUnit is the unit that code named in the era ending at until: from the
// official list of that era when the wiring attached it (Config.Before),
// else a bare unit with only its code. Nil for a zero until.
func (c *Config) OldUnit(code string, until time.Time) *Unit {
	if until.IsZero() {
		return nil
	}
	if until.Equal(c.EraStart()) && c.Before != nil {
		if u := c.Before.Get(code); u != nil {
			return u
		}
	}
	return &Unit{Code: code, Until: until}
}

// UnitOf is the unit a report of period p under code is about: today's
// unit, or in a period of an earlier era the old unit of that code. Nil
// when the configuration has no such unit.
func (c *Config) UnitOf(code string, p Period) *Unit {
	if until := c.EraUntil(p); !until.IsZero() {
		return c.OldUnit(code, until)
	}
	return c.Units.Get(code)
}

// InEraOf reports whether period p belongs to the era of unit u: today's
// units report the periods of today's era, old units those of theirs.
func (c *Config) InEraOf(u *Unit, p Period) bool { return c.EraUntil(p).Equal(u.Until) }

// SupervisesOld reports whether a supervisor of today's unit sup may act
// for the old unit code of the era that ended at until: the old unit went,
// wholly or in part, into a unit sup holds.
func (c *Config) SupervisesOld(p *Person, code string) bool {
	for _, s := range c.Successors(code) {
		if May(p, c.Units, Supervise, s) {
			return true
		}
	}
	return false
}

// OldName names the unit of an earlier era: its official name with its
// district, or "đơn vị mã 15250" when the list is not known.
func (c *Config) OldName(code string, until time.Time) locales.Msg {
	if u := c.OldUnit(code, until); u != nil && u.Name != "" {
		parent := ""
		if u.Parent != nil {
			parent = u.Parent.Name
		}
		return locales.M("era.old_unit", "unit", u.Named(), "parent", locales.UnitName(parent))
	}
	return locales.M("era.old_code", "code", locales.Plain(code), "until", locales.Date(until.AddDate(0, 0, -1)))
}

// SetBefore attaches the units of the era before the configuration's (the
// official list, read by the wiring from flows/units), for their names.
func (c *Config) SetBefore(roots []*Unit) {
	c.Before = newUnits(roots)
	for _, u := range c.Before.All() {
		u.Until = c.EraStart()
	}
}

// Successors lists today's units that took the old unit code, wholly
// first: the ones a person of that unit is re-linked to.
func (c *Config) Successors(code string) []*Unit {
	var whole, part []*Unit
	for _, u := range c.Units.All() {
		for _, f := range u.Formerly {
			if f == code {
				whole = append(whole, u)
			}
		}
		for _, f := range u.Partly {
			if f == code {
				part = append(part, u)
			}
		}
	}
	return append(whole, part...)
}

// eraSetting is one configured era's first day, with its line.
type eraSetting struct {
	Day  time.Time
	line int
	bad  string
}

// UnmarshalYAML reads 2025-07-01 or 01/07/2025.
func (e *eraSetting) UnmarshalYAML(n *yaml.Node) error {
	e.line = n.Line
	for _, layout := range []string{"2006-01-02", "02/01/2006", "2/1/2006"} {
		if t, err := time.ParseInLocation(layout, strings.TrimSpace(n.Value), locales.Zone); err == nil && n.Kind == yaml.ScalarNode {
			e.Day = t
			return nil
		}
	}
	e.bad = n.Value
	return nil
}

// checkEras returns the configured eras in order, or the default.
func checkEras(raw []eraSetting, u *Units, e *ConfigError) []time.Time {
	if raw == nil {
		return defaultEras(u)
	}
	var out []time.Time
	for _, r := range raw {
		if r.bad != "" || r.Day.IsZero() {
			e.addm(r.line, "config.era_bad", "value", r.bad)
			continue
		}
		if n := len(out); n > 0 && !r.Day.After(out[n-1]) {
			e.addm(r.line, "config.era_order", "value", locales.Date(r.Day))
			continue
		}
		out = append(out, r.Day)
	}
	return out
}

// OldUnitNamed finds the unit of the era that ended at until by its code
// of that era, or by its name ("Thành An", "xã thành an"), among the old
// units that went into today's: ok is false when there is none, or more
// than one by that name.
func (c *Config) OldUnitNamed(query string, until time.Time) (*Unit, bool) {
	var old []string
	seen := map[string]bool{}
	for _, u := range c.Units.All() {
		for _, code := range append(append([]string(nil), u.Formerly...), u.Partly...) {
			if !seen[code] {
				seen[code] = true
				old = append(old, code)
			}
		}
	}
	if seen[query] {
		return c.OldUnit(query, until), true
	}
	q := Fold(query)
	var found *Unit
	for _, code := range old {
		u := c.OldUnit(code, until)
		if u.Name == "" {
			continue
		}
		n := Fold(u.Name)
		if n == q || strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(n, "xa "), "phuong "), "thi tran ") == q {
			if found != nil {
				return nil, false
			}
			found = u
		}
	}
	return found, found != nil
}

// OldUnitsOf lists the old units, whole or in part, of the reporting
// units at or under today's unit u, in the era period p belongs to.
func (c *Config) OldUnitsOf(u *Unit, p Period) []*Unit {
	until := c.EraUntil(p)
	seen := map[string]bool{}
	var out []*Unit
	for _, l := range u.Leaves() {
		codes := append(append([]string(nil), l.Formerly...), l.Partly...)
		if len(codes) == 0 {
			codes = []string{l.Code}
		}
		for _, code := range codes {
			if !seen[code] {
				seen[code] = true
				out = append(out, c.OldUnit(code, until))
			}
		}
	}
	return out
}

// Label names a unit in a message: today's by its name, an old one with
// its era ("Xã Thành An (Huyện Thạch Thành) (đơn vị cũ, đến ngày
// 30/06/2025)").
func (c *Config) Label(u *Unit) any {
	if u.Until.IsZero() {
		return u.Name
	}
	return c.OldName(u.Code, u.Until)
}

// NotYetUnit says that today's unit u has no report of period p, which
// belongs to an earlier era: its old units reported then, and late entry
// goes through their codes.
func (c *Config) NotYetUnit(u *Unit, f *Form, p Period) locales.Msg {
	var names []string
	for _, l := range u.Leaves() {
		for _, code := range append(append([]string(nil), l.Formerly...), l.Partly...) {
			o := c.OldUnit(code, c.EraUntil(p))
			name := o.Name
			if name == "" {
				name = code
			}
			names = append(names, name+" ("+code+")")
		}
	}
	return locales.M("era.not_yet_unit", "title", f.Title, "period", p.Label(), "unit", u.Named(),
		"since", locales.Date(c.EraStart()), "old", locales.Plain(strings.Join(names, ", ")),
		"form", locales.Plain(f.ID), "key", locales.Plain(p.Key))
}
