package reader

import (
	"strings"

	"github.com/baocao/baocao/locales"
)

// A no, then why or what is planned (the clerk's rule of round thirteen):
// "Chưa (chưa bố trí được kinh phí)", "Không (do chưa bố trí được kinh
// phí)", "Chưa có (đã đề xuất UBND tỉnh bố trí kinh phí)", "Chưa (sẽ đầu
// tư năm 2027)", "không, xã họp qua Zalo thôi". The reason does not change
// the no (the lead's policy: a remark that does not change it keeps the
// value), and a clerk writes không. The no must read as a stored no by
// itself, and the remark may not hold a yes of its own ("Không, có rồi",
// "chưa, à nhầm, có"; "có" only after a word that denies or puts it off:
// "chưa có", "sắp có", "mới có … thôi"), a word of "only" ("chỉ có
// phòng họp của Đảng ủy"), a part ("một phần"), a thing shared ("dùng
// chung với huyện": asked or refused as before), a correction, or a
// question.
func noThenReason(s string, echo *lazyWords, b bool, u *Unsure, p *locales.Msg) (bool, *Unsure, *locales.Msg) {
	if b || u == nil && p == nil || strings.ContainsAny(s, "?？") {
		return b, u, p
	}
	i := strings.IndexAny(s, "(,;:-–")
	if i <= 0 {
		return b, u, p
	}
	head, rest := strings.TrimSpace(s[:i]), s[i:]
	if hw := foldWords(head); len(hw) == 0 || !plainNo[hw[0]] && !(len(hw) > 1 && plainNo[hw[1]]) {
		return b, u, p // a rhetorical no with a remark is still confirmed (yesno_rhetoric.go)
	}
	if hb, hu, hp := readYesNo(head, echo); hb || hu != nil || hp != nil {
		return b, u, p
	}
	ws := foldWords(rest)
	if len(ws) == 0 || sharedWithAnother("có"+rest) {
		return b, u, p // "chưa, dùng chung với huyện": neither its own nor none (yesno_safety.go)
	}
	for k, w := range ws {
		switch {
		case w == "nham" || w == "a" && strings.Contains(rest, "à") || w == "chi" || w == "duy" || w == "phan":
			return b, u, p // a correction, "chỉ" (only), "một phần" (a part)
		case w == "cua" || w == "muon" || w == "nho" || villageWords[w]:
			return b, u, p // another's ("dùng điểm cầu của huyện"), borrowed, a village's
		case w == "co" && !(k > 0 && putsOff[ws[k-1]]):
			return b, u, p // a yes of its own
		case w == "roi" && !(k > 0 && ws[k-1] == "xuat"):
			return b, u, p // "có rồi"
		}
	}
	return false, nil, nil
}

// plainNo are the words that open a plain no ("chừ chưa": now, not yet).
var plainNo = setOf("chua", "khong", "ko", "k", "kg", "hong", "chang", "cha", "no")

// putsOff are the words that, before "có", deny it or put it off.
var putsOff = setOf("chua", "khong", "ko", "k", "sap", "se", "moi", "chang", "cha", "hong", "no", "dang")

// A reason, then "nên" (so) and a plain no: "Không có kinh phí nên chưa
// thực hiện", "thiếu kinh phí nên chưa lắp". The answer is the clause
// after "nên", stored when it is a plain no and the reason holds no yes
// of its own (the same test as for a remark above).
func reasonSoNo(s string, echo *lazyWords, b bool, u *Unsure, p *locales.Msg) (bool, *Unsure, *locales.Msg) {
	if b || u == nil && p == nil || !strings.Contains(s, " nên ") || strings.ContainsAny(s, "?？") {
		return b, u, p
	}
	before, after, ok := strings.Cut(s, " nên ")
	if !ok {
		return b, u, p
	}
	if ab, au, ap := readYesNo(after, echo); ab || au != nil || ap != nil {
		return b, u, p
	}
	ws := foldWords(before)
	for k, w := range ws {
		if w == "co" && !(k > 0 && putsOff[ws[k-1]]) || w == "roi" || w == "chi" || w == "phan" || villageWords[w] {
			return b, u, p // "có thiết bị nên …": a yes of its own; "thôn em …": a village's reason
		}
	}
	return false, nil, nil
}

// villageWords name a part of the commune: a reason about one of them is
// not the commune's.
var villageWords = setOf("thon", "buon", "ban", "ap", "xom", "to", "lang", "khom", "phum", "soc")
