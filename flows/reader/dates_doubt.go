package reader

import (
	"strings"
	"time"
	"unicode"

	"github.com/baocao/baocao/locales"
)

// A date said with a doubt is asked, never stored (round fourteen): "em
// nghĩ là 20/12", "hình như 20/12", "chắc là ngày 20", "20/12, để em hỏi
// lại anh trưởng thôn", "20/12 không nhớ rõ". The person has said the
// date may be wrong; a clerk would write it down only once it is
// confirmed. A doubt that leaves no date ("không nhớ") stays refused, and
// two dates with a doubt ("20/12 hay 21/12 em không nhớ") stay refused by
// the rule for two dates.
func dateDoubt(s string, now time.Time, d time.Time, u *Unsure, p *locales.Msg) (time.Time, *Unsure, *locales.Msg) {
	if !strings.ContainsFunc(s, isDigitRune) {
		return d, u, p // every doubt worth asking names its day in figures
	}
	if !strings.ContainsFunc(s, unicode.IsLetter) {
		return d, u, p // "20/12/2026": no word at all, nothing to cut into words
	}
	ts := Tokenize(Normalize(s)).Tokens
	fw := make([]string, len(ts))
	for i, t := range ts {
		fw[i] = strings.Trim(t.Skel, edgePunct) // "kieemr tra laij" is "kiem tra lai"
	}
	if !hasPhrase(fw, dateDoubts) {
		return d, u, p
	}
	if p == nil {
		if u == nil {
			u = &Unsure{Key: "reading.date_doubt", Input: string(quoted(s))}
		}
		return d, u, p
	}
	// refused with the doubt in it: read what is left without the doubt
	var kept []string
	for i := 0; i < len(ts); i++ {
		if n := phraseLen(fw, i, dateDoubts); n > 0 {
			i += n - 1
			continue
		}
		kept = append(kept, ts[i].Typed)
	}
	rest := strings.Trim(strings.Join(kept, " "), " ,.;:-")
	if rest == "" {
		return d, u, p
	}
	if rd, ru, rp := readDate(rest, now); rp == nil {
		if ru == nil || ru.Key != "reading.date_future" {
			ru = &Unsure{Key: "reading.date_doubt", Input: string(quoted(s))}
		}
		return rd, ru, nil
	}
	return d, u, p
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// dateDoubts are the words, folded, of a date not sure.
var dateDoubts = []string{"em nghi la", "toi nghi la", "nghi la", "em nghi", "hinh nhu la", "hinh nhu", "chac la",
	"co le la", "co le", "duong nhu", "nghe noi la", "nghe noi", "de em hoi lai", "em hoi lai", "hoi lai",
	"de em xem lai", "em xem lai", "xem lai", "kiem tra lai", "xac minh lai", "khong nho ro", "ko nho ro",
	"k nho ro", "kh nho ro", "khong nho", "ko nho", "k nho", "hong nho", "nho khong ro", "nho ko ro", "khong nho lam", "khong nho chinh xac", "khong chac",
	"ko chac", "k chac", "chua chac", "khong chac chan", "chua chac chan"}

// phraseLen is the length in words of the one of ps beginning at fw[i],
// the longest, or 0.
func phraseLen(fw []string, i int, ps []string) int {
	best := 0
	for _, p := range ps {
		if n := strings.Count(p, " ") + 1; n > best && phraseAt(fw, i, p) {
			best = n
		}
	}
	return best
}
