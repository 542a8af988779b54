package reader

import "strings"

// A figure said twice (said_twice_test.go). Rules a clerk states:
//
//   - The same figure sent twice with a break between them (a line, a
//     word: "14 nhé, 14", "4518 hộ, 4518 hộ", "6 CLB. Dạ 6 ạ") is that
//     figure, written down: saying it again only insists. Side by side
//     with only a space or a comma ("115 115", "115, 115") it may be one
//     figure grouped, and is asked (the number reader's Repeated).
//   - The same figure said once in words and once in digits, or twice in
//     words, in two clauses ("mười bảy đơn vị, 17", "năm giải ạ, năm") is
//     that figure: each says it alone, and the two agree. When one of the
//     two would only be offered alone ("năm" may be "year"), the other
//     settles it. Two clauses that differ are two figures: refused.

// brokenRepeat reports whether the copy of a figure at j is set apart
// from the one at i by a word ("14 nhé, 14"): "115, 115" with only a
// comma may be one figure grouped the English way, and is asked.
func (s *sentence) brokenRepeat(i, j int) bool {
	return j > i+1
}

// readSaidTwice reads s as two clauses, each the same figure read alone
// at q ("mười bảy đơn vị, 17"). ok is false when s is not two such
// clauses.
func readSaidTwice(q *Question, s string) (float64, *Unsure, bool) {
	if strings.Count(s, " ") > 12 || !strings.ContainsAny(s, ",;.\n") {
		return 0, nil, false // the cheap path: a sentence, or one clause
	}
	parts := clauses(s)
	if len(parts) != 2 {
		return 0, nil, false
	}
	for _, part := range parts {
		if strings.Count(part, " ") > 5 || figureRuns(part) > 1 {
			return 0, nil, false // a clause of a sentence, or two figures
		}
	}
	if a, b := figureText(strings.TrimLeft(parts[0], "+ ")), figureText(strings.TrimLeft(parts[1], "+ ")); a != "" && b != "" && a != b {
		return 0, nil, false // two figures that differ
	}
	var vals [2]float64
	sure := false
	for k, part := range parts {
		part = strings.TrimSpace(part)
		if part == "" || !strings.ContainsFunc(part, isASCIIDigit) && !saysFigure(part) {
			return 0, nil, false
		}
		f, u, p := readNumberAnswer(q, part)
		if p != nil {
			return 0, nil, false
		}
		vals[k] = f
		sure = sure || u == nil
	}
	if vals[0] != vals[1] || !sure {
		return 0, nil, false
	}
	return vals[0], nil, true
}

// clauses cuts s at a line break, and at a comma, semicolon or stop that
// a space follows: "2,5" and "2.345" stay whole.
func clauses(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		cut := c == '\n' || (c == ',' || c == ';' || c == '.') && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n')
		if !cut {
			continue
		}
		if p := strings.TrimSpace(s[start:i]); p != "" {
			out = append(out, p)
		}
		start = i + 1
	}
	if p := strings.TrimSpace(s[start:]); p != "" {
		out = append(out, p)
	}
	return out
}
