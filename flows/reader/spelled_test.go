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
		{"hăm lăm", 25, true},            // hăm is hai mươi, băm ba mươi, said as one word
		{"hăm mốt", 21, true},
		{"hăm", 20, true},
		{"băm hai", 32, true},
		{"ba trăm băm tư", 334, true},
		{"ham lam", 25, true},  // typed bare, told by the digit said after tens
		{"bam nham", 0, false}, // "bấm nhầm", not 35
		{"hai hăm", 0, false},
		{"trăm ba lăm", 135, true}, // the "một" before trăm or ngàn left unsaid
		{"trăm lẻ tám", 108, true},
		{"trăm rưỡi", 150, true},
		{"ngàn tư", 1400, true},
		{"nghìn hai trăm", 1200, true},
		{"ngàn", 0, false}, // a multiplier alone is no figure
		{"trăm", 0, false},
		{"k hai", 0, false},
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
