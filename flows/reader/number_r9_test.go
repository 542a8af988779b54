package reader

import (
	"strconv"
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

// r9Questions are the questions of round nine's rule tables, named as in
// answers.tsv.
var r9Questions = map[string]*Question{
	"ho": qHouseholds, "gdvh": qCultured, "nguoi": qPeople, "thon": qVillages, "clb": qClubs, "giai": qContests,
	"tin": qItems, "hs": countQ("Tổng số hồ sơ thủ tục hành chính đã tiếp nhận trong tháng?", "hồ sơ"), "dv": qUnits, "so": qActs, "ct": qProgs, "tt": countQ("Số thủ tục hành chính?", "thủ tục"),
	"dec": numberQuestions["dec"], "ha": numberQuestions["ha"], "pct": numberQuestions["pct"],
}

// checkR9 reads each case at its question of r9Questions: the outcome in
// the tables' notation and, when the case names one, the key.
func checkR9(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		r := Read(r9Questions[c.q], c.typed, time.Date(2027, 1, 5, 9, 0, 0, 0, locales.Zone), locales.VI)
		got, key := "= ?", ""
		switch {
		case r.Problem != nil:
			got, key = "!", r.Problem.Key
		case r.Num == nil:
		case r.Unsure != nil:
			got, key = "? "+strconv.FormatFloat(*r.Num, 'f', -1, 64), r.Unsure.Key
		default:
			got = "= " + strconv.FormatFloat(*r.Num, 'f', -1, 64)
		}
		if got != c.want || c.key != "" && key != c.key {
			t.Errorf("%s %q: got %s %s, want %s %s", c.q, c.typed, got, key, c.want, c.key)
		}
	}
}

// A place noun before a figure and nothing else ("thôn 18") may name the
// village numbered 18: offered. After the figure, after a count's lead or
// with a label's colon it is the count.
func TestAPlaceNounBeforeAFigureAloneIsAsked(t *testing.T) {
	const place = "reading.place_number"
	checkR9(t, []ruleCase{
		{"thon", "thôn 18", "? 18", place},
		{"thon", "Thôn 18", "? 18", place},
		{"thon", "thon 17", "? 17", place},
		{"thon", "Dạ bản 5 ạ", "? 5", place},
		{"thon", "xóm 12", "? 12", place},
		{"thon", "TDP 4", "? 4", place},
		{"thon", "ấp 7 nha", "? 7", place},
		{"thon", "18 thôn", "= 18", ""},
		{"thon", "Thôn: 18", "= 18", ""},
		{"thon", "số thôn 18", "= 18", ""},
		{"thon", "có thôn 12", "= 12", ""},
		{"clb", "clb 6", "= 6", ""},
	})
}

// A display name after "@" is a name: a word typed with marks the period
// or place noun lacks ("Tuấn", not "tuần") does not end it.
func TestANameWithAPeriodsLettersIsStillAName(t *testing.T) {
	checkR9(t, []ruleCase{
		{"tin", "@Lò Văn Tuấn 14", "= 14", ""},
		{"tin", "@Anh Tuấn 14", "= 14", ""},
		{"ho", "@Anh Tuấn VHXH 6712 hộ nha a", "= 6712", ""},
		{"tin", "@Chị Ngày 14", "!", ""}, // "ngày 14": the day, maybe
		{"tin", "@Anh Tuần 14", "!", ""},
	})
}

// The South's "tui" is "tôi": "xã tui" is the writer's commune; "có gì"
// after a figure ("có gì anh chị nhắn lại em") is a sign-off, no estimate;
// "xã X cũ" names the commune before the merger, no first try taken back.
func TestSentenceWordsOfRoundNine(t *testing.T) {
	checkR9(t, []ruleCase{
		{"nguoi", "Dạ thưa chị, dân số xã tui 11.930 người á", "= 11930", ""},
		{"nguoi", "dân số bên tui 11.930 người", "= 11930", ""},
		{"nguoi", "Dạ dân số 9036 người ạ, có gì a chị nhắn lại em", "? 9036", ""},
		{"nguoi", "9036 người, có gì anh nhắn em", "= 9036", ""},
		{"nguoi", "9036 người gì đó", "!", ""},
		{"nguoi", "9036 gì đó", "!", ""},
		{"ho", "Số hộ xã Trực Hùng cũ 2.105 hộ", "= 2105", ""},
		{"ho", "Xã Trực Hùng cũ: 2.105 hộ", "= 2105", ""},
		{"gdvh", "Thưa chị, xã Tân Hòa cũ đạt 2.158 hộ ạ, em báo cáo chị", "= 2158", ""},
		{"ho", "số cũ 2.105 hộ", "!", ""},
		// round thirteen: the figure not named old is offered (figure_then_now.go), as batches G, P, S, W have it
		{"ho", "2.105 hộ, số cũ 2.150", "? 2105", "reading.sentence"},
	})
}

