package reader

import "strings"

// Rules a clerk states about the shortest replies to a yes/no question,
// each with its table test (yesno_plain_test.go):
//
//  1. "Dạ", "vâng", "ừ" alone say that the message was heard, not what the
//     answer is: a chat says "dạ" to a question before it answers it, and
//     sends it alone when Enter comes too early. At a question such a reply
//     is a yes to confirm, never stored. To the bot's own "Ghi có?" it is
//     the agreement asked for (ReadYesNo), and stays a yes.
//  2. One letter is a clear answer only when chats use it for one word:
//     "k" is không in every Vietnamese chat, "r" is rồi, "y" and "n" are
//     the yes and no of forms. "c" may be có or chưa (the two opposite
//     answers to "đã … chưa?"), "u" is the "ừ" of rule 1: confirmed.
//     "có", "không", "co", "ko", "chưa" are the words themselves: stored.
//  3. A yes or a no typed with marks that make another word ("cơ", "cò",
//     "cô" for có; "chứa" for chưa; "khống" for không; "dùng" for đúng)
//     is a slip of the keys, confirmed. Typed without marks ("co", "chua"),
//     with the word's own ("cos", "chuwa", "roif"), or with marks that make
//     no word ("khoongf"), it is the word.
//  4. An "ok" or a "được" alone ("ok", "oke", "oki nhé", "okê", "đc", "được
//     ạ") agrees or says the message was received as much as it answers;
//     so does a mark alone ("✅", "☑️", "✔️"; "❌", "✖️" for no), and "cs",
//     a chat's "có" that two readers out of two took for something else.
//     At a question each is offered, never stored ("Ghi có?"); to the bot's
//     own "Ghi có?" it is the agreement asked for. With the word itself
//     ("ok có", "✅ có", "❌ không") the answer is plain.
//  5. A clause made of the question's own words ("kết nối với huyện",
//     "mới kết nối huyện", "đã kết nối với huyện rồi") says that much was
//     done; beside a clause that says no ("chưa với tỉnh"), the reply is
//     a part done and a part not: neither yes nor no, asked again.

// ackWords say "I hear you", folded, without Telex leftovers.
var ackWords = setOf("da", "vang", "u", "uh", "uhm", "um", "ukm", "uk", "ukie")

// unclearLetters are single letters that stand for more than one word.
var unclearLetters = setOf("c")

// okayWords agree or acknowledge, folded, without Telex leftovers (rule
// 4): every spelling chats give "ok", and "được" with its short forms.
// A letter held ("okeee", "okiii") is the same word.
var okayWords = setOf("ok", "oke", "okie", "oki", "okay", "okey", "oka", "okela", "oce", "okla", "okj", "okê",
	"duoc", "dc", "dk", "duoc a")

// unclearShort are chat shorthands of more than one letter that readers
// take for different words: "cs" (rule 4).
var unclearShort = setOf("cs")

// tickMarks are the marks of done or agreed (rule 4); the thumbs and the
// "👌" of ackEmoji are read with the other emoji.
const tickMarks = "✅✔✓☑"

