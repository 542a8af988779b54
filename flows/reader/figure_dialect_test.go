package reader

import "testing"

// Rule: regional forms of the words the figure readers key on are read as
// the common word, only where they cannot be anything else: "nà" before a
// figure is "là", "ủa" between figures "à", "ờ mà" after a figure "à mà",
// "chớ" after a figure "chứ".
func TestRegionalFormsBesideAFigure(t *testing.T) {
	checkReads(t, []readCase{
		{qVillages, "giừ chốt nà 18 thôn", "= 18"},
		{qHouseholds, "Xã em báo cáo tổng số hộ nà 3.812 hộ", "= 3812"},
		{qPeople, "dân số nà 9.436 người", "= 9436"},
		{qHouseholds, "cái trên em gõ nhầm, đúng nà 1.254 hộ", "? 1254"},
		{qVillages, "12.. ý em nà 13", "? 13"},
		{qUnits, "38, ờ mà 36 chớ", "? 36"},
		{qActs, "18 ủa 19", "? 19"},
		{qClubs, "12 ủa 13 CLB", "? 13"},
		// elsewhere the words stay as typed
		{qVillages, "Nà Lừa 18 thôn", "!"}, // a place, as before
		{qActs, "ủa 19", "!"},              // no figure before it: as before
	})
	if got, ok := standardForms("bản Nà Hẩu có 12 CLB"); ok {
		t.Errorf("a place named Nà changed: %q", got)
	}
}
