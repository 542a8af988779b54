package reader

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/locales"
)

var (
	r9Communes = []Option{
		{ID: "thanh_tam", Label: locales.T("Xã Thành Tâm", "Thanh Tam commune")},
		{ID: "thanh_cong", Label: locales.T("Xã Thành Công", "Thanh Cong commune")},
		{ID: "an_binh", Label: locales.T("Phường An Bình", "An Binh ward")},
		{ID: "dak_mil", Label: locales.T("Thị trấn Đắk Mil", "Dak Mil town")},
	}
	r9Activities = []Option{
		{ID: "van_nghe", Label: locales.T("Văn nghệ", "Performing arts")},
		{ID: "the_thao", Label: locales.T("Thể thao", "Sports")},
		{ID: "doc_sach", Label: locales.T("Đọc sách", "Reading")},
		{ID: "le_hoi", Label: locales.T("Lễ hội truyền thống", "Traditional festival")},
		{ID: "vh_dl", Label: locales.T("Văn hóa và du lịch", "Culture and tourism")},
	}
)

func r9Outcome(ids []string, u *Unsure, p *locales.Msg) string {
	switch {
	case p != nil:
		return "!"
	case u != nil:
		return "? " + strings.Join(ids, ",")
	}
	return "= " + strings.Join(ids, ",")
}

// Round nine's rules for choices (choice_r9.go), at a several-choice question.
func TestRoundNineChoices(t *testing.T) {
	all := "van_nghe,the_thao,doc_sach,le_hoi,vh_dl"
	for _, c := range [][2]string{
		// 1: full-width figures and commas
		{"１，２", "= van_nghe,the_thao"}, {"1、3", "= van_nghe,doc_sach"}, {"１ ２", "= van_nghe,the_thao"},
		// 2: marks of done and not done beside options
		{"Văn nghệ ✅ Thể thao ✅ Đọc sách ❌", "? van_nghe,the_thao"}, {"Văn nghệ ✅\nThể thao ✅\nĐọc sách ❌", "? van_nghe,the_thao"},
		{"✅ Văn nghệ ✅ Thể thao ❌ Đọc sách", "? van_nghe,the_thao"}, {"1 ✅ 2 ✅ 3 ❌", "? van_nghe,the_thao"},
		{"Văn nghệ: có, Thể thao: có, Đọc sách: không", "? van_nghe,the_thao"},
		{"Văn nghệ - có\nĐọc sách - chưa", "? van_nghe"}, {"Đọc sách ❌", "!"}, {"Văn nghệ ❌ Đọc sách ❌", "!"},
		{"Văn nghệ ✅ Đọc sách ❌ Thể thao", "!"}, {"1 2 3 ✅", "= van_nghe,the_thao,doc_sach"},
		// 3: every option with "hết"
		{"hết luôn 5 cái", "= " + all}, {"hết cả 5", "= " + all}, {"hết luôn", "= " + all}, {"cả 5 luôn", "= " + all},
		{"hết 3 cái", "!"}, {"hết", "!"},
		// 4: what the unit was before, as a note about an option
		{"thể thao (giải bóng chuyền xã Hải Lý cũ)", "= the_thao"},
		// 6: who answers, before the options
		{"Dạ thưa anh xã em có văn nghệ, thể thao và lễ hội ạ", "? van_nghe,the_thao,le_hoi"},
		{"Dạ thưa anh, xã em tổ chức văn nghệ và thể thao ạ", "= van_nghe,the_thao"}, {"bên em có văn nghệ", "= van_nghe"},
		// 7: a label, then a proper name
		{"lễ hội Gầu Tào", "? le_hoi"}, {"Lễ hội Lồng Tồng", "? le_hoi"}, {"văn nghệ Tết", "? van_nghe"},
		{"lễ hội không tổ chức", "!"}, {"VĂN NGHỆ (CHƯA TỔ CHỨC)", "!"}, {"1, BÓNG ĐÁ", "!"},
		// 8: "trừ" and what is left out
		{"trừ lễ hội ra thì có hết", "? van_nghe,the_thao,doc_sach,vh_dl"}, {"trừ lễ hội thì có hết", "? van_nghe,the_thao,doc_sach,vh_dl"},
		{"ngoài trừ đọc sách ra thì tổ chức hết", "? van_nghe,the_thao,le_hoi,vh_dl"}, {"trừ 3 thì có tất cả", "? van_nghe,the_thao,le_hoi,vh_dl"},
		{"trừ du lịch ra thì có hết", "!"}, {"trừ 3", "!"}, {"trừ lễ hội", "!"},
		// 9: the figures of options run together, past the last option
		{"13", "? van_nghe,doc_sach"}, {"124", "? van_nghe,the_thao,le_hoi"}, {"21", "? van_nghe,the_thao"},
		{"113", "!"}, {"16", "!"}, {"1", "= van_nghe"},
		// 10: an ordinal
		{"thứ ba", "? doc_sach"},
	} {
		ids, u, p := readChoices(c[0], r9Activities, locales.VI)
		if got := r9Outcome(ids, u, p); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}

// Round nine's rules for choices at a one-choice question: a former unit,
// an id copied, who answers.
func TestRoundNineOneChoice(t *testing.T) {
	for _, c := range [][2]string{
		{"phường An Bình (xã An Phú cũ)", "= an_binh"}, {"phường An Bình (cũ là xã An Phú)", "= an_binh"},
		{"Thành Tâm (trước là xã An Phú)", "= thanh_tam"}, {"phường An Bình ạ, trước là xã An Hòa", "= an_binh"},
		{"Dạ em ở xã Thành Công ạ (xã Công Bình cũ)", "= thanh_cong"},
		{"phường An Bình (xã Thành Tâm cũ)", "!"}, {"An Bình (cũ)", "!"}, {"An Bình (Thành Tâm cũ)", "!"},
		{"2. Xã Thành Công (thanh_cong)", "= thanh_cong"}, {"Xã Thành Công (thanh_cong)", "= thanh_cong"},
		{"Xã Thành Công (an_binh)", "!"}, {"１", "= thanh_tam"}, {"２.", "= thanh_cong"},
		{"thứ ba", "? an_binh"}, {"cái thứ 2", "? thanh_cong"}, {"thứ nhất", "? thanh_tam"}, {"số thứ tư", "? dak_mil"},
		{"thứ 5", "!"}, {"12", "!"},
	} {
		id, u, p := readChoice(c[0], r9Communes, locales.VI)
		if got := r9Outcome([]string{id}, u, p); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}
