package report

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

func sampleDocument() Document {
	cols := []DocColumn{
		{Header: "Tổng số hộ", Measure: "hộ", Kind: Count},
		{Header: "Số hộ đạt \"Gia đình văn hóa\"", Measure: "hộ", Kind: Count},
		{Header: "Tỷ lệ hộ đạt \"Gia đình văn hóa\"", Measure: "%", Kind: Share, Ratio: &ColumnRatio{Num: 1, Den: 0, Scale: 100}},
		{Header: "Có điểm cầu truyền hình", Measure: "Có/Không", Kind: YesNo},
		{Header: "Tỷ lệ tự khai", Measure: "%", Kind: Share},
	}
	f := func(v float64) any { return v }
	return Document{
		Sheet:   "Báo cáo",
		Agency:  [2]string{"UBND HUYỆN THẠCH THÀNH", "PHÒNG VĂN HÓA VÀ THÔNG TIN"},
		Nation:  [2]string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"},
		FormNo:  "Biểu số: NAM",
		Title:   "Báo cáo tổng kết năm",
		Period:  "Kỳ báo cáo: năm 2026",
		Head:    DocHead{No: "STT", Unit: "Đơn vị", Code: "Mã ĐVHC", Note: "Ghi chú", Measure: "Đơn vị tính"},
		Columns: cols,
		Groups: []Group{
			{Name: "Cụm thi đua số 1", Rows: []Row{
				{Name: "Thị trấn Kim Tân", Code: "15187", Cells: []any{f(3000), f(2790), nil, true, f(90)}},
				{Name: "Xã Thạch Lâm", Code: "15196", Cells: []any{f(1200), f(1000), nil, false, nil}},
			}},
			{Name: "Cụm thi đua số 2", Rows: []Row{
				{Name: "Xã Thành Tâm", Code: "15247", Cells: []any{f(1000), f(1), nil, true, f(80.5)}},
				{Name: "Xã Ngọc Trạo", Code: "15268", Note: "Chưa nộp", Missing: true, Cells: []any{nil, nil, nil, nil, nil}},
			}},
		},
		TotalLabel: "Tổng cộng", Yes: "Có", No: "Không",
		PlaceDate:  "Thạch Thành, ngày 05 tháng 01 năm 2027",
		Signers:    []Signer{{Title: "Người lập biểu", Hint: "(Ký, ghi rõ họ tên)", Name: "Lê Thị Hoa"}, {Title: "Thủ trưởng đơn vị", Hint: "(Ký, đóng dấu, ghi rõ họ tên)"}},
		PageNumber: "&P",
	}
}