// A measure below zero with its unit ("-2,5 độ") is read at a decimal as
// the same figure without the minus is; at a count a minus is refused.
func TestAFigureBelowZeroWithItsUnit(t *testing.T) {
	checkR9(t, []ruleCase{
		{"dec", "-2,5 độ", "= -2.5", ""},
		{"dec", "2,5 độ", "= 2.5", ""},
		{"dec", "-2,5 độ C", "= -2.5", ""},
		{"dec", "-2,5 đến -3", "!", ""},
		{"dec", "khoảng -2,5 độ", "!", ""},
		{"ho", "-25 hộ", "!", ""},
	})
}

// "và" between two unit words joins them as a comma does; a part said to
// be none adds nothing; a share's note says what it is of; "sau sáp
// nhập" names the commune as it is now.
func TestPartsAndJoinedUnits(t *testing.T) {
	checkR9(t, []ruleCase{
		{"thon", "14 thôn và tổ dân phố", "= 14", ""},
		{"thon", "14 thôn và TDP ạ", "= 14", ""},
		{"thon", "14 thôn và hộ", "!", ""},
		{"thon", "16 thôn, 0 tổ dân phố", "? 16", ""},
		{"thon", "0 thôn, 16 TDP", "? 16", ""},
		{"thon", "4 ấp, 1 khu phố", "!", ""},
		{"thon", "16, 0 TDP", "!", ""},
		{"ho", "1436 hộ (92% là đồng bào DTTS)", "? 1436", ""},
		{"ho", "1436 hộ (là 1463)", "!", ""},
		{"thon", "Dạ thưa chị xã em sau sáp nhập có 18 thôn ạ", "= 18", ""},
		// round thirteen: before and after the merger, the one after is offered (figure_then_now.go), as batches J, Z have it
		{"thon", "trước sáp nhập có 20 thôn, sau sáp nhập 18", "? 18", "reading.sentence"},
	})
}

// In a sentence: a figure grouped by a space is one figure; "done",
// "report", "xong" open a report; a month or quarter written short and a
// document's number are labels, the figure asked.
func TestSentenceLabelsOfRoundNine(t *testing.T) {
	checkR9(t, []ruleCase{
		{"ho", "Chào a, tổng số hộ xã em 1 436 hộ nhé", "= 1436", ""},
		{"ho", "có 2 345 hộ ạ", "= 2345", ""},
		{"ho", "Thôn 5 320 hộ", "!", ""},
		{"ho", "Dạ 2\x1b345 ạ", "!", ""},
		{"clb", "done, 8 clb", "= 8", ""},
		{"ct", "report 52 ct", "= 52", ""},
		{"ct", "xong, 52 ct", "= 52", ""},
		{"hs", "Tổng hồ sơ TTHC tiếp nhận T12: 1.507", "? 1507", ""},
		{"hs", "tiếp nhận Q4: 1.507 hồ sơ", "? 1507", ""},
		{"hs", "tiếp nhận T13: 1.507 hồ sơ", "!", ""},
		{"tt", "Dạ theo QĐ số 1520/QĐ-UBND thì xã có 132 thủ tục", "? 132", ""},
		{"tt", "theo QĐ 1520/QĐ-UBND: 132 thủ tục", "? 132", ""},
	})
}

// A row pasted from a table is read as its cells, asked; a bracket naming
// the commune before the merger is no note; parts in brackets that add up
// to a sentence's figure confirm it.
func TestRowsFormerNamesAndNamedParts(t *testing.T) {
	checkR9(t, []ruleCase{
		{"ho", "STT 1 | Tổng số hộ | 4.877", "? 4877", ""},
		{"ho", "Tổng số hộ | 4.877", "? 4877", ""},
		{"ho", "| 4.877 |", "? 4877", ""},
		{"ho", "Số hộ | 4.877 | 4.900", "!", ""},
		{"ho", "Phường An Bình (cũ là xã An Phú) tổng 5.930 hộ", "= 5930", ""},
		{"ho", "Phường An Bình (xã An Phú cũ) tổng 5.930 hộ", "= 5930", ""},
		{"ho", "Phường An Bình (xã An Phú) tổng 5.930 hộ", "!", ""},
		{"ho", "xã Trực Hùng (cũ) 2.105 hộ", "= 2105", ""},
		{"ho", "số hộ (cũ) 2.105", "!", ""},
		{"ho", "Phường An Bình (cũ là xã An Phú 3.000 hộ) tổng 5.930 hộ", "!", ""},
		{"ct", "Báo cáo anh: đài xã tự sản xuất 9 chương trình (tiếng Mông 5, tiếng Việt 4)", "? 9", ""},
		{"ct", "đài xã tự sản xuất 9 chương trình (tiếng Mông 5, tiếng Việt 5)", "!", ""},
		{"ct", "đài xã tự sản xuất 9 chương trình (tiếng Mông 5)", "!", ""},
	})
}

