package reader

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

// Rule: a unit's kind may be written short or left out; the name decides,
// and a kind written must be the option's own.
func TestUnitsNamedShort(t *testing.T) {
	options := []Option{
		{ID: "thanh_tam", Label: locales.T("Xã Thành Tâm", "")},
		{ID: "an_binh", Label: locales.T("Phường An Bình", "")},
		{ID: "dak_mil", Label: locales.T("Thị trấn Đắk Mil", "")},
		{ID: "ba_dinh", Label: locales.T("Phường Ba Đình", "")},
	}
	for typed, want := range map[string]string{
		"P. An Bình": "an_binh", "P.An Bình": "an_binh", "p an binh": "an_binh", "TT Đắk Mil": "dak_mil",
		"TT. Đắk Mil": "dak_mil", "tt dak mil": "dak_mil", "X. Thành Tâm": "thanh_tam",
		"ở xã Thành Tâm": "thanh_tam", "Dạ em ở phường An Bình": "an_binh", "bên em là TT Đắk Mil": "dak_mil",
		"thuộc P. Ba Đình": "ba_dinh", "2 - P. An Bình": "an_binh",
		"Xã An Bình": "", "TT Thành Tâm": "", "P. Thành Tâm": "", "Q. Ba Đình": "",
	} {
		id, p := ReadChoice(typed, options, locales.VI)
		if want == "" && p == nil {
			t.Errorf("ReadChoice(%q) = %s, want refused: the kind written is not the option's", typed, id)
		}
		if want != "" && (p != nil || id != want) {
			t.Errorf("ReadChoice(%q) = %q %v, want %s", typed, id, p, want)
		}
	}
}

// Rule: a kind of unit alone names no unit, even when one option alone is
// of that kind.
func TestAKindOfUnitAloneNamesNoUnit(t *testing.T) {
	for _, f := range []string{"phuong", "thi tran", "xa", "p."} {
		if !onlyKind(f) {
			t.Errorf("onlyKind(%q) = false, want true", f)
		}
	}
	for _, f := range []string{"phuong an binh", "thanh tam", "an binh", "xa thanh cong"} {
		if onlyKind(f) {
			t.Errorf("onlyKind(%q) = true, want false", f)
		}
	}
}