// bareReply is the reason to confirm a reply made only of acknowledgement
// and politeness (rule 1) or of a letter that stands for several words
// (rule 2), or "" when the reply says more. Asked back ("dạ?") or with a
// greeting ("Dạ em chào anh"), such a reply is no answer: the problem's key.
func bareReply(s string) string {
	ack, letter, greet, okay, short, tick, notAck := false, false, false, false, false, false, false
	// "vâng 👍": the thumb acknowledges too; "✅", "dạ ✅": a tick alone.
	noThumb := strings.Map(func(r rune) rune {
		if strings.ContainsRune(tickMarks, r) {
			tick = true
			return ' '
		}
		if strings.ContainsRune(ackEmoji, r) {
			return ' '
		}
		return r
	}, Normalize(s))
	for _, t := range Tokenize(strings.Map(decoration, yesNoEmoji.Replace(noThumb))).Tokens {
		w := strings.Trim(t.Skel, edgePunct)
		switch {
		case w == "":
		case ackSoundOf(t, w):
			ack = true // "ừ", "ừa", "ờ" (yesno_ack.go)
		case ackWords[w] || ackWords[collapse(w)]:
			if _, known := ackSound(t, w); known {
				notAck = true // "ứ", "ủa": not an acknowledgement (yesno_ack.go)
				continue
			}
			ack = true // "vângg", "dạaa" too
		case w == "chao" || w == "kinh":
			greet = true
		case unclearLetters[w]:
			letter = true
		case okayWords[w] || okayWords[collapse(w)] || t.Lower == "okê":
			okay = true // "ok", "okeee", "đc" (rule 4)
		case unclearShort[t.Lower]:
			short = true // "cs" typed so; "cós" is có with its Telex key
		case leadPolite[w] || tailPolite[w] || politeWords[w]:
		default:
			return ""
		}
	}
	if notAck {
		return "answer.not_yes_no" // "ứ", "ủa" alone: no yes (yesno_ack.go)
	}
	some := ack || letter || okay || short || tick
	switch {
	case greet:
		if some {
			return "answer.not_yes_no" // "Dạ em chào anh": a greeting
		}
	case strings.Contains(s, "?"):
		if some {
			return "answer.not_yes_no" // "dạ?": asked back, not answered
		}
	case letter:
		return "reading.one_letter"
	case ack:
		return "reading.yes_ack"
	case okay:
		return "reading.yes_okay"
	case short:
		return "reading.yes_short"
	case tick:
		return "reading.mark_only"
	}
	return ""
}

// slipWords are the words a yes or a no becomes with one mark wrong: "cơ",
// "cò", "cô" for có; "chứa", "chùa" for chưa; "khống" for không; "rơi",
// "rối" for rồi (rule 3). Marks that make no word ("khồng", typed
// "khoongf") are a key pressed twice: the word still.
var slipWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("cô cơ cò cỏ cọ cố cổ cỗ cộ cớ cờ cỡ cợ chứa chừa chửa chựa chùa chúa chữa khống khổng khồng khỗng khộng rơi rối rời rọi rởi dùng dụng đựng dũng đụng đùng") {
		f, _ := Marked(w)
		m[f] = true
	}
	return m
}()

// slipped reports whether the answer's first word is a yes or a no typed
// with marks that make another word (rule 3).
func slipped(ts []Token) bool {
	for len(ts) > 0 && strings.Trim(ts[0].Skel, edgePunct) == "" {
		ts = ts[1:]
	}
	if len(ts) == 0 {
		return false
	}
	if len(ts) > 1 && ts[1].Skel == "oi" {
		return false // "Cô ơi, có ạ": a person called, not a word slipped
	}
	switch ts[0].Skel {
	case "co", "chua", "khong", "roi", "dung":
		f, ok := Marked(ts[0].Lower)
		if ts[0].Skel == "khong" && IsASCII(ts[0].Lower) {
			return false // "khoongf": the keys of "không" with one too many, as round nine reads it
		}
		return ok && slipWords[f]
	}
	return false
}

// partLead and partTail may stand around the question's words in a clause
// that says a part was done (rule 5): "mới", "chỉ", "đã"; "rồi", "thôi".
var (
	partLead = setOf("moi", "chi", "da", "xa", "cung", "van", "thi")
	partTail = setOf("roi", "thoi", "xong", "duoc", "thi")
)

// partDone reports a clause, folded, of the question's own words with
// only partLead and partTail around them (rule 5): at least two of the
// question's words, none other.
func partDone(clause string, echo *lazyWords) bool {
	if echo == nil {
		return false
	}
	n := 0
	for _, w := range strings.Fields(strings.Trim(clause, " .!?…")) {
		w = untelex(strings.Trim(w, ".!?…:'`^~"))
		switch {
		case w == "" || politeWords[w] || partLead[w] || partTail[w]:
		case echo.has(w):
			n++
		default:
			return false
		}
	}
	return n >= 2
}
