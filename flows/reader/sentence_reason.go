package reader

import "strings"

// A reason after the figure (sentence_reason_test.go). Rule a clerk
// states: "28 thôn vì có thêm 1 TDP mới", "27 thôn, à không 28 vì có thêm
// 1 TDP mới", "4.520 hộ do tách hộ nhiều": what comes after "vì", "bởi
// (vì)", "tại vì" or "do" explains the figure before it; the figure is
// read without it, and offered. A reason that says the figure is unsure
// or leaves something out ("vì chưa cộng thôn 5", "vì chưa chắc") is no
// explanation but a doubt, and the answer stays refused.

// reasonWords, lowercased as typed, open a reason.
var reasonWords = setOf("vì", "bởi", "do")

// cutReason returns the part of s before a reason, when a figure stands
// before it (with its unit, for "do", which also folds from "độ", "đó").
func cutReason(s string) (string, bool) {
	if !strings.Contains(s, "vì") && !strings.Contains(s, "bởi") && !strings.Contains(s, "do ") {
		return "", false // the cheap path: no reason given
	}
	ts := Tokenize(s).Tokens
	for k := 1; k+1 < len(ts); k++ {
		w := ts[k].Lower
		if !reasonWords[w] || !strings.ContainsFunc(Join(ts[:k]), isDigit) {
			continue
		}
		if w == "do" && (startsWithDigit(ts[k-1].Lower) || ts[k].Typed != "do") {
			continue // "12,5 độ" typed bare; "do" right after the figure
		}
		reason := ts[k+1:]
		if hedged(reason) || Approximate(reason) {
			return "", false
		}
		for _, t := range reason {
			if noneLeads[t.Skel] || t.Skel == "thieu" || t.Skel == "tru" || t.Skel == "ngoai" || t.Skel == "rieng" {
				return "", false // "vì chưa cộng thôn 5": the figure leaves a part out
			}
		}
		head := strings.TrimRight(Join(ts[:k]), ",;: ")
		if ts[k-1].Lower == "tại" || ts[k-1].Lower == "là" {
			head = strings.TrimRight(Join(ts[:k-1]), ",;: ") // "tại vì", "là do"
		}
		return head, head != ""
	}
	return "", false
}
