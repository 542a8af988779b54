package reader

import "strconv"

// Figures beyond what one commune or ward can have (figure_bounds_test.go).
// Rule a clerk states: a count far beyond what one commune or ward has of
// what is asked (1.245.300 people, 3.000 villages) is a slip of the keys,
// a district's figure or a figure of something else; it is asked, never
// stored. The bounds, per kind of unit, are generous on purpose: the
// largest wards after the 2025 merger have well under the figures here.
// A question with a maximum of its own is held to that one instead.

// communeBounds are the most one commune or ward has, by unit family.
var communeBounds = map[string]float64{
	"nguoi":       500_000, // people
	"ho":          200_000, // households
	"thon":        500,     // villages, hamlets, residential groups
	"clb":         2_000,   // clubs
	"giai":        1_000,   // tournaments in a period
	"thu tuc":     3_000,   // administrative procedures
	"don vi":      10_000,  // agencies, units, businesses
	"nha van hoa": 1_000,   // culture houses, libraries
	"di tich":     1_000,   // monuments
	"le hoi":      500,     // festivals
	"diem":        1_000,   // points (of a conference bridge, of reading)
}

// beyondCommune reports a count above the bound of its unit's family at a
// question without a maximum of its own.
func beyondCommune(q *Question, rule unitRule, f float64) bool {
	if q.Type != TypeInt || q.Max != nil {
		return false
	}
	b, ok := communeBounds[rule.family]
	return ok && f > b
}

// pastedTwice reports a figure beyond one commune whose digits are one
// figure typed twice without a break ("12451245" where households are
// asked): the figure once, offered as a figure sent twice. A figure whose
// halves start with 0 is not read so ("10011001" is no "1001" twice).
func pastedTwice(q *Question, rule unitRule, f float64) (float64, bool) {
	d := strconv.FormatFloat(f, 'f', -1, 64)
	if len(d) < 4 || len(d)%2 != 0 || d[:len(d)/2] != d[len(d)/2:] || d[len(d)/2] == '0' {
		return 0, false
	}
	h, err := strconv.ParseFloat(d[:len(d)/2], 64)
	return h, err == nil && !beyondCommune(q, rule, h)
}
