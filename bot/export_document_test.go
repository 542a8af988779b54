package bot

import (
	"bytes"
	"flag"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// -docs DIR keeps the exported files, to render and look at them.
var docsDir = flag.String("docs", "", "write the exported test files into this directory")

func keepDoc(t *testing.T, name string, data []byte) {
	t.Helper()
	if *docsDir == "" {
		return
	}
	if err := os.MkdirAll(*docsDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*docsDir, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// seedFull files the year report of the first n communes of 391 with every
// answer: figures, the yes/no, a text from every third commune and a
// photo (kept) from the first two.
func (h *harness) seedFull(n int) {
	h.t.Helper()
	f := h.app.Config.Form("nam")
	err := h.db.Update(func(tx *store.Tx) error {
		for i, u := range h.app.Config.Units.Get("391").Leaves() {
			if i >= n {
				break
			}
			num := func(x float64) flows.Value { return flows.Value{Num: &x} }
			yes := i%3 != 1
			a := map[string]flows.Value{"diem_cau": {Bool: &yes}}
			for j, q := range f.Questions {
				if q.Type == flows.TypeInt {
					a[q.ID] = num(float64(200 + 37*i + 11*j))
				}
			}
			a["tong_ho"], a["gdvh"] = num(float64(1000+10*i)), num(float64(860+12*i))
			a["tong_thon"], a["kdcvh"] = num(float64(10+i%5)), num(float64(8+i%3))
			a["dan_so"], a["tap_luyen"] = num(float64(4000+100*i)), num(float64(1700+30*i))
			if i%3 == 0 {
				a["kho_khan"] = flows.Value{Text: "Đề nghị huyện hỗ trợ kinh phí sửa chữa nhà văn hóa thôn " + u.Name + "; thiếu trang thiết bị âm thanh phục vụ sinh hoạt cộng đồng."}
			}
			if i < 2 {
				key := "photo-" + u.Code
				a["anh"] = flows.Value{Text: key}
				if err := tx.PutPhoto(key, testJPEG(h.t, i)); err != nil {
					return err
				}
			}
			at := time.Date(2027, 1, 3+i%10, 8, 0, 0, 0, locales.Zone)
			s := &flows.Submission{Form: f.ID, Period: "2026", Unit: u.Code, By: "x", ByName: "Cán bộ " + u.Name, At: at, Answers: a}
			if err := tx.PutSubmission(s); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		h.t.Fatal(err)
	}
}

func testJPEG(t testing.TB, shade int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 320, 240))
	for y := 0; y < 240; y++ {
		for x := 0; x < 320; x++ {
			img.Set(x, y, color.RGBA{uint8(40 + 60*shade), uint8(x % 256), uint8(y % 256), 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func exported(t *testing.T, h *harness, cmd string) *channel.File {
	t.Helper()
	var file *channel.File
	for _, o := range h.send("sup", cmd) {
		if o.File != nil {
			file = o.File
		}
	}
	if file == nil {
		t.Fatalf("%s sent no file", cmd)
	}
	return file
}

func TestExportIsTheOfficialReportSheet(t *testing.T) {
	h := newHarness(t)
	h.seedFull(22)
	h.person("sup", "Lê Thị Hoa", "391", flows.Supervisor)
	file := exported(t, h, "/xuat nam 2026")
	if !strings.HasSuffix(file.Name, ".xlsx") {
		t.Fatalf("sent %s", file.Name)
	}
	keepDoc(t, "nam-2026-391.xlsx", file.Data)
	x, err := excelize.OpenReader(bytes.NewReader(file.Data))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if got := x.GetSheetList(); strings.Join(got, "|") != "Biểu tổng hợp|Ý kiến bằng văn bản|Ảnh minh chứng|Tình trạng nộp" {
		t.Fatalf("sheets %v", got)
	}
	s := "Biểu tổng hợp"
	check := func(sheet, cell, want string) {
		t.Helper()
		if got, _ := x.GetCellValue(sheet, cell); got != want {
			t.Errorf("%s!%s = %q, want %q", sheet, cell, got, want)
		}
	}
	calc := func(cell, want string) {
		t.Helper()
		if got, err := x.CalcCellValue(s, cell, excelize.Options{RawCellValue: true}); err != nil || got != want {
			t.Errorf("%s computes to %q (%v), want %q", cell, got, err, want)
		}
	}
	check(s, "A2", "UBND HUYỆN THẠCH THÀNH")
	check(s, "A3", "PHÒNG VĂN HÓA VÀ THÔNG TIN")
	check(s, "A5", "Số: ……/BC-PVHTT") // the district era: the district issues
	check(s, "A7", "BÁO CÁO TỔNG KẾT NĂM")
	check(s, "A8", "Kết quả thực hiện Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2026 trên địa bàn huyện Thạch Thành")
	check(s, "A9", "(Số liệu tổng hợp từ báo cáo của 22/24 đơn vị)")
	check(s, "D11", "Tổng số hộ")
	check(s, "D12", "hộ")
	check(s, "F12", "%")
	check(s, "B14", "TỔNG CỘNG")
	check(s, "A15", "1")
	check(s, "B15", "Thị trấn Kim Tân")
	check(s, "B38", "Xã Ngọc Trạo")
	var noteCol, yesCol string
	for c := 4; c < 40; c++ {
		n, _ := excelize.ColumnNumberToName(c)
		switch v, _ := x.GetCellValue(s, n+"12"); v {
		case "Có/Không":
			yesCol = n
		}
		if v, _ := x.GetCellValue(s, n+"11"); v == "Ghi chú" {
			noteCol = n
		}
	}
	if yesCol == "" || noteCol == "" {
		t.Fatalf("no yes/no column (%q) or note column (%q)", yesCol, noteCol)
	}
	check(s, yesCol+"15", "Có")
	check(s, yesCol+"16", "Không")
	check(s, noteCol+"38", "Chưa nộp")
	// 22 communes reported; every third (i%3 == 1) has no video point: 7.
	if got, err := x.CalcCellValue(s, yesCol+"14", excelize.Options{RawCellValue: true}); err != nil || got != "15" {
		t.Errorf("the yes/no total counts %q (%v), want 15", got, err)
	}
	calc("F15", "86")
	// The total's share is taken over the communes that gave both parts
	// (as the digest takes it), from the unit rows themselves.
	if fm, _ := x.GetCellFormula(s, "F14"); !strings.Contains(fm, `SUMIFS(E15:E38,E15:E38,">-1E+300",D15:D38,">-1E+300")`) {
		t.Errorf("total share formula %q", fm)
	}
	if err := x.SetCellValue(s, "D15", 860); err != nil { // every household of Kim Tân cultured
		t.Fatal(err)
	}
	calc("F15", "100")

	check("Ý kiến bằng văn bản", "B2", "Thị trấn Kim Tân")
	check("Ý kiến bằng văn bản", "C2", "Cán bộ Thị trấn Kim Tân")
	check("Ý kiến bằng văn bản", "D2", "Khó khăn, kiến nghị")
	if v, _ := x.GetCellValue("Ý kiến bằng văn bản", "E2"); !strings.HasPrefix(v, "Đề nghị huyện hỗ trợ") {
		t.Errorf("text answer %q", v)
	}
	pics, err := x.GetPictures("Ảnh minh chứng", "E2")
	if err != nil || len(pics) != 1 {
		t.Errorf("the first photo is not embedded: %d (%v)", len(pics), err)
	}
	check("Tình trạng nộp", "C2", "Đã nộp")
	check("Tình trạng nộp", "C25", "Chưa nộp")

	csv := exported(t, h, "/xuat csv nam 2026")
	keepDoc(t, "nam-2026-391.csv", csv.Data)
	text := string(csv.Data)
	// The exact figures (TestTheCSVCarriesTheExactFigures): 860/1000 is 86.
	if !strings.Contains(text, "1,Thị trấn Kim Tân,15187,1000,860,86,") {
		t.Errorf("csv:\n%.600s", text)
	}
}

func TestChartTargetLineIsTheTargetOfTheGroup(t *testing.T) {
	h := newHarness(t)
	cfg := h.app.Config
	f := cfg.Form("nam")
	q := f.Question("ty_le_gdvh")
	tg := groupTarget(cfg, f, q, cfg.Units.Get("391").Children, 2026)
	if tg == nil || tg.Value() != 86 {
		t.Fatalf("line at %+v, want the district's 86 (not Kim Tân's own 92)", tg)
	}
	h.seedFull(22)
	h.person("sup", "Lê Thị Hoa", "391", flows.Supervisor)
	n := 0
	for _, o := range h.send("sup", "/bieudo nam 2026") {
		if o.File != nil {
			n++
			keepDoc(t, "chart-"+o.File.Name, o.File.Data)
		}
	}
	if n < 2 {
		t.Errorf("%d charts", n)
	}
}

func TestAProvinceSheetGroupsItsDistrictsAndADistrictItsClusters(t *testing.T) {
	t.Run("a province's districts, each with its subtotal; the total adds them", func(t *testing.T) {
		h := newHarness(t)
		h.seedFull(22)
		h.person("sup", "Sở Văn hóa", "38", flows.Supervisor)
		file := exported(t, h, "/xuat nam 2026 38")
		keepDoc(t, "nam-2026-38.xlsx", file.Data)
		x, err := excelize.OpenReader(bytes.NewReader(file.Data))
		if err != nil {
			t.Fatal(err)
		}
		defer x.Close()
		s := "Biểu tổng hợp"
		for cell, want := range map[string]string{"A2": "UBND TỈNH THANH HÓA", "A3": "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
			"A15": "I", "B15": "Huyện Hà Trung", "B16": "Xã Hà Long", "A17": "II", "B17": "Huyện Thạch Thành", "B18": "Thị trấn Kim Tân"} {
			if got, _ := x.GetCellValue(s, cell); got != want {
				t.Errorf("%s = %q, want %q", cell, got, want)
			}
		}
		if fm, _ := x.GetCellFormula(s, "D14"); fm != `IF(COUNT(D15,D17)=0,"–",SUM(D15,D17))` {
			t.Errorf("the total is %q, want the sum of the subtotals", fm)
		}
		if got, _ := x.CalcCellValue(s, "D17", excelize.Options{RawCellValue: true}); got != "24310" {
			t.Errorf("Thạch Thành's households %q", got)
		}
	})
	t.Run("a district's clusters", func(t *testing.T) {
		h := newHarness(t)
		y := strings.Replace(string(thachThanhYAML()), "clusters: []", `clusters:
  - {id: cum_1, name: "Cụm thi đua số 1", units: ["15187", "15190", "15196", "15199", "15202", "15205", "15208", "15211"]}
  - {id: cum_2, name: "Cụm thi đua số 2", units: ["15214", "15220", "15223", "15226", "15229", "15232", "15235", "15238"]}
  - {id: cum_3, name: "Cụm thi đua số 3", units: ["15241", "15247", "15250", "15253", "15256", "15259", "15265", "15268"]}`, 1)
		cfg, err := flows.ParseConfig("clusters.yaml", []byte(y))
		if err != nil {
			t.Fatal(err)
		}
		h.app.Config = cfg
		h.seedFull(22)
		h.person("sup", "Lê Thị Hoa", "391", flows.Supervisor)
		file := exported(t, h, "/xuat nam 2026")
		keepDoc(t, "nam-2026-391-cum.xlsx", file.Data)
		x, err := excelize.OpenReader(bytes.NewReader(file.Data))
		if err != nil {
			t.Fatal(err)
		}
		defer x.Close()
		s := "Biểu tổng hợp"
		for cell, want := range map[string]string{"B15": "Cụm thi đua số 1", "B24": "Cụm thi đua số 2", "B33": "Cụm thi đua số 3", "B41": "Xã Ngọc Trạo"} {
			if got, _ := x.GetCellValue(s, cell); got != want {
				t.Errorf("%s = %q, want %q", cell, got, want)
			}
		}

		// The district era: a cluster of one district's communes is
		// issued by the district's culture office, dated from the district.
		h.person("cum", "Trần Văn Nam", "cum_2", flows.Supervisor)
		var data []byte
		for _, o := range h.send("cum", "/xuat nam 2026") {
			if o.File != nil {
				data = o.File.Data
			}
		}
		c := openSheet(t, data)
		hd := heading(t, c, 9)
		for cell, want := range map[string]string{"A2": "UBND HUYỆN THẠCH THÀNH", "A3": "PHÒNG VĂN HÓA VÀ THÔNG TIN", "A5": "Số: ……/BC-PVHTT",
			"A8": "Kết quả thực hiện Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2026 của Cụm thi đua số 2"} {
			if hd[cell] != want {
				t.Errorf("the cluster's %s = %q, want %q", cell, hd[cell], want)
			}
		}
		dated := false
		for _, v := range hd {
			dated = dated || v == "Thạch Thành, ngày …… tháng …… năm 2027"
		}
		if !dated {
			t.Errorf("the cluster's sheet is not dated from Thạch Thành: %v", hd)
		}
	})
}

// A bar's figure never reads as the target it is drawn against when it is
// not that figure: Kim Tân's 91,96% beside the diamond of its own target
// of 92% was labelled "92,0%" (the chart's decimals told the bars apart
// from each other and from the district's line, not from a unit's own
// target), and a target line's value is never a bar's label unless equal.
func TestAChartsFigureNeverReadsAsItsTarget(t *testing.T) {
	h := newHarness(t)
	cfg := h.app.Config
	f := cfg.Form("nam")
	p := mustPeriod(t, f, "2026")
	parts := map[string]float64{"15187": 2299} // Kim Tân: 91,96% against its own 92%
	for i, l := range cfg.Units.Get("391").Leaves()[1:14] {
		parts[l.Code] = float64(1900 + 37*i) // 76%, 77,48%, … 95,24% of 2.500: far from 86 and 92
	}
	if err := h.db.Update(func(tx *store.Tx) error {
		for code, g := range parts {
			hh, g := 2500.0, g
			s := &flows.Submission{Form: f.ID, Period: "2026", Unit: code, By: "x", ByName: "Cán bộ",
				At:      time.Date(2027, 1, 5, 8, 0, 0, 0, locales.Zone),
				Answers: map[string]flows.Value{"tong_ho": {Num: &hh}, "gdvh": {Num: &g}}}
			if err := tx.PutSubmission(s); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var table *flows.Table
	u := cfg.Units.Get("391")
	if err := h.db.View(func(tx *store.Tx) error {
		var err error
		table, _, err = loadTable(tx, cfg, u, f, p)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	read := func(label string) float64 { // "91,96%" as a reader takes it
		v, err := strconv.ParseFloat(strings.NewReplacer(".", "", ",", ".", "%", "").Replace(label), 64)
		if err != nil {
			t.Fatalf("label %q: %v", label, err)
		}
		return v
	}
	checked := 0
	for _, ic := range indicatorCharts(cfg, table, u, locales.VI) {
		c := ic.chart
		for _, b := range c.Bars {
			if b.Missing {
				continue
			}
			label := c.Format(b.Value)
			for _, tg := range []*float64{c.Target, b.Target} {
				if tg != nil && !sameValue(b.Value, *tg) && read(label) == *tg {
					t.Errorf("%s: %s's %v reads %q, as the target %v", ic.q.ID, b.Label, b.Value, label, *tg)
				}
			}
			checked++
		}
	}
	if checked < 14 {
		t.Errorf("%d bars checked", checked)
	}
}
