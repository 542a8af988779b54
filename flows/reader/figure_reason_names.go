package reader

// Words that only look like a reason to ask (figure_reason.go), read with
// the word beside them. A clerk reads each of these as what it plainly
// is, and writes the figure down:
//   - a word addressed ("Bot ơi", "Anh ơi"): the person being spoken to,
//     not "bớt" (a decrease) nor anything counted;
//   - "con số" (the figure): not "còn" (still left);
//   - "một cửa" (the one-stop office), "Ban chỉ đạo", "ban quản lý" (a
//     committee): names of offices, not "one" of something nor a village;
//   - "năm nay", "trong năm", "cả năm" (this year, within the year): the
//     report's own year, not another period;
//   - "các thôn", "tất cả các bản", "những ấp" (all the villages): the
//     whole commune, not a part of it.
// Each is read only beside its partner word, so the reason stays where
// the word stands alone ("còn 5", "một thôn", "năm ngoái", "thôn 3").

// nameAfter, as skeletons: a word followed by one of its partners is part
// of a name or a phrase that gives no reason.
var nameAfter = map[string]map[string]bool{
	"con": setOf("so"),
	"mot": setOf("cua"),
	"ban": setOf("chi", "quan", "dieu", "tuyen", "dai", "tiep", "thuong"),
	"nam": setOf("nay"),
}

// wholeBefore, as skeletons, say "all the": "các thôn", "những ấp".
var wholeBefore = setOf("cac", "nhung", "moi")

// noReasonBeside reports ts[i] a word that gives no reason to ask because
// of the word beside it (see above).
func noReasonBeside(ts []Token, i int) bool {
	t := ts[i]
	if i+1 < len(ts) && (ts[i+1].Fold == "oi") {
		return true // "Bot ơi", "Anh ơi": a word addressed
	}
	if i+1 < len(ts) && nameAfter[t.Skel][ts[i+1].Skel] {
		return true
	}
	if i > 0 && nameAfter[ts[i-1].Skel][t.Skel] && (ts[i-1].Skel != "nam" && ts[i-1].Skel != "con") {
		return true // the partner word itself ("cửa", "chỉ")
	}
	if t.Skel == "nam" && i > 0 && (ts[i-1].Skel == "trong" || ts[i-1].Skel == "ca") && (i+1 == len(ts) || !startsWithDigit(ts[i+1].Lower)) {
		return true // "trong năm", "cả năm": not "trong năm 2025"
	}
	if t.Skel == "ca" && i+1 < len(ts) && ts[i+1].Skel == "nam" && (i+2 == len(ts) || !startsWithDigit(ts[i+2].Lower)) {
		return true // "cả năm"
	}
	if familyOf(t.Skel) == "thon" && i > 0 && wholeBefore[ts[i-1].Skel] {
		return true // "các thôn": the whole commune
	}
	return false
}
