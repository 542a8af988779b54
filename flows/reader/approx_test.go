package reader

import "testing"

// Rule: an estimate of one figure ("khoảng 4.500", "tầm 7", "~4500",
// "4.500 hộ (ước)") is offered for confirmation, with a word that the
// report wants the exact figure; a bound ("hơn", "trên", "gần", "ít
// nhất") or a range ("6-7", "20 đến 25") stays refused.
func TestAnEstimateOfOneFigureIsOfferedNeverStored(t *testing.T) {
	const est = "reading.estimate"
	checkRuleCases(t, []ruleCase{
		{"ho", "khoảng 4500", "? 4500", est},
		{"ho", "Khoảng 4.500 hộ ạ", "? 4500", est},
		{"ho", "dạ khoảng 4.500 hộ", "? 4500", est},
		{"ho", "khoang 4500", "? 4500", est},
		{"ho", "khoangr 4500", "? 4500", est}, // Telex leftover
		{"ho", "KHOẢNG 4500 HỘ", "? 4500", est},
		{"clb", "tầm 7", "? 7", est},
		{"clb", "tam 7 clb", "? 7", est}, // bare, right before digits
		{"clb", "cỡ 12 CLB", "? 12", est},
		{"ho", "~4500", "? 4500", est},
		{"ho", "~ 4.500 hộ", "? 4500", est},
		{"ho", "≈4500", "? 4500", est},
		{"ho", "ước 4500", "? 4500", est},
		{"ho", "ước tính 4.500 hộ", "? 4500", est},
		{"ho", "uoc tinh 4500", "? 4500", est},
		{"ho", "ước khoảng 4500", "? 4500", est},
		{"ho", "4500 hộ (ước)", "? 4500", est},
		{"ho", "4500 (ước tính)", "? 4500", est},
		{"ho", "4500 ước tính ạ", "? 4500", est},
		{"clb", "trên dưới 50", "? 50", est},
		{"clb", "tren duoi 50", "? 50", est},
		{"pct", "xấp xỉ 93%", "? 93", est},
		{"pct", "xap xi 93,1%", "? 93.1", est},
		{"so", "chừng 30", "? 30", est},
		{"so", "độ 30", "? 30", est},
		{"so", "áng chừng 30", "? 30", est},
		{"so", "khoảng chừng 30", "? 30", est},
		{"ho", "tầm 2 nghìn", "? 2000", est},
		{"ho", "khoảng hai nghìn hộ", "? 2000", est},
		{"ha", "khoảng 1,5 ha", "? 1.5", est},
		{"ha", "tầm 2 ha", "? 2", est},
		{"ho", "chắc khoảng 4500", "? 4500", est},
		{"ho", "là khoảng 300", "? 300", est},
		{"ho", "about 4500", "? 4500", est},
		{"clb", "taamf 7", "? 7", est}, // tầm in Telex
		{"ho", "4500 (khoảng)", "? 4500", est},
		{"ho", "Số hộ: khoảng 4500", "? 4500", est},
		{"ho", "khoảng 4500 hộ trên địa bàn xã", "? 4500", est},
		{"ho", "4500 (tính)", "!", ""},
		{"ho", "khoảng 4500?", "!", ""},
		{"ho", "dự kiến khoảng 4500", "!", ""},
		{"ho", "khoảng 0912345678", "!", ""},
		// Bounds, ranges and hedges are no one figure: refused.
		{"ho", "hơn 4500", "!", "answer.not_exact"},
		{"ho", "trên 4500 hộ", "!", ""},
		{"ho", "dưới 4500", "!", ""},
		{"ho", "gần 4500", "!", ""},
		{"ho", "ngót 4500", "!", ""},
		{"ho", "ít nhất 4500", "!", ""},
		{"ho", "4500 trở lên", "!", ""},
		{"ho", "khoảng trên 300", "!", ""},
		{"ho", "tầm hơn 300", "!", ""},
		{"so", "khoảng 4-5", "!", ""},
		{"clb", "tầm 6-7 CLB", "!", ""},
		{"so", "khoảng 20 đến 25", "!", ""},
		{"so", "khoảng 4 hoặc 5", "!", ""},
		{"ho", "có lẽ 2345", "!", ""},
		{"ho", "khoảng 2.300 hoặc 2.400", "!", ""},
		// Not an estimate at all.
		{"ho", "tám trăm", "= 800", ""}, // "tám" is eight, not "tầm"
		{"ho", "co 4500", "? 4500", "reading.co_or_about"},
		{"ho", "có 4500 hộ", "= 4500", ""},
		{"ho", "4500 hộ trên địa bàn xã", "= 4500", ""},
	})
}
