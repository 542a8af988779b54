package bot

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// The workbook /xuat sends has a sheet against the same period a year
// earlier: per commune the share of households recognised now, then and
// the change in points, computed here from the parts the harness stored;
// a commune without this year's report has empty cells, never 0; the
// district's row is over the communes with both figures and says so.
func TestTheExportComparesEachUnitWithTheSamePeriodAYearEarlier(t *testing.T) {
	h := newHarness(t)
	h.seed(18) // 2025 from every commune of 391, 2026 from the first 18
	h.person("sup", "Lê Thị Hoa", "391", flows.Supervisor)
	file := exported(t, h, "/xuat nam 2026")
	keepDoc(t, "nam-2026-391-cung-ky.xlsx", file.Data)
	x, err := excelize.OpenReader(bytes.NewReader(file.Data))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	sheet := locales.Render(locales.VI, locales.M("export.sheet_year"))
	rows, err := x.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("no sheet %q in %v: %v", sheet, x.GetSheetList(), err)
	}
	q := h.app.Config.Form("nam").Question("ty_le_gdvh")
	label := flows.Label(q).In(locales.VI)
	col := -1
	for i, head := range rows[0] {
		if head == label+" (năm 2026)" {
			col = i
		}
	}
	if col < 0 {
		t.Fatalf("no column %q (năm 2026) in %q", label, rows[0])
	}
	num := func(r []string, i int) (float64, bool) {
		if i >= len(r) || r[i] == "" {
			return 0, false
		}
		v, err := strconv.ParseFloat(r[i], 64) // the cell's raw value, exact

		return v, err == nil
	}
	leaves := h.app.Config.Units.Get("391").Leaves()
	var homes, then, now float64
	for i, u := range leaves {
		r := rows[1+i]
		if r[0] != u.Code {
			t.Fatalf("row %d is %v, want %s", i+1, r[:2], u.Code)
		}
		hh, g := float64(1000+10*i), float64(860+12*i)
		if i >= 18 {
			for k := col; k < col+3; k++ {
				if v, ok := num(r, k); ok {
					t.Errorf("%s sent no 2026 report, yet column %d reads %v", u.Code, k, v)
				}
			}
			continue
		}
		homes += hh
		then += g - 20
		now += g
		wantNow, wantThen := g/hh*100, (g-20)/hh*100
		for k, want := range []float64{wantNow, wantThen, wantNow - wantThen} {
			got, ok := num(r, col+k)
			if !ok || math.Abs(got-want) > 1e-9 {
				t.Errorf("%s column %d = %q, want %.2f", u.Code, col+k, r[col+k], want)
			}
		}
	}
	total := rows[1+len(leaves)]
	if !strings.Contains(total[1], "18/"+strconv.Itoa(len(leaves))) {
		t.Errorf("the district's row does not say it covers 18 of %d communes: %q", len(leaves), total[1])
	}
	if got, ok := num(total, col+2); !ok || math.Abs(got-(now-then)/homes*100) > 1e-9 {
		t.Errorf("the district's change = %q, want %.2f points from the summed parts", total[col+2], (now-then)/homes*100)
	}
	// Each row's change is shown with the decimals of the shares it is the
	// change of, and with as many as make it the difference of its figures
	// as shown: never 82,7% against 80,3% beside +2,36, nor 83,0% against
	// 80,2% beside +2,9.
	digitsOf := func(cell string) (int, string) {
		id, err := x.GetCellStyle(sheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		st, err := x.GetStyle(id)
		if err != nil || st.CustomNumFmt == nil {
			t.Fatalf("%s has no number format (%v)", cell, err)
		}
		f := *st.CustomNumFmt
		dot := strings.Index(f, ".")
		if dot < 0 {
			return 0, f
		}
		return len(f[dot+1:]) - len(strings.TrimLeft(f[dot+1:], "0")), f
	}
	for i, r := range rows[1:] {
		now, ok1 := num(r, col)
		then, ok2 := num(r, col+1)
		moved, ok3 := num(r, col+2)
		if !ok1 || !ok2 || !ok3 {
			continue
		}
		digits := -1
		for k := range 3 {
			cell, _ := excelize.CoordinatesToCellName(col+k+1, i+2)
			d, f := digitsOf(cell)
			if k == 2 && !strings.HasPrefix(f, "+") {
				t.Errorf("%s is formatted %s, without its sign", cell, f)
			}
			if digits >= 0 && d != digits {
				t.Errorf("%s shows %d decimals, its figures %d", cell, d, digits)
			}
			digits = d
		}
		if digits < 1 {
			t.Errorf("%s: shares shown with %d decimals", r[0], digits)
			continue
		}
		shown := func(v float64) float64 { p := math.Pow(10, float64(digits)); return math.Round(v*p) / p }
		if math.Abs(shown(now)-shown(then)-shown(moved)) > 1e-9 {
			t.Errorf("%s: %v − %v shown beside %v (%d decimals)", r[0], shown(now), shown(then), shown(moved), digits)
		}
	}
}

