// Package reader reads an answer typed on a phone, the Vietnamese way,
// without a conversation: a text is normalised once into tokens that keep
// the typed and the folded form (text.go), what chats add around an answer
// is taken off (chat.go), and rules a clerk would state say what a figure,
// a yes or a no, a date is not (kinds.go, yesno.go, dates.go, spelled.go).
// Package flows asks the questions and keeps the answers; this package only
// reads.
package reader

// Text arrives from phones in many shapes that look identical on screen:
// iOS and macOS keyboards send Vietnamese decomposed (NFD: "o" + U+0302 +
// U+0301 for "ố") while Android and Windows send it composed (NFC); copied
// text carries no-break spaces and zero-width joiners; some keyboards offer
// full-width digits. Normalize makes these one string so that what looks
// equal compares equal; Fold goes further for matching words, so that an
// officer typing without a Vietnamese input method ("xa thanh tam") still
// matches "Xã Thành Tâm".

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Normalize returns s in NFC with zero-width, direction and formatting
// marks removed, every run of whitespace (tabs, newlines, no-break spaces)
// and every control character made one space, and no space at either end.
//
// Invisible marks are removed, so that "3\u200b00" pasted from a web page
// is the 300 it looks like. A control character (a NUL, an escape) is not
// invisible text but a break from a broken keyboard or file: it separates,
// so "1\x002" is "1 2", never 12.
func Normalize(s string) string {
	if normalASCII(s) || isNormal(s) {
		return s // already what Normalize makes: most answers, no copy
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(dropInvisible, s)
	s = norm.NFC.String(s)
	return strings.Join(strings.Fields(s), " ")
}

// dropInvisible removes characters that take no room on screen: zero-width
// spaces and joiners, byte-order marks, the direction marks and embeddings
// that Excel, Word and right-to-left keyboards paste (U+200E/F, U+202A–E,
// U+2066–9, U+061C), soft hyphens and the other format characters (Cf).
// Control characters other than whitespace become a space.
func dropInvisible(r rune) rune {
	switch {
	case r == '\u200B', r == '\u200C', r == '\u200D', r == '\u2060', r == '\uFEFF',
		r == '\u200E', r == '\u200F', r == '\u00AD', r == '\u061C',
		r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
		return -1
	case unicode.IsControl(r) && !unicode.IsSpace(r):
		return ' '
	case unicode.Is(unicode.Cf, r):
		return -1
	}
	return r
}

// Fold returns Normalize(s) lowercased and without diacritics, with đ as d:
// "Đồng Ý" and "dong y" fold to the same "dong y". Use it to match words,
// never to store what a person typed.
func Fold(s string) string {
	s = strings.ToLower(Normalize(s))
	if IsASCII(s) {
		return s // no marks to drop, nothing to compose: what most answers are
	}
	if f, ok := foldLetters(s); ok {
		return f
	}
	s = norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ':
			r = 'd'
		}
		b.WriteRune(r)
	}
	// A mark typed alone, after a space, leaves that space at an end.
	return strings.Join(strings.Fields(norm.NFC.String(b.String())), " ")
}

// normalASCII reports whether s is printable ASCII with single spaces
// between words and none at either end: Normalize would return it as is.
func normalASCII(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || c == ' ' && s[i+1] == ' ' {
			return false
		}
	}
	return true
}

// isNormal reports whether s is valid UTF-8 in NFC with nothing for
// Normalize to drop or join: the readers normalise a text many times, and
// after the first it is this check alone, with no copy.
func isNormal(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || !utf8.ValidString(s) {
		return s == ""
	}
	prevSpace, composed := false, true
	for _, r := range s {
		space := r == ' '
		switch {
		case space && prevSpace:
			return false
		case r < ' ' || r >= 0x7f && (unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || dropInvisible(r) != r):
			return false
		}
		prevSpace = space
		composed = composed && stableNFC(r)
	}
	return composed || norm.NFC.IsNormalString(s)
}

