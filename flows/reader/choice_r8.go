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

// choiceNumberWords are the numbers of options in words, as typed with
// their marks; bare, only those no other word folds to ("tam" is tâm as
// well as tám, "nam" Nam as well as năm, "sau" sau as well as sáu).
var choiceNumberWords = map[string]string{
	"một": "1", "hai": "2", "ba": "3", "bốn": "4", "tư": "4", "năm": "5", "sáu": "6", "bảy": "7", "bẩy": "7",
	"tám": "8", "chín": "9", "mười": "10", "mot": "1", "bon": "4", "chin": "9",
}

// choiceInWords reads an option's number said in words, politeness and
// the lead words aside: "một", "số hai", "chọn số ba ạ", "phương án một".
// It gives the number in figures for the number rules.
func choiceInWords(s string) (string, bool) {
	var ws []string
	for _, t := range Tokenize(cleanAnswer(s, nil).text).Tokens {
		if w := strings.Trim(t.Lower, edgePunct); w != "" {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		return "", false
	}
	n, ok := choiceNumberWords[ws[len(ws)-1]]
	if !ok {
		return "", false
	}
	lead := Fold(strings.Join(ws[:len(ws)-1], " "))
	if lead == "" {
		return n, true
	}
	if _, ok := cutChoiceLead(lead + " " + n); ok {
		return lead + " " + n, true
	}
	return "", false
}
