package flows

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Retyping an answer the ways phones retype it must never make the reader
// store, or offer, a value the person did not mean. Every answer of the
// project's tables (answers.tsv and the two blind batches) is retyped —
// without diacritics, with Telex or VNI keys left in, in capitals or small
// letters, with a polite lead-in and a trailing "ạ", with a mention of the
// bot, with spaces and an emoji around it — and read again. A retyping may
// be read less well (refused, or asked back) but never as a misread: a value
// stored that no accepted outcome has, stored where the table only allows it
// asked back, or offered when no outcome has it. Free text is left out: it
// is kept as typed, so a retyping is a different text.

// retypings are the ways a phone or a person retypes an answer.
//
// A retyping that loses the marks ("cỡ 30" as "co 30": about 30, or there
// are 30?) may make an answer ambiguous: asking back is then right, so for
// those (lossy) only a stored value is held against the table.
var retypings = []struct {
	name  string
	f     func(string) string
	lossy bool
}{
	{"without diacritics", stripMarks, true},
	{"Telex keys left in", func(s string) string { return encodeWords(s, telexWord) }, false},
	{"VNI keys left in", func(s string) string { return encodeWords(s, vniWord) }, false},
	{"Telex shapes without tones", func(s string) string { return encodeWords(s, telexShapeWord) }, false},
	{"capitals", strings.ToUpper, false},
	{"small letters", strings.ToLower, false},
	{"a polite lead-in and ạ", func(s string) string { return "Dạ " + s + " ạ" }, false},
	{"a report's lead-in", func(s string) string { return "Dạ em xin báo cáo ạ: " + s }, false},
	{"sent to someone", func(s string) string { return "em gửi anh chị: " + s + " nhé" }, false},
	{"a mention of the bot", func(s string) string { return "@baocao_bot " + s }, false},
	{"spaces and an emoji", func(s string) string { return "  " + strings.ReplaceAll(s, " ", "  ") + " 🙏 " }, false},
	{"polite, without diacritics", func(s string) string { return "da " + stripMarks(s) + " a" }, true},
	{"polite, Telex", func(s string) string { return "Dạ " + encodeWords(s, telexWord) + " ạ" }, false},
}

func TestRetypingAnAnswerNeverMakesAMisread(t *testing.T) {
	for _, path := range []string{"testdata/answers.tsv", "testdata/blind-a.tsv", "testdata/blind-b.tsv"} {
		cases := loadTableFile(t, path)
		misreads := 0
		for _, c := range cases {
			if c.question == "text" {
				continue
			}
			for _, r := range retypings {
				rc := c
				rc.typed = r.f(c.typed)
				if rc.typed == c.typed {
					continue
				}
				got := rc.got()
				if blindVerdict(rc, got) != blindMisread || r.lossy && got.kind == '?' {
					continue
				}
				misreads++
				if misreads <= 400 {
					t.Errorf("%s:%d %s, %s: %q → %q: got %s, accepted %v", path, c.line, c.question, r.name, c.typed, rc.typed, got, c.accepted)
				}
			}
		}
		if misreads > 60 {
			t.Errorf("%s: %d misreads in all", path, misreads)
		}
	}
}

// stripMarks takes off every diacritic and makes đ d, keeping case, as
// a phone without a Vietnamese keyboard types.
func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ':
			r = 'd'
		case r == 'Đ':
			r = 'D'
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// encodeWords rewrites each word of s that holds a Vietnamese letter with
// enc, leaving figures and punctuation between words alone.
func encodeWords(s string, enc func(string) string) string {
	var b strings.Builder
	var word []rune
	flush := func() {
		if len(word) > 0 {
			b.WriteString(enc(string(word)))
			word = word[:0]
		}
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			word = append(word, r)
			continue
		}
		flush()
		b.WriteRune(r)
	}
	flush()
	return b.String()
}

// marks splits a word into its base letters (with shape marks as keys) and
// its tone, the way Telex and VNI type them.
type keyed struct {
	shape map[rune]string // ă, â, ê, ô, ơ, ư, đ as keys
	tone  [6]string       // none, sắc, huyền, hỏi, ngã, nặng
}

var (
	telexKeys = keyed{shape: map[rune]string{'ă': "aw", 'â': "aa", 'ê': "ee", 'ô': "oo", 'ơ': "ow", 'ư': "uw", 'đ': "dd"},
		tone: [6]string{"", "s", "f", "r", "x", "j"}}
	vniKeys = keyed{shape: map[rune]string{'ă': "a8", 'â': "a6", 'ê': "e6", 'ô': "o6", 'ơ': "o7", 'ư': "u7", 'đ': "d9"},
		tone: [6]string{"", "1", "2", "3", "4", "5"}}
)

func telexWord(w string) string      { return keyWord(w, telexKeys, true) }
func vniWord(w string) string        { return keyWord(w, vniKeys, true) }
func telexShapeWord(w string) string { return keyWord(w, telexKeys, false) }

// keyWord types w with the keys of k: shapes in place, the tone key at the
// end of the word (where most people press it). Case is kept.
func keyWord(w string, k keyed, withTone bool) string {
	var b strings.Builder
	tone := 0
	for _, r := range norm.NFD.String(w) {
		switch r {
		case '\u0301':
			tone = 1
			continue
		case '\u0300':
			tone = 2
			continue
		case '\u0309':
			tone = 3
			continue
		case '\u0303':
			tone = 4
			continue
		case '\u0323':
			tone = 5
			continue
		}
		b.WriteRune(r)
	}
	base := norm.NFC.String(b.String())
	b.Reset()
	for _, r := range base {
		lower := unicode.ToLower(r)
		if keys, ok := k.shape[lower]; ok {
			if r != lower {
				keys = strings.ToUpper(keys[:1]) + keys[1:]
			}
			b.WriteString(keys)
			continue
		}
		b.WriteRune(r)
	}
	if withTone {
		b.WriteString(k.tone[tone])
	}
	return b.String()
}

func TestTheRetypingsTypeAsPhonesDo(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{stripMarks("Đã thực hiện"), "Da thuc hien"},
		{encodeWords("Đã thực hiện", telexWord), "Ddax thuwcj hieenj"},
		{encodeWords("không có", vniWord), "kho6ng co1"},
		{encodeWords("32.657 hộ", telexWord), "32.657 hooj"},
		{encodeWords("chưa", telexShapeWord), "chuwa"},
	} {
		if c.in != c.want {
			t.Errorf("got %q, want %q", c.in, c.want)
		}
	}
	_ = fmt.Sprint
}
