package xlsform

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"go.yaml.in/yaml/v3"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
)

// book builds a workbook from sheets of rows, the way a form designer
// would type it into Excel.
func book(t *testing.T, sheets map[string][][]any) []byte {
	t.Helper()
	x := excelize.NewFile()
	defer x.Close()
	first := true
	for _, name := range []string{"survey", "choices", "settings"} {
		rows, ok := sheets[name]
		if !ok {
			continue
		}
		if first {
			x.SetSheetName("Sheet1", name)
			first = false
		} else if _, err := x.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for i, r := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := x.SetSheetRow(name, cell, &r); err != nil {
				t.Fatal(err)
			}
		}
	}
	var b bytes.Buffer
	if err := x.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// canonical is a form's configured content, without where it was read from.
func canonical(t *testing.T, f *flows.Form) string {
	t.Helper()
	b, err := yaml.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestEverySampleFormSurvivesExportAndImport(t *testing.T) {
	cfg := sample.Config()
	for _, f := range cfg.Forms {
		t.Run(f.ID, func(t *testing.T) {
			xlsx, err := Export(f)
			if err != nil {
				t.Fatal(err)
			}
			res, err := Import(f.ID+".xlsx", bytes.NewReader(xlsx), sample.Name, sample.YAML)
			if err != nil {
				t.Fatalf("import of the export fails:\n%v", err)
			}
			if !res.Replaced {
				t.Error("the form was added, not replaced")
			}
			if got, want := canonical(t, res.Form), canonical(t, f); got != want {
				t.Errorf("round trip changed the form:\ngot:\n%s\nwant:\n%s", got, want)
			}
			// The other forms are untouched, also the one that shared the
			// replaced form's questions through a YAML anchor.
			for _, other := range cfg.Forms {
				if other.ID == f.ID {
					continue
				}
				if got, want := canonical(t, res.Config.Form(other.ID)), canonical(t, other); got != want {
					t.Errorf("form %s changed", other.ID)
				}
			}
		})
	}
}

// survey rows of a small club form with every kind of question.
func clubForm() map[string][][]any {
	return map[string][][]any{
		"survey": {
			{"type", "name", "label::Tiếng Việt", "label::English", "hint::Tiếng Việt", "required", "constraint", "constraint_message::Tiếng Việt", "relevant", "calculation", "key", "unit::Tiếng Việt", "indicator", "value_type"},
			{"integer", "so_clb", "Số câu lạc bộ văn nghệ?", "Arts clubs?", "", "yes", ". >= 1", "Báo cáo này dành cho đơn vị có ít nhất một câu lạc bộ.", "", "", "clb", "CLB", "", ""},
			{"integer", "hoat_dong", "Trong đó, số câu lạc bộ hoạt động thường xuyên?", "Of which active?", "", "yes", ". <= ${so_clb}", "Số câu lạc bộ hoạt động không thể lớn hơn tổng số câu lạc bộ.", "", "", "hd", "CLB", "", ""},
			{"calculate", "ty_le", "Tỷ lệ câu lạc bộ hoạt động thường xuyên", "Share active", "", "", "", "", "", "${hoat_dong} div ${so_clb} * 100", "", "", "yes", "percent"},
			{"select_one yesno", "co_kinh_phi", "Câu lạc bộ có được hỗ trợ kinh phí không?", "Funded?", "", "yes", "", "", "", "", "kp", "", "", ""},
			{"select_multiple loai", "loai_hinh", "Các loại hình hoạt động?", "Kinds?", "Chọn một hoặc nhiều loại hình.", "", "", "", "${co_kinh_phi} = 'yes'", "", "", "", "", ""},
			{"date", "ngay_tk", "Ngày tổng kết gần nhất?", "", "", "", "", "", "", "", "", "", "", ""},
			{"text", "ghi_chu", "Ghi chú (nếu có)?", "Notes?", "", "", "", "", "", "", "", "", "", ""},
		},
		"choices": {
			{"list_name", "name", "label::Tiếng Việt", "label::English"},
			{"loai", "van_nghe", "Văn nghệ", "Arts"},
			{"loai", "the_thao", "Thể thao", "Sports"},
			{"loai", "doc_sach", "Đọc sách", "Reading"},
		},
		"settings": {
			{"form_id", "form_title::Tiếng Việt", "form_title::English", "period", "open_days", "deadline_days", "lock_days"},
			{"clb", "Báo cáo câu lạc bộ quý", "Quarterly club report", "quarter", 10, 10, 30},
		},
	}
}

func TestAWorkbookBecomesACheckedForm(t *testing.T) {
	res, err := Import("clb.xlsx", bytes.NewReader(book(t, clubForm())), sample.Name, sample.YAML)
	if err != nil {
		t.Fatal(err)
	}
	f := res.Form
	if f == nil || res.Replaced || len(f.Questions) != 7 || f.Every != flows.PeriodKind("quarter") {
		t.Fatalf("form: %+v", f)
	}
	want := map[string]string{
		"hoat_dong.constraint": "hoat_dong <= so_clb",
		"so_clb.constraint":    "so_clb >= 1",
		"ty_le.calculate":      "hoat_dong / so_clb * 100",
		"loai_hinh.relevant":   "co_kinh_phi == true",
	}
	got := map[string]string{
		"hoat_dong.constraint": f.Question("hoat_dong").Constraint,
		"so_clb.constraint":    f.Question("so_clb").Constraint,
		"ty_le.calculate":      f.Question("ty_le").Calculate,
		"loai_hinh.relevant":   f.Question("loai_hinh").Relevant,
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s = %q, want %q", k, got[k], w)
		}
	}
	if q := f.Question("co_kinh_phi"); q.Type != flows.TypeYesNo || !q.Required {
		t.Errorf("select_one yesno: %+v", q)
	}
	if q := f.Question("loai_hinh"); q.Type != flows.TypeMulti || len(q.Options) != 3 || q.Options[1].Label.In(locales.EN) != "Sports" {
		t.Errorf("select_multiple: %+v", q)
	}
	if q := f.Question("ty_le"); q.Type != flows.TypePercent || !q.Indicator {
		t.Errorf("calculate: %+v", q)
	} else if r, ok := q.Ratio(); !ok || r.Num != "hoat_dong" || r.Den != "so_clb" {
		t.Errorf("the share is not summed from its parts: %+v %v", r, ok)
	}
	if f.Question("ngay_tk").Type != flows.TypeDate || f.Question("ghi_chu").Type != flows.TypeText {
		t.Error("date or text")
	}
	// The configuration written out loads on its own.
	if _, err := flows.ParseConfig("out.yaml", res.YAML); err != nil {
		t.Fatal(err)
	}
	// And the form goes back to a workbook and returns unchanged.
	xlsx, err := Export(f)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Import("clb2.xlsx", bytes.NewReader(xlsx), "out.yaml", res.YAML)
	if err != nil {
		t.Fatal(err)
	}
	if canonical(t, again.Form) != canonical(t, f) {
		t.Errorf("round trip:\n%s\n%s", canonical(t, again.Form), canonical(t, f))
	}
}

