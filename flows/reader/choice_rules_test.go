package reader

import (
	"slices"
	"strings"
	"testing"

	"github.com/baocao/baocao/locales"
)

var ruleCommunes = []Option{
	{ID: "thanh_tam", Label: locales.T("Xã Thành Tâm", "Thanh Tam commune")},
	{ID: "thanh_cong", Label: locales.T("Xã Thành Công", "Thanh Cong commune")},
	{ID: "an_binh", Label: locales.T("Phường An Bình", "An Binh ward")},
	{ID: "dak_mil", Label: locales.T("Thị trấn Đắk Mil", "Dak Mil town")},
}

var ruleActivities = []Option{
	{ID: "van_nghe", Label: locales.T("Văn nghệ", "")},
	{ID: "the_thao", Label: locales.T("Thể thao", "")},
	{ID: "doc_sach", Label: locales.T("Đọc sách", "")},
	{ID: "le_hoi", Label: locales.T("Lễ hội truyền thống", "")},
	{ID: "vh_dl", Label: locales.T("Văn hóa và du lịch", "")},
}

// choiceCase is a typed answer and its reading: "= id", "? id" (ids
// joined by commas) or "!" with a key.
type choiceCase struct{ typed, want string }

func checkChoice(t *testing.T, options []Option, multi bool, cases []choiceCase) {
	t.Helper()
	for _, c := range cases {
		var ids []string
		var u *Unsure
		var p *locales.Msg
		if multi {
			ids, u, p = readChoices(c.typed, options, locales.VI)
		} else {
			var id string
			id, u, p = readChoice(c.typed, options, locales.VI)
			ids = []string{id}
		}
		got := "= " + strings.Join(ids, ",")
		switch {
		case p != nil:
			got = "! " + p.Key
		case u != nil:
			got = "? " + strings.Join(ids, ",")
		}
		if got != c.want && !(c.want == "!" && p != nil) {
			t.Errorf("%q: got %s, want %s", c.typed, got, c.want)
		}
	}
}

// Rule 1: an option copied with its number after it is that option when
// both agree; when they disagree the person is asked.
func TestAnOptionCopiedWithItsNumberAfter(t *testing.T) {
	checkChoice(t, ruleCommunes, false, []choiceCase{
		{"Xã Thành Tâm (1)", "= thanh_tam"}, {"xa thanh tam (1)", "= thanh_tam"}, {"Xã Thành Công - 2", "= thanh_cong"},
		{"Thành Công (2) ạ", "= thanh_cong"}, {"TT Đắk Mil (4)", "= dak_mil"}, {"Phường An Bình 3", "= an_binh"},
		{"Xã Thành Tâm (2)", "! answer.choice_number_label"}, {"An Bình (1)", "! answer.choice_number_label"},
		{"Xã Thành (1)", "!"}, // the name fits two: not this rule's
		{"Xã Hòa Bình (1)", "!"},
	})
	villages := []Option{{ID: "t1", Label: locales.T("Thôn 1", "")}, {ID: "t2", Label: locales.T("Thôn 2", "")}}
	checkChoice(t, villages, false, []choiceCase{
		{"Thôn 2", "= t2"}, {"thon 1", "= t1"}, {"Thôn 3", "!"},
	})
}

// Rule 2: "thị trấn" alone is the one town among the options, confirmed;
// "phường" or "xã" alone, or a town among two, is not.
func TestTheOneTownByItsKind(t *testing.T) {
	checkChoice(t, ruleCommunes, false, []choiceCase{
		{"thị trấn", "? dak_mil"}, {"Thi tran", "? dak_mil"}, {"thị trấn ạ", "? dak_mil"}, {"em ở thị trấn", "? dak_mil"},
		{"TT", "!"}, // a kind abbreviated alone is too little
		{"phường", "! answer.choice_unknown"}, {"xã", "!"}, {"thị xã", "!"}, {"huyện", "!"},
	})
	twoTowns := append(slices.Clone(ruleCommunes), Option{ID: "ea_tling", Label: locales.T("Thị trấn Ea T'Ling", "")})
	checkChoice(t, twoTowns, false, []choiceCase{{"thị trấn", "!"}})
	withCity := []Option{{ID: "tp", Label: locales.T("Thành phố Vinh", "")}, {ID: "h", Label: locales.T("Huyện Nghi Lộc", "")}}
	checkChoice(t, withCity, false, []choiceCase{{"thành phố", "? tp"}, {"huyện", "!"}})
}

