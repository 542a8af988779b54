package reader

import "strings"

// Policy 7 of round eight: an option named by one word of a name of
// several ("tâm", "cong" for Xã Thành Tâm, Xã Thành Công; "mil" for Thị
// trấn Đắk Mil) is offered, never stored: one word may be a slip for
// another name, or the start of a name the list does not hold. The name
// in full ("Thành Tâm", "thanh cong") stays stored.

// oneWordOfName reports whether s named the option id only by one word of
// its name, the kind of unit aside.
func oneWordOfName(s, id string, options []Option) bool {
	f := Fold(cleanAnswer(s, nil).text)
	if strings.Contains(f, " ") && (len(matchOptions(f, options, sameName)) > 0 || len(matchOptions(f, options, sameUnitName)) > 0) {
		return false // "Phường An Bình", though "phương án" leads a choice
	}
	if g, ok := cutChoiceLead(f); ok {
		f = g
	}
	f = cutPlaceLead(f)
	if f == "" || strings.Contains(f, " ") || !strings.ContainsFunc(f, isLetter) {
		return false
	}
	if _, isNum := choiceNumber(f); isNum {
		return false
	}
	if len(matchOptions(f, options, sameName)) > 0 || len(matchOptions(f, options, sameUnitName)) > 0 {
		return false
	}
	for _, o := range options {
		if o.ID != id {
			continue
		}
		for _, name := range optionNames(o) {
			if _, proper := unitKind(name); strings.Contains(proper, " ") && strings.Contains(" "+proper+" ", " "+f) {
				return true
			}
		}
	}
	return false
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' }