func TestABrokenWorkbookSaysWhereEveryMistakeIs(t *testing.T) {
	s := clubForm()
	s["survey"][1][0] = "interger"                                              // row 2: misspelt type
	s["survey"][2][6] = ". <= ${so_cl}"                                         // row 3: unknown reference
	s["survey"][3][9] = "${hoat_dong} div"                                      // row 4: broken formula
	s["survey"][4][5] = "có lẽ"                                                 // row 5: required neither yes nor no
	s["survey"][5][0] = "select_multiple loai_hinh_hd"                          // row 6: no such list
	s["survey"][6][1] = "Ngay TK"                                               // row 7: bad name
	s["survey"][7][7] = "Ghi chú quá dài."                                      // row 8: a message without a constraint is fine
	s["survey"] = append(s["survey"], []any{"integer", "so_clb", "Trùng tên?"}) // row 9: name used twice
	s["settings"][1][3] = "tuan"                                                // unknown period
	_, err := Import("clb.xlsx", bytes.NewReader(book(t, s)), sample.Name, sample.YAML)
	var xe *Error
	if !errors.As(err, &xe) {
		t.Fatalf("want *Error, got %v", err)
	}
	got := xe.Render(locales.VI)
	for _, want := range []string{
		"clb.xlsx: trang settings, dòng 2, cột period (ô D2): Biểu mẫu clb: kỳ báo cáo (period) “tuan” chưa hợp lệ",
		"clb.xlsx: trang survey, dòng 2, cột type (ô A2): Kiểu câu hỏi “interger” chưa được hỗ trợ",
		"clb.xlsx: trang survey, dòng 3, cột constraint (ô G3): Biểu thức nhắc đến ${so_cl} nhưng không có câu hỏi nào tên (name) là so_cl.",
		"clb.xlsx: trang survey, dòng 4, cột calculation (ô J4): Câu hỏi ty_le: biểu thức calculation “${hoat_dong} div” chưa đúng",
		"clb.xlsx: trang survey, dòng 5, cột required (ô F5): “có lẽ” chưa hợp lệ",
		"clb.xlsx: trang survey, dòng 6, cột type (ô A6): Không tìm thấy danh sách lựa chọn “loai_hinh_hd”",
		"clb.xlsx: trang survey, dòng 7, cột name (ô B7): Mã câu hỏi “Ngay TK” chưa hợp lệ",
		"clb.xlsx: trang survey, dòng 9, cột name (ô B9): Biểu mẫu clb: “so_clb” đã là mã",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "dòng 8") {
		t.Errorf("row 8 is fine:\n%s", got)
	}
	en := xe.Render(locales.EN)
	if !strings.Contains(en, "clb.xlsx: sheet survey, row 2, column type (cell A2): Question type “interger” is not supported") {
		t.Errorf("English:\n%s", en)
	}
}

