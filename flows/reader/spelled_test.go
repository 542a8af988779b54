package reader

import (
	"strings"
	"testing"
)

// Rules: figures in words as voice typing and officers say them.
func TestFiguresInWords(t *testing.T) {
	for _, c := range []struct {
		said string
		want float64
		ok   bool
	}{
		{"ba trăm bốn hai", 342, true}, // after trăm, two digits are tens and units
		{"một trăm hai ba", 123, true},
		{"hai nghìn ba trăm bốn hai", 2342, true},
		{"hai mươi nhăm", 25, true},
		{"mười nhăm", 15, true},
		{"ba trăm bốn mươi hai", 342, true},
		{"ba trăm hai", 320, true},       // a lone digit after trăm is its tens
		{"chín ba phẩy một", 93.1, true}, // before phẩy, two digits are the whole part
		{"bốn hai", 42, true},            // alone: 42 said short (offered, never stored)
		{"tám sáu", 86, true},
		{"hai ba", 0, false},             // two or three: a range, never 23
		{"năm sáu", 0, false},            // five or six
		{"tám sáu nghìn", 0, false},      // no short tens before a multiplier
		{"ba trăm bốn hai ba", 0, false}, // three digits after trăm are none
	} {
		typed := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(c.said)) {
			typed[w] = true
		}
		ws := strings.Fields(Fold(c.said))
		v, used, ok := readSpelled(ws, typed)
		if ok && used < len(ws) {
			ok = false // the reader refuses what is left over
		}
		if ok != c.ok || ok && v != c.want {
			t.Errorf("readSpelled(%q) = %v %v, want %v %v", c.said, v, ok, c.want, c.ok)
		}
	}
}
