package reader

// A check already done gives no reason to ask (round fourteen). "em check
// lại trên trang rồi: 45 tin bài", "12 CLB (đã kiểm tra lại)", "12 thôn, em
// hỏi lại anh Phó Chủ tịch rồi": the officer says the figure was checked,
// which a clerk writes down. A check still to come ("để em xem lại", "em
// sẽ kiểm tra lại") is the opposite: takenBack (figure_safety.go) refuses
// the first; "sẽ" stays a reason. A page or a register the figure was
// read on ("trên trang", "trên cổng", "trên sổ") is a place, not "more
// than".

// checkedVerbs, as skeletons, are verbs of checking.
var checkedVerbs = setOf("hoi", "kiem", "xem", "check", "coi", "ra", "doi")

// checkedWords are the words of a check phrase besides its verb.
var checkedWords = setOf("tra", "soat", "chieu", "lai")

// doneMarks before the verb ("đã", "vừa", "mới") or after "lại" ("rồi",
// "r") say the check was done.
var doneBefore = setOf("đã", "vừa", "mới")

// placesOn, as skeletons, follow "trên" as where a figure was read.
var placesOn = setOf("trang", "cong", "so", "he", "phan", "web", "website", "facebook", "fanpage", "zalo", "app", "mang", "file", "bang")

// checkDone reports ts[i] as a word of a check already done, or "trên"
// before a page or register.
func checkDone(ts []Token, i int) bool {
	w := ts[i].Skel
	if w == "tren" && i+1 < len(ts) && placesOn[ts[i+1].Skel] {
		return true
	}
	if !checkedVerbs[w] && !checkedWords[w] {
		return false
	}
	v := i // the verb
	for v > 0 && v > i-3 && !checkedVerbs[ts[v].Skel] {
		v--
	}
	if !checkedVerbs[ts[v].Skel] {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if ts[k].Skel == "de" || ts[k].Lower == "sẽ" || ts[k].Skel == "se" {
			return false // "để em xem lại", "em sẽ kiểm tra lại"
		}
	}
	lai := -1
	for k := v + 1; k < len(ts) && k <= v+3; k++ {
		if ts[k].Skel == "lai" {
			lai = k
			break
		}
	}
	if lai < 0 {
		return false
	}
	if v > 0 && doneBefore[ts[v-1].Lower] || v > 1 && doneBefore[ts[v-2].Lower] {
		return true // "đã kiểm tra lại", "đã em hỏi"
	}
	for k := lai + 1; k < len(ts) && k <= lai+6; k++ {
		if ts[k].Lower == "rồi" || ts[k].Lower == "r" || ts[k].Skel == "roi" && ts[k].Lower == ts[k].Fold {
			return true
		}
		if startsWithDigit(ts[k].Lower) {
			break
		}
	}
	return false
}
