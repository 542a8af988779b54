package web

// A unit's key figures as a page shows them: a table, not the chat's
// message pasted in (its emoji are empty boxes in a browser, its indents
// are a phone's). A figure not reported reads "chưa có số liệu", never 0.

import (
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// keyFigure is one key indicator of the unit's page.
type keyFigure struct {
	Label    string
	Value    string // this period, or "chưa có số liệu"
	YearAgo  string // the same period a year before, or "chưa có số liệu"
	Target   string // "" when none is set
	Change   string // since a year before; "" when there is nothing to compare
	Met      bool   // the target is met (with Judged)
	Judged   bool   // there is a target and a figure
	Missing  bool   // no figure this period
	Computed bool   // a share computed from the answers
}

// keyFigures lays out s's key indicators.
func keyFigures(s flows.Standing, lang locales.Lang) []keyFigure {
	none := tr(lang, "web.no_figure")
	var rows []keyFigure
	for _, l := range s.Lines {
		q := l.Question
		r := keyFigure{Label: flows.Label(q).In(lang), Value: none, YearAgo: none, Missing: !l.Has, Computed: !q.Asked()}
		if l.Has {
			// With the decimals that tell it from its peers and its
			// target, as /ketqua prints it.
			r.Value = locales.Render(lang, flows.FigureDigits(q, l.Value, l.Digits))
		}
		if l.Target != nil {
			r.Target = locales.Render(lang, flows.TargetText(q, l.Target))
			if l.Has {
				r.Judged, r.Met = true, flows.TargetMet(q, l.Target, l.Value)
			}
		}
		if then, d, ok := s.SinceYearAgo(l); ok {
			// Both figures and the change with the decimals that make
			// the change their difference as printed.
			// Over the units with both figures the change is theirs, and
			// the unit's own figure is shown as usual.
			digits := flows.CompareDigitsFrom(q, l.Digits, then+d, then)
			if l.YearCmp.Whole() {
				r.Value = locales.Render(lang, flows.FigureDigits(q, l.Value, digits))
			}
			r.YearAgo = locales.Render(lang, flows.FigureDigits(q, then, digits))
			r.Change = locales.Render(lang, flows.ChangeDigits(q, d, digits))
		}
		rows = append(rows, r)
	}
	return rows
}
