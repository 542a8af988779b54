package flows

// The one line of text that goes with the trend chart: the latest figure,
// and its change against the same period a year earlier and against the
// period before, with the figures compared, so that a reader can check
// the subtraction. Changes are computed from the exact figures and
// rounded only when printed, with the decimals that make each printed
// change the difference of the printed figures (CompareDigits).

import "github.com/baocao/baocao/locales"

// TrendComparisons are the periods the latest figure is compared with:
// the same period a year earlier, and the one before it (the same period
// for a year form: then only one comparison is made).
func TrendComparisons(f *Form, latest Period) (yearAgo, prev Period, same bool) {
	yearAgo, prev = f.YearBefore(latest), f.Previous(latest)
	return yearAgo, prev, yearAgo.Key == prev.Key
}

// Line is the trend's text, latest its last figure and yearAgo and prev
// the points of TrendComparisons (found in the trend or loaded apart);
// with no figure at all it says so.
func (t Trend) Line(yearAgo, prev TrendPoint) locales.Msg {
	q := t.Question
	latest, ok := t.Latest()
	if !ok {
		return locales.M("trend.none", "label", q.ShortLabel(), "unit", t.Unit.Named(), "count", TrendLength(t.Form))
	}
	var thens []float64
	for _, then := range []TrendPoint{yearAgo, prev} {
		if then.Has {
			thens = append(thens, then.Value)
		}
	}
	digits := CompareDigits(q, latest.Value, thens...)
	compare := func(key string, then TrendPoint) locales.Msg {
		if !then.Has {
			return locales.M("trend.compare_none", "period", then.Period.Label())
		}
		return locales.M(key, "period", then.Period.Label(), "value", FigureDigits(q, then.Value, digits),
			"note", t.mergedNote(then), "change", ChangeDigits(q, latest.Value-then.Value, digits))
	}
	args := []any{"label", q.ShortLabel(), "unit", t.Unit.Named(), "period", latest.Period.Label(),
		"value", FigureDigits(q, latest.Value, digits), "note", t.mergedNote(latest), "pending", t.pending(latest)}
	if yearAgo.Period.Key == prev.Period.Key {
		return locales.M("trend.line", append(args, "year", compare("trend.compare", yearAgo))...)
	}
	return locales.M("trend.line_two", append(args, "year", compare("trend.compare", yearAgo),
		"prev", compare("trend.compare_prev", prev))...)
}

// mergedNote marks a figure summed from the old units of before 07/2025.
func (t Trend) mergedNote(p TrendPoint) any {
	if !p.Merged {
		return locales.Plain("")
	}
	return locales.M("trend.note_merged", "what", t.OldWord())
}

// OldWord names what a merged figure was summed from: "các xã cũ" for a
// commune, "các đơn vị cũ" for a ward, a cluster or the province, whose
// old units were of several kinds.
func (t Trend) OldWord() locales.Msg {
	if t.Unit.IsLeaf() && Fold(t.Unit.Level) == "xa" {
		return locales.M("trend.old_communes")
	}
	return locales.M("trend.old_units")
}

// pending says that the periods after the latest figure have none yet:
// the last one drawn, and for a group how many of its units have it.
func (t Trend) pending(latest TrendPoint) any {
	last := t.Points[len(t.Points)-1]
	switch {
	case last.Period.Key == latest.Period.Key:
		return locales.Plain("")
	case last.Expected > 1:
		return locales.M("trend.pending_group", "period", last.Period.Label(), "done", last.Done, "expected", last.Expected)
	}
	return locales.M("trend.pending", "period", last.Period.Label())
}
