package reader

import (
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

func TestASourceAfterTheFigureIsNoOtherUnit(t *testing.T) {
	now := time.Date(2027, 1, 5, 9, 0, 0, 0, locales.Zone)
	ho := &Question{Type: TypeInt, Label: locales.T("Tổng số hộ gia đình trên địa bàn xã?", ""), Unit: locales.T("hộ", "households")}
	for _, s := range []string{
		"2.318 hộ, số liệu của cơ quan thống kê", "2.318 hộ, số liệu của trưởng thôn",
		"2.318 hộ, nguồn: công an xã", "2.318 ho, so lieu cua truong thon", "2.318 hộ; theo cơ quan thống kê",
	} {
		if r := Read(ho, s, now, locales.VI); r.Problem != nil || r.Num == nil || *r.Num != 2318 {
			t.Errorf("%q: %+v, want 2318", s, r)
		}
	}
	// The clause set aside leaves every other rule in force.
	for _, s := range []string{"khoảng 2.318 hộ, số liệu của trưởng thôn", "2.318 khẩu, số liệu công an xã"} {
		if r := Read(ho, s, now, locales.VI); r.Problem == nil && r.Unsure == nil {
			t.Errorf("%q: stored %v, want asked or refused", s, *r.Num)
		}
	}
}
