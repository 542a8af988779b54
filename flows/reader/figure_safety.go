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
	if !strings.Contains(s, "ể") && !strings.ContainsRune(s, '\u0309') && !strings.Contains(strings.ToLower(s), "sau") {
		return false // the cheap check first: no "để", no "sau"
	}
	ts := Tokenize(s).Tokens
	for i, t := range ts {
		if t.Lower == "để" {
			// "để em đếm lại", "để e check lại r gửi sau", "để mình coi lại"
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
	if !strings.Contains(l, "mã") && !strings.Contains(l, "ma ") && !strings.Contains(l, "số") && !strings.Contains(l, "so ") &&
		!strings.Contains(l, "mst") && !strings.Contains(l, "cccd") && !strings.Contains(l, "cmnd") && !strings.Contains(l, "stk") && !strings.Contains(l, "cmt") {
		return false // the cheap check first
	}
	ts := Tokenize(s).Tokens
	for i, t := range ts {
		if strings.ContainsFunc(t.Lower, isASCIIDigit) {
			return false
		}
		if idWords[t.Lower] || t.Skel == "dinh" && i > 0 && ts[i-1].Skel == "ma" {
			return true
		}
		if t.Skel == "so" && i+1 < len(ts) && idAfterSo[ts[i+1].Skel] && (ts[i+1].Skel != "tai" || i+2 < len(ts) && ts[i+2].Skel == "khoan") {
			return true
		}
	}
	return false
}

// durationEnd, as skeletons, may end a duration: "một năm rồi", "ạ".
var durationEnd = setOf("roi", "a", "nhe", "nha", "thoi", "nay", "qua")

// durationInWords reports s, in words only, as "một năm" (one year),
// which no one says for 15.
func durationInWords(s string) bool {
	if strings.ContainsFunc(s, isASCIIDigit) {
		return false
	}
	ts := Tokenize(s).Tokens
	n := len(ts)
	for n > 0 && durationEnd[ts[n-1].Skel] {
		n--
	}
	if n < 2 || ts[n-1].Lower != "năm" {
		return false
	}
	// "một lăm" is no way of saying 15, so "một năm" is a year; "hai năm",
	// "mười năm", "hai mươi năm" may be "lăm" said with an n (batches of
	// northern and central officers read them as 25, 15), and stay asked.
	return n == 2 && ts[0].Lower == "một"
}

// zeroAlwaysSome reports a reading of 0 at a count of a unit every
// commune has some of.
func zeroAlwaysSome(q *Question, r Reading) bool {
	return q.Type == TypeInt && r.Problem == nil && r.Num != nil && *r.Num == 0 && alwaysSome[q.unitRule().family]
}