// stableNFC reports a rune that NFC leaves as it is whatever surrounds it:
// Latin letters up to U+02FF, the precomposed Vietnamese letters
// (U+1E00–U+1EFF), dashes, quotes and the ellipsis. Vietnamese typed on an
// Android phone is only these; a combining mark (iOS) is not.
func stableNFC(r rune) bool {
	return r < 0x300 || r >= 0x1E00 && r <= 0x1EFF || r >= 0x2010 && r <= 0x2027
}

// IsASCII reports whether s holds only ASCII bytes.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// FoldNumber folds s and makes full-width digits and signs ("３２，５％")
// and the typographic minus and dashes plain ASCII, for reading numbers.
// foldLetters folds s, lowercased and normal, letter by letter from a
// table, when every letter is ASCII or a precomposed letter that folds to
// one ASCII letter (all of Vietnamese typed on Android): the same result as
// decomposing, dropping the marks and composing again, without doing it.
func foldLetters(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			b = append(b, byte(r))
		case r < 0x1F00:
			c := foldTable[r]
			if c == 0 {
				return "", false
			}
			b = append(b, c)
		default:
			if !stableNFC(r) {
				return "", false
			}
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b), true
}

// foldTable maps each lowercase precomposed letter below U+1F00 whose
// decomposition is one ASCII letter and marks to that letter; đ to d.
var foldTable = func() map[rune]byte {
	m := map[rune]byte{'đ': 'd'}
	for r := rune(0xC0); r < 0x1F00; r++ {
		if r >= 0x250 && r < 0x1E00 || unicode.ToLower(r) != r {
			continue
		}
		var base []rune
		for _, d := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, d) {
				base = append(base, d)
			}
		}
		if len(base) == 1 && base[0] < 0x80 && base[0] != r {
			m[r] = byte(base[0])
		}
	}
	return m
}()

func FoldNumber(s string) string {
	s = width.Narrow.String(Fold(s))
	return strings.Map(func(r rune) rune {
		switch r {
		case '−', '–', '—', '‐', '‑':
			return '-'
		}
		return r
	}, s)
}

// Shorten cuts s to at most n runes, ending with "…" when cut, so that a
// pasted paragraph does not fill a whole problem message.
func Shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// Words splits a folded string on anything that is not a letter or digit.
func Words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Telex and VNI are the two ways Vietnamese is typed on a keyboard without
// its letters: "khoongf" is Telex for "không", "kho6ng" is VNI. When the
// input method is off, or the phone's autocorrect half-applied it, the keys
// stay in the text. Skeleton reduces a folded word to a skeleton in which
// these leftovers are gone, so that "khoongf", "kho6ng" and "khong" compare
// equal. It is applied to both sides of a comparison, never shown.
func Skeleton(w string) string {
	if plainWord(w) {
		return w
	}
	var out []rune
	seenVowel := false
	for _, r := range w {
		switch {
		case r >= '1' && r <= '9' && len(out) > 0 && unicode.IsLetter(out[len(out)-1]):
			continue // VNI tone or shape key after a letter
		case strings.ContainsRune("^(+'`~?.", r) && len(out) > 0 && unicode.IsLetter(out[len(out)-1]):
			continue // VIQR: ho^. is hộ, ngu+o+`i is người
		case r == 'w':
			continue // Telex horn/breve: uw → ư, ow → ơ, aw → ă
		case seenVowel && strings.ContainsRune("sfrxj", r):
			continue // Telex tone key, typed after the vowel it marks
		case len(out) > 0 && out[len(out)-1] == r && strings.ContainsRune("aeod", r):
			continue // Telex doubled letter: aa → â, ee → ê, oo → ô, dd → đ
		}
		if strings.ContainsRune("aeiouy", r) {
			seenVowel = true
		}
		out = append(out, r)
	}
	return string(out)
}

// plainWord reports whether Skeleton would leave w as it is: letters a to
// z only, with no Telex key (w, a tone key after a vowel, a doubled aeod).
func plainWord(w string) bool {
	seenVowel := false
	var last byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c < 'a' || c > 'z' || c == 'w':
			return false
		case seenVowel && strings.IndexByte("sfrxj", c) >= 0:
			return false
		case c == last && strings.IndexByte("aeod", c) >= 0:
			return false
		}
		if strings.IndexByte("aeiouy", c) >= 0 {
			seenVowel = true
		}
		last = c
	}
	return true
}
