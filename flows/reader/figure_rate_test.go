package reader

import "testing"

func TestARateIsNotThePeriodsCount(t *testing.T) {
	checkReads(t, []readCase{
		{qProgs, "2 chương trình/tuần", "!"},
		{qProgs, "2 chuong trinh/tuan", "!"},
		{qProgs, "3 ct / tuần", "!"},
		{qProgs, "2 chương trình mỗi tuần", "!"},
		{qProgs, "1 chương trình hàng ngày", "!"},
		{qProgs, "khoảng 4 chương trình/tuần", "!"},
		{qProgs, "mỗi tuần 2 chương trình", "!"},
		// The period's own count said with its period is that count.
		{qProgs, "24 chương trình trong năm", "= 24"},
		{qProgs, "96 chương trình", "= 96"},
		// A rate in a note after the total explains the total.
		{qProgs, "96 chương trình (2 chương trình một tuần)", "? 96"},
		{qProgs, "48 chương trình (1 chương trình/tuần)", "? 48"},
		{qProgs, "30 chương trình, phát lúc 6h hằng ngày", "? 30"},
	})
	// Each rate right after its figure is refused saying it is a rate.
	for _, s := range []string{"2 chương trình/tuần", "2 chuong trinh/tuan", "2 chương trình mỗi tuần", "1 chương trình hàng ngày", "khoảng 4 chương trình/tuần"} {
		if r := Read(qProgs, s, tuesday, "vi"); r.Problem == nil || r.Problem.Key != "answer.rate_not_count" {
			t.Errorf("%q: %+v, want answer.rate_not_count", s, r.Problem)
		}
	}
}
