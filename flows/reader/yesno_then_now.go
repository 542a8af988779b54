package reader

import "strings"

// Then and now at a yes/no question (rule 12 of yesno_r9.go reads the
// clause that says now), with the words of every region, each with its
// table test (yesno_then_now_test.go):
//
//  1. "Now" is said "bây giờ", "giờ", "hiện nay" in the north and the
//     south, "chừ", "bây chừ", "bi chừ" in the centre: "trước có, chừ
//     chưa" is "trước có, giờ chưa". "chừ" is read with its mark, since
//     "chu" bare may be "chú", "chủ", "chứ".
//  2. A thing that was there and is now broken or gone ("hư", "hỏng", "hư
//     hỏng", "ngừng hoạt động", "không còn", "thanh lý", "tháo rồi") is not
//     there now: the clause of now says no, offered as rule 12's answer.

// centralNow is s with the centre's "chừ" (now) typed as "giờ" (rule 1).
func centralNow(s string) string {
	if !strings.Contains(s, "ừ") && !strings.Contains(s, "Ừ") && !strings.Contains(s, "uwf") && !strings.Contains(s, "u72") && !strings.Contains(s, "UWF") {
		return s // the cheap path: no "chừ" in any keyboard
	}
	ws := strings.Fields(s)
	changed := false
	for i, w := range ws {
		core := strings.Trim(w, edgePunct)
		if core == "" || !SameWord(Token{Lower: strings.ToLower(core)}, "chừ") {
			continue
		}
		ws[i] = strings.Replace(w, core, "giờ", 1)
		if i > 0 && (SameWord(Token{Lower: strings.ToLower(strings.Trim(ws[i-1], edgePunct))}, "bây") || strings.EqualFold(strings.Trim(ws[i-1], edgePunct), "bi")) {
			ws[i-1] = ""
		}
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(strings.Fields(strings.Join(ws, " ")), " ")
}

// goneWords say a thing is broken or gone, folded phrases (rule 2).
var goneWords = setOfPhrases("hu", "hong", "hu hong", "bi hu", "bi hong", "da hu", "da hong", "ngung hoat dong",
	"dung hoat dong", "khong hoat dong", "khong con", "ko con", "het dung duoc", "khong dung duoc", "ko dung duoc",
	"thanh ly", "thao do", "thao", "thao bo", "bo", "ngung", "ngung su dung", "het", "mat", "bi mat", "hu het", "hong het")

// brokenNow reports whether clause c says only that the thing is broken
// or gone now (rule 2): "hư rồi", "hỏng hết rồi ạ", "bị hư".
func brokenNow(c string) bool {
	_, fs := clauseWords(yesNoTokens(c))
	for len(fs) > 0 && (fs[len(fs)-1] == "roi" || fs[len(fs)-1] == "r" || fs[len(fs)-1] == "luon" || fs[len(fs)-1] == "mat") && len(fs) > 1 {
		fs = fs[:len(fs)-1]
	}
	return len(fs) > 0 && goneWords[strings.Join(fs, " ")]
}
