package reader

import "strings"

// Round fourteen, figures: safety rules a clerk would state before any
// figure is written down.
//   - A figure the person takes back in the same message is no answer:
//     "38 à mà thôi để em đếm lại", "45, thôi để em xem lại đã", "12 nhưng
//     để em kiểm tra lại rồi báo sau". "để" (let me) with a verb of
//     checking and "lại", or a promise to send it later ("báo sau", "gửi
//     sau", "bổ sung sau"), is refused: nothing is stored or offered.
//   - An identifier is never a count: a figure named by "mã", "mã số",
//     "mã đơn vị", "mã ĐVHC", "số hiệu", "mã định danh", "MST", "số
//     CCCD/CMND", "số tài khoản", "số văn bản" before it is refused as a
//     code ("Mã đơn vị hành chính xã: 25432").
//   - A duration in words is no count: "một năm" is a year, never 15
//     ("tháng", "tuần", "ngày" were refused already). "mười năm", "hai
//     mươi năm" stay asked: batches of the north and centre read them as
//     15 and 25, "lăm" said with an n.
//   - A zero of a unit every commune has (households, people, villages:
//     alwaysSome in zero_said.go) is asked, however it was typed: a
//     commune with no households is a slip.

// checkVerbs, as skeletons, are the verbs of checking after "để (em)":
// đếm, xem, kiểm (tra), check, hỏi, rà (soát), coi, tính, cộng, xác (minh),
// tổng (hợp), soát.
var checkVerbs = setOf("dem", "xem", "kiem", "check", "hoi", "ra", "coi", "tinh", "cong", "xac", "tong", "soat", "doi")

// laterVerbs, as skeletons, send a figure later: "báo sau", "gửi sau".
var laterVerbs = setOf("bao", "gui", "sung", "cap", "nhat")

// takenBack reports s, at a figure question, taking its figure back or
// promising to check it and send it later.
func takenBack(s string) bool {
	if l := strings.ToLower(s); !strings.Contains(l, "la") && !strings.Contains(l, "lạ") && !strings.Contains(l, "sau") {
		return false // the cheap check first: no "lại", no "sau"
	}
	ts := Tokenize(s).Tokens
	for i, t := range ts {
		if t.Lower == "để" || t.Lower == t.Fold && t.Skel == "de" {
			// "để em đếm lại", "để e check lại r gửi sau", "để mình coi
			// lại"; typed bare or with Telex keys ("ddeer em ddeems laij")
			verb := false
			for j := i + 1; j < len(ts) && j <= i+6; j++ {
				w := ts[j].Skel
				if checkVerbs[w] {
					verb = true
				}
				if verb && w == "lai" {
					return true
				}
			}
		}
		if t.Skel == "sau" && i > 0 && (laterVerbs[ts[i-1].Skel] || ts[i-1].Skel == "lai" && i > 1 && laterVerbs[ts[i-2].Skel]) {
			return i+1 >= len(ts) || ts[i+1].Skel != "khi" && ts[i+1].Skel != "do" // "báo sau khi…" is when, not later
		}
	}
	return false
}

// idWords, as typed lowercased, name an identifier on their own.
var idWords = setOf("mã", "mst", "cccd", "cmnd", "stk", "cmt")

// idAfterSo, as skeletons, name an identifier after "số": "số hiệu", "số
// tài khoản", "số văn bản", "số định danh", "số CCCD".
var idAfterSo = setOf("hieu", "tai", "van", "dinh", "cccd", "cmnd", "cmt", "stk")

// namedIdentifier reports the first figure of s named by an identifier
// word before it: "Mã đơn vị hành chính xã: 25432", "mã số 12".
func namedIdentifier(s string) bool {
	l := strings.ToLower(s)
	if !strings.Contains(l, "ma") && !strings.Contains(l, "mã") && !strings.Contains(l, "số") && !strings.Contains(l, "so") &&
		!strings.Contains(l, "mst") && !strings.Contains(l, "cccd") && !strings.Contains(l, "cmnd") && !strings.Contains(l, "stk") && !strings.Contains(l, "cmt") {
		return false // the cheap check first
	}
	ts := Tokenize(s).Tokens
	for i, t := range ts {
		if startsWithDigit(t.Lower) {
			return false
		}
		if idWords[t.Lower] || t.Skel == "dinh" && i > 0 && ts[i-1].Skel == "ma" {
			return true
		}
		if t.Lower == t.Fold && t.Skel == "ma" && i+1 < len(ts) && maBare[ts[i+1].Skel] {
			return true // "ma so", "ma don vi", "Max ddown vij": "mã" typed bare
		}
		if t.Skel == "so" && i+1 < len(ts) && idAfterSo[ts[i+1].Skel] && (ts[i+1].Skel != "tai" || i+2 < len(ts) && ts[i+2].Skel == "khoan") {
			return true
		}
	}
	return false
}

// maBare, as skeletons, follow "ma" typed bare where it is "mã", not
// "mà": "ma so", "ma don vi", "ma xa", "ma dvhc", "ma dinh danh".
var maBare = setOf("so", "don", "xa", "dvhc", "dinh", "hs", "ho", "hanh", "tinh", "huyen")

// durationInWords reports s, in words only, saying "một năm" (one year),
// which no one says for 15, and no other number word, whatever words are
// around it ("Dạ một năm ạ", "@bot một năm").
func durationInWords(s string) bool {
	if strings.ContainsFunc(s, isASCIIDigit) {
		return false
	}
	ts := Tokenize(s).Tokens
	at := -1
	for i, t := range ts {
		if properNumberWords[t.Lower] || t.Lower == t.Fold && (t.Skel == "mot" || t.Skel == "nam") {
			if at >= 0 && i > at+1 {
				return false // another number word: "một năm hai"
			}
			if i+1 < len(ts) && isMot(ts[i]) && isNam(ts[i+1]) && at < 0 {
				at = i
				continue
			}
			if at >= 0 && i == at+1 {
				continue // the "năm" itself
			}
			return false
		}
	}
	return at >= 0
}

func isMot(t Token) bool { return t.Lower == "một" || t.Lower == t.Fold && t.Skel == "mot" }
func isNam(t Token) bool { return t.Lower == "năm" || t.Lower == t.Fold && t.Skel == "nam" }

// zeroAlwaysSome reports a reading of 0 at a count of a unit every
// commune has some of.
func zeroAlwaysSome(q *Question, r Reading) bool {
	return q.Type == TypeInt && r.Problem == nil && r.Num != nil && *r.Num == 0 && alwaysSome[q.unitRule().family]
}
