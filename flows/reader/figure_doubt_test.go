package reader

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

var (
	qArea    = &Question{Type: TypeDecimal, Label: locales.T("Diện tích đất dành cho thể dục thể thao?", ""), Unit: locales.T("ha", "")}
	qBalance = &Question{Type: TypeDecimal, Label: locales.T("Số dư quỹ cuối kỳ?", ""), Unit: locales.T("triệu đồng", "")}
)

// An approximation word right before a figure makes it an estimate to
// confirm, in every region's words, with or without marks for the
// two-word phrases; a figure without one is stored (figure_doubt.go).
func TestAnEstimateWordBeforeAFigureIsAsked(t *testing.T) {
	checkReads(t, []readCase{
		{qClubs, "lối 15 cái", "? 15"},
		{qHouseholds, "sơ sơ 1500", "? 1500"},
		{qHouseholds, "so so 1500 hộ", "? 1500"},
		{qPeople, "tròm trèm 4.200 người", "!"}, // unknown words before: refused earlier, never stored
		{qVillages, "áng chừng 12 thôn", "? 12"},
		{qVillages, "ang chung 12", "? 12"},
		{qFiles, "trên dưới 300 hồ sơ", "? 300"},
		{qArea, "xấp xỉ 2,5 ha", "? 2.5"},
		{qFiles, "ngót nghét 300", "!"},    // likewise
		{qClubs, "15 CLB", "= 15"},         // no estimate word: stored
		{qHouseholds, "1500 hộ", "= 1500"}, // trap
	})
}

// A per-cent sign or word on the figure at a question that is not a
// percentage is a figure of another kind: refused. A percentage beside
// the figure asked for ("2.907 hộ, đạt 93%") is left to the other rules.
func TestAPerCentOnAFigureAtAnotherKindOfQuestionIsRefused(t *testing.T) {
	checkReads(t, []readCase{
		{qArea, "2,5%", "!"},
		{qArea, "2,5 %", "!"},
		{qArea, "2,5 phần trăm", "!"},
		{qArea, "2.5 phan tram", "!"},
		{qClubs, "15%", "!"},
		{qHouseholds, "40 %", "!"},
		{qShare, "93,1%", "= 93.1"},
		{qArea, "2,5 ha", "= 2.5"},
	})
}

// A figure alone in brackets is the accountant's negative; "ngàn" after a
// figure already grouped in thousands multiplies twice; a grouped figure
// followed by a bare group of three digits is two pieces: all refused.
func TestSignsThatChangeAFigureAreRefused(t *testing.T) {
	checkReads(t, []readCase{
		{qBalance, "(3.5)", "!"},
		{qBalance, "( 12,5 )", "!"},
		{qShare, "(2,5)", "!"},
		{qHouseholds, "(120)", "= 120"}, // a count cannot be negative: brackets only wrap it
		{qFiles, "3.450 ngàn", "!"},
		{qPeople, "1.200 nghìn", "!"},
		{qPeople, "1.200 nghin nguoi", "!"},
		{qHouseholds, "32.000 657", "!"},
		{qPeople, "12.000 450 người", "!"},
		{qPeople, "3 nghìn người", "= 3000"},  // not grouped: a count
		{qHouseholds, "32.657 hộ", "= 32657"}, // one figure
	})
}

// A team or a group is not surely a club: "18 đội" at the clubs question
// is offered; at a question whose own unit is "đội" it is stored.
func TestALooselyCoveredUnitIsOffered(t *testing.T) {
	qTeams := countQ("Số đội văn nghệ quần chúng?", "đội")
	checkReads(t, []readCase{
		{qClubs, "18 đội", "? 18"},
		{qClubs, "18 doi", "? 18"},
		{qClubs, "5 nhóm", "? 5"},
		{qClubs, "6 teams", "? 6"},
		{qClubs, "18 CLB", "= 18"},
		{qClubs, "18 câu lạc bộ", "= 18"},
		{qTeams, "18 đội", "= 18"},
		{qTeams, "7 doi", "= 7"},
	})
}

// A total and its part "trong đó": when the part is named with the
// question's own words that the total's side lacks, the question asks
// for the part, offered; otherwise the total stands, offered (figure_part.go).
func TestThePartAskedForIsOffered(t *testing.T) {
	checkReads(t, []readCase{
		{qItems, "Tổng số tin bài đăng: 120, trong đó về chuyển đổi số: 35", "? 35"},
		{qItems, "tong so tin bai 120, trong do ve chuyen doi so 35", "? 35"},
		{qItems, "120 tin bài, trong đó 35 tin về chuyển đổi số", "? 35"},
		{qCultured, "Tổng số hộ: 3.126 hộ, trong đó hộ đạt gia đình văn hóa: 2.907", "!"}, // refused by the figure stage first: never stored,
		{qHouseholds, "3.126 hộ, trong đó 2.907 hộ đạt GĐVH", "? 3126"},                   // the total, offered as before (round ten),
		{qPeople, "Dân số 45.231 người, trong đó nữ 23.102", "? 45231"},
		{qClubs, "23 CLB (trong đó 5 CLB mới thành lập)", "? 23"},
		{qFiles, "215 hồ sơ (trong đó 180 hồ sơ trực tuyến)", "? 215"},
	})
}

// Words saying a figure is exact, and end particles, add nothing to it:
// the answer is read without them; bare look-alikes are not dropped
// (figure_exact.go).
func TestWordsOfExactnessAreReadPast(t *testing.T) {
	checkReads(t, []readCase{
		{qFiles, "340 chẵn", "= 340"},
		{qFiles, "tròn 300", "= 300"},
		{qFiles, "đúng 340 luôn", "= 340"},
		{qPeople, "chính xác 15.230 người", "= 15230"},
		{qHouseholds, "4512 hộ nghen", "= 4512"},
		{qVillages, "12 thôn nè", "= 12"},
		{qHouseholds, "4512 rứa đó", "= 4512"},
		{qClubs, "15 CLB á", "= 15"},
		{qFiles, "tron 300", "!"},           // bare: not surely "tròn"
		{qFiles, "sơ sơ 300 chẵn", "? 300"}, // still an estimate
	})
}

// A decimal without its leading zero is that fraction, offered; at a
// count it stays refused (figure_leading_zero.go).
func TestAFractionWithoutItsZeroIsOffered(t *testing.T) {
	checkReads(t, []readCase{
		{qArea, ",5", "? 0.5"},
		{qArea, ".85", "? 0.85"},
		{qArea, ",85 ha", "? 0.85"},
		{qShare, ",5%", "? 0.5"},
		{qBalance, ".25", "? 0.25"},
		{qHouseholds, ",5", "!"},
		{qClubs, ".7", "!"},
		{qArea, ",", "!"},
	})
}
