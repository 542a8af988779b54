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
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// provinceHarness is the Thanh Hóa sample after the 07/2025 reform (166
// communes in 26 clusters) with the year report of 2026 filed by every
// commune for which reported(i) holds, i counting the communes in tree order.
func provinceHarness(t testing.TB, reported func(i int, u *flows.Unit) bool) *harness {
	t.Helper()
	h := newHarness(t)
	h.app.Config = sample.MustNamed("thanh-hoa")
	f := h.app.Config.Form("nam")
	err := h.db.Update(func(tx *store.Tx) error {
		for i, u := range h.app.Config.Units.Get("38").Leaves() {
			if !reported(i, u) {
				continue
			}
			num := func(x float64) flows.Value { return flows.Value{Num: &x} }
			yes := i%3 != 1
			a := map[string]flows.Value{"diem_cau": {Bool: &yes}}
			for j, q := range f.Questions {
				if q.Type == flows.TypeInt {
					a[q.ID] = num(float64(20 + 7*(i%13) + 3*j))
				}
			}
			// Shares spread from 78% to 93%, as a province's do.
			ho := float64(5000 + 37*i)
			a["tong_ho"], a["gdvh"] = num(ho), num(math.Round(ho*(0.78+0.15*float64(i*37%100)/100)))
			a["gdtt"] = num(float64(1500 + 23*i + (i%5)*60))
			a["tong_thon"], a["kdcvh"] = num(float64(20+i%17)), num(float64(15+i%13*5/13))
			a["huong_uoc"], a["thon_ttth"] = num(float64(20+i%17)), num(float64(10+i%9))
			a["dan_so"], a["tap_luyen"] = num(float64(20000+150*i)), num(float64(8000+61*i))
			at := time.Date(2026, 12, 20+i%20, 8, 0, 0, 0, locales.Zone)
			s := &flows.Submission{Form: f.ID, Period: "2026", Unit: u.Code, By: "x", ByName: "Cán bộ " + u.Name, At: at, Answers: a}
			if err := tx.PutSubmission(s); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func openSheet(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	x, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}

// heading reads the sheet's heading blocks: every non-empty cell of the
// first rows, left to right.
func heading(t *testing.T, x *excelize.File, rows int) map[string]string {
	t.Helper()
	out := map[string]string{}
	cells, err := x.GetRows("Biểu tổng hợp")
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range cells {
		if r >= rows {
			break
		}
		for c, v := range row {
			if v != "" {
				name, _ := excelize.CoordinatesToCellName(c+1, r+1)
				out[name] = v
			}
		}
	}
	return out
}

func TestASheetIsIssuedByTheProvinceDepartmentWhateverItsScope(t *testing.T) {
	cfg := sample.MustNamed("thanh-hoa")
	// Every commune but those of cluster 4 (Mường Lát) and every fifth one.
	h := provinceHarness(t, func(i int, u *flows.Unit) bool {
		return cfg.PeersOf(cfg.Units.Get(u.Code)).Cluster.ID != "cum_384" && i%5 != 3
	})
	h.person("sup", "Lê Văn Hùng", "38", flows.Supervisor)
	h.person("cum", "Nguyễn Thị Lan", "cum_391", flows.Supervisor)
	province := exported(t, h, "/xuat nam 2026 38").Data
	keepDoc(t, "nam-2026-38-thanh-hoa.xlsx", province)
	var cluster []byte
	for _, o := range h.send("cum", "/xuat nam 2026") {
		if o.File != nil {
			cluster = o.File.Data
		}
	}
	if cluster == nil {
		t.Fatal("the cluster's supervisor got no sheet")
	}
	keepDoc(t, "nam-2026-cum_391.xlsx", cluster)

	for _, c := range []struct {
		name, data, subject string
	}{
		{"the province", string(province), "Kết quả thực hiện Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2026 trên địa bàn tỉnh Thanh Hóa"},
		{"a cluster", string(cluster), "Kết quả thực hiện Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2026 của Cụm thi đua số 11 (địa bàn huyện Thạch Thành cũ)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := openSheet(t, []byte(c.data))
			hd := heading(t, x, 9)
			want := map[string]string{
				"A2": "UBND TỈNH THANH HÓA", "A3": "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
				"A5": "Số: ……/BC-SVHTTDL", "A7": "BÁO CÁO TỔNG KẾT NĂM", "A8": c.subject,
			}
			for cell, w := range want {
				if hd[cell] != w {
					t.Errorf("%s = %q, want %q", cell, hd[cell], w)
				}
			}
			var nation, motto, dated bool
			for cell, v := range hd {
				nation = nation || (v == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" && cell[len(cell)-1] == '2')
				motto = motto || (v == "Độc lập - Tự do - Hạnh phúc" && cell[len(cell)-1] == '3')
				dated = dated || (v == "Thanh Hóa, ngày …… tháng …… năm 2027" && cell[len(cell)-1] == '5')
				if strings.Contains(strings.ToUpper(v), "UBND CỤM") {
					t.Errorf("%s names a cluster as the issuing body: %q", cell, v)
				}
			}
			if !nation || !motto || !dated {
				t.Errorf("national heading %v, motto %v, place and date %v in %v", nation, motto, dated, hd)
			}
			rows, _ := x.GetRows("Biểu tổng hợp")
			head := false
			for _, r := range rows {
				for _, v := range r {
					head = head || v == "GIÁM ĐỐC"
				}
			}
			if !head {
				t.Error("the head of the department does not sign as GIÁM ĐỐC")
			}
			for _, cell := range []string{"A2", "A3", "A5", "A7", "A8"} {
				id, _ := x.GetCellStyle("Biểu tổng hợp", cell)
				if st, err := x.GetStyle(id); err != nil || st.Font == nil || st.Font.Family != "Times New Roman" {
					t.Errorf("%s is not in Times New Roman", cell)
				}
			}
		})
	}

	t.Run("the province's workbook prints no blank sheet and lists the status upright", func(t *testing.T) {
		x := openSheet(t, province)
		// Nobody wrote a text or sent a photo: no sheet of headings alone.
		if got := strings.Join(x.GetSheetList(), "|"); got != "Biểu tổng hợp|Tình trạng nộp" {
			t.Errorf("sheets %s", got)
		}
		for sheet, want := range map[string]string{"Biểu tổng hợp": "landscape", "Tình trạng nộp": "portrait"} {
			l, err := x.GetPageLayout(sheet)
			if err != nil || l.Orientation == nil || *l.Orientation != want || l.Size == nil || *l.Size != 9 || l.FitToWidth == nil || *l.FitToWidth != 1 {
				t.Errorf("%s prints %+v (%v), want A4 %s one page wide", sheet, l, err, want)
			}
		}
	})

	t.Run("a cluster none of whose communes reported reads – in the province sheet", func(t *testing.T) {
		x := openSheet(t, province)
		rows, _ := x.GetRows("Biểu tổng hợp")
		for i, r := range rows {
			if len(r) < 5 || r[1] != "Cụm thi đua số 4 (địa bàn huyện Mường Lát cũ)" {
				continue
			}
			for _, col := range []string{"D", "E", "F"} {
				cell := col + strconv.Itoa(i+1)
				if got, err := x.CalcCellValue("Biểu tổng hợp", cell); err != nil || got != "–" {
					t.Errorf("%s of cluster 4 computes to %q (%v), want –", cell, got, err)
				}
			}
			if note := r[len(r)-1]; note != "Đã nộp 0/8" {
				t.Errorf("cluster 4's note %q", note)
			}
			return
		}
		t.Error("no row for cluster 4")
	})
}

func TestTheProvinceChartShowsClustersAndEachClusterItsCommunes(t *testing.T) {
	cfg := sample.MustNamed("thanh-hoa")
	h := provinceHarness(t, func(i int, u *flows.Unit) bool {
		return cfg.PeersOf(cfg.Units.Get(u.Code)).Cluster.ID != "cum_384" && i%5 != 3
	})
	prov := h.app.Config.Units.Get("38")
	bars := chartedUnits(h.app.Config, prov)
	if len(bars) != 26 {
		t.Fatalf("the province chart has %d bars, want one for each of the 26 clusters", len(bars))
	}
	for _, b := range bars {
		if !b.IsCluster() {
			t.Errorf("%s is not a cluster", b.Name)
		}
	}
	cum := h.app.Config.Units.Get("cum_391")
	if got := chartedUnits(h.app.Config, cum); len(got) != 6 || got[0].Name != "Xã Kim Tân" {
		t.Errorf("cluster 11's chart has %d bars starting with %v, want its 6 communes", len(got), got)
	}
	var files []Attachment
	err := h.db.View(func(tx *store.Tx) error {
		f := h.app.Config.Form("nam")
		p, err := f.Period("2026")
		if err != nil {
			return err
		}
		if files, err = Charts(tx, h.app.Config, prov, f, p, locales.VI); err != nil {
			return err
		}
		more, err := Charts(tx, h.app.Config, cum, f, p, locales.VI)
		files = append(files, more...)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range files {
		keepDoc(t, "chart-"+strconv.Itoa(i)+"-"+a.File.Name, a.File.Data)
	}
	if len(files) < 4 {
		t.Errorf("%d charts", len(files))
	}
}

func TestTheProvinceSheetListsTheClustersInTheirOrder(t *testing.T) {
	h := provinceHarness(t, func(i int, u *flows.Unit) bool { return i%2 == 0 })
	h.person("sup", "Lê Văn Hùng", "38", flows.Supervisor)
	x := openSheet(t, exported(t, h, "/xuat nam 2026 38").Data)
	rows, err := x.GetRows("Biểu tổng hợp")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range rows {
		if len(r) > 1 && strings.HasPrefix(r[1], "Cụm thi đua số ") {
			n++
			if want := "Cụm thi đua số " + strconv.Itoa(n) + " "; !strings.HasPrefix(r[1], want) || r[0] != romanOf(n) {
				t.Errorf("group %d is %s %q", n, r[0], r[1])
			}
		}
	}
	if n != 26 {
		t.Errorf("%d clusters, want 26", n)
	}
}

// romanOf is how the sheet numbers its n-th group.
func romanOf(n int) string {
	return strings.Repeat("X", n/10) + []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}[n%10]
}
