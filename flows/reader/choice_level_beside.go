package reader

import (
	"strings"
	"unicode"

	"github.com/baocao/baocao/locales"
)

// A unit named with a district, a province or a city beside it ("Thị trấn
// Đắk Mil, tỉnh Lạng Sơn", "Xã Thành Công, huyện Đắk Mil", "Xa Thanh Cong
// tinh Tuyen Quang") is asked, never stored (the clerk's rule of round
// thirteen): the reader does not know which province or district the unit
// is in, and a person who names another level beside the option may have
// meant a unit of the same name elsewhere, or be reporting for another
// place. The option is offered, for the person to confirm. A level word
// alone, without a name after it ("Phường An Bình, TP"), names nothing and
// changes nothing.
func levelBeside(s, id string, options []Option) bool {
	ws := strings.Fields(strings.ToLower(Normalize(s)))
	label := ""
	for _, o := range options {
		if o.ID == id {
			label = " " + strings.Join(foldWords(o.Label.In(locales.VI)), " ") + " "
		}
	}
	for i := range ws {
		n, ok := adminLevel(ws, i)
		if !ok || i+n >= len(ws) || !strings.ContainsFunc(ws[i+n], unicode.IsLetter) {
			continue
		}
		named := " " + strings.Join(foldWords(strings.Join(ws[i:i+n+1], " ")), " ") + " "
		if label != "" && strings.Contains(label, named) {
			continue // the level is the option's own name: "Thị xã Cửa Lò"
		}
		return true
	}
	return false
}

// adminLevel reports whether the words of ws from i name a level above a
// commune, and how many words it takes. Without marks only the forms that
// are no other word are taken ("tinh" is "tỉnh" as often as "tính").
func adminLevel(ws []string, i int) (int, bool) {
	w := strings.Trim(ws[i], ",;:()-–")
	switch w {
	case "tỉnh", "huyện", "quận", "tp", "tp.", "h.", "t.", "huyen", "tinh", "quan":
		return 1, true
	}
	if i+1 < len(ws) {
		switch w + " " + strings.Trim(ws[i+1], ",;:()-–") {
		case "thành phố", "thanh pho", "thị xã", "thi xa":
			return 2, true
		}
	}
	return 0, false
}

// beforeLevel reads s cut before the first level word with a name after
// it ("Xã Thành Công huyện Đắk Mil" without a comma): the option before
// it, offered, never stored.
func beforeLevel(s string, options []Option, lang locales.Lang) (string, bool) {
	ws := strings.Fields(Normalize(s))
	low := strings.Fields(strings.ToLower(Normalize(s)))
	if len(low) != len(ws) {
		return "", false
	}
	for i := 1; i < len(low); i++ {
		if n, ok := adminLevel(low, i); ok && i+n < len(low) {
			if id, _, p := readChoiceWords(strings.TrimRight(strings.Join(ws[:i], " "), " ,;:-–("), options, lang); p == nil && id != "" {
				return id, true
			}
			return "", false
		}
	}
	return "", false
}
