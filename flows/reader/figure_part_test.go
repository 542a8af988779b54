package reader

import "testing"

// Rule: after "trong đó", the part named by the question's own words, or
// by their initials ("GĐVH", "TDTT"), is what the question asks: its
// figure is offered. A part the question does not name leaves the total.
func TestThePartNamedByTheLabelsInitials(t *testing.T) {
	checkReads(t, []readCase{
		{qCultured, "1.245 hộ, trong đó 1.158 hộ đạt GĐVH", "? 1158"},
		{qCultured, "Tổng 3.412 hộ, trong đó 3.100 hộ GĐVH", "? 3100"},
		{qCultured, "1.245 hộ, trong đó 1.158 hộ gia đình văn hóa", "? 1158"},
		{qClubs, "25 CLB, trong đó 12 CLB TDTT", "? 12"},
		{qHouseholds, "1.245 hộ, trong đó 1.158 hộ đạt GĐVH", "? 1245"},
	})
}
