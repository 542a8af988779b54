package reader

import "testing"

// The rhetorical no and the yes by denial, alone or with politeness, are
// stored (yesno_rhetoric.go); with more words they are confirmed.
func TestRhetoricalAnswersAreStored(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		{"Có đâu anh ơi", "= không"}, {"đâu có đâu ạ", "= không"}, {"Làm gì có chị", "= không"},
		{"làm chi có đâu", "= không"}, {"Mô có ạ", "= không"}, {"có mô chị", "= không"}, {"CÓ ĐÂU", "= không"},
		{"Không sai anh", "= có"}, {"hông sai đâu ạ", "= có"}, {"chẳng sai", "= có"},
		{"Nàm gì có", "= không"}, {"đã nàm xong", "= có"}, {"chưa nàm", "= không"},
		// "có gì đâu" says "it is nothing" as often as no
		{"có gì đâu", "? không"}, {"có chi mô", "? không"},
		// with a remark, the turn is confirmed
		{"có đâu, xã nghèo lắm", "? không"},
	})
}
