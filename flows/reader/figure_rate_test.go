package reader

import (
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

func TestARateIsNotThePeriodsCount(t *testing.T) {
	now := time.Date(2027, 1, 5, 9, 0, 0, 0, locales.Zone)
	ct := &Question{Type: TypeInt, Label: locales.T("Số chương trình phát thanh tự sản xuất?", ""), Unit: locales.T("chương trình", "programmes")}
	for _, s := range []string{
		"2 chương trình/tuần", "2 chuong trinh/tuan", "3 ct / tuần", "mỗi tuần 2 chương trình",
		"2 chương trình mỗi tuần", "1 chương trình hàng ngày", "2 buổi một tuần", "khoảng 4 chương trình/tuần",
	} {
		if r := Read(ct, s, now, locales.VI); r.Problem == nil {
			t.Errorf("%q: read as %+v, want refused (a rate)", s, r)
		} else if strings.Contains(s, "/") && r.Problem.Key != "answer.rate_not_count" && r.Problem.Key != "answer.not_exact" {
			// said with words ("mỗi tuần"), earlier stages refuse it as
			// words they cannot place; with a slash it reads as a figure
			// and a unit, and only this rule stops it
			t.Errorf("%q: refused with %s, want answer.rate_not_count", s, r.Problem.Key)
		}
	}
	for s, want := range map[string]float64{
		"24 chương trình/năm": 24, "24 chương trình trong năm": 24, "96 chương trình": 96,
		"96 chương trình (2 chương trình một tuần)": -1, // a rate beside the total: not stored as it stands
	} {
		r := Read(ct, s, now, locales.VI)
		if want < 0 {
			if r.Problem == nil && r.Unsure == nil {
				t.Errorf("%q: stored %v, want asked or refused", s, *r.Num)
			}
			continue
		}
		if r.Problem != nil || r.Num == nil || *r.Num != want {
			t.Errorf("%q: %+v, want %v", s, r, want)
		}
	}
}

func TestARateInANoteAfterTheTotalLeavesTheTotal(t *testing.T) {
	now := time.Date(2027, 1, 5, 9, 0, 0, 0, locales.Zone)
	ct := &Question{Type: TypeInt, Label: locales.T("Số chương trình phát thanh tự sản xuất?", ""), Unit: locales.T("chương trình", "programmes")}
	for _, s := range []string{"48 chương trình (1 chương trình/tuần)", "30 chương trình, phát lúc 6h hằng ngày"} {
		if r := Read(ct, s, now, locales.VI); r.Problem != nil && r.Problem.Key == "answer.rate_not_count" {
			t.Errorf("%q: refused as a rate, but the rate explains the total", s)
		}
	}
}
