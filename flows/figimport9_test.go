package flows_test

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
)

// planFormOf is planOf for any form of the Thanh Hóa sample.
func planFormOf(t *testing.T, form, key string, lines ...string) flows.ImportPlan {
	t.Helper()
	cfg := sample.MustNamed("thanh-hoa")
	f := cfg.Form(form)
	p, err := f.Period(key)
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	for _, l := range lines {
		rows = append(rows, strings.Split(l, ";"))
	}
	return cfg.PlanImport(flows.ImportInput{Form: f, Period: p, Rows: rows, Now: day(2026, 12, 10), Lang: locales.VI})
}

// A row whose code cell is empty but whose name names a unit is that
// unit's, found by its name as the README promises; it was passed over
// without a word (audit of 05/12/2026, item 2).
func TestARowWithANameAndNoCodeIsFoundByItsName(t *testing.T) {
	p := planOf(t, "2025", "STT;Mã;Đơn vị;tong_ho;gdvh", "1;;Xã Kim Tân;2500;2131", "2;15190;Xã Vân Du;2200;1874")
	if len(p.Problems) != 0 || len(p.Rows) != 2 || p.Rows[0].Unit.Code != "15187" || p.Rows[0].Line != 2 {
		t.Fatalf("rows %+v, problems %v", p.Rows, problems(p))
	}
	// In 2024 the name is the old unit's of that era: old Xã Ngọc Trạo
	// (15268), not today's (15250, old Xã Thành An's code then).
	p = planOf(t, "2024", "STT;Mã;Đơn vị;tong_ho;gdvh", "18;15250;Xã Thành An;700;600", "19;;Xã Ngọc Trạo;650;550")
	if len(p.Problems) != 0 || len(p.Rows) != 2 || p.Rows[1].Unit.Code != "15268" {
		t.Fatalf("2024: rows %+v, problems %v", p.Rows, problems(p))
	}
}

// A row with figures, no code and a name that finds no single unit is
// refused at its code cell, and nothing is stored; a row with neither a
// code nor figures (a line of text under the table) is still passed over.
func TestARowWithFiguresNoCodeAndAnUnknownNameIsRefused(t *testing.T) {
	p := planOf(t, "2025", "STT;Mã;Đơn vị;tong_ho;gdvh",
		"1;;Xã Kim Tânn;2500;2131",
		"2;15190;Xã Vân Du;2200;1874",
		"3;;Ngọc Trạo;100;90", // in 2025 today's Xã Ngọc Trạo: found
		";;Người lập biểu;;",
		";;Tổng cộng;4800;4095",
	)
	got := problems(p)
	if len(got) != 1 || !strings.HasPrefix(got[0], "dòng 2, cột B: ô mã đơn vị để trống") || !strings.Contains(got[0], "“Xã Kim Tânn”") {
		t.Fatalf("problems %q", got)
	}
	if len(p.Rows) != 2 || p.Rows[1].Unit.Code != "15250" {
		t.Errorf("rows %+v", p.Rows)
	}
	p = planOf(t, "2025", "STT;Mã;Đơn vị;tong_ho;gdvh", "1;;Thành Tân;2500;2131")
	if got := problems(p); len(got) != 1 || !strings.HasPrefix(got[0], "dòng 2, cột B: ô mã đơn vị để trống") {
		t.Fatalf("a name of 2024 only, in 2025: problems %q", got)
	}
}

// A name written with today's level word matches, before 07/2025, only
// an old unit of another level: "Xã Kim Tân" is today's commune, the sum
// of six old units, not old "Thị trấn Kim Tân". Refused, naming both, as a
// code whose name disagrees is (audit item 9e); the other way round too.
func TestANameThatMatchesOnlyAcrossErasIsRefused(t *testing.T) {
	for _, c := range []struct {
		form, period, name, want string
	}{
		{"so_ket", "2025-H1", "Xã Kim Tân", "“Xã Kim Tân” là tên của xã Kim Tân hiện nay (mã 15187)"},
		{"nam", "2024", "Xã Kim Tân", "“Xã Kim Tân” là tên của xã Kim Tân hiện nay (mã 15187)"},
		{"nam", "2024", "Xã Vân Du", "“Xã Vân Du” là tên của xã Vân Du hiện nay"},
		{"nam", "2026", "Thị trấn Kim Tân", "“Thị trấn Kim Tân” là tên của thị trấn Kim Tân cũ"},
	} {
		p := planFormOf(t, c.form, c.period, "Đơn vị;tong_ho;gdvh", c.name+";2500;2200")
		got := problems(p)
		if len(got) != 1 || len(p.Rows) != 0 || !strings.HasPrefix(got[0], "dòng 2, cột A: "+c.want) {
			t.Errorf("%s %s %q: rows %+v, problems %q", c.form, c.period, c.name, p.Rows, got)
		}
	}
	// Written as the era wrote it, or without a level word, the unit of
	// the period's era is found as before.
	for _, c := range []struct{ period, name, want string }{
		{"2024", "Thị trấn Kim Tân", "15187"}, {"2024", "Kim Tân", "15187"}, {"2026", "Xã Kim Tân", "15187"}, {"2026", "Kim Tân", "15187"},
	} {
		p := planOf(t, c.period, "Đơn vị;tong_ho", c.name+";2500")
		if len(p.Problems) != 0 || len(p.Rows) != 1 || p.Rows[0].Unit.Code != c.want {
			t.Errorf("%s %q: rows %+v, problems %q", c.period, c.name, p.Rows, problems(p))
		}
	}
}