func TestAWorkbookWithoutItsSheetsIsRefusedPlainly(t *testing.T) {
	for name, sheets := range map[string]map[string][][]any{
		"no survey":   {"settings": {{"form_id"}, {"x"}}},
		"no settings": {"survey": {{"type", "name"}, {"integer", "a"}}},
		"no name":     {"survey": {{"type", "label"}, {"integer", "A?"}}, "settings": {{"form_id"}, {"x"}}},
		"odd column":  {"survey": {{"type", "name", "labell", "label"}, {"integer", "a", "x", "A?"}}, "settings": {{"form_id", "period"}, {"x", "month"}}},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Import("f.xlsx", bytes.NewReader(book(t, sheets)), sample.Name, sample.YAML)
			var xe *Error
			if !errors.As(err, &xe) || len(xe.Problems) == 0 {
				t.Fatalf("want *Error, got %v", err)
			}
			t.Log(xe.Render(locales.VI))
		})
	}
	_, err := Import("f.xlsx", strings.NewReader("not a workbook"), sample.Name, sample.YAML)
	var xe *Error
	if !errors.As(err, &xe) || !strings.Contains(xe.Render(locales.VI), "Không mở được tệp này") {
		t.Fatalf("got %v", err)
	}
}

func TestExpressionsTranslateBothWays(t *testing.T) {
	types := map[string]flows.QuestionType{"a": flows.TypeInt, "b": flows.TypeInt, "hd": flows.TypeYesNo, "m": flows.TypeMulti}
	for _, c := range []struct{ xls, cfg, self string }{
		{"${a} div ${b} * 100", "a / b * 100", "c"},
		{". <= ${b}", "a <= b", "a"},
		{"${hd} = 'yes'", "hd == true", "c"},
		{"${hd} != 'no' and ${a} > 3", "hd != false and a > 3", "c"},
		{"selected(${m}, 'x')", "'x' in m", "c"},
		{"count-selected(${m}) >= 2", "len(m) >= 2", "c"},
		{"${a} mod 2 = 0", "a % 2 == 0", "c"},
		{"true()", "true", "c"},
	} {
		got, unknown := toConfig(c.xls, c.self, types)
		if got != c.cfg || len(unknown) > 0 {
			t.Errorf("toConfig(%q) = %q %v, want %q", c.xls, got, unknown, c.cfg)
		}
		if back := fromConfig(c.cfg, c.self, types); back != c.xls {
			t.Errorf("fromConfig(%q) = %q, want %q", c.cfg, back, c.xls)
		}
	}
}
