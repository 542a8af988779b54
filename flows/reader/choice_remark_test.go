package reader

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

// Rule 22: the office of a unit before its name ("UBND phường An Bình",
// "Ủy ban nhân dân xã Thành Tâm") names the unit; the name must still be
// an option's, whole. Another body ("Trạm y tế xã …", "Công an phường …")
// is not the unit.
func TestTheOfficeBeforeAUnitsName(t *testing.T) {
	checkChoice(t, ruleCommunes, false, []choiceCase{
		{"UBND phường An Bình", "= an_binh"}, {"Ủy ban nhân dân xã Thành Tâm", "= thanh_tam"},
		{"ubnd xa thanh cong", "= thanh_cong"}, {"UB thị trấn Đắk Mil", "= dak_mil"}, {"UBND Thành Công", "= thanh_cong"},
		{"Trạm y tế xã Thành Tâm", "? thanh_tam"}, {"UBND huyện Thạch Thành", "!"}, {"UBND xã Hòa Bình", "!"},
	})
}

// Rule 23: the unit said to be the new one ("Thành Tâm mới", "Thành Công
// (mới sáp nhập)", "(sau sáp nhập)") is the option as it stands now: the
// options are the units of today. The old one ("… cũ", "(trước sáp
// nhập)") may have become another: not read (round nine's rule 12).
func TestTheUnitAsItIsNow(t *testing.T) {
	checkChoice(t, ruleCommunes, false, []choiceCase{
		{"Xã Thành Tâm mới", "= thanh_tam"}, {"xa thanh cong moi", "= thanh_cong"}, {"Thành Công (sau sáp nhập)", "= thanh_cong"},
		{"Phường An Bình (mới)", "= an_binh"}, {"bên em là phường An Bình mới ạ", "= an_binh"},
		{"Thành Tâm (phường mới)", "!"}, // the kind said is not the option's
		{"Xã Thành Tâm cũ", "!"}, {"Thành Công (trước sáp nhập)", "!"}, {"xã mới", "!"},
	})
}

// Rule 24: a figure in a circle or a square ("③", "❸", "⑶") is that
// figure.
func TestCircledFigures(t *testing.T) {
	checkChoice(t, ruleCommunes, false, []choiceCase{
		{"③", "= an_binh"}, {"❶", "= thanh_tam"}, {"số ②", "= thanh_cong"}, {"⑷", "= dak_mil"}, {"⑨", "! answer.choice_out_of_range"},
	})
	checkChoice(t, ruleActivities, true, []choiceCase{{"①③", "= van_nghe,doc_sach"}, {"① ③ ⑤", "= van_nghe,doc_sach,vh_dl"}})
}

// Rule 25: a name a letter off is a slip only when the letter is one a
// finger or an ear mistakes: a key beside it, a sound alike ("c" and
// "k", "l" and "n"), two letters swapped, one dropped or doubled. A
// syllable with another letter in its place is another name: "Thành
// Long" is not "Thành Công", "Bình Tây" not "Bình Tân".
func TestAnotherNameIsNoSlip(t *testing.T) {
	checkChoice(t, ruleCommunes, false, []choiceCase{
		{"Xã Thành Long", "!"}, {"Thành Hưng", "!"}, {"Thanh Hong", "!"},
		{"Thành Cônh", "? thanh_cong"}, {"thanh xong", "? thanh_cong"}, {"Thành Tân", "? thanh_tam"},
		{"Đắk Min", "? dak_mil"}, {"Đắc Mil", "? dak_mil"}, {"tahnh cong", "? thanh_cong"}, {"An Bnh", "? an_binh"},
	})
	wards := []Option{{ID: "bt", Label: locales.T("Phường Bình Tân", "")}, {ID: "am", Label: locales.T("Phường An Mỹ", "")}}
	checkChoice(t, wards, false, []choiceCase{{"Phường Bình Tây", "!"}, {"Phường Bình Tâm", "? bt"}, {"Bình Tan", "= bt"}})
}

// Rule 26: "cả năm hoạt động" says every option ("all five activities")
// as often as "active the whole year": offered, as "cả năm" alone is. A
// noun that is no verb ("cả năm mục", "cả năm các hoạt động", "cả năm
// hoạt động trên") says every option.
func TestTheWholeYearActive(t *testing.T) {
	all := "van_nghe,the_thao,doc_sach,le_hoi,vh_dl"
	checkChoice(t, ruleActivities, true, []choiceCase{
		{"cả năm hoạt động", "? " + all}, {"ca nam hoat dong", "? " + all}, {"cả năm hoạt động ạ", "? " + all},
		{"cả năm mục", "= " + all}, {"cả năm các hoạt động", "= " + all}, {"cả năm hoạt động trên", "= " + all},
		{"cả 5 hoạt động", "= " + all},
	})
}

// Rule 27: at a several-choice question, an option's label, then words
// that say which event it was ("văn nghệ mừng Đảng mừng xuân", "thể thao
// (giải bóng đá thôn)"), is that option, offered: the words after must
// open as a description does ("mừng", "chào mừng", "kỷ niệm", "giải",
// "tại", "dịp") and name no other option, deny or put off nothing.
func TestALabelThenWhichEvent(t *testing.T) {
	checkChoice(t, ruleActivities, true, []choiceCase{
		{"văn nghệ mừng Đảng mừng xuân", "? van_nghe"},
		{"thể thao (giải bóng đá thôn), văn nghệ chào mừng năm mới", "? van_nghe,the_thao"},
		{"đọc sách tại thư viện xã, thể thao giải bóng chuyền", "? the_thao,doc_sach"},
		{"van nghe mung xuan", "? van_nghe"},
		{"văn nghệ mừng xuân nhưng hoãn", "!"}, {"văn nghệ mừng thể thao", "!"}, {"văn nghệ không tổ chức", "!"},
	})
}

// Rule 28: options added after the list ("1,3 à thêm 5", "văn nghệ,
// thể thao, thêm đọc sách nữa") are added: all of them, offered.
func TestOptionsAddedAfterTheList(t *testing.T) {
	checkChoice(t, ruleActivities, true, []choiceCase{
		{"1,3 à thêm 5", "? van_nghe,doc_sach,vh_dl"}, {"1, 2 thêm 4 nữa", "? van_nghe,the_thao,le_hoi"},
		{"văn nghệ, thể thao, à thêm đọc sách", "? van_nghe,the_thao,doc_sach"}, {"1 3, bổ sung 5", "? van_nghe,doc_sach,vh_dl"},
		{"1,3 à thêm 9", "!"}, {"1,3 à bỏ 3", "!"},
	})
}

// Rule 29: an option copied with its number and a slash ("2/ Xã Thành
// Công") is that option when number and name agree.
func TestAnOptionNumberedWithASlash(t *testing.T) {
	checkChoice(t, ruleCommunes, false, []choiceCase{
		{"2/ Xã Thành Công", "= thanh_cong"}, {"3/ Phường An Bình", "= an_binh"}, {"1/ Xã Thành Công", "! answer.choice_number_label"},
	})
}

// Rule 25 too: a proper name after a unit's whole name ("An Bình Tây")
// makes another unit's name; round nine's "label, then a proper name" is
// for events ("lễ hội Gầu Tào"), not units.
func TestAProperNameAfterAUnitsName(t *testing.T) {
	checkChoice(t, ruleCommunes, false, []choiceCase{{"An Bình Tây", "!"}, {"Thành Công Bắc", "!"}, {"Phường An Bình", "= an_binh"}})
	checkChoice(t, ruleActivities, true, []choiceCase{{"lễ hội Gầu Tào", "? le_hoi"}})
}
