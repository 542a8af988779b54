package flows

// Which earlier figure an answer is checked against. The same period a
// year earlier says most (a December with a December: the year's events
// fall in the same months), so it comes first; when the unit has none for
// the question (its first year, or an old unit that did not give it) the
// previous period is the next best. One figure, one question to the
// person: the check never asks twice.

import "github.com/baocao/baocao/locales"

// pastFigure is the figure an answer is checked against.
type pastFigure struct {
	Value float64
	Name  locales.Msg // its period's label ("năm 2024", "tháng 11/2025")
	Year  bool        // the same period a year earlier
	// Yearly: that period is also the previous one (a year report), so
	// a hint may name it plainly ("năm 2025: 2.300 hộ").
	Yearly bool
}

// Format is the figure as the question writes it ("5.309 hộ").
func (p pastFigure) Format(q *Question, lang locales.Lang) string {
	v := p.Value
	return Value{Num: &v}.Format(q, lang)
}

// earlier is question id's figure of the same period a year earlier, or
// else of the previous period.
func (c Context) earlier(id string) (pastFigure, bool) {
	if v, ok := c.YearAgo.Num(id); ok {
		return pastFigure{Value: v, Name: c.YearName, Year: true, Yearly: c.YearAgo == c.Previous}, true
	}
	if v, ok := c.Previous.Num(id); ok {
		return pastFigure{Value: v, Name: c.PrevName}, true
	}
	return pastFigure{}, false
}