// Rule 3: a name a letter or two off is the clearly nearest option,
// confirmed; never when two options are about as near, never a kind that
// is not the option's, never a short or far name.
func TestANameMisspeltIsTheNearestOption(t *testing.T) {
	checkChoice(t, ruleCommunes, false, []choiceCase{
		{"Thàn Công", "? thanh_cong"}, {"xa thanh cog", "? thanh_cong"}, {"An Bnh", "? an_binh"},
		{"Đắc Mil", "? dak_mil"}, {"thanhf coong", "? thanh_cong"}, {"Phường An Biình", "? an_binh"},
		{"Thành Công", "= thanh_cong"},        // exact: stored
		{"Xã An Bình", "!"},                   // the kind written is not the option's
		{"Xã Hòa Bình", "!"},                  // three letters off
		{"Hà Nội", "!"}, {"Mil", "? dak_mil"}, // a word of the name, not a slip: offered (policy 7 of round eight)
		{"Thanh Tân", "? thanh_tam"}, // one off Thành Tâm, three off Thành Công: asked, never stored
	})
	close := []Option{{ID: "tam", Label: locales.T("Xã Thanh Tâm", "")}, {ID: "lam", Label: locales.T("Xã Thanh Lâm", "")}}
	checkChoice(t, close, false, []choiceCase{
		{"Thanh Nâm", "!"}, {"xa thanh nam", "!"}, // one off both: not clearly nearer either
		{"Thanh Tâm", "= tam"}, {"Thanhh Tâm", "!"}, // one off Tâm, two off Lâm: not two apart
	})
	checkChoice(t, ruleActivities, true, []choiceCase{
		{"van nge, the thao", "? van_nghe,the_thao"}, {"Đọc sáh", "? doc_sach"}, {"văn nghệ", "= van_nghe"},
	})
}

// Rule 4: every option by its number; a number that is not theirs is
// refused; "cả năm" alone is confirmed (it is also "the whole year").
func TestEveryOptionByTheirNumber(t *testing.T) {
	all := "van_nghe,the_thao,doc_sach,le_hoi,vh_dl"
	checkChoice(t, ruleActivities, true, []choiceCase{
		{"cả 5", "= " + all}, {"ca 5", "= " + all}, {"Cả 5 ạ", "= " + all}, {"tất cả 5 hoạt động", "= " + all},
		{"cả năm hoạt động", "? " + all}, {"ca nam hoat dong", "? " + all}, // also "active the whole year" (rule 26 of choice_remark.go)
		{"cả 5 hoạt động trên", "= " + all},
		{"tất cả", "= " + all}, {"tat ca", "= " + all}, {"toàn bộ", "= " + all}, {"tất cả các hoạt động", "= " + all},
		{"tat ca cac hoat dong tren", "= " + all}, {"cả", "!"}, {"cả hoạt động", "!"},
		{"cả năm", "? " + all}, {"ca nam", "? " + all},
		{"cả 4", "! answer.choice_all_count"}, {"cả hai", "! answer.choice_all_count"}, {"cả 6 hoạt động", "! answer.choice_all_count"},
		{"both", "! answer.choice_all_count"},
	})
	two := []Option{{ID: "a", Label: locales.T("Có tổ chức", "")}, {ID: "b", Label: locales.T("Có kế hoạch", "")}}
	checkChoice(t, two, true, []choiceCase{{"cả hai", "= a,b"}, {"cả 2", "= a,b"}, {"both", "= a,b"}, {"cả ba", "!"}})
}

// Rule 5: numbers run together with dots or dashes are those options,
// confirmed; out of range, repeated or two joined by a dash, not this rule.
func TestNumbersRunTogether(t *testing.T) {
	checkChoice(t, ruleActivities, true, []choiceCase{
		{"1.2.3", "? van_nghe,the_thao,doc_sach"}, {"1-2-3", "? van_nghe,the_thao,doc_sach"},
		{"1. 2. 4.", "? van_nghe,the_thao,le_hoi"}, {"2.5", "? the_thao,vh_dl"}, {"3 - 4 - 5", "? doc_sach,le_hoi,vh_dl"},
		{"1/2/3", "? van_nghe,the_thao,doc_sach"}, {"1 2 3", "= van_nghe,the_thao,doc_sach"}, // spaces: stored, as before
		{"1/2", "!"}, // a fraction or a date
		{"1.2.7", "!"}, {"1-2-2", "!"}, {"1.1", "!"},
	})
	checkChoice(t, ruleCommunes, false, []choiceCase{{"1.2.3", "! answer.one_choice_only"}})
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"than cong", "thanh cong", 1}, {"thanh tam", "thanh cong", 4}, {"abc", "abc", 0}, {"", "abcd", 4}, {"ha noi", "an binh", 4}} {
		if got := editDistance(c.a, c.b, 3); got != min(c.want, 4) {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, min(c.want, 4))
		}
	}
}

