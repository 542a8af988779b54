package reader

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
