package reader

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

// Rule 4 of yesno_plain.go (the lead's policy of round seven): an "ok",
// a "được", a mark or "cs" alone is offered at a question, never stored;
// with the word itself the answer is plain.
func TestAnOkayOrAMarkAloneIsOffered(t *testing.T) {
	for _, c := range [][2]string{
		{"ok", "? có reading.yes_okay"}, {"OK", "? có reading.yes_okay"}, {"oke", "? có reading.yes_okay"},
		{"okê", "? có reading.yes_okay"}, {"oki", "? có reading.yes_okay"}, {"okie", "? có reading.yes_okay"},
		{"okay", "? có reading.yes_okay"}, {"okela", "? có reading.yes_okay"}, {"okeee", "? có reading.yes_okay"},
		{"ok e", "? có reading.yes_okay"}, {"ok ạ", "? có reading.yes_okay"}, {"oki nhé", "? có reading.yes_okay"},
		{"Dạ ok anh", "? có reading.yes_ack"}, {"ok 👍", "? có reading.yes_okay"}, {"ok ✅", "? có reading.yes_okay"},
		{"được", "? có reading.yes_okay"}, {"được ạ", "? có reading.yes_okay"}, {"đc", "? có reading.yes_okay"},
		{"dc", "? có reading.yes_okay"}, {"đk", "? có reading.yes_okay"}, {"dduowcj", "? có reading.yes_okay"},
		{"cs", "? có reading.yes_short"}, {"cs ạ", "? có reading.yes_short"}, {"Cs nhé", "? có reading.yes_short"},
		{"✅", "? có reading.mark_only"}, {"☑️", "? có reading.mark_only"}, {"✔️", "? có reading.mark_only"},
		{"✔", "? có reading.mark_only"}, {"✓", "? có reading.mark_only"}, {"✅✅", "? có reading.mark_only"},
		{"❌", "? không reading.mark_only"}, {"✖️", "? không reading.mark_only"}, {"✗", "? không reading.mark_only"},
		{"dạ ❌", "? không reading.mark_only"}, {"👎", "? không reading.mark_only"},
		{"👌", "? có reading.emoji_only"},
		// asked back: no answer
		{"ok?", "! answer.not_yes_no"}, {"cs?", "! answer.not_yes_no"},
		// the word itself is there: plain
		{"ok có", "= có"}, {"ok, có rồi", "= có"}, {"✅ có", "= có"}, {"❌ không", "= không"}, {"ok, chưa", "= không"},
		{"được, chưa có ạ", "= không"}, {"cós", "= có"}, {"có", "= có"}, {"ok k", "! answer.yes_no_ambiguous"},
	} {
		if got := readYN(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
	// To the bot's own "Ghi có?", an okay or a tick is the agreement asked for.
	for _, typed := range []string{"ok", "oke", "được", "đc", "✅", "ok ạ"} {
		if yes, p := ReadYesNo(typed); p != nil || !yes {
			t.Errorf("ReadYesNo(%q) = %v, %v; want yes", typed, yes, p)
		}
	}
}

// Round seven's turns: "nào" asks where as "đâu" does ("nào có" is a no);
// "không có gì" alone is also the answer to thanks; "không đạt" (a
// standard not met) is a no to offer, as "đạt" is a yes to offer.
func TestNaoCoNothingAndNotMet(t *testing.T) {
	for _, c := range [][2]string{
		{"nào có", "= không"}, {"nao co", "= không"},
		{"nào có đâu", "= không"}, {"nào mà có", "? không reading.yes_no_turned"},
		{"dạ nào có ạ", "= không"},
		{"không có gì ạ", "? không reading.no_or_welcome"}, {"ko có gì", "? không reading.no_or_welcome"},
		{"không có gì", "? không reading.no_or_welcome"},
		{"chưa có gì", "= không"}, {"không có gì cả", "= không"}, {"chẳng có ai cả", "= không"},
		{"Không đạt", "? không reading.not_met"}, {"chưa đạt", "? không reading.not_met"},
		{"ko đạt", "? không reading.not_met"}, {"không đạt chuẩn", "? không reading.not_met"},
		{"Đạt", "? có reading.yes_by_verb"},
	} {
		if got := readYN(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}

// readYNLinked reads typed at the question of a point linked to the
// district and the province, whose words a reply may repeat.
func readYNLinked(typed string) string {
	q := &Question{Type: TypeYesNo, Label: locales.T("Xã đã có điểm cầu truyền hình hội nghị kết nối với huyện, tỉnh chưa?", "")}
	r := Read(q, typed, tuesday, "vi")
	switch {
	case r.Problem != nil:
		return "! " + r.Problem.Key
	case r.Unsure != nil:
		return "? " + map[bool]string{true: "có", false: "không"}[*r.Bool] + " " + r.Unsure.Key
	}
	return "= " + map[bool]string{true: "có", false: "không"}[*r.Bool]
}

// Rule 5 of yesno_plain.go: a clause of the question's own words beside a
// clause that says no is a part done: asked again, never a no.
func TestAPartDoneAndAPartNotIsNeither(t *testing.T) {
	for _, c := range [][2]string{
		{"mới kết nối với huyện, chưa với tỉnh", "! answer.yes_no_hedged"},
		{"mới kết nối huyện, chưa kết nối tỉnh", "! answer.yes_no_hedged"},
		{"kết nối với huyện, chưa với tỉnh", "! answer.yes_no_hedged"},
		{"đã kết nối huyện, chưa kết nối tỉnh", "! answer.yes_no_hedged"},
		{"chỉ kết nối với huyện thôi, tỉnh chưa", "! answer.yes_no_hedged"},
		// a no with what is under way, or a no that names the question's words: a no still
		{"không, xã chưa kết nối với huyện", "= không"}, {"chưa có, đang kết nối với huyện", "= không"},
		{"có, kết nối với huyện và tỉnh", "= có"},
	} {
		if got := readYNLinked(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}

// Round seven: "vẫn", "cũng" stress a plain answer; a turned no said
// again plainly is plain; a no, "nhưng" and a plan is a no (rule 4);
// since when as a clause of its own (rule 10); "chx" is the chats' chưa.
func TestStressPlainAgainPlanSinceAndChx(t *testing.T) {
	for _, c := range [][2]string{
		{"vẫn chưa", "= không"}, {"cũng chưa ạ", "= không"}, {"vẫn chưa có", "= không"}, {"van chua", "= không"},
		{"cũng không", "= không"}, {"vẫn không có ạ", "= không"}, {"vẫn có", "= có"}, {"cũng có", "= có"},
		{"vận hành", "? có reading.yes_by_verb"},
		{"có đâu, chưa có", "= không"}, {"đâu có, không có đâu", "= không"}, {"có đâu", "= không"},
		{"chưa có nhưng sắp có", "= không"}, {"chưa nhưng sắp lắp", "= không"},
		{"chưa có nhưng đã có kế hoạch", "= không"}, {"không có nhưng huyện đã phê duyệt", "= không"},
		{"có nhưng chưa dùng", "! answer.yes_no_hedged"},
		{"có rồi, từ năm 2023", "= có"}, {"có, từ 2023", "= có"}, {"chưa, từ trước đến nay", "= không"},
		{"có rồi, từ lâu rồi", "= có"}, {"đã có, từ tháng 6/2025", "= có"}, {"có, từ năm sau", "! answer.yes_no_hedged"},
		{"chx", "= không"}, {"chx ạ", "= không"}, {"chx có", "= không"}, {"Chx co a", "= không"}, {"chx e", "= không"},
		{"ch", "! answer.not_yes_no"},
	} {
		if got := readYN(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}

// Rule 22 (yesno_office.go): lacking the means is a no, offered; who and
// when before it change nothing. Not enough of anything else is no rule.
// "Chưa" and the means is stored since round ten (yesno_remark.go).
func TestLackingTheMeansIsANoToOffer(t *testing.T) {
	for _, c := range [][2]string{
		{"không đủ kinh phí", "? không reading.yes_no_extra"}, {"không có đủ kinh phí", "? không reading.yes_no_extra"},
		{"thiếu kinh phí", "? không reading.yes_no_extra"}, {"Thiếu trang thiết bị", "? không reading.yes_no_extra"},
		// "chưa" (not yet) and the means: the no a clerk records (rule 6 of yesno_remark.go)
		{"Chưa đủ điều kiện", "= không"}, {"chưa đủ điều kiện ạ", "= không"},
		{"xã chưa đủ điều kiện lắp đặt", "= không"}, {"bên em chưa đủ điều kiện", "= không"},
		{"Xã chưa có kinh phí đầu tư", "= không"},
		{"chưa đủ 3 cấp", "! answer.not_yes_no"}, {"chưa đủ điều kiện nhưng đã lắp", "! answer.yes_no_hedged"},
	} {
		if got := readYN(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}

// Rule 39 (yesno_r7.go): what was done, then only how fully, by whom and
// when, is the yes of the verb alone; the question's own verb done fully
// is stored; with what it was done to, or a part, it stays offered.
func TestDoneFullyByWhomAndWhen(t *testing.T) {
	for _, c := range [][2]string{
		{"Đã kết nối thông suốt 3 cấp", "= có"}, {"Đã kết nối thông suốt", "= có"}, {"Đã kết nối 100%", "= có"},
		{"đã kết nối hết", "= có"},
		{"Đã được UBND huyện đầu tư năm 2024", "= có"}, {"Đã được trang bị đầy đủ", "= có"},
		{"đã được huyện trang bị năm 2023", "= có"}, {"Đã lắp đặt đồng bộ", "= có"}, {"đã lắp đặt vào tháng 6/2025", "= có"},
		{"đã lắp đặt từ tháng 6 năm 2025", "= có"}, {"Đã lắp đặt quý II/2024", "= có"}, {"đã được UBND xã mua sắm", "= có"},
		{"đã đầu tư năm 2024", "= có"}, {"đã được đầu tư từ năm 2023", "= có"}, {"da duoc trang bi day du", "= có"},
		// the verb alone, a part, an object, a but, a no: as before
		{"đã kết nối", "= có"}, {"đã kết nối năm 2024", "= có"},
		{"đã kết nối 2 cấp", "= có"}, {"Đã kết nối với huyện đầy đủ", "? có reading.yes_by_verb"},
		{"đã trang bị loa đầy đủ", "? có reading.yes_by_verb"}, {"Đã được trang bị nhưng chưa đầy đủ", "! answer.yes_no_hedged"},
		{"chưa được trang bị đầy đủ", "? không reading.yes_no_extra"},
	} {
		if got := readYNLinked(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}

// Rule 40 (yesno_r7.go): a yes that names the thing asked, with words
// that describe it and where it is in the commune, is that yes; the
// thing another's, elsewhere, a part or in doubt is not read past. And
// rule 17 in any clause: "chỉ" makes a part.
func TestAYesThatNamesTheThing(t *testing.T) {
	for _, c := range [][2]string{
		{"Có 1 điểm cầu tại hội trường UBND xã", "= có"}, {"có 2 điểm cầu", "= có"}, {"có điểm cầu", "= có"},
		{"Đã có điểm cầu trực tuyến tại UBND xã, kết nối với huyện và tỉnh.", "= có"},
		{"Đã có điểm cầu truyền hình trực tuyến", "= có"}, {"có điểm cầu từ năm 2023", "= có"},
		{"Có điểm cầu truyền hình hội nghị", "= có"}, {"có điểm cầu kết nối với huyện", "? có reading.yes_no_some_levels"}, // one level of two: a part, offered (yesno_remark.go)
		// another's, elsewhere, a part, a but, a plan, a doubt: not read past
		{"có 0 điểm cầu", "! answer.yes_no_ambiguous"}, {"có điểm cầu của huyện", "? có reading.yes_no_extra"},
		{"có điểm cầu ở thôn", "? có reading.yes_no_extra"}, {"có điểm cầu ở huyện", "? có reading.yes_no_extra"},
		{"Có điểm cầu tại nhà văn hóa thôn", "! answer.not_yes_no"}, {"có điểm cầu nhưng hỏng", "! answer.yes_no_hedged"},
		{"có điểm cầu, chỉ kết nối với huyện", "! answer.yes_no_hedged"}, {"có điểm cầu tạm", "! answer.not_yes_no"},
		{"Có điểm cầu, chưa kết nối tỉnh", "! answer.yes_no_ambiguous"},
		{"có chị ạ", "= có"}, {"có, chị ơi", "= có"},
		{"da co diem cau truc tuyen", "= có"}, {"Dạ có 1 điểm cầu ở UBND xã ạ", "= có"},
		{"co 1 diem cau tai hoi truong UBND xa", "= có"}, {"dạ co diem cau cua huyen", "? có reading.yes_no_extra"},
	} {
		if got := readYNLinked(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}

// Rule 41 (yesno_r7.go): a yes, then how often it is used, is a yes.
func TestAYesThenHowOftenIsAYes(t *testing.T) {
	for _, c := range [][2]string{
		{"có ạ, họp trực tuyến hằng tháng", "= có"}, {"có, dùng thường xuyên", "= có"}, {"có, họp hàng tuần", "= có"},
		{"đã có, sử dụng định kỳ", "= có"}, {"có, hằng tháng", "= có"},
		{"có, nhưng ít dùng hằng tháng", "? có reading.yes_no_but"}, {"có, đang sửa hằng tháng", "! answer.yes_no_hedged"},
		{"có, thử nghiệm hằng tháng", "! answer.not_yes_no"}, {"hằng tháng", "! answer.not_yes_no"},
		{"chưa, họp hằng tháng qua zalo", "= không"},
	} {
		if got := readYN(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}
