package flows

import (
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

func TestAFilledTemplateIsReadBackLineByLine(t *testing.T) {
	cfg := sampleConfig(t)
	f := cfg.Form("thang")
	p, _ := f.Period("2026-11")
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	s := NewSession(f, p, "15247", now)
	c := Context{Now: now, Lang: locales.VI, Unit: cfg.Units.Get("15247")}
	form := locales.Render(locales.VI, s.Template(f, c))
	if !strings.HasPrefix(form, "Báo cáo hoạt động tháng 11/2026 — Xã Thành Tâm\n") {
		t.Fatalf("the form's first line names the report and the unit:\n%s", form)
	}
	// The officer fills in after each colon, as a phone's copy gives it back.
	answers := []string{"12", "200", "150", "co", "Hội thi văn nghệ", ""}
	lines := strings.Split(form, "\n")
	if len(lines) != 1+len(answers) {
		t.Fatalf("want a line per question asked, got:\n%s", form)
	}
	for i, a := range answers {
		lines[1+i] += " " + a
	}
	pairs, ok := ReadTemplate(f, strings.Join(lines, "\n"))
	if !ok || len(pairs) != len(answers) {
		t.Fatalf("read %v (ok %v) from:\n%s", pairs, ok, strings.Join(lines, "\n"))
	}
	out := s.Handle(f, Input{Kind: InputText, Text: strings.Join(lines, "\n")}, c)
	if s.State != Reviewing {
		t.Fatalf("a complete form goes to the review, state %s: %s", s.State, locales.Render(locales.VI, out.Replies[0].Msg))
	}
	if v := s.Answers["kien_nghi"]; !v.Skipped {
		t.Errorf("an optional line left empty reads as none: %+v", v)
	}
	if v, _ := s.Answers["ty_le_truc_tuyen"]; v.Num == nil || *v.Num != 75 {
		t.Errorf("computed fields follow: %+v", v)
	}
}

func TestAnOrdinaryAnswerWithAColonIsNotATemplate(t *testing.T) {
	f := sampleConfig(t).Form("thang")
	for _, text := range []string{"Khó khăn: thiếu kinh phí", "Ghi chú: a\nb: c", "12", "Hồ sơ đã tiếp nhận:"} {
		if _, ok := ReadTemplate(f, text); ok {
			t.Errorf("%q was taken for a filled form", text)
		}
	}
	// One line naming a question answers it (a terminal sends a paste line by line).
	if pairs, ok := ReadTemplate(f, "Hồ sơ đã tiếp nhận: 200"); !ok || pairs[0].Key != "ho_so_dvc" {
		t.Errorf("one line: %v %v", pairs, ok)
	}
	// A hint in brackets, bullets and missing diacritics are forgiven.
	pairs, ok := ReadTemplate(f, "• Tin, bai ve chuyen doi so (tháng 10/2026: 8 tin, bài): 12\n- Ho so da tiep nhan: 200")
	if !ok || pairs[0].Key != "tin_cds" || pairs[0].Value != "12" || pairs[1].Key != "ho_so_dvc" {
		t.Errorf("pairs %v", pairs)
	}
}

func TestAnEnglishReaderFillsTheEnglishForm(t *testing.T) {
	cfg := sampleConfig(t)
	f := cfg.Form("thang")
	p, _ := f.Period("2026-11")
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	s := NewSession(f, p, "15247", now)
	c := Context{Now: now, Lang: locales.EN, Unit: cfg.Units.Get("15247")}
	form := locales.Render(locales.EN, s.Template(f, c))
	if !strings.Contains(form, "\nApplications received:\n") || !strings.Contains(form, "(yes/no):") {
		t.Fatalf("the English form:\n%s", form)
	}
	filled := strings.NewReplacer("News on digital transformation:", "News on digital transformation: 12",
		"Applications received:", "Applications received: 200", "Applications online:", "Applications online: 150",
		"(yes/no):", "(yes/no): no").Replace(form)
	s.Handle(f, Input{Kind: InputText, Text: filled}, c)
	if s.State != Reviewing || len(s.Answers) < 4 {
		t.Errorf("state %s, answers %v", s.State, s.Answers)
	}
}
