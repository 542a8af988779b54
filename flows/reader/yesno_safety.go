package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/baocao/baocao/locales"
)

// Round thirteen's safety rules for a yes/no answer. Each is a clerk's
// rule that keeps a value the person did not mean from being written down
// (a misread is worse than a question back). They run last, over whatever
// the other rules read (readYesNo in yesno_words.go).
//
//   - A lone letter ("y", "n", "C") is asked, not stored: one key alone
//     may be a key pressed by mistake. "k" alone stays stored as không:
//     every blind batch (A, C, F–Z) writes it "= không", the way officers
//     type no in a chat.
//   - A yes shared with another body ("sử dụng chung với Đảng ủy xã",
//     "dùng chung với trường", "mượn của huyện") is asked: the commune may
//     not have its own. Shared with its own People's Committee or hall
//     ("dùng chung với hội trường UBND xã") it is the commune's and stays
//     stored.
//   - A rhetorical no of the centre and north ("lấy chi mà có", "lấy đâu
//     ra", "đào đâu ra", "làm gì mà có") is never read as a yes: alone it
//     is stored as không (rhetoricNo in yesno_rhetoric.go), with more
//     words a yes becomes an asked no.
func safeYesNo(s string, b bool, u *Unsure, p *locales.Msg) (bool, *Unsure, *locales.Msg) {
	if p != nil {
		return b, u, p
	}
	in := string(quoted(s))
	if loneKey(s) && u == nil {
		return b, &Unsure{Key: "reading.lone_key", Input: in}, nil
	}
	if rhetoricalNoInside(s) {
		if rhetoricAlone(s, false) {
			return false, nil, nil // "lấy đâu ra", "lấy chi mà có anh": stored
		}
		if b {
			return false, &Unsure{Key: "reading.yes_no_turned", Input: in}, nil
		}
	}
	if b && u == nil && sharedWithAnother(s) {
		return true, &Unsure{Key: "reading.yes_no_shared", Input: in}, nil
	}
	return b, u, p
}

// loneKey reports whether s is one letter of the keyboard alone,
// punctuation aside, other than "k" (see safeYesNo).
func loneKey(s string) bool {
	if len(strings.Fields(s)) > 1 {
		// "Dạ Y ạ", "da N a", "em gửi anh chị: N nhé": the key among polite words
		tk, fs := clauseWords(yesNoTokens(s))
		var left []string
		for i, f := range fs {
			if !keyPolite[f] {
				left = append(left, tk[i].Lower)
			}
		}
		if len(left) != 1 {
			return false
		}
		s = left[0]
	}
	t := strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if utf8.RuneCountInString(t) != 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	// ASCII keys only: "ừ" (yeah) and "ờ" are words, not a key slipped
	return r < utf8.RuneSelf && unicode.IsLetter(r) && r != 'k' && r != 'K'
}

// keyPolite are the polite words, folded, that may stand around a key.
var keyPolite = setOf("da", "vang", "thua", "a", "ak", "nhe", "nha", "oi", "em", "anh", "chi")

// centralNo are the rhetorical questions that say "there is none": "where
// would we get it from", "what would we have it with". They never mean yes.
var centralNo = [][]string{
	{"lay", "*", "ma", "co"}, {"lay", "*", "ra"}, {"dao", "*", "ra"}, {"kiem", "*", "ra"},
	{"lam", "*", "ma", "co"}, {"lay", "*", "ra", "ma", "co"},
}

// centralNoAsk are the question words that may fill the "*" above.
var centralNoAsk = setOf("chi", "gi", "dau", "mo", "dau")

// rhetoricalNoInside reports whether a rhetorical no of centralNo is
// among s's words.
func rhetoricalNoInside(s string) bool {
	if l := strings.ToLower(s); !strings.Contains(l, "ra") && !strings.Contains(l, "mà") && !strings.Contains(l, "ma") {
		return false // the cheap path: every pattern ends "ra" or holds "mà"
	}
	_, fs := clauseWords(yesNoTokens(s))
	for i := range fs {
		for _, pat := range centralNo {
			if i+len(pat) > len(fs) {
				continue
			}
			ok := true
			for j, w := range pat {
				if w == "*" && !centralNoAsk[fs[i+j]] || w != "*" && fs[i+j] != w {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// sharedMarks say the thing is used together with, or borrowed from,
// someone: folded, as people type them with or without marks.
var sharedMarks = []string{"dung chung", "xai chung", "chung voi", "dung nho", "muon cua", "muon tam", "muon diem cau",
	"muon phong", "muon hoi truong", "nho diem cau", "nho phong", "nho hoi truong", "di nho"}

// ownBody are the words naming the commune's own People's Committee or its
// hall; elsewhere are words that point to another level or another place.
var ownBody = []string{"ubnd", "uy ban nhan dan", "uy ban", "hoitruong", "phong hop"}
var elsewhere = setOf("huyen", "quan", "tinh", "thi", "thanh", "cu", "ben", "canh", "khac", "lan", "truong", "dang",
	"trung", "tam", "phuong", "thpt", "thcs", "tieu", "hoc", "chinh", "tri", "cong", "an", "y", "te", "buu", "dien")

// sharedWithAnother reports whether s says the yes is shared with, or
// borrowed from, another body than the commune's own committee or hall.
func sharedWithAnother(s string) bool {
	if l := strings.ToLower(s); !strings.Contains(l, "chung") && !strings.Contains(l, "mượn") && !strings.Contains(l, "muon") &&
		!strings.Contains(l, "nhờ") && !strings.Contains(l, "nho") {
		return false // the cheap path
	}
	f := " " + strings.Join(foldWords(s), " ") + " "
	f = strings.ReplaceAll(f, " hoi truong ", " hoitruong ") // a hall, not a school
	at := -1
	for _, m := range sharedMarks {
		if i := strings.Index(f, " "+m+" "); i >= 0 && (at < 0 || i < at) {
			at = i + len(m) + 1
		}
		if strings.HasSuffix(f, " "+m+" ") {
			return true // "có, dùng chung": with whom is not said
		}
	}
	if at < 0 {
		return false
	}
	rest := f[at:]
	own := false
	for _, o := range ownBody {
		if strings.Contains(rest, " "+o+" ") {
			own = true
		}
	}
	if !own {
		return true
	}
	for _, w := range strings.Fields(rest) {
		if elsewhere[w] {
			return true
		}
	}
	return false
}

// foldWords are s's words folded, without marks or punctuation.
func foldWords(s string) []string {
	return strings.FieldsFunc(Fold(Normalize(s)), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
