package reader

import "regexp"

// A lead before the figure written the short way: "Xã Bát Tràng - 17 tin
// bài", "Re: Số CLB TDTT - 15" (a dash where a colon would be), "P.Phú Hội
// 640 lượt", "X. Ia Hrung: 4 giải" (phường, xã, thị trấn cut to their
// initial). A clerk reads them as "Xã Bát Tràng: 17 tin bài" and "Phường
// Phú Hội 640 lượt"; the answer so written is read again, with every
// rule about places and labels (a village's figure stays refused). A
// form's item number before the label ("1.2. Số CLB TDTT: 18", "Mục 2.1:
// 15 CLB") is no figure and is left off.

var (
	// dashLead is words without digits, a dash, then the figure.
	dashLead = regexp.MustCompile(`^([^\d]*\p{L}[^\d]*?)\s+[-–—]\s+(\d.*)$`)
	// unitInitial is "P.", "X." or "TT." before a capitalised name.
	unitInitial = regexp.MustCompile(`^(P|X|TT)\.\s*(\p{Lu})`)
	// sectionNumber is a form's item number before its label: "1.2. Số
	// CLB TDTT: 18", "Mục 2.1: 15 CLB", "Mục 2.1. Số CLB TDTT: 7".
	sectionNumber = regexp.MustCompile(`^(?:(?:[Mm]ục|[Mm]uc)\s+\d{1,2}(?:\.\d{1,2})*\s*[.:]|\d{1,2}(?:\.\d{1,2})+[.:])\s*(\S.*\d.*)$`)
)

var initialNames = map[string]string{"P": "Phường ", "X": "Xã ", "TT": "Thị trấn "}

// leadWrittenOut is s with its lead written out; ok is false when s has
// no lead written short.
func leadWrittenOut(s string) (string, bool) {
	t := s
	if m := sectionNumber.FindStringSubmatch(t); m != nil {
		t = m[1]
	}
	if m := unitInitial.FindStringSubmatchIndex(t); m != nil {
		t = initialNames[t[m[2]:m[3]]] + t[m[4]:]
	}
	if m := dashLead.FindStringSubmatch(t); m != nil && !reasonInLead(m[1]) {
		t = m[1] + ": " + m[2] // "năm ngoái - 1245 hộ" stays as typed: a reason (figure_reason.go)
	}
	return t, t != s
}

// reasonInLead reports a word of askReasons in lead (figure_reason.go),
// names aside ("Ea Tam" is a commune, not "tầm").
func reasonInLead(lead string) bool {
	ts := Tokenize(lead).Tokens
	for i, t := range ts {
		if isReason(t) && !nameWord(ts, i) {
			return true
		}
	}
	return false
}
