package reader

import (
	"strings"
	"unicode"
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
