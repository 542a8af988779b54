package reader

import "testing"

// Rule 10: a name typed with other marks than the option's is another
// word: confirmed; marks left out are not.
func TestNameTypedWithOtherMarks(t *testing.T) {
	checkChoice(t, ruleCommunes, false, []choiceCase{
		{"thành cộng", "? thanh_cong"}, {"Xã Thánh Công", "? thanh_cong"}, {"thành công", "= thanh_cong"},
		{"Thanh Công", "= thanh_cong"}, {"thanh cong", "= thanh_cong"}, {"THÀNH CÔNG", "= thanh_cong"},
		{"Xã Thành Tầm", "? thanh_tam"}, {"Phường Ân Bình", "? an_binh"}, {"Phuờng An Bình", "= an_binh"},
		{"Đăk Mil", "= dak_mil"}, {"Dak Mil", "= dak_mil"}, {"Đắk Mil", "= dak_mil"}, {"Đặk Mil", "? dak_mil"},
		{"2", "= thanh_cong"},
	})
}

// Rule 11: one side of a label joined by "và" is confirmed; the label with
// its "và" left out is the option.
func TestOneSideOfAJoinedLabel(t *testing.T) {
	checkChoice(t, ruleActivities, true, []choiceCase{
		{"văn hóa", "? vh_dl"}, {"Văn hóa", "? vh_dl"}, {"du lịch", "? vh_dl"}, {"van hoa", "? vh_dl"},
		{"văn hóa du lịch", "= vh_dl"}, {"Văn hóa và du lịch", "= vh_dl"}, {"van hoa du lich", "= vh_dl"},
		{"văn nghệ + văn hóa du lịch", "= van_nghe,vh_dl"}, {"văn nghệ, văn hóa", "? van_nghe,vh_dl"},
		{"Lễ hội", "= le_hoi"}, // a beginning, not a side of "và"
	})
}

// Rule 12: an option with an aside in brackets is the option; not when
// the note names another, qualifies it or is the unit's kind.
func TestOptionWithANote(t *testing.T) {
	checkChoice(t, ruleActivities, true, []choiceCase{
		{"đọc sách (tủ sách ấp)", "= doc_sach"}, {"Đọc sách (thư viện xã)", "= doc_sach"},
		{"văn nghệ, thể thao (bóng đá)", "= van_nghe,the_thao"}, {"thể thao (giải bóng chuyền)", "= the_thao"},
		{"văn nghệ (chưa tổ chức)", "!"}, {"đọc sách (trừ thư viện)", "!"},
	})
	checkChoice(t, ruleCommunes, false, []choiceCase{
		{"Xã Thành Công (bên em)", "= thanh_cong"}, {"Thành Công (Thành Tâm cũ)", "!"}, {"An Bình (xã)", "!"},
		{"An Bình (cũ)", "!"}, {"Thành Công (trước sáp nhập)", "!"}, {"Thành Công (tên mới)", "!"},
	})
}

// Rule 13: words ending with a whole label, the sector's abbreviations
// and a label's initials are confirmed; a negation, an exception, a
// number or a second label is not this rule's.
func TestLabelAtTheEndAndShortForms(t *testing.T) {
	checkChoice(t, ruleActivities, true, []choiceCase{
		{"thể dục thể thao", "? the_thao"}, {"TDTT", "? the_thao"}, {"tdtt", "? the_thao"}, {"TD-TT", "? the_thao"},
		{"TDTT, đọc sách", "? the_thao,doc_sach"}, {"hoạt động văn nghệ", "? van_nghe"}, {"giải thể thao", "? the_thao"},
		{"VHDL", "? vh_dl"}, {"LHTT", "? le_hoi"}, {"ĐS", "? doc_sach"},
		{"không có văn nghệ", "!"}, {"trừ thể thao", "!"}, {"3 thể thao", "!"},
		{"vn", "!"}, {"đá banh", "!"},
	})
	checkChoice(t, ruleCommunes, false, []choiceCase{
		{"TT", "!"}, {"TC", "!"}, {"Xã An Bình", "!"}, {"2/ Xã Thành Tâm", "!"},
	})
}

// Rule 14: a list's mark is no part of a name; labels joined by a dash or
// a slash at a several-choice question are confirmed.
func TestListMarksAndLabelsJoinedByADash(t *testing.T) {
	checkChoice(t, ruleActivities, true, []choiceCase{
		{"- Văn nghệ\n- Thể thao", "= van_nghe,the_thao"}, {"• Văn nghệ\n• Đọc sách", "= van_nghe,doc_sach"},
		{"+ đọc sách", "= doc_sach"}, {"* Lễ hội truyền thống", "= le_hoi"},
		{"văn nghệ - thể thao", "? van_nghe,the_thao"}, {"văn nghệ/thể thao", "? van_nghe,the_thao"},
		{"Văn nghệ / Đọc sách / Lễ hội truyền thống", "? van_nghe,doc_sach,le_hoi"},
		{"văn nghệ - văn nghệ", "!"}, {"văn nghệ - bóng đá", "!"}, {"1/3", "!"},
		{"1. Văn nghệ 3. Đọc sách", "= van_nghe,doc_sach"}, {"1) văn nghệ 2) thể thao", "= van_nghe,the_thao"},
		{"(1) văn nghệ (3) đọc sách", "= van_nghe,doc_sach"}, {"2) Thể thao 4) Lễ hội truyền thống ạ", "= the_thao,le_hoi"},
		{"1. văn nghệ 2. đọc sách", "!"}, {"1. văn nghệ 1. văn nghệ", "!"}, {"1. văn nghệ 3.", "!"},
	})
	checkChoice(t, ruleCommunes, false, []choiceCase{
		{"- Xã Thành Công", "= thanh_cong"}, {"• TT Đắk Mil", "= dak_mil"}, {"- thành cộng", "? thanh_cong"},
	})
}
