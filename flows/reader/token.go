package reader

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Token is one word of an answer in every form a rule needs, computed
// once: what was typed (for "tám" apart from "tầm", "trăm" apart from
// "trạm"), lowercased, folded ("tam") and as a Telex/VNI skeleton.
type Token struct {
	Typed string // as typed, normalised, punctuation at its ends kept
	Lower string // lowercased, punctuation at its ends off
	Fold  string // Lower without diacritics, đ as d
	Skel  string // Fold without Telex/VNI leftovers (Skeleton)
}

// Text is an answer normalised once and cut into tokens.
type Text struct {
	Norm   string // Normalize(raw)
	Tokens []Token
}

// edgePunct is taken off a word's ends for its lowered and folded forms.
const edgePunct = ".,;:!?…\"“”'‘’()[]{}*_"

// Tokenize normalises s once and cuts it at spaces.
func Tokenize(s string) Text {
	n := Normalize(s)
	t := Text{Norm: n}
	if n == "" {
		return t
	}
	fields := strings.Fields(n)
	t.Tokens = make([]Token, len(fields))
	for i, f := range fields {
		t.Tokens[i] = MakeToken(f)
	}
	return t
}

// MakeToken makes the forms of one word.
func MakeToken(w string) Token {
	low := strings.Trim(strings.ToLower(w), edgePunct)
	fold := low
	if !IsASCII(low) {
		fold = Fold(low)
	}
	return Token{Typed: w, Lower: low, Fold: fold, Skel: Skeleton(fold)}
}

// Folds are the folded forms of ts.
func Folds(ts []Token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Fold
	}
	return out
}

// Join is the typed forms of ts joined by spaces.
func Join(ts []Token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Typed)
	}
	return b.String()
}

// IsFigure reports whether a folded word is digits with marks between
// them ("32.657", "93,1", "2345"), nothing else.
func IsFigure(w string) bool {
	if w == "" || !isDigit(rune(w[0])) || !isDigit(rune(w[len(w)-1])) {
		return false
	}
	for _, r := range w {
		if !isDigit(r) && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// HasLetter reports whether w holds a letter.
func HasLetter(w string) bool { return strings.IndexFunc(w, unicode.IsLetter) >= 0 }

// Marked is a lowercase word as Vietnamese writes it, whatever keyboard
// typed it: its letters with their shapes (â, ă, ê, ô, ơ, ư, đ) and its
// tone apart, "cơ~" for "cỡ" typed with marks, in Telex ("cowx") or in VNI
// ("co74"). Where a skeleton says only which letters a word has, this says
// which word it is: "có" (there are) and "cỡ" (about) share a skeleton but
// not a marked form. ok is false when the keys do not make one syllable
// (two tones, "hooj3"; a digit after a marked letter, "hộ3").
func Marked(w string) (form string, ok bool) {
	if w == "" {
		return "", false
	}
	if !IsASCII(w) {
		return markedTyped(w)
	}
	return markedKeys(w)
}

// toneSigns are the five tones as Marked writes them after the letters.
const toneSigns = " /\\?~."

// markedTyped splits a word typed with its marks into letters and tone.
func markedTyped(w string) (string, bool) {
	tone := 0
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		switch r {
		case '\u0301':
			tone = 1
		case '\u0300':
			tone = 2
		case '\u0309':
			tone = 3
		case '\u0303':
			tone = 4
		case '\u0323':
			tone = 5
		default:
			if isDigit(r) {
				return "", false // "hộ3": a digit no keyboard leaves on a marked word
			}
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String()) + toneSigns[tone:tone+1], true
}

// markedKeys reads the Telex and VNI keys of a word typed without marks:
// "dd"/"d9" đ, "aa"/"a6" â, "aw"/"a8" ă, "ee"/"e6" ê, "oo"/"o6" ô,
// "ow"/"o7" ơ, "uw"/"u7" ư, and a tone key after the vowel (s f r x j, or
// 1 to 5).
func markedKeys(w string) (string, bool) {
	out := make([]rune, 0, len(w))
	tone, tones, vowel := 0, 0, false
	lastVowel := func(set string) int {
		for i := len(out) - 1; i >= 0; i-- {
			if strings.ContainsRune(set, out[i]) {
				return i
			}
		}
		return -1
	}
	shape := func(set string, to map[rune]rune) bool {
		i := lastVowel(set)
		if i < 0 {
			return false
		}
		out[i] = to[out[i]]
		if out[i] == 'ơ' && i > 0 && out[i-1] == 'u' {
			out[i-1] = 'ư' // "uow", "u7o7": ươ
		}
		return true
	}
	hat := map[rune]rune{'a': 'â', 'e': 'ê', 'o': 'ô'}
	horn := map[rune]rune{'o': 'ơ', 'u': 'ư', 'a': 'ă'}
	for i := 0; i < len(w); i++ {
		c := rune(w[i])
		switch {
		case c >= '1' && c <= '5' && i > 0 && vowel:
			tone, tones = int(c-'0'), tones+1
			continue
		case c == '6' && i > 0 && shape("aeo", hat),
			c == '7' && i > 0 && shape("ou", horn),
			c == '8' && i > 0 && shape("a", horn):
			continue
		case c == '9' && i > 0 && lastVowel("d") >= 0:
			out[lastVowel("d")] = 'đ'
			continue
		case c == 'w' && shape("oua", horn):
			continue
		case vowel && strings.ContainsRune("sfrxj", c):
			tone, tones = strings.IndexRune(" sfrxj", c), tones+1
			continue
		case len(out) > 0 && out[len(out)-1] == c && hat[c] != 0:
			out[len(out)-1] = hat[c]
			continue
		case len(out) > 0 && out[len(out)-1] == 'd' && c == 'd':
			out[len(out)-1] = 'đ'
			continue
		case !(c >= 'a' && c <= 'z'):
			return "", false
		}
		if strings.ContainsRune("aeiouy", c) {
			vowel = true
		}
		out = append(out, c)
	}
	if tones > 1 {
		return "", false
	}
	return string(out) + toneSigns[tone:tone+1], true
}

// SameWord reports whether the token t is the word form, typed with its
// marks, whatever keyboard typed t.
func SameWord(t Token, form string) bool {
	if t.Lower == form {
		return true
	}
	a, ok := Marked(t.Lower)
	b, _ := Marked(form)
	return ok && a == b
}
