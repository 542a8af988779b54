package reader

import "strings"

// A greeting clause before a yes or a no (the clerk's rule of round
// thirteen): "Kính gửi Sở VHTTDL, UBND xã đã có điểm cầu …", "Dạ thưa
// anh, có rồi ạ", "Báo cáo phòng, chưa có". The clause up to the first
// comma names who is written to, not the answer; the answer is what
// follows it. A clause opening with "kính gửi" or "báo cáo" names the
// addressee whatever its words; any other must open with a greeting typed
// with its marks and hold greeting words alone.
func afterGreeting(s string) (string, bool) {
	i := strings.IndexAny(s, ",:")
	if i <= 0 || i == len(s)-1 {
		return "", false
	}
	head, rest := s[:i], strings.TrimSpace(s[i+1:])
	if l := strings.ToLower(strings.TrimSpace(head)); !strings.HasPrefix(l, "k") && !strings.HasPrefix(l, "b") && !strings.HasPrefix(l, "d") &&
		!strings.HasPrefix(l, "t") && !strings.HasPrefix(l, "c") && !strings.HasPrefix(l, "g") && !strings.HasPrefix(l, "a") {
		return "", false // the cheap path: no greeting opens so
	}
	if rest == "" || !strings.ContainsFunc(rest, isWordRune) {
		return "", false
	}
	hw := foldWords(head)
	if len(hw) >= 2 && (hw[0] == "kinh" && hw[1] == "gui" || hw[0] == "bao" && hw[1] == "cao" && len(hw) <= 4) {
		return rest, true
	}
	if first := strings.Fields(strings.ToLower(strings.Trim(head, " !."))); len(first) >= 2 && greetingOpen[first[0]] && markedGreeting(first) {
		return rest, true // "Dạ thưa anh, …", "Chào chị, …": opened by a greeting typed with its marks ("đã có" is no "dạ cô")
	}
	return "", false
}

// greetingOpen are the words, as typed, that open a greeting clause.
var greetingOpen = setOf("dạ", "thưa", "chào", "gửi", "anh", "chị", "admin", "ad")

// markedGreeting reports words, as typed, that are greeting words alone:
// "có" is not "cô", "đã" not "dạ".
func markedGreeting(ws []string) bool {
	for _, w := range ws {
		if !greetingMarked[strings.Trim(w, ".!")] {
			return false
		}
	}
	return true
}

var greetingMarked = setOf("dạ", "thưa", "kính", "gửi", "anh", "chị", "em", "ad", "admin", "báo", "cáo", "sở", "phòng",
	"ơi", "chào", "xin", "eng", "cô", "chú", "bác", "ạ", "ban", "văn", "hóa", "hoá")

// isWordRune is a letter of any script, roughly: an ASCII letter or any
// rune beyond ASCII.
func isWordRune(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 0x7f }

// withoutCommittee is s without "UBND" or "Ủy ban nhân dân" before the
// unit it opens with: "UBND xã đã có điểm cầu trực tuyến" says what "Xã đã
// có điểm cầu trực tuyến" says, the committee speaking for its commune.
func withoutCommittee(s string) (string, bool) {
	if l := strings.ToLower(strings.TrimSpace(s)); !strings.HasPrefix(l, "ubnd") && !strings.HasPrefix(l, "ủy") && !strings.HasPrefix(l, "uỷ") && !strings.HasPrefix(l, "uy ") {
		return "", false // the cheap path
	}
	ws := strings.Fields(s)
	n := 0
	switch f := foldWords(strings.Join(ws[:min(len(ws), 5)], " ")); {
	case len(f) > 1 && f[0] == "ubnd":
		n = 1
	case len(f) > 4 && f[0] == "uy" && f[1] == "ban" && f[2] == "nhan" && f[3] == "dan":
		n = 4
	default:
		return "", false
	}
	if len(ws) <= n+1 {
		return "", false
	}
	if k := Fold(strings.ToLower(ws[n])); k != "xa" && k != "phuong" && k != "thi" {
		return "", false
	}
	return strings.Join(ws[n:], " "), true
}
