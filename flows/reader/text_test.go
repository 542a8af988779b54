package reader

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The fast paths of Normalize return a text unchanged only when the full
// normalisation would.
func TestNormalizeFastPathsAgreeWithTheFullOne(t *testing.T) {
	full := func(s string) string {
		s = strings.ToValidUTF8(s, "\uFFFD")
		s = strings.Map(dropInvisible, s)
		return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
	}
	for _, s := range []string{"2.345 hộ", "Xã Thành Tâm", "Xa\u0303 Tha\u0300nh", " 32\u00a0657 ", "a  b", "3\u200b00",
		"1\x002", "Đồng ý", "“2.345”", "\u212b", "\u2000x", "e\u0301", "ả\u0301", "", "\xff", "x\u0340", "Ω\u2126"} {
		if got, want := Normalize(s), full(s); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestTokensKeepTheTypedAndTheFoldedForm(t *testing.T) {
	ts := Tokenize("  Tầm  TÁM trăm, hooj ").Tokens
	want := []Token{
		{Typed: "Tầm", Lower: "tầm", Fold: "tam", Skel: "tam"},
		{Typed: "TÁM", Lower: "tám", Fold: "tam", Skel: "tam"},
		{Typed: "trăm,", Lower: "trăm", Fold: "tram", Skel: "tram"},
		{Typed: "hooj", Lower: "hooj", Fold: "hooj", Skel: "ho"},
	}
	if len(ts) != len(want) {
		t.Fatalf("Tokenize: %d tokens %+v, want %d", len(ts), ts, len(want))
	}
	for i := range want {
		if ts[i] != want[i] {
			t.Errorf("token %d = %+v, want %+v", i, ts[i], want[i])
		}
	}
}

// Folding letter by letter gives what decomposing and composing gives.
func TestFoldByTableAgreesWithDecomposing(t *testing.T) {
	slow := func(s string) string {
		var b strings.Builder
		for _, r := range norm.NFD.String(strings.ToLower(Normalize(s))) {
			switch {
			case unicode.Is(unicode.Mn, r):
				continue
			case r == 'đ':
				r = 'd'
			}
			b.WriteRune(r)
		}
		return strings.Join(strings.Fields(norm.NFC.String(b.String())), " ")
	}
	for _, s := range []string{"Xã Thành Tâm", "ĐỒNG Ý", "Tổng số hộ: 2.345", "“có” ạ…", "Quyết định số 12/QĐ-UBND",
		"ø æ ß", "Ḁ ḁ ẞ", "hộ – 3", "Ω ǅ"} {
		if got, want := Fold(s), slow(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0xC0); r < 0x1F00; r++ {
		s := string(r)
		if got, want := Fold(s), slow(s); got != want {
			t.Errorf("Fold(%q U+%04X) = %q, want %q", s, r, got, want)
		}
	}
}
