package reader

import "testing"

// Round nine's rules at a yes/no question (yesno_r9.go).
func TestRoundNineYesNoRules(t *testing.T) {
	for _, c := range [][2]string{
		// 1: a figure joined to the yes or the no is offered; VNI keys are the word
		{"có5", "? có reading.yes_no_figure_joined"}, {"co1", "? có reading.yes_no_figure_joined"},
		{"co2", "? có reading.yes_no_slip"}, {"5có", "! answer.not_yes_no"},
		{"ko1", "? không reading.yes_no_figure_joined"}, {"không3", "? không reading.yes_no_figure_joined"},
		{"dạ có5 ạ", "? có reading.yes_no_figure_joined"}, {"chưa0", "! answer.not_yes_no"},
		{"kho6ng", "? không reading.yes_no_figure_joined"}, {"chu7a", "? không reading.yes_no_figure_joined"}, {"kho6ng a5", "= không"}, {"co1 ro62i", "= có"}, {"kho6ng co1", "= không"}, {"co1 a5", "= có"},
		{"khoongf", "= không"}, {"cos", "= có"}, {"có ạ1", "? có reading.yes_no_figure_joined"}, {"dạ5 có", "? có reading.yes_no_figure_joined"},
		// 2: "coa" without a mark is offered; "cóa" is có
		{"coa", "? có reading.yes_no_typo"}, {"coa ạ", "? có reading.yes_no_typo"}, {"cóa", "= có"}, {"dạ cóa", "= có"},
		// 3: "r" alone, "được rồi", "ok r" acknowledge; "rồi" is rồi
		{"r", "? có reading.yes_ack_letter"}, {"r ạ", "? có reading.yes_ack_letter"}, {"dạ r", "? có reading.yes_ack_letter"},
		{"dc r", "? có reading.yes_okay"}, {"đc r", "? có reading.yes_okay"}, {"được rồi", "? có reading.yes_okay"},
		{"ok rồi", "? có reading.yes_okay"}, {"oke r", "? có reading.yes_okay"},
		{"rồi", "= có"}, {"rồi ạ", "= có"}, {"dạ rồi", "= có"}, {"có r", "= có"}, {"có rồi", "= có"},
		// 4: a yes put as a question is offered
		{"sao lại không có", "? có reading.yes_no_turned"}, {"sao lại ko có", "? có reading.yes_no_turned"},
		{"chẳng phải có rồi à", "? có reading.yes_no_turned"}, {"không phải có rồi sao?", "? có reading.yes_no_turned"},
		{"chẳng lẽ không có", "? có reading.yes_no_turned"}, {"chẳng phải đã có rồi còn gì", "? có reading.yes_no_turned"},
		{"có chứ sao không", "= có"},
		// 5: done 100% is done, offered; a share short of it a part
		{"hoàn thành 100%", "? có reading.yes_no_extra"}, {"Hoàn thành 100 %", "? có reading.yes_no_extra"},
		{"đã triển khai 100%", "= có"}, {"xong 100% ạ", "? có reading.yes_no_extra"},
		{"đã xong 80%", "! answer.yes_no_hedged"},
		// 6: only a plan or a decision, and not done, is a no
		{"đã có chủ trương, chưa lắp", "? không reading.no_only_planned"},
		{"có kế hoạch rồi nhưng chưa triển khai", "? không reading.no_only_planned"},
		{"đã có quyết định, chưa thực hiện", "? không reading.no_only_planned"},
		{"đã được phê duyệt, chưa làm", "? không reading.no_only_planned"},
		// 7: a negated verb, then "được": could not
		{"chưa kết nối được", "= không"}, {"không kết nối được", "= không"}, {"chưa lắp được", "= không"},
		{"ko triển khai được", "= không"},
		{"chưa bố trí được kinh phí", "? không reading.yes_no_other_thing"}, // the means alone: asked since round fourteen (yesno_governed.go)
		// 8: since when, with a year before
		{"có từ năm ngoái rồi", "= có"}, {"có từ năm kia", "= có"}, {"có từ năm 2023", "= có"}, {"chưa có từ năm ngoái", "= không"},
		// 9: offices' verbs of work done
		{"đã bố trí", "= có"}, {"chưa bố trí", "= không"}, {"đã tập huấn", "= có"}, {"đã phê duyệt dự án", "! answer.not_yes_no"}, {"đã đăng ký", "! answer.yes_no_other_deed"},
		// 11: one word a slip away from có, không, chưa
		{"kh0ng", "? không reading.yes_no_typo"}, {"c0", "? có reading.yes_no_typo"}, {"chwa", "? không reading.yes_no_typo"},
		{"cso", "? có reading.yes_no_typo"}, {"khôn", "? không reading.yes_no_typo"}, {"dạ kh0ng", "? không reading.yes_no_typo"},
		{"khôn ngoan", "! answer.not_yes_no"}, {"kho", "! answer.not_yes_no"}, {"0k", "! answer.not_yes_no"},
		// 12: then and now: the answer for now
		{"huyện cũ có, giờ sáp nhập chưa có", "? không reading.yes_no_now"}, {"trước có, giờ chưa", "? không reading.yes_no_now"},
		{"hồi trước có, bây giờ không còn", "? không reading.yes_no_now"}, {"năm ngoái chưa, năm nay có rồi", "? có reading.yes_no_now"},
		{"trước chưa có, hiện nay đã có", "? có reading.yes_no_now"}, {"giờ chưa, trước có", "? không reading.yes_no_now"},
		{"có, giờ chưa", "! answer.yes_no_ambiguous"}, {"trước có, giờ sao", "! answer.not_yes_no"},
		// 10: a requirement met or not, as "đạt"
		{"đã đáp ứng", "? có reading.yes_by_verb"}, {"đáp ứng đủ", "? có reading.yes_by_verb"},
		{"đảm bảo yêu cầu", "? có reading.yes_by_verb"}, {"Chưa đáp ứng", "? không reading.not_met"},
		{"chưa đảm bảo", "? không reading.not_met"}, {"không đáp ứng được", "? không reading.not_met"},
	} {
		if got := readYN(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}