// Rule 6: a range in words is stored; with a dash or an arrow, confirmed.
func TestARangeOfChoices(t *testing.T) {
	checkChoice(t, ruleActivities, true, []choiceCase{
		{"từ 1 đến 3", "= van_nghe,the_thao,doc_sach"}, {"1 đến 3", "= van_nghe,the_thao,doc_sach"}, {"tu 2 toi 4", "= the_thao,doc_sach,le_hoi"},
		{"1 - 3", "? van_nghe,the_thao,doc_sach"}, {"1->3", "? van_nghe,the_thao,doc_sach"}, {"1-3", "? van_nghe,the_thao,doc_sach"},
		{"1 đến 7", "!"}, {"3 đến 1", "!"}, {"2-2", "!"},
	})
}

// Rule 7: the kind after the name; the district after the unit.
func TestKindAfterAndAddress(t *testing.T) {
	checkChoice(t, ruleCommunes, false, []choiceCase{
		{"Thành Công (xã)", "= thanh_cong"}, {"An Bình phường", "= an_binh"}, {"Đắk Mil (thị trấn)", "= dak_mil"},
		// the district or city named beside is asked since round thirteen (choice_level_beside.go)
		{"xã Thành Công, huyện Yên Thành", "? thanh_cong"}, {"Phường An Bình, TP. Vinh", "? an_binh"},
		{"An Bình (xã)", "!"},                    // the kind is not the option's
		{"xã Thành, huyện Yên Thành", "!"},       // names two
		{"Xã Hòa Bình, huyện Yên Thành", "!"},    // names none
		{"Xã Thành Công (số 2)", "= thanh_cong"}, // rule 1 with số
		{"Xã Thành Công (số 1)", "! answer.choice_number_label"},
	})
}

// Rule 8: whole labels one after another are those options, confirmed;
// not when a word is left over or a label comes twice. Since round
// thirteen each label written whole is stored (choice_joined_whole.go).
func TestLabelsRunTogether(t *testing.T) {
	checkChoice(t, ruleActivities, true, []choiceCase{
		{"van nghe the thao", "= van_nghe,the_thao"}, {"Văn nghệ Đọc sách Lễ hội truyền thống", "= van_nghe,doc_sach,le_hoi"},
		{"văn nghệ và thể thao", "= van_nghe,the_thao"}, {"1 2 va 3", "= van_nghe,the_thao,doc_sach"},
		{"văn nghệ bóng đá", "!"}, {"văn nghệ văn nghệ", "!"},
	})
	checkChoice(t, ruleCommunes, false, []choiceCase{{"Thành Công An Bình", "! answer.one_choice_only"}})
}

// Rule 3 must not fire on a negation or a word more: "k thường xuyên" is
// the opposite of "Thường xuyên", not a slip.
func TestANegationIsNoMisspelling(t *testing.T) {
	often := []Option{
		{ID: "tx", Label: locales.T("Thường xuyên", "")},
		{ID: "ktx", Label: locales.T("Không thường xuyên", "")},
		{ID: "chua", Label: locales.T("Chưa tổ chức", "")},
	}
	checkChoice(t, often, false, []choiceCase{
		{"k thuong xuyen", "!"}, {"ko thường xuyên", "!"}, {"hok thuong xuyen", "!"}, {"chua to chuc", "= chua"},
		{"thuong xuyn", "? tx"}, {"khong thuong xuyn", "? ktx"}, {"Chưa tổ chứ", "= chua"},
	})
}

// Rule 9: every option but some, confirmed; "có cả 5" is every one.
func TestEveryOptionBut(t *testing.T) {
	checkChoice(t, ruleActivities, true, []choiceCase{
		{"tất cả trừ 3", "? van_nghe,the_thao,le_hoi,vh_dl"}, {"tat ca tru le hoi", "? van_nghe,the_thao,doc_sach,vh_dl"},
		{"tất cả, trừ 1 và 2", "? doc_sach,le_hoi,vh_dl"}, {"có cả 5", "= van_nghe,the_thao,doc_sach,le_hoi,vh_dl"},
		{"tất cả trừ bóng đá", "!"}, {"tất cả trừ 1,2,3,4,5", "!"}, {"trừ 3", "!"},
	})
}