func openDoc(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func cellIs(t *testing.T, f *excelize.File, sheet, cell, want string) {
	t.Helper()
	got, err := f.GetCellValue(sheet, cell)
	if err != nil || got != want {
		t.Errorf("%s!%s = %q (%v), want %q", sheet, cell, got, err, want)
	}
}

func calcIs(t *testing.T, f *excelize.File, sheet, cell, want string) {
	t.Helper()
	got, err := f.CalcCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil || got != want {
		t.Errorf("%s!%s computes to %q (%v), want %q", sheet, cell, got, err, want)
	}
}

// calcNear checks a computed figure to a millionth: the sheet's formula
// and Go's float64 may differ in the last bits.
func calcNear(t *testing.T, f *excelize.File, sheet, cell string, want float64) {
	t.Helper()
	got, err := f.CalcCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	v, perr := strconv.ParseFloat(got, 64)
	if err != nil || perr != nil || math.Abs(v-want) > 1e-6 {
		t.Errorf("%s!%s computes to %q (%v), want %v", sheet, cell, got, err, want)
	}
}

func TestOfficialSheetHasTheHeadingsOfAnAdministrativeDocument(t *testing.T) {
	data, err := Official(time.UTC, sampleDocument(), Sheet{Name: "Ý kiến", Columns: []Column{{Header: "Đơn vị"}, {Header: "Nội dung", Wrap: true}}, Rows: [][]any{{"Xã Thành Tâm", "Đề nghị hỗ trợ kinh phí"}}})
	if err != nil {
		t.Fatal(err)
	}
	keep(t, "official.xlsx", data)
	f := openDoc(t, data)
	s := "Báo cáo"
	cellIs(t, f, s, "A2", "UBND HUYỆN THẠCH THÀNH")
	cellIs(t, f, s, "A3", "PHÒNG VĂN HÓA VÀ THÔNG TIN")
	// The national heading sits on the right of the same rows.
	var nation string
	for c := 2; c <= 9; c++ {
		cell, _ := excelize.CoordinatesToCellName(c, 2)
		if v, _ := f.GetCellValue(s, cell); v != "" && v != "UBND HUYỆN THẠCH THÀNH" {
			nation = v
			cell3, _ := excelize.CoordinatesToCellName(c, 3)
			cellIs(t, f, s, cell3, "Độc lập - Tự do - Hạnh phúc")
		}
	}
	if nation != "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" {
		t.Errorf("national heading %q", nation)
	}
	cellIs(t, f, s, "A7", "BÁO CÁO TỔNG KẾT NĂM")
	cellIs(t, f, s, "A11", "STT")
	cellIs(t, f, s, "B12", "Đơn vị tính")
	cellIs(t, f, s, "D12", "hộ")
	cellIs(t, f, s, "D13", "(1)")
	cellIs(t, f, s, "B14", "TỔNG CỘNG")
	cellIs(t, f, s, "A15", "I")
	cellIs(t, f, s, "B15", "Cụm thi đua số 1")
	cellIs(t, f, s, "A16", "1")
	cellIs(t, f, s, "B16", "Thị trấn Kim Tân")
	cellIs(t, f, s, "G16", "Có")
	cellIs(t, f, s, "G17", "Không")
	cellIs(t, f, s, "I20", "Chưa nộp")

	for _, cell := range []string{"A2", "A7", "B16", "D14"} {
		id, err := f.GetCellStyle(s, cell)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil || st.Font == nil || st.Font.Family != "Times New Roman" {
			t.Errorf("%s is not set in Times New Roman: %+v", cell, st.Font)
		}
	}
	if dim, err := f.GetSheetDimension(s); err != nil || !strings.HasPrefix(dim, "A1:I") || dim == "A1:I1" {
		t.Errorf("dimension %q (%v)", dim, err)
	}
	layout, err := f.GetPageLayout(s)
	if err != nil || layout.Orientation == nil || *layout.Orientation != "landscape" || layout.Size == nil || *layout.Size != 9 || layout.FitToWidth == nil || *layout.FitToWidth != 1 {
		t.Errorf("page layout %+v (%v)", layout, err)
	}
	found := false
	for _, n := range f.GetDefinedName() {
		if n.Name == "_xlnm.Print_Titles" && n.Scope == s && strings.Contains(n.RefersTo, "$11:$13") {
			found = true
		}
	}
	if !found {
		t.Errorf("the table's heading rows are not repeated on each printed page: %+v", f.GetDefinedName())
	}
	cellIs(t, f, "Ý kiến", "B2", "Đề nghị hỗ trợ kinh phí")
}

func TestOfficialSheetFormulasRecomputeWhenACountIsEdited(t *testing.T) {
	data, err := Official(time.UTC, sampleDocument())
	if err != nil {
		t.Fatal(err)
	}
	f := openDoc(t, data)
	s := "Báo cáo"
	// Kim Tân: 2790 / 3000 = 93%; group 1: 3790 / 4200; total 3791 / 5200.
	calcIs(t, f, s, "F16", "93")
	calcIs(t, f, s, "D15", "4200")
	calcIs(t, f, s, "D14", "5200")
	calcIs(t, f, s, "E14", "3791")
	calcIs(t, f, s, "G14", "2") // two units with a video-conference point
	calcIs(t, f, s, "G15", "1")
	calcIs(t, f, s, "H14", "85.25")
	calcNear(t, f, s, "F15", 3790.0/4200*100) // both units of group 1 gave both parts
	calcNear(t, f, s, "F14", 3791.0/5200*100)
	// A clerk corrects Kim Tân's households: the share, the subtotal and
	// the total follow.
	if err := f.SetCellValue(s, "D16", 3100); err != nil {
		t.Fatal(err)
	}
	calcIs(t, f, s, "F16", "90")
	calcIs(t, f, s, "D15", "4300")
	calcIs(t, f, s, "D14", "5300")
	calcNear(t, f, s, "F14", 3791.0/5300*100)
	if err := f.SetCellValue(s, "G17", "Có"); err != nil {
		t.Fatal(err)
	}
	calcIs(t, f, s, "G14", "3")
}

// The CSV has the sheet's columns and its exact figures, never a copy
// rounded as the sheet shows them: 92.14673730802762 read back is the
// share typed, and the total's share is the one the digest ranks.
func TestDocumentCSVCarriesTheSheetsExactFigures(t *testing.T) {
	d := sampleDocument()
	d.Groups[0].Rows[0].Cells[4] = 92.14673730802762
	data, err := d.CSV()
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	lines := strings.Split(strings.TrimSpace(strings.TrimPrefix(text, "\uFEFF")), "\n")
	if len(lines) != 8 {
		t.Fatalf("%d lines, want header + total + 2 groups + 4 units:\n%s", len(lines), text)
	}
	if lines[0] != `STT,Đơn vị,Mã ĐVHC,Tổng số hộ (hộ),"Số hộ đạt ""Gia đình văn hóa"" (hộ)","Tỷ lệ hộ đạt ""Gia đình văn hóa"" (%)",Có điểm cầu truyền hình (Có/Không),Tỷ lệ tự khai (%),Ghi chú` {
		t.Errorf("header %s", lines[0])
	}
	// float64 arithmetic, as the sheet's (Go folds constants exactly).
	num, den, hundred, kimTan, thanhTam := 3791.0, 5200.0, 100.0, 92.14673730802762, 80.5
	share := strconv.FormatFloat(num/den*hundred, 'f', -1, 64)
	typed := strconv.FormatFloat((kimTan+thanhTam)/2, 'f', -1, 64)
	lam := 1000.0
	if want := ",Tổng cộng,,5200,3791," + share + ",2," + typed + ","; lines[1] != want {
		t.Errorf("total %s, want %s", lines[1], want)
	}
	if want := "1,Thị trấn Kim Tân,15187,3000,2790,93,Có,92.14673730802762,"; lines[3] != want {
		t.Errorf("unit %s, want %s", lines[3], want)
	}
	if want := "2,Xã Thạch Lâm,15196,1200,1000," + strconv.FormatFloat(lam/1200*hundred, 'f', -1, 64) + ",Không,,"; lines[4] != want {
		t.Errorf("unit %s, want %s", lines[4], want)
	}
}

func TestRoman(t *testing.T) {
	for n, want := range map[int]string{1: "I", 4: "IV", 9: "IX", 14: "XIV", 39: "XXXIX", 40: "40"} {
		if got := roman(n); got != want {
			t.Errorf("roman(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestNothingReportedReadsMissingNeverZero(t *testing.T) {
	d := sampleDocument()
	d.Missing = "–"
	d.Groups = append(d.Groups, Group{Name: "Cụm thi đua số 3", Note: "Đã nộp 0/1", Rows: []Row{
		{Name: "Xã Thạch Sơn", Code: "15199", Note: "Chưa nộp", Missing: true, Cells: []any{nil, nil, nil, nil, nil}},
	}})
	data, err := Official(time.UTC, d)
	if err != nil {
		t.Fatal(err)
	}
	f := openDoc(t, data)
	s := "Báo cáo"
	// Rows: 14 total, 15 group I and 16–17, 18 group II and 19–20, 21
	// group III and 22 its one unit.
	cellIs(t, f, s, "B21", "Cụm thi đua số 3")
	for _, col := range "DEGH" {
		cellIs(t, f, s, string(col)+"22", "–") // the unit that has not reported
		calcIs(t, f, s, string(col)+"21", "–") // its cluster: not "0", not "0 Có"
	}
	calcIs(t, f, s, "F22", "–")
	calcIs(t, f, s, "F21", "–")
	cellIs(t, f, s, "I21", "Đã nộp 0/1")
	// The total adds the clusters that have figures.
	calcIs(t, f, s, "D14", "5200")
	calcIs(t, f, s, "G14", "2")
	// A cluster whose every unit answered "Không" has 0 "Có": a figure.
	calcIs(t, f, s, "G18", "1")
	if err := f.SetCellValue(s, "G19", "Không"); err != nil {
		t.Fatal(err)
	}
	calcIs(t, f, s, "G18", "0")
	// A figure typed into the missing unit's row counts at once.
	if err := f.SetCellValue(s, "D22", 700); err != nil {
		t.Fatal(err)
	}
	calcIs(t, f, s, "D21", "700")
	calcIs(t, f, s, "D14", "5900")

	csv, err := d.CSV()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(csv), "III,Cụm thi đua số 3,,,,,,,Đã nộp 0/1") {
		t.Errorf("the CSV shows a cluster without reports as figures:\n%s", csv)
	}
}

func TestTheNumberLineAndThePlaceAndDateSitUnderTheHeadings(t *testing.T) {
	d := sampleDocument()
	d.Number = "Số: ……/BC-PVHTT"
	data, err := Official(time.UTC, d)
	if err != nil {
		t.Fatal(err)
	}
	f := openDoc(t, data)
	s := "Báo cáo"
	cellIs(t, f, s, "A5", "Số: ……/BC-PVHTT")
	var place string
	for c := 2; c <= 9; c++ {
		cell, _ := excelize.CoordinatesToCellName(c, 5)
		if v, _ := f.GetCellValue(s, cell); v != "" {
			place = v
		}
	}
	if place != d.PlaceDate {
		t.Errorf("row 5 on the right reads %q, want the place and date", place)
	}
	// Pages numbered at the head, in the middle, from the second on.
	hf, err := f.GetHeaderFooter(s)
	if err != nil || hf == nil || !hf.DifferentFirst || !strings.HasPrefix(hf.OddHeader, "&C") || !strings.HasSuffix(hf.OddHeader, "&P") || hf.FirstHeader != "" {
		t.Errorf("page numbers %+v (%v)", hf, err)
	}
}

func TestANarrowTableLeavesRoomForBothHeadings(t *testing.T) {
	// Five figures: once the columns were this narrow, the department's
	// name wrapped under the rule and the national heading was cut.
	d := sampleDocument()
	d.Agency = [2]string{"UBND TỈNH THANH HÓA", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"}
	data, err := Official(time.UTC, d)
	if err != nil {
		t.Fatal(err)
	}
	f := openDoc(t, data)
	s := "Báo cáo"
	merges, err := f.GetMergeCells(s)
	if err != nil {
		t.Fatal(err)
	}
	span := func(start, end string) float64 {
		c1, _, _ := excelize.CellNameToCoordinates(start)
		c2, _, _ := excelize.CellNameToCoordinates(end)
		w := 0.0
		for c := c1; c <= c2; c++ {
			n, _ := excelize.ColumnNumberToName(c)
			cw, _ := f.GetColWidth(s, n)
			w += cw
		}
		return w
	}
	var agency, nation float64
	var agencyEnd, nationStart int
	for _, m := range merges {
		switch m.GetCellValue() {
		case "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH":
			agency = span(m.GetStartAxis(), m.GetEndAxis())
			agencyEnd, _, _ = excelize.CellNameToCoordinates(m.GetEndAxis())
		case "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM":
			nation = span(m.GetStartAxis(), m.GetEndAxis())
			nationStart, _, _ = excelize.CellNameToCoordinates(m.GetStartAxis())
		}
	}
	if agency < agencyChars || nation < headingChars || agencyEnd >= nationStart {
		t.Errorf("the agency spans %.1f characters to column %d, the national heading %.1f from column %d: want %d and %d side by side",
			agency, agencyEnd, nation, nationStart, agencyChars, headingChars)
	}
}
