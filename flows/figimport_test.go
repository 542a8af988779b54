package flows_test

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
)

// planOf reads a table written as CSV-like lines ("a;b;c") as form nam's
// figures of period key in the Thanh Hóa sample.
func planOf(t *testing.T, key string, lines ...string) flows.ImportPlan {
	t.Helper()
	cfg := sample.MustNamed("thanh-hoa")
	f := cfg.Form("nam")
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

func problems(p flows.ImportPlan) []string {
	var out []string
	for _, pr := range p.Problems {
		out = append(out, locales.Render(locales.VI, pr.Message()))
	}
	return out
}

func TestImportFindsColumnsByIdLabelOrShortLabel(t *testing.T) {
	for _, head := range []string{"tong_ho;gdvh", "Tổng số hộ (hộ);Hộ gia đình văn hóa (hộ)", "TONG SO HO;ho gia dinh van hoa",
		"Households;Cultured families", "Tổng số hộ gia đình trên địa bàn {level}?;Số hộ đạt danh hiệu \"Gia đình văn hóa\"?"} {
		p := planOf(t, "2026", "Mã ĐVHC;"+head, "15187;2.345;2.100")
		if len(p.Problems) != 0 || len(p.Rows) != 1 {
			t.Errorf("%q: %v", head, problems(p))
			continue
		}
		if v, _ := (&flows.Submission{Answers: p.Rows[0].Answers}).Num("gdvh"); v != 2100 {
			t.Errorf("%q: gdvh %v", head, v)
		}
	}
}

func TestImportFindsUnitsByCodeOrNameInThePeriodsEra(t *testing.T) {
	for _, c := range []struct {
		period, unit, want string
	}{
		{"2026", "15187", "15187"},
		{"2026", "Xã Kim Tân", "15187"},
		{"2026", "kim tan", "15187"},
		{"2026", "Ngọc Trạo", "15250"},
		{"2024", "15250", "15250"}, // old Xã Thành An in 2024
		{"2024", "Thành An", "15250"},
		{"2024", "xa thanh an", "15250"},
		{"2024", "Thị trấn Kim Tân", "15187"},
		{"2024", "Xã Ngọc Trạo", "15268"}, // old Xã Ngọc Trạo, not the new one nor two old wards
		{"2024", "Thành Tân", "15238"},    // not Xã Thanh Tân of Như Thanh
	} {
		p := planOf(t, c.period, "Tên đơn vị;tong_ho", c.unit+";1.000")
		if len(p.Rows) != 1 || p.Rows[0].Unit.Code != c.want {
			t.Errorf("%s %q: %v, problems %v", c.period, c.unit, p.Rows, problems(p))
		}
	}
}

func TestImportSaysWhyARowHasNoUnit(t *testing.T) {
	for _, c := range []struct {
		period, unit, want string
	}{
		{"2024", "Xã Kim Tân mới;", "không tìm thấy đơn vị"},
		{"2024", "15999", "không tìm thấy đơn vị “15999”"},
		{"2026", "15268", "không tìm thấy đơn vị “15268” trong danh mục đơn vị của kỳ năm 2026"},
		{"2024", "Phường Hạc Thành", "phường Hạc Thành chưa được thành lập"}, // today's ward, no 2024 report of its own
		{"2024", "Ngọc Trạo", "là tên của nhiều đơn vị: Phường Ngọc Trạo (14779, Thành phố Thanh Hóa); Phường Ngọc Trạo (14818, Thị xã Bỉm Sơn); Xã Ngọc Trạo (15268, Huyện Thạch Thành)"},
		{"2024", "Thanh Tan", "là tên của nhiều đơn vị: Xã Thành Tân (15238, Huyện Thạch Thành); Xã Thanh Tân (16273, Huyện Như Thanh)"},
	} {
		p := planOf(t, c.period, "Mã;tong_ho", c.unit+";1.000")
		if len(p.Rows) != 0 || len(p.Problems) != 1 || !strings.Contains(problems(p)[0], c.want) || !strings.HasPrefix(problems(p)[0], "dòng 2, cột A: ") {
			t.Errorf("%s %q: %v", c.period, c.unit, problems(p))
		}
	}
}

func TestImportNamesEveryBadCellByRowAndColumn(t *testing.T) {
	p := planOf(t, "2026",
		"STT;Mã ĐVHC;Tên đơn vị;Tổng số hộ;Hộ gia đình văn hóa;Ghi chú",
		"1;15187;Xã Kim Tân;32,657;2.100;",
		"2;15190;Xã Vân Du;1.720;1.900;",
		"3;15199;Xã Thạch Quảng;nhiều;–;",
		"4;15187;Xã Kim Tân;1.000;900;",
	)
	got := problems(p)
	want := []string{"dòng 2, cột D: “32,657”", "dòng 3, cột E: ", "dòng 4, cột D: “nhiều”", "dòng 5, cột B: "}
	if len(got) != len(want) {
		t.Fatalf("problems %q, want %d", got, len(want))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("problem %d: %q, want it to start %q", i, got[i], want[i])
		}
	}
	if len(p.Rows) != 0 {
		t.Errorf("rows planned beside problems: %v", p.Rows)
	}
}

