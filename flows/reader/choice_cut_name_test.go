package reader

import "testing"

// A name cut short is offered, never stored (choice_cut_name.go).
func TestANameCutShortIsOffered(t *testing.T) {
	checkChoice(t, ruleCommunes, false, []choiceCase{
		{"An Bìn", "? an_binh"}, {"an bin", "? an_binh"}, {"Phường An Bìn", "? an_binh"}, {"Thành Cô", "? thanh_cong"},
		{"xa thanh co", "? thanh_cong"}, {"Đắk Mi", "? dak_mil"}, {"Thanh Tâ", "? thanh_tam"},
		// not cuts: whole names, a kind's abbreviation, the kind itself
		{"An Bình", "= an_binh"}, {"P. An Bình", "= an_binh"}, {"TT Đắk Mil", "= dak_mil"}, {"Thành Công", "= thanh_cong"},
		{"Thi trấn Đắk Mil", "= dak_mil"}, {"3", "= an_binh"},
	})
}