// A village noun with the writer's pronoun ("thôn em", "ấp tui") names
// one village: its figure is not the commune's, refused. "xã em" is the
// commune; "tổ em" may be an office's team.
func TestTheWritersOwnVillageIsOnePlace(t *testing.T) {
	const place = "answer.place_only"
	checkR9(t, []ruleCase{
		{"ho", "thôn em 320 hộ", "!", place},
		{"ho", "ấp tui 320 hộ", "!", place},
		{"ho", "thôn mình có 320 hộ", "!", place},
		{"ho", "bản em 320 hộ", "!", place},
		{"ho", "xã em 320 hộ", "= 320", ""},
		{"ho", "Dạ xã tụi tui 2.105 hộ", "= 2105", ""},
		{"hs", "tổ em tiếp nhận 386 hồ sơ", "= 386", ""},
	})
}

// A word that only folds like an approximation is none: "trên địa bàn"
// says where, "quần chúng" is not "chừng". Typed as the approximation,
// or bare next to the figure, it still is one.
func TestWordsThatOnlyFoldLikeAnEstimate(t *testing.T) {
	checkR9(t, []ruleCase{
		{"ho", "Kính gửi Phòng VHTT huyện, UBND xã Sủng Là báo cáo tổng số hộ gia đình trên địa bàn xã là 1.287 hộ.", "= 1287", ""},
		{"giai", "Xã Tả Van Chư báo cáo: đã tổ chức 02 giải thể thao quần chúng.", "= 2", ""},
		{"giai", "02 giải thể thao quần chúng", "= 2", ""},
		{"ho", "trên 1.287 hộ", "!", ""},
		{"ho", "trên địa bàn trên 1.287 hộ", "!", ""},
		{"ho", "chừng 1.287 hộ", "? 1287", "reading.estimate"},
		{"ho", "chung 1.287 ho", "? 1287", ""},
		{"ho", "1287 hộ gì đó", "!", ""},
	})
}

// After the unit, the question's own words by their initials ("hồ sơ
// TTHC" where "thủ tục hành chính" is asked) qualify it as asked.
func TestTheQuestionsWordsByTheirInitials(t *testing.T) {
	checkR9(t, []ruleCase{
		{"hs", "528 hồ sơ TTHC", "= 528", ""},
		{"hs", "528 hồ sơ tthc", "= 528", ""},
		{"hs", "tiếp nhận 528 hồ sơ TTHC", "= 528", ""},
		{"hs", "Báo cáo tháng 12/2026: tiếp nhận 528 hồ sơ TTHC", "? 528", ""},
		{"hs", "528 hồ sơ ABC", "!", ""},
		{"gdvh", "528 hộ GĐVH", "= 528", ""},
		{"ho", "528 hộ GĐVH", "!", ""},
	})
}

// At a count of places, a figure then why it changed, naming the place
// split or merged ("15 bản mới tách bản Huổi Lếch"), is the figure, asked.
// Without the place named it may count only the new ones: refused.
func TestACountOfPlacesWithWhyItChanged(t *testing.T) {
	checkR9(t, []ruleCase{
		{"thon", "14 bản, à 15 bản mới tách bản Huổi Lếch", "? 15", ""},
		{"thon", "15 bản (mới tách bản Huổi Lếch)", "? 15", ""},
		{"thon", "9 ấp, à 10 ấp (mới tách ấp Tân Lợi)", "? 10", ""},
		{"thon", "12 thôn do sáp nhập thôn Đông", "= 12", ""},
		{"thon", "15 bản mới tách", "!", ""},
		{"clb", "6 CLB mới thành lập", "!", ""},
		{"ho", "2.345 hộ mới tách", "!", ""},
	})
}
