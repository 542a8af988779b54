package reader

import (
	"strings"
	"unicode"
)

// Who speaks, as a label before the figure (round fourteen): "Nguyễn Thị
// Hoa - VHXH xã Tân Minh: 1245", "Trần Văn Bình - PCT UBND xã: 12.406
// người", "UBND xã báo cáo: trong tháng tiếp nhận 412 hồ sơ". The label a
// name, a title or an office makes before the colon is no other figure's
// (reading.unit_other), and no reason to ask (the lead's policy: "a
// speaker's name or title"): stored unless the words give a reason of
// their own (figure_reason.go). A label that names something else ("Dân
// số:", "Thôn 3:") is read as before.

// speakerLead reports s opening with who speaks, up to a colon: a name or
// office (a capitalised first word) then " - " and a title, or a lead
// ending in "báo cáo".
func speakerLead(s string) bool {
	i := strings.IndexByte(s, ':')
	if i <= 0 {
		return false
	}
	lead := s[:i]
	if strings.ContainsFunc(lead, isASCIIDigit) {
		return false
	}
	ts := Tokenize(lead).Tokens
	if len(ts) < 2 {
		return false
	}
	r := []rune(ts[0].Typed)
	if len(r) == 0 || !unicode.IsUpper(r[0]) {
		return false
	}
	n := len(ts)
	return strings.Contains(lead, " - ") || ts[n-2].Skel == "bao" && ts[n-1].Skel == "cao"
}
