package reader

import "strings"

// Regional forms of the few words the figure readers key on, put back to
// the common word before reading, each only where it cannot be anything
// else:
//   - "nà" right before a figure is "là" (l and n swap in Nghệ An, Hà
//     Tĩnh and rural northern speech): "tổng số hộ nà 3.812 hộ", "đúng nà
//     1.254", "ý em nà 13";
//   - "ủa" between two figures is "à" (the South's "oops"): "18 ủa 19";
//   - "ờ mà" after a figure is "à mà": "38, ờ mà 36 chớ";
//   - "chớ" after a figure or its unit is "chứ" (the South): "36 chớ".
// A clerk from another region reads them so without a second thought.

// standardForms returns s with those forms put back, and whether any was.
func standardForms(s string) (string, bool) {
	if !strings.Contains(s, "à") && !strings.Contains(s, "À") && !strings.Contains(s, "ủa") && !strings.Contains(s, "Ủa") &&
		!strings.Contains(s, "ờ") && !strings.Contains(s, "Ờ") && !strings.Contains(s, "chớ") {
		return s, false // the cheap check first, without allocating
	}
	ws := strings.Fields(s)
	figureAt := func(i int) bool {
		return i >= 0 && i < len(ws) && startsWithDigit(strings.TrimLeft(ws[i], "\"'“(")) // a figure
	}
	changed := false
	for i, w := range ws {
		l := strings.ToLower(strings.Trim(w, edgePunct))
		// punctuation kept as typed around the word
		put := func(word string) {
			k := strings.Index(strings.ToLower(w), l)
			ws[i] = w[:k] + word + w[k+len(l):]
			changed = true
		}
		switch {
		case l == "nà" && figureAt(i+1):
			put("là")
		case l == "ủa" && i > 0 && strings.ContainsFunc(ws[i-1], isASCIIDigit) && figureAt(i+1):
			put("à")
		case l == "ờ" && i > 0 && strings.ContainsFunc(ws[i-1], isASCIIDigit) && i+1 < len(ws) && strings.ToLower(strings.Trim(ws[i+1], edgePunct)) == "mà":
			put("à")
		case l == "chớ" && i > 0 && (strings.ContainsFunc(ws[i-1], isASCIIDigit) || i > 1 && strings.ContainsFunc(ws[i-2], isASCIIDigit)):
			put("chứ")
		}
	}
	if !changed {
		return s, false
	}
	return strings.Join(ws, " "), true
}
