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
// with no figure at all it says so. A group's figure says what it is made
// of (the summed parts of a share, over how many units), and its change
// is the one its Change holds: over the units that have both figures, as
// the digest's, said so when not all have them, and not given before
// half have (Compare.Enough).
func (t Trend) Line(yearAgo, prev TrendPoint) locales.Msg {
	q := t.Question
	latest, ok := t.Latest()
	if !ok {
		return locales.M("trend.none", "label", q.ShortLabel(), "unit", t.Unit.Named(), "count", TrendLength(t.Form))
	}
	// The decimals make a printed change the difference of its printed
	// figures, where it is that difference.
	var thens []float64
	for _, then := range []TrendPoint{yearAgo, prev} {
		if then.Has && (then.Change == nil || then.Change.Whole()) {
			thens = append(thens, then.Value)
		}
	}
	digits := CompareDigits(q, latest.Value, thens...)
	compare := func(key string, then TrendPoint) locales.Msg {
		if !then.Has {
			return locales.M("trend.compare_none", "period", then.Period.Label())
		}
		var moved locales.Msg
		switch c := then.Change; {
		case c == nil:
			moved = ChangeDigits(q, latest.Value-then.Value, digits)
		case c.Units == 0 || !c.Enough():
			moved = locales.M("trend.change_later", "units", c.Units, "of", c.Of)
		case c.Whole():
			moved = ChangeDigits(q, c.Change(), digits)
		default:
			moved = locales.M("compare.over", "change", ChangeDigits(q, c.Change(), digits), "units", c.Units, "of", c.Of)
		}
		return locales.M(key, "period", then.Period.Label(), "value", FigureDigits(q, then.Value, digits),
			"note", t.Note(then), "change", moved)
	}
	args := []any{"label", q.ShortLabel(), "unit", t.Unit.Named(), "period", latest.Period.Label(),
		"value", FigureDigits(q, latest.Value, digits), "note", t.Note(latest), "pending", t.pending(latest)}
	if yearAgo.Period.Key == prev.Period.Key {
		return locales.M("trend.line", append(args, "year", compare("trend.compare", yearAgo))...)
	}
	return locales.M("trend.line_two", append(args, "year", compare("trend.compare", yearAgo),
		"prev", compare("trend.compare_prev", prev))...)
}

// Note is what a figure of the trend is made of, in brackets after it:
// a sum of old units of before 07/2025, a group's share's summed parts,
// and over how many units when not all gave it ("tổng các đơn vị cũ;
// 13.970/16.380; 19/24 đơn vị cũ có số liệu"); empty for a reporting
// unit's own figure.
func (t Trend) Note(p TrendPoint) any {
	remark, ok := t.Remark(p)
	if !ok {
		return locales.Plain("")
	}
	return locales.M("trend.note_merged", "what", remark)
}

// Remark is Note without its brackets, for a table's own column (the web
// unit page's trend); ok is false when the figure needs none.
func (t Trend) Remark(p TrendPoint) (remark locales.Msg, ok bool) {
	var parts []locales.Msg
	if p.Merged {
		parts = append(parts, t.OldWord())
	}
	if !t.Unit.IsLeaf() && p.Has {
		if p.Parts {
			parts = append(parts, locales.M("trend.group_parts", "num", int64(p.Num), "den", int64(p.Den)))
		}
		if p.Done < p.Expected {
			key := "trend.units_done"
			if p.Old {
				key = "trend.old_units_done"
			}
			parts = append(parts, locales.M(key, "done", p.Done, "expected", p.Expected))
		}
	}
	if len(parts) == 0 {
		return locales.Msg{}, false
	}
	return joinMsgs(parts, "trend.note_sep"), true
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
