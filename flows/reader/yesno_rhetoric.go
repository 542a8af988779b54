package reader

import (
	"slices"
	"strings"
)

// The rhetorical no and the yes said by denying a no (the lead's decision
// of round twelve, reversing round seven's caution): "có đâu", "đâu có",
// "đâu có đâu", "làm gì có", "làm chi có", "mô có", "có mô", "có chi mô"
// are how a Vietnamese speaker says no, north, centre and south; "không
// sai" is how one says yes. A clerk writes them down as the no and the yes
// they are. Alone, with polite words or a form of address, they are
// stored; with any other word (a reason, a remark) the turned reading is
// still confirmed, as before (yesno_rhetoric_test.go). "Có gì đâu", "có
// chi mô" are left asked: they say "it is nothing" as often as no, and
// the blind batches' writers ask them back.
var rhetoricNo = setOfPhrases("co dau", "dau co", "dau co dau", "co dau co", "lam gi co", "lam chi co", "lam gi ma co",
	"lam gi da co", "lam chi ma co", "mo co", "co mo", "mo co mo", "dau ma co",
	"nao co", "nao co dau",
	// round thirteen: "where would we get it from" (yesno_safety.go)
	"lay chi ma co", "lay gi ma co", "lay dau ma co", "lay mo ma co", "lay dau ra", "lay mo ra", "lay chi ra",
	"lay gi ra", "dao dau ra", "dao mo ra", "dao chi ra", "kiem dau ra", "kiem mo ra", "lay dau ra ma co")

var rhetoricYes = setOfPhrases("khong sai", "khong sai dau", "chang sai", "khong he sai", "khong sai gi")

// addressWords are the forms of address and politeness that may close a
// rhetorical answer: "có đâu anh", "không sai ạ".
var addressWords = setOf("a", "ak", "ah", "anh", "chi", "em", "ad", "oi", "nha", "nhe", "ma", "dau", "day", "do",
	"ban", "ong", "ba", "co", "chu", "thua", "da", "vang", "eng") // "eng": the centre's "anh" (round thirteen)

// rhetoricAlone reports whether s is a rhetorical no (yes false) or a
// yes by denial (yes true), with only politeness around it.
func rhetoricAlone(s string, yes bool) bool {
	_, fs := clauseWords(yesNoTokens(dialectL(s)))
	if !yes {
		fs = withoutToReport(fs) // "có đâu mà báo" (round thirteen)
	}
	set := rhetoricNo
	if yes {
		set = rhetoricYes
	}
	for i := len(fs); i >= 2; i-- {
		if !set[strings.Join(fs[:i], " ")] {
			continue
		}
		for _, f := range fs[i:] {
			if !addressWords[f] {
				return false
			}
		}
		return true
	}
	return false
}

// dialectL writes back the "l" that northern and north-central speakers
// say, and type, as "n" in the words of a yes/no answer: "nàm" is "làm"
// ("Nàm gì có", "Đã nàm rồi ạ", "Chưa nàm"). Only the marked forms that
// are no other word are changed.
func dialectL(s string) string {
	if !strings.Contains(s, "nàm") && !strings.Contains(s, "Nàm") && !strings.Contains(s, "NÀM") {
		return s
	}
	ws := strings.Fields(s)
	for i, w := range ws {
		core := strings.TrimRight(w, ".,!?…")
		switch core {
		case "nàm":
			ws[i] = "làm" + w[len(core):]
		case "Nàm":
			ws[i] = "Làm" + w[len(core):]
		case "NÀM":
			ws[i] = "LÀM" + w[len(core):]
		}
	}
	return strings.Join(ws, " ")
}

// withoutToReport is fs without "mà báo", "mà báo cáo", "mà ghi", "mà
// khai" at its end: "có đâu mà báo" (there is none, so nothing to
// report) is the rhetorical no and what it leaves to report (round
// thirteen).
func withoutToReport(fs []string) []string {
	for _, tail := range [][]string{{"ma", "bao", "cao"}, {"ma", "bao"}, {"ma", "ghi"}, {"ma", "khai"}} {
		if len(fs) > len(tail)+1 && slices.Equal(fs[len(fs)-len(tail):], tail) {
			return fs[:len(fs)-len(tail)]
		}
	}
	return fs
}
