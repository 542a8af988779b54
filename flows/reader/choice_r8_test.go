package reader

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

// Policy 7 of round eight (choice_r8.go): one word of a name of several
// is offered; the name in full, or its kind and name, is stored.
func TestOneWordOfANameIsOffered(t *testing.T) {
	opts := []Option{
		{ID: "thanh_tam", Label: locales.T("Xã Thành Tâm", "Thanh Tam commune")},
		{ID: "thanh_cong", Label: locales.T("Xã Thành Công", "Thanh Cong commune")},
		{ID: "an_binh", Label: locales.T("Phường An Bình", "An Binh ward")},
		{ID: "dak_mil", Label: locales.T("Thị trấn Đắk Mil", "Dak Mil town")},
	}
	for _, c := range [][2]string{
		{"tâm", "? thanh_tam"}, {"Tâm", "? thanh_tam"}, {"cong", "? thanh_cong"}, {"công ạ", "? thanh_cong"},
		{"bình", "? an_binh"}, {"mil", "? dak_mil"},
		{"Thành Tâm", "= thanh_tam"}, {"thanh cong", "= thanh_cong"}, {"An Bình", "= an_binh"},
		{"Phường An Bình", "= an_binh"}, {"phuong an binh", "= an_binh"}, {"Đắk Mil", "= dak_mil"},
		{"2", "= thanh_cong"}, {"số 2", "= thanh_cong"}, {"thanh_tam", "= thanh_tam"}, {"thành", "!"},
	} {
		id, u, p := readChoice(c[0], opts, locales.VI)
		got := "= " + id
		switch {
		case p != nil:
			got = "!"
		case u != nil:
			got = "? " + id
		}
		if got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}

// An option's number in words ("một", "số hai") is its number; a unit
// with the city after it ("Phường An Bình, TP") is that unit.
func TestAChoiceNumberInWordsAndACityAfter(t *testing.T) {
	opts := []Option{
		{ID: "thanh_tam", Label: locales.T("Xã Thành Tâm", "Thanh Tam commune")},
		{ID: "thanh_cong", Label: locales.T("Xã Thành Công", "Thanh Cong commune")},
		{ID: "an_binh", Label: locales.T("Phường An Bình", "An Binh ward")},
		{ID: "dak_mil", Label: locales.T("Thị trấn Đắk Mil", "Dak Mil town")},
	}
	for _, c := range [][2]string{
		{"một", "= thanh_tam"}, {"dạ một", "= thanh_tam"}, {"số hai", "= thanh_cong"}, {"chọn số ba ạ", "= an_binh"},
		{"phương án một", "= thanh_tam"}, {"bốn", "= dak_mil"}, {"năm", "!"}, {"hai ba", "!"},
		{"Phường An Bình, TP", "= an_binh"}, {"Phường An Bình, tp.", "= an_binh"},
		// asked since round thirteen: a district named beside (choice_level_beside.go)
		{"xã Thành Công, huyện Yên Thành", "? thanh_cong"},
	} {
		id, u, p := readChoice(c[0], opts, locales.VI)
		got := "= " + id
		switch {
		case p != nil:
			got = "!"
		case u != nil:
			got = "? " + id
		}
		if got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}
