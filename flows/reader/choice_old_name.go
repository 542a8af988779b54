package reader

import (
	"strings"

	"github.com/baocao/baocao/locales"
)

// A unit said to be the new one, with its former name in brackets ("Xã
// Thành Công (mới, sáp nhập từ xã Thành Tâm cũ)", "Phường An Bình (mới,
// trước là xã Thành Tâm)"): the unit outside the brackets is the one
// reporting now, the one inside what it was before the merger (the
// clerk's rule of round thirteen). As the former name is itself an
// option, the reading is offered, never stored: the person may be
// reporting for either. Without "mới" the note may say the unit outside
// is the old one ("Thành Tâm (cũ)", "An Bình (Thành Tâm cũ)"): refused as
// before (choice_r9.go).
func oldNameNoted(s string, options []Option, lang locales.Lang) (string, bool) {
	ans, note, ok := CutNote(s)
	if !ok {
		return "", false
	}
	nf := " " + strings.Join(foldWords(note), " ") + " "
	former := false
	for _, m := range []string{" cu ", " sap nhap ", " truoc la ", " truoc day la ", " truoc day ", " hop nhat ", " nhap tu "} {
		former = former || strings.Contains(nf, m)
	}
	if !former || !strings.Contains(nf, " moi ") {
		return "", false
	}
	id, u, p := readChoiceWords(ans, options, lang)
	if p != nil || u != nil || id == "" {
		return "", false
	}
	return id, true
}
