package reader

import (
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

// A date, then a remark that counts who or what took part ("20/12/2026,
// có khoảng 500 người tham gia", "15/12 với 12 đội bóng") is the date: the
// count is the event's, not a second date (round fourteen). Tried only
// when the whole is refused; the date before the count is read alone and
// keeps whatever the other rules say of it.
func dateCountedRemark(s string, now time.Time, d time.Time, u *Unsure, p *locales.Msg) (time.Time, *Unsure, *locales.Msg) {
	if p == nil {
		return d, u, p
	}
	ts := Tokenize(Normalize(s)).Tokens
	fw := tokenFolds(ts)
	cut := -1
	for i := 1; i+1 < len(ts); i++ {
		if strings.ContainsFunc(fw[i], isDigitRune) && !strings.ContainsAny(fw[i], "/-.") && countedWords[fw[i+1]] {
			cut = i
			break
		}
	}
	if cut < 1 {
		return d, u, p
	}
	for cut > 0 && eventCountLead[fw[cut-1]] {
		cut-- // "có khoảng 500 người": the remark begins at "có"
	}
	for _, w := range fw[cut:] {
		if strings.ContainsAny(w, "/") {
			return d, u, p // another date in the remark
		}
	}
	var kept []string
	for _, t := range ts[:cut] {
		kept = append(kept, t.Typed)
	}
	head := strings.Trim(strings.Join(kept, " "), " ,.;:-")
	if head == "" || !strings.ContainsFunc(head, isDigitRune) {
		return d, u, p
	}
	if hd, hu, hp := readDate(head, now); hp == nil {
		if hu != nil {
			hu.Input = string(quoted(s))
		}
		return hd, hu, nil
	}
	return d, u, p
}

// countedWords are what an event's remark counts, folded.
var countedWords = setOf("nguoi", "luot", "doi", "van", "dien", "tiet", "gian", "doan", "clb", "cau", "ho", "em",
	"hoc", "dai", "khach", "thanh", "nghe")

// eventCountLead are words before such a count, folded.
var eventCountLead = setOf("co", "khoang", "tam", "gan", "hon", "tren", "voi", "thu", "hut", "gom")
