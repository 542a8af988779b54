package reader

import "strings"

// A kind after the unit: "7 clb bóng chuyền", "12 CLB dưỡng sinh", "30
// chương trình tiếng dân tộc". The figure has the question's own unit,
// then says what kind its things are; a clerk writes the figure down, as
// for "2.345 hộ dân". The kind is not read when it may make the figure a
// part or another figure: a word of askReasons (figure_reason.go), a unit
// of any family, a digit, more than three words, a word that marks a
// subset of the things counted ("hộ nghèo", "CLB mới", "hộ DTTS", "được
// công nhận", "đạt", "gồm", "CLB trong …") or joins another ("và",
// "với"), voice typing's "chấm hết", a period ("hồ sơ/ngày"), initials
// the reader does not know ("hồ sơ ABC"), or a short word typed without
// marks ("abc", "da": too many words fold to it).

// subsetKinds, as skeletons, mark a subset of what is counted.
var subsetKinds = setOf("ngheo", "can", "moi", "dtts", "dan", "toc", "giai", "the", "tam", "dung", "ngung", "trong", "va", "voi", "ngay", "tuan",
	"duoc", "cong", "nhan", "dat", "gom", "bao", "cham", "het", "xuong", "dong")

// kindAfterUnit reports ws, the folded words after a figure, as the
// question's unit followed by a kind.
func kindAfterUnit(ws []string, rule unitRule, raw string) bool {
	if rule.family == "" || rule.percent || len(ws) < 2 || strings.Contains(raw, "/") {
		return false
	}
	for k := len(ws) - 1; k >= 1; k-- {
		if rule.fit(ws[:k]) != unitFits {
			continue
		}
		kind := ws[k:]
		if len(kind) > 3 {
			return false
		}
		for _, w := range kind {
			sk := untelex(w)
			if hasDigit(w) || askReasonsBare[sk] || subsetKinds[sk] || familyOf(sk) != "" || shorthandWords[sk] {
				return false
			}
			if initialsIn(raw, w) || typedWord(raw, w) == w && len(w) < 4 {
				return false // initials the reader does not know ("528 hồ sơ ABC")
			}
		}
		return true
	}
	return false
}

// initialsIn reports w, a folded word, typed in capitals in raw.
func initialsIn(raw, w string) bool {
	for _, f := range strings.Fields(Normalize(raw)) {
		f = strings.Trim(f, ".,!;:()")
		if len([]rune(f)) > 1 && foldNumber(strings.ToLower(f)) == w && f == strings.ToUpper(f) {
			return true
		}
	}
	return false
}
