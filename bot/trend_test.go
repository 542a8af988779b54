package bot

import (
	"bytes"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// thachThanh2024 is old Huyện Thạch Thành's 2024 year summary as its
// office kept it: the 24 old units by name, some without diacritics or
// their "xã", with the households and cultured families of each.
var thachThanh2024 = [][3]string{
	{"Thị trấn Kim Tân", "1.465", "1.184"}, {"Thị trấn Vân Du", "1.720", "1.390"},
	{"Xã Thạch Lâm", "1.487", "1.201"}, {"Xã Thạch Quảng", "1.598", "1.291"},
	{"Xã Thạch Tượng", "1.329", "1.074"}, {"Xã Thạch Cẩm", "1.559", "1.260"},
	{"Xã Thạch Sơn", "1.409", "1.138"}, {"Xã Thạch Bình", "1.319", "1.066"},
	{"Thach Dinh", "1.377", "1.113"}, {"Xã Thạch Long", "1.344", "1.086"},
	{"Xã Thành Mỹ", "1.522", "1.230"}, {"Xã Thành Yên", "1.514", "1.223"},
	{"Xã Thành Vinh", "1.335", "1.079"}, {"Xã Thành Minh", "2.995", "2.436"},
	{"Xã Thành Công", "1.574", "1.272"}, {"Xã Thành Tân", "1.348", "1.089"},
	{"xã Thành Trực", "1.502", "1.214"}, {"Xã Thành Tâm", "1.300", "1.020"},
	{"Thành An", "1.500", "1.180"}, {"Xã Thành Thọ", "1.633", "1.319"},
	{"Xã Thành Tiến", "1.324", "1.070"}, {"Thanh Long", "1.209", "945"},
	{"Xã Thành Hưng", "1.337", "1.080"}, {"Ngọc Trạo", "1.300", "1.020"},
}

// trendHarness is the Thanh Hóa configuration with old Thạch Thành's
// 2024 summary imported through `baocao figures import`, its 2023 one
// without Xã Thành Hưng, and the 2025 year reports of new Xã Kim Tân and
// Xã Ngọc Trạo.
func trendHarness(t *testing.T) (*App, time.Time) {
	t.Helper()
	cfg := sample.MustNamed("thanh-hoa")
	now := time.Date(2026, 1, 15, 9, 0, 0, 0, locales.Zone)
	a := &App{Store: mustOpen(t), Config: cfg, Log: discardLogger(), Now: func() time.Time { return now }}
	for _, year := range []string{"2024", "2023"} {
		csv := "STT,Tên đơn vị,Tổng số hộ,Hộ gia đình văn hóa\n,HUYỆN THẠCH THÀNH,,\n"
		for i, r := range thachThanh2024 {
			if year == "2023" && r[0] == "Xã Thành Hưng" {
				continue // its 2023 figures were never sent
			}
			csv += itoa(i+1) + "," + r[0] + ",\"" + r[1] + "\",\"" + r[2] + "\"\n"
		}
		resp := a.AdminImport(adminImport("thach-thanh-"+year+".csv", []byte(csv), "nam", year, false, false))
		if resp.Error != "" {
			t.Fatalf("import %s refused:\n%s", year, resp.Error)
		}
	}
	err := a.Store.Update(func(tx *store.Tx) error {
		for code, v := range map[string][2]float64{"15187": {8750, 7100}, "15250": {5420, 4300}} {
			ho, gd := v[0], v[1]
			s := &flows.Submission{Form: "nam", Period: "2025", Unit: code, By: "o", ByName: "Cán bộ", At: now.AddDate(0, 0, -10),
				Answers: map[string]flows.Value{"tong_ho": {Num: &ho}, "gdvh": {Num: &gd}}}
			if err := tx.PutSubmission(s); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return a, now
}

func trendOf(t *testing.T, a *App, now time.Time, unit, question string) (flows.Trend, string, []byte) {
	t.Helper()
	u := a.Config.Units.Get(unit)
	f := a.Config.Form("nam")
	var tr flows.Trend
	var line string
	var img []byte
	err := a.Store.View(func(tx *store.Tx) error {
		var m locales.Msg
		var err error
		tr, m, img, err = TrendFor(tx, a.Config, u, f, f.Question(question), now, locales.VI)
		line = locales.Render(locales.VI, m)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return tr, line, img
}

func pointOf(t *testing.T, tr flows.Trend, key string) flows.TrendPoint {
	t.Helper()
	p, ok := tr.Point(key)
	if !ok {
		t.Fatalf("the trend has no period %s: %+v", key, tr.Points)
	}
	return p
}

// Issue 21's check: old Thạch Thành's 2024 figures imported under the
// Thanh Hóa configuration; new Xã Kim Tân's trend goes on before 07/2025
// as the sum of its six old units. By hand: Thị trấn Kim Tân 1.465 +
// Thạch Định 1.377 + Thành Trực 1.502 + Thành Thọ 1.633 + Thành Tiến
// 1.324 + Thành Hưng 1.337 = 8.638 households, of which 1.184 + 1.113 +
// 1.214 + 1.319 + 1.070 + 1.080 = 6.980 cultured families: 80,8%.
func TestANewCommunesTrendContinuesAsItsOldUnitsImportedSum(t *testing.T) {
	a, now := trendHarness(t)
	tr, line, img := trendOf(t, a, now, "15187", "tong_ho")
	if p := pointOf(t, tr, "2024"); !p.Has || p.Value != 8638 || !p.Merged {
		t.Errorf("Kim Tân 2024 = %+v, want 8.638, the sum of its six old units", p)
	}
	if p := pointOf(t, tr, "2025"); !p.Has || p.Value != 8750 || p.Merged {
		t.Errorf("Kim Tân 2025 = %+v, want its own 8.750", p)
	}
	// 2023: Thành Hưng sent nothing, so there is no sum: the trend starts
	// in 2024 (a first gap is left out), never with 7.301.
	if _, ok := tr.Point("2023"); ok {
		t.Errorf("the trend shows 2023, when one of the six old units has no figure: %+v", tr.Points)
	}
	if want := "Tổng số hộ của xã Kim Tân năm 2025: 8.750 hộ; so với năm 2024: 8.638 hộ (tổng các xã cũ), ▲ 112."; !strings.Contains(line, want) {
		t.Errorf("line %q\nwant %q", line, want)
	}
	if _, err := png.Decode(bytes.NewReader(img)); err != nil {
		t.Errorf("the chart is not a PNG: %v", err)
	}

	tr, line, _ = trendOf(t, a, now, "15187", "ty_le_gdvh")
	if p := pointOf(t, tr, "2024"); math.Abs(p.Value-6980.0/8638*100) > 1e-9 {
		t.Errorf("Kim Tân's 2024 share %v, want 6.980/8.638 = %v from the summed parts", p.Value, 6980.0/8638*100)
	}
	// 7.100/8.750 = 81,14%; 6.980/8.638 = 80,81%: up 0,34 point, printed 0,3.
	if want := "năm 2025: 81,1%; so với năm 2024: 80,8% (tổng các xã cũ), ▲ 0,3 điểm phần trăm."; !strings.Contains(line, want) {
		t.Errorf("line %q\nwant %q", line, want)
	}
}

// Xã Ngọc Trạo (15250) has the code of old Xã Thành An: its 2024 figure is
// its four old units' sum (1.300 + 1.500 + 1.209 + 1.300 = 5.309), never
// Thành An's 1.500 read as its own; 2023 too, as all four have it (Thành
// Hưng is Kim Tân's).
func TestAReusedCodesPastIsTheSumNeverTheOldUnitOfThatCode(t *testing.T) {
	a, now := trendHarness(t)
	tr, _, _ := trendOf(t, a, now, "15250", "tong_ho")
	for _, k := range []string{"2023", "2024"} {
		if p := pointOf(t, tr, k); !p.Has || p.Value != 5309 {
			t.Errorf("Ngọc Trạo %s = %+v, want 5.309", k, p)
		}
	}
}

// A cluster's past is the sum of the old units that went into it, all of
// them: cluster 11 in 2024 is old Thạch Thành's 36.000 households; in 2023,
// with one old unit missing, it has no figure, and says how far it got.
func TestAGroupsPastNeedsEveryOldUnit(t *testing.T) {
	a, now := trendHarness(t)
	tr, line, _ := trendOf(t, a, now, "cum_391", "tong_ho")
	if p := pointOf(t, tr, "2024"); !p.Has || p.Value != 36000 || p.Done != 24 || p.Expected != 24 {
		t.Errorf("cluster 11 in 2024 = %+v, want 36.000 from 24/24 old units", p)
	}
	if _, ok := tr.Point("2023"); ok {
		t.Errorf("cluster 11 has a 2023 figure without Thành Hưng: %+v", tr.Points)
	}
	// 2025: two of its six communes reported; no partial sum.
	if p := pointOf(t, tr, "2025"); p.Has || p.Done != 2 || p.Expected != 6 {
		t.Errorf("cluster 11 in 2025 = %+v, want a gap, 2/6", p)
	}
	if want := "Tổng số hộ của Cụm thi đua số 11 (địa bàn huyện Thạch Thành cũ) năm 2024: 36.000 hộ (tổng các đơn vị cũ); so với năm 2023: chưa có số liệu. Kỳ năm 2025: mới có 2/6 đơn vị có số liệu."; line != "📈 "+want {
		t.Errorf("line %q\nwant %q", line, "📈 "+want)
	}
	// The province: only old Thạch Thành imported, so no year has all.
	tr, line, img := trendOf(t, a, now, "38", "tong_ho")
	if len(tr.Points) != 0 || img != nil || !strings.Contains(line, "Chưa có số liệu") {
		t.Errorf("the province's trend %+v, %q, want none", tr.Points, line)
	}
}

// docs/screenshots/trend-commune-merger.png is this chart: `go test ./bot
// -run TestTheTrendScreenshot -update` writes it again.
func TestTheTrendScreenshot(t *testing.T) {
	a, now := trendHarness(t)
	// Two earlier years of Ngọc Trạo's four old units, one of them
	// incomplete (2022), so the picture shows a gap as well.
	err := a.Store.Update(func(tx *store.Tx) error {
		for _, s := range []struct {
			year, code string
			ho, gd     float64
		}{
			{"2021", "15247", 1280, 990}, {"2021", "15250", 1480, 1150}, {"2021", "15259", 1190, 900}, {"2021", "15268", 1290, 1000},
			{"2022", "15247", 1290, 1000}, {"2022", "15250", 1490, 1160}, {"2022", "15268", 1295, 1005},
		} {
			ho, gd := s.ho, s.gd
			if err := tx.PutSubmission(&flows.Submission{Form: "nam", Period: s.year, Unit: s.code, By: "o", ByName: "Cán bộ", At: now,
				Answers: map[string]flows.Value{"tong_ho": {Num: &ho}, "gdvh": {Num: &gd}}}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	tr, _, img := trendOf(t, a, now, "15250", "ty_le_gdvh")
	if p := pointOf(t, tr, "2022"); p.Has {
		t.Errorf("2022 has a figure from three of four old units: %+v", p)
	}
	if tr.MergedUntil() < 0 {
		t.Errorf("no reform marked: %+v", tr.Points)
	}
	path := filepath.Join("..", "docs", "screenshots", "trend-commune-merger.png")
	if *update {
		if err := os.WriteFile(path, img, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("no screenshot: %v (go test ./bot -run TestTheTrendScreenshot -update)", err)
	}
}

// The audit's item 3: a cluster whose communes reported has a trend. Its
// share is the digest's: the summed parts of the units that gave both
// (2025: 14.234/16.700 = 85,23%, Thạch Bình gave no households; 2026:
// 12.361/14.350 = 86,14%), said over how many; its change is taken over
// the communes with both years (3/6), as the digest's.
func TestAClustersTrendIsTheDigestsShareOfTheUnitsThatGaveBoth(t *testing.T) {
	cfg := sample.MustNamed("thanh-hoa")
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	a := &App{Store: mustOpen(t), Config: cfg, Log: discardLogger(), Now: func() time.Time { return now }}
	for year, csv := range map[string]string{
		"2025": "Mã,tong_ho,gdvh\n15187,2500,2131\n15190,2200,1874\n15199,7000,5967\n15211,,1800\n15250,5000,4262\n",
		"2026": "Mã,tong_ho,gdvh\n15187,2500,2149\n15190,2200,1892\n15199,7000,6020\n15211,2650,2300\n",
	} {
		if resp := a.AdminImport(adminImport("y"+year+".csv", []byte(csv), "nam", year, false, false)); resp.Error != "" {
			t.Fatalf("import %s refused:\n%s", year, resp.Error)
		}
	}
	tr, line, img := trendOf(t, a, now, "cum_391", "ty_le_gdvh")
	if p := pointOf(t, tr, "2025"); !p.Has || math.Abs(p.Value-14234.0/16700*100) > 1e-9 || p.Done != 4 || p.Expected != 6 {
		t.Errorf("cluster 11 in 2025 = %+v, want 14.234/16.700 over 4/6", p)
	}
	if p := pointOf(t, tr, "2026"); !p.Has || math.Abs(p.Value-12361.0/14350*100) > 1e-9 {
		t.Errorf("cluster 11 in 2026 = %+v, want 12.361/14.350", p)
	}
	want := "📈 Tỷ lệ hộ gia đình văn hóa của Cụm thi đua số 11 (địa bàn huyện Thạch Thành cũ) năm 2026: 86,1% (12.361/14.350; 4/6 đơn vị có số liệu); " +
		"so với năm 2025: 85,2% (14.234/16.700; 4/6 đơn vị có số liệu), ▲ 0,8 điểm phần trăm (trên 3/6 đơn vị có số liệu cả hai kỳ)."
	if line != want {
		t.Errorf("line %q\nwant %q", line, want)
	}
	if img == nil {
		t.Error("no chart")
	}
	// A count is a sum only when every commune gave it.
	tr, _, _ = trendOf(t, a, now, "cum_391", "tong_ho")
	if p, ok := tr.Point("2026"); ok && p.Has {
		t.Errorf("cluster 11's households in 2026 = %+v from 4/6 communes, want no sum", p)
	}
}
