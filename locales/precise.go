package locales

import (
	"math"

	"golang.org/x/text/number"
)

// Precise is a figure printed with a fixed number of decimals, when the
// usual one (93,1%) or two would show different figures as equal: a
// ranking prints 85,18% and 85,24% rather than 85,2% twice.
type Precise struct {
	Value   float64
	Digits  int
	Percent bool
}

func (p Precise) format(lang Lang) string {
	if math.IsNaN(p.Value) || math.IsInf(p.Value, 0) {
		return "—"
	}
	s := sprint(lang, number.Decimal(p.Value, number.MinFractionDigits(p.Digits), number.MaxFractionDigits(p.Digits)))
	if p.Percent {
		s += "%"
	}
	return s
}
