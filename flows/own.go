package flows

// Every level's own report. A district's culture office or a province's
// centre runs activities of its own (a district tournament, the district
// radio's programmes) and reports them on the same form as its communes.
// That report is kept apart: a district's figure stays the sum of its
// communes, and the office's own report is shown as a line of its own.

import "github.com/baocao/baocao/locales"

// ReportsOwn reports whether unit u's office reports form f for itself.
func (f *Form) ReportsOwn(u *Unit) bool {
	if u.IsLeaf() || u.IsCluster() {
		return false
	}
	for _, l := range f.OfficeLevels {
		if l == u.Level {
			return true
		}
	}
	return false
}

// Offices lists the units at or under u that are not reporting units
// (districts, the province; for a cluster, those among its members), whose
// own reports a table loads beside the reporting units'.
func Offices(u *Unit) []*Unit {
	var out []*Unit
	var walk func(x *Unit)
	walk = func(x *Unit) {
		if x.IsLeaf() {
			return
		}
		if !x.IsCluster() {
			out = append(out, x)
		}
		for _, c := range x.Children {
			walk(c)
		}
	}
	walk(u)
	return out
}

// OwnLine is an office's own report in a digest or standing.
type OwnLine struct {
	Unit *Unit
	Sub  *Submission // nil: expected and not yet in
}

// ownLines lists the offices at or under u that report f or did report.
func ownLines(f *Form, t *Table, u *Unit) []OwnLine {
	var out []OwnLine
	for _, x := range Offices(u) {
		s := t.Subs[x.Code]
		if s != nil || f.ReportsOwn(x) {
			out = append(out, OwnLine{Unit: x, Sub: s})
		}
	}
	return out
}

// renderOwn writes the offices' own reports: who sent it and when, and
// the counts it gives (shares of an office's own activity mean little).
func renderOwn(f *Form, lines []OwnLine) *locales.Msg {
	if len(lines) == 0 {
		return nil
	}
	var out []locales.Msg
	for _, l := range lines {
		who := any(l.Unit.Name)
		if l.Unit.Office != "" {
			who = locales.M("own.office", "office", l.Unit.Office)
		}
		if l.Sub == nil {
			out = append(out, locales.M("own.missing", "who", who))
			continue
		}
		var figs []locales.Msg
		for _, q := range f.Indicators() {
			if v, ok := l.Sub.Num(q.ID); ok && q.Summable() {
				figs = append(figs, locales.M("own.figure", "label", Label(q), "value", FigureWithUnit(q, v)))
			}
		}
		out = append(out, locales.M("own.line", "who", who, "at", locales.DateTime(l.Sub.At), "figures", figs))
	}
	m := locales.M("own.head", "lines", out)
	return &m
}
