package reader

import (
	"strings"
	"unicode"

	"github.com/baocao/baocao/locales"
)

// Round fourteen: who answers, and who the answer comes from. A clerk
// reads the answer and passes over what the sender says of themselves or
// of the person they asked. Each rule is tried only when the message as
// a whole is refused, so no answer read today changes by it.
//
//  1. The answer, then a clause about the sender ("xã Thành Tâm ạ, e là
//     cán bộ VH", "Dạ Thành Công ạ, em gửi giúp chị Thảo", "có nha anh,
//     em hỏi chị Phó Chủ tịch rồi", "1 và 3 ạ, em hỏi chị Hương rồi"): the
//     answer before it, read as if alone (speakerTail).
//  2. An answer relayed ("Đ/c Hùng xác nhận đã có", "anh văn phòng bảo có
//     rồi ạ", "Đ/c Phó Chủ tịch chỉ đạo trả lời là chưa có", "Đồng chí
//     Hùng PCT xã trả lời thay: Đã có điểm cầu"): what was said, after the
//     word of saying, is the answer (relayedAnswer).

// speakerTail cuts s before a clause about the sender: a comma or a line
// break, then "em", "e", "mình" or "tôi" and a verb of the sender's own
// doings, with no figure after it. ok is false when there is none.
func speakerTail(s string) (head string, ok bool) {
	if !strings.ContainsAny(s, ",\n;") {
		return "", false
	}
	for i, r := range s {
		if r != ',' && r != '\n' && r != ';' {
			continue
		}
		if next := strings.TrimLeft(s[i+1:], " \t"); next == "" || !strings.ContainsRune("eEmMtT", rune(next[0])) {
			continue // "em", "e", "mình", "tôi", "t": cheap look first
		}
		fw := skelWords(s[i+1:])
		if len(fw) < 2 || !senderWords[fw[0]] || strings.ContainsFunc(s[i+1:], unicode.IsDigit) {
			continue
		}
		if !senderDoings[fw[1]] && !(len(fw) > 2 && senderDoings[fw[2]]) {
			continue
		}
		if hasAny(fw, senderDoubt) {
			break // "có, em hỏi lại", "Thành Tâm, để em xem lại": a doubt, no remark
		}
		head = strings.TrimSpace(s[:i])
		return head, head != ""
	}
	return "", false
}

// senderWords are the sender speaking of themselves, folded.
var senderWords = setOf("em", "e", "minh", "toi", "t")

// senderDoings are what a sender says they did or are, folded: "em hỏi
// chị Hương rồi", "em gửi giúp chị Thảo", "e là cán bộ VH", "em mới vào
// làm hợp đồng". Where the sender is ("em ở Thành Công") may name
// another answer: never cut.
var senderDoings = setOf("hoi", "gui", "la", "moi", "nhan", "thay", "lam", "tra", "xin")

// relayedAnswer reads what a person relayed said: the words after the
// last word of saying, when those before it name no answer.
func relayedAnswer(s string, echo *lazyWords) (bool, *Unsure, *locales.Msg, bool) {
	if f := Fold(s); !strings.Contains(f, "bao") && !strings.Contains(f, "noi") && !strings.Contains(f, "xac nhan") &&
		!strings.Contains(f, "tra loi") && !strings.Contains(f, "cho biet") && !strings.Contains(f, "khang dinh") {
		return false, nil, nil, false // no word of saying: most messages
	}
	ts := Tokenize(Normalize(s)).Tokens
	at := -1
	fw := tokenFolds(ts)
	for i := range ts {
		if n := phraseLen(fw, i, relayWords); n > 0 && (n > 1 || relayTyped[strings.Trim(ts[i].Lower, edgePunct)]) &&
			(i == 0 || !senderWords[fw[i-1]] && fw[i-1] != "da") && (i+1 >= len(fw) || fw[i+1] != "cao") {
			at = i + n // not "báo" (report), nor the sender's own "em đã báo cáo"
		}
	}
	if at < 1 || at >= len(ts) {
		return false, nil, nil, false
	}
	for _, t := range ts[:at] {
		if f := strings.Trim(t.Skel, edgePunct); answerWords[f] && f != "roi" && f != "nen" {
			return false, nil, nil, false // "có nha anh, anh ấy bảo thế": the answer is before
		}
	}
	for at < len(ts) && (ts[at].Fold == "la" || strings.Trim(ts[at].Fold, edgePunct) == "") {
		at++ // "trả lời là chưa có", "trả lời thay: Đã có"
	}
	var said []string
	for _, t := range ts[at:] {
		said = append(said, t.Typed)
	}
	if len(said) == 0 {
		return false, nil, nil, false
	}
	b, u, p := readYesNo(strings.Join(said, " "), echo)
	if p != nil {
		return false, nil, nil, false
	}
	b, u, p = governedYesNo(strings.Join(said, " "), echo, b, u, p)
	if u != nil {
		u.Input = string(quoted(s))
	}
	return b, u, p, p == nil
}

// relayWords are words of saying another person's answer, folded.
var relayWords = []string{"xac nhan", "tra loi", "tra loi thay", "bao", "noi", "cho biet", "khang dinh"}

// relayTyped are the one-word relay words as typed: "bảo" (said), not
// "báo" (report).
var relayTyped = setOf("bảo", "bao", "nói", "noi")

func tokenFolds(ts []Token) []string {
	fw := make([]string, len(ts))
	for i, t := range ts {
		fw[i] = strings.Trim(t.Skel, edgePunct) // "dda" is "đã"
	}
	return fw
}

// namesOption reports whether the words of an option's label, its level
// ("Xã", "Phường", "Thị trấn") aside, run in s: a clause about the sender
// that names an option ("em là cán bộ Thành Công") is never passed over.
func namesOption(s string, options []Option) bool {
	f := " " + strings.Join(skelWords(s), " ") + " "
	for _, o := range options {
		for _, l := range o.Label {
			ws := foldWords(l)
			for len(ws) > 1 && optionLevel[ws[0]] {
				ws = ws[1:]
			}
			if len(ws) > 0 && strings.Contains(f, " "+strings.Join(ws, " ")+" ") {
				return true
			}
		}
	}
	return false
}

// optionLevel are the levels before a unit's name, folded.
var optionLevel = setOf("xa", "phuong", "thi", "tran")

// senderDoubt are words, folded, that make a clause about the sender a
// doubt of the answer: to ask again, to check, not sure, not yet.
var senderDoubt = setOf("lai", "xem", "de", "se", "chua", "khong", "ko", "k", "nho", "chac", "kiem", "sau", "neu")

func hasAny(fw []string, set map[string]bool) bool {
	for _, w := range fw {
		if set[w] {
			return true
		}
	}
	return false
}