func TestImportSkipsHeadingsTotalsAndLeavesNotReportedUnitsOut(t *testing.T) {
	p := planOf(t, "2026",
		"BÁO CÁO TỔNG KẾT NĂM 2026",
		"",
		"STT;Tên đơn vị;Mã ĐVHC;Tổng số hộ (hộ);Hộ gia đình văn hóa (hộ);Tỷ lệ hộ gia đình văn hóa (%);Ghi chú",
		"A;B;C;1;2;3;4",
		"I;Cụm thi đua số 11 (địa bàn huyện Thạch Thành cũ);;3.000;2.400;80;",
		"1;Xã Kim Tân;15187;2.000;1.600;80,0;",
		"2;Xã Vân Du;15190;–;–;–;Chưa nộp",
		"3;Xã Thạch Quảng;15199;1.000;;;",
		";Tổng cộng;;3.000;1.600;;",
	)
	if len(p.Problems) != 0 {
		t.Fatalf("problems %v", problems(p))
	}
	if len(p.Rows) != 2 || p.Rows[0].Line != 6 || p.Rows[1].Line != 8 || len(p.Empty) != 1 || p.Empty[0].Unit.Code != "15190" {
		t.Fatalf("rows %+v, empty %+v", p.Rows, p.Empty)
	}
	s := &flows.Submission{Answers: p.Rows[0].Answers}
	if v, ok := s.Num("ty_le_gdvh"); !ok || v != 80 {
		t.Errorf("the share is computed from the counts, as the chat does: %v %v", v, ok)
	}
	if _, ok := p.Rows[1].Answers["gdvh"]; ok {
		t.Error("an empty cell was stored, want it not reported")
	}
}

func TestImportRefusesAColumnItCannotPlace(t *testing.T) {
	p := planOf(t, "2026", "Mã;Tổng số hộ;Số hộ GĐVH", "15187;2.000;1.600")
	if got := problems(p); len(got) != 1 || !strings.HasPrefix(got[0], "dòng 1, cột C: cột “Số hộ GĐVH” không phải chỉ tiêu nào") {
		t.Errorf("problems %q", got)
	}
	p = planOf(t, "2026", "a;b", "1;2")
	if got := problems(p); len(got) != 1 || !strings.HasPrefix(got[0], "Không tìm thấy dòng tiêu đề") {
		t.Errorf("problems %q", got)
	}
}

// A sheet of today's units for 2024 (what /xuat writes for a period before
// the reform) holds sums of old units: read by code, 15250 would be old Xã
// Thành An, 15187 old Thị trấn Kim Tân. The row's name tells.
func TestImportRefusesTodaysSumsAsAnOldUnitsReport(t *testing.T) {
	p := planOf(t, "2024", "STT;Tên đơn vị;Mã ĐVHC;Tổng số hộ (hộ)", "1;Xã Ngọc Trạo;15250;5309", "2;Xã Kim Tân;15187;9000", "3;Xã Thành An;15187;1.000", "4;Xã Thành An;15250;1.500")
	got := problems(p)
	want := []string{"dòng 2, cột B: dòng này là xã Ngọc Trạo hiện nay (mã 15250)", "dòng 3, cột B: dòng này là xã Kim Tân hiện nay (mã 15187)", "dòng 4, cột B: mã 15187 là của thị trấn Kim Tân cũ"}
	if len(got) != len(want) {
		t.Fatalf("problems %q", got)
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("problem %d: %q, want it to start %q", i, got[i], want[i])
		}
	}
}
