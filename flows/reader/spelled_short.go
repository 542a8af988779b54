package reader

import (
	"strconv"
	"strings"
)

// Round figures said short, as voice typing writes them: "chục rưỡi"
// (fifteen: a ten and a half), "hai trăm rưỡi" (250), "nghìn rưỡi"
// (1.500), "một phẩy hai nghìn" (1,2 thousand: 1.200). A clerk works
// them out, and reads the figure back before writing it: each is
// written in digits ("15", "1,2 nghìn") and read again, and offered,
// never stored.

// halfScales are the places "rưỡi" halves.
var halfScales = map[string]int64{"chục": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000}

// saidShort is s with a round figure said short written in digits; ok
// is false when s has none.
func saidShort(s string) (string, bool) {
	ts := Tokenize(s).Tokens
	for i, t := range ts {
		if t.Lower == "rưỡi" && i > 0 {
			scale, ok := halfScales[ts[i-1].Lower]
			if !ok {
				continue
			}
			m, from := int64(1), i-1
			if i >= 2 {
				if d, ok := idiomDigit[ts[i-2].Lower]; ok && d < 10 && ts[i-2].Lower != "dăm" {
					m, from = int64(d), i-2
				}
			}
			fig := strconv.FormatInt(m*scale+scale/2, 10)
			return joinAround(ts, from, i+1, fig), true
		}
		if t.Lower == "phẩy" && i > 0 && i+2 < len(ts) {
			a, okA := idiomDigit[ts[i-1].Lower]
			b, okB := idiomDigit[ts[i+1].Lower]
			if okA && okB && a < 10 && b < 10 && halfScales[ts[i+2].Lower] >= 1000 && (i < 2 || !properNumberWords[ts[i-2].Lower]) {
				fig := strconv.Itoa(a) + "," + strconv.Itoa(b) + " " + ts[i+2].Lower
				return joinAround(ts, i-1, i+3, fig), true
			}
		}
	}
	return "", false
}

// joinAround is ts with ts[from:to] replaced by fig.
func joinAround(ts []Token, from, to int, fig string) string {
	parts := []string{}
	if from > 0 {
		parts = append(parts, Join(ts[:from]))
	}
	parts = append(parts, fig)
	if to < len(ts) {
		parts = append(parts, Join(ts[to:]))
	}
	return strings.Join(parts, " ")
}