// The year sheet's figures tell apart what ranks apart, and a figure from
// its target, as the report sheet's do: Thạch Lâm (88,192%) and Thạch
// Quảng (88,195%) each read "88,2%" at the decimals their own change
// needs, Vân Du's 85,96% read "86,0%" beside the district's target of 86%,
// and the district's line over the five communes (85,995%) read "86,0%"
// too. Each row keeps the decimals that make its change the difference of
// its figures as shown, from at least those.
func TestTheYearSheetTellsApartWhatRanksApartAndFromTheTarget(t *testing.T) {
	h := newHarness(t)
	f := h.app.Config.Form("nam")
	parts := map[string][2][2]float64{ // code: {2026 {households, cultured}, 2025 {…}}
		"15190": {{10000, 8596}, {10000, 8400}},
		"15196": {{28100, 24782}, {28100, 24447}},
		"15199": {{28250, 24915}, {28250, 24578}},
		"15202": {{10000, 8000}, {10000, 7900}},
		"15205": {{10000, 7964}, {10000, 7900}},
	}
	if err := h.db.Update(func(tx *store.Tx) error {
		for code, p := range parts {
			for i, year := range []string{"2026", "2025"} {
				hh, g := p[i][0], p[i][1]
				s := &flows.Submission{Form: f.ID, Period: year, Unit: code, By: "x", ByName: "Cán bộ",
					At:      time.Date(2027-i, 1, 5, 8, 0, 0, 0, locales.Zone),
					Answers: map[string]flows.Value{"tong_ho": {Num: &hh}, "gdvh": {Num: &g}}}
				if err := tx.PutSubmission(s); err != nil {
					return err
				}
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	h.person("sup", "Lê Thị Hoa", "391", flows.Supervisor)
	x := openSheet(t, exported(t, h, "/xuat nam 2026").Data)
	sheet := locales.Render(locales.VI, locales.M("export.sheet_year"))
	rows, err := x.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	label := flows.Label(f.Question("ty_le_gdvh")).In(locales.VI)
	col := -1
	for i, head := range rows[0] {
		if head == label+" (năm 2026)" {
			col = i
		}
	}
	if col < 0 {
		t.Fatalf("no column %q (năm 2026) in %q", label, rows[0])
	}
	type fig struct {
		row      int
		name     string
		value    float64
		shown    string
		district bool
		target   float64
	}
	var nows, thens []fig
	for i, r := range rows[1:] {
		if len(r) <= col+2 || r[col] == "" {
			continue
		}
		for k, into := range []*[]fig{&nows, &thens} {
			cell, _ := excelize.CoordinatesToCellName(col+k+1, i+2)
			v, err := strconv.ParseFloat(r[col+k], 64)
			if err != nil {
				t.Fatalf("%s: %q", cell, r[col+k])
			}
			shown, _ := x.GetCellValue(sheet, cell)
			target := []float64{86, 85}[k]
			*into = append(*into, fig{row: i + 2, name: r[1], value: v, shown: shown, district: r[0] == "391", target: target})
		}
	}
	if len(nows) != 6 {
		t.Fatalf("%d rows with both years, want the 5 communes and the district", len(nows))
	}
	for _, figs := range [][]fig{nows, thens} {
		for i, a := range figs {
			if !sameValue(a.value, a.target) && strings.TrimSuffix(a.shown, "%") == strconv.FormatFloat(a.target, 'f', len(a.shown)-strings.Index(a.shown, ".")-2, 64) {
				t.Errorf("row %d (%s, %v) reads %q, as its target %v", a.row, a.name, a.value, a.shown, a.target)
			}
			for _, b := range figs[i+1:] {
				if a.district || b.district || sameValue(a.value, b.value) {
					continue
				}
				if a.shown == b.shown {
					t.Errorf("rows %d (%s, %v) and %d (%s, %v) both read %q", a.row, a.name, a.value, b.row, b.name, b.value, a.shown)
				}
			}
		}
	}
	for _, want := range []string{"85.96%", "88.192%", "88.195%", "85.995%"} {
		found := false
		for _, n := range nows {
			found = found || n.shown == want
		}
		if !found {
			t.Errorf("no figure reads %s: %+v", want, nows)
		}
	}
}

// Cluster 11's year sheet, its two years imported from the department's
// tables (the screenshot docs/screenshots/reports-sheet-year.png, with
// -docs DIR): Kim Tân's 82,696% and Vân Du's 82,743% read 82,70% and
// 82,74% (were both 82,7%), Thạch Quảng's 85,959% reads 85,96% against
// the target of 86% (was 86,0%), the three communes tied on 19 of 24
// villages read 79,2% alike, Ngọc Trạo's change reads as the difference of
// its figures (83,04% − 80,16% = +2,88), Thành Vinh without a 2026 report
// is left empty.
func TestTheClustersYearSheetTellsItsCommunesApart(t *testing.T) {
	h := provinceHarness(t, func(int, *flows.Unit) bool { return false })
	h.person("sup", "Lê Văn Hùng", "38", flows.Supervisor)
	head := "Mã ĐVHC,Tên đơn vị,Tổng số hộ,Hộ gia đình văn hóa,\"Tổng số thôn, tổ dân phố\",\"Thôn, tổ dân phố văn hóa\",\"Cơ quan, đơn vị đạt chuẩn văn hóa\",Câu lạc bộ thể dục thể thao\n"
	years := map[string]string{
		"2025": head +
			"15187,Xã Kim Tân,6950,5580,24,18,140,35\n" +
			"15190,Xã Vân Du,7000,5640,24,18,70,18\n" +
			"15199,Xã Thạch Quảng,7030,5560,48,36,70,18\n" +
			"15211,Xã Thạch Bình,7080,5640,32,24,94,24\n" +
			"15229,Xã Thành Vinh,7100,5600,26,20,100,25\n" +
			"15250,Xã Ngọc Trạo,6750,5411,80,60,94,24\n",
		"2026": head +
			"15187,Xã Kim Tân,6998,5787,24,19,144,37\n" +
			"15190,Xã Vân Du,7035,5821,24,19,72,19\n" +
			"15199,Xã Thạch Quảng,7072,6079,48,38,72,19\n" +
			"15211,Xã Thạch Bình,7109,5886,32,25,96,25\n" +
			"15250,Xã Ngọc Trạo,6800,5647,80,64,96,25\n",
	}
	for _, y := range []string{"2025", "2026"} {
		resp := h.app.AdminImport(adminImport("cum-11-"+y+".csv", []byte(years[y]), "nam", y, false, false))
		if resp.Error != "" {
			t.Fatalf("import %s refused:\n%s", y, resp.Error)
		}
	}
	file := exported(t, h, "/xuat nam 2026 cum_391")
	keepDoc(t, "nam-2026-cum_391-cung-ky.xlsx", file.Data)
	x := openSheet(t, file.Data)
	sheet := locales.Render(locales.VI, locales.M("export.sheet_year"))
	for cell, want := range map[string]string{
		"C2": "82.70%", "D2": "80.29%", "E2": "+2.41", // Kim Tân
		"C3": "82.74%", "D3": "80.57%", "E3": "+2.17", // Vân Du
		"C4": "85.96%", "D4": "79.09%", "E4": "+6.87", // Thạch Quảng
		"F2": "79.2%", "F3": "79.2%", "F4": "79.2%", // tied
		"C6": "", "D6": "", "E6": "", // Thành Vinh: no 2026 report
		"C7": "83.04%", "D7": "80.16%", "E7": "+2.88", // Ngọc Trạo
	} {
		if got, err := x.GetCellValue(sheet, cell); err != nil || got != want {
			t.Errorf("%s reads %q (%v), want %q", cell, got, err, want)
		}
	}
}
