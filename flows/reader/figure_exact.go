package reader

import "strings"

// Words that say a figure is exact ("tròn 300", "340 chẵn", "đúng 340",
// "chính xác 304") and end-of-answer particles of every region ("luôn",
// "rứa", "đó", "nè", "nghen", "hen", "hỉ", "nờ", "á") add nothing to the figure: a
// careful clerk reads the answer without them. Each is taken only as
// typed with its marks (bare "tron", "dung", "ne" are other words), and
// only when the answer was refused with them, so they never change a
// reading the other rules made.

// exactWords are the words dropped, as typed with their marks.
var exactWords = []string{"tròn", "chẵn", "đúng", "chính", "xác", "luôn", "rứa", "nè", "nghen", "hen", "hỉ", "nờ", "đó", "á", "hà", "nghe", "nhe", "ghê", "hỷ"}

// exactFolds are exactWords folded, computed once.
var exactFolds = func() []string {
	out := make([]string, len(exactWords))
	for i, w := range exactWords {
		out[i] = Fold(w)
	}
	return out
}()

// withoutExactWords is s without those words; ok when any was dropped
// and a figure in digits remains.
func withoutExactWords(s string) (string, bool) {
	ts := Tokenize(s).Tokens
	var kept []string
	dropped, figure := false, false
	for i, t := range ts {
		drop := false
		for k, w := range exactWords {
			if t.Fold == exactFolds[k] && SameWord(t, w) {
				drop = true
				break
			}
		}
		// "chính" and "xác" only together: "chính xác".
		if drop && (SameWord(t, "chính") && (i+1 >= len(ts) || !SameWord(ts[i+1], "xác")) || SameWord(t, "xác") && (i == 0 || !SameWord(ts[i-1], "chính"))) {
			drop = false
		}
		if drop {
			dropped = true
			if strings.ContainsAny(t.Typed, ",;") && len(kept) > 0 {
				kept[len(kept)-1] += ","
			}
			continue
		}
		figure = figure || strings.ContainsFunc(t.Lower, isASCIIDigit)
		kept = append(kept, t.Typed)
	}
	return strings.Join(kept, " "), dropped && figure
}
