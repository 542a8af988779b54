package flows

import (
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

// A template sent one line per message: each line is read as it would be in
// the pasted template, whatever question is on screen.
func TestATemplateLineSentAloneLeavesNoLabelInTheAnswer(t *testing.T) {
	cfg := sampleConfig(t)
	f := cfg.Form("thang")
	p, _ := f.Period("2026-11")
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	c := Context{Now: now, Lang: locales.VI, Unit: cfg.Units.Get("15247")}
	for _, tc := range []struct {
		name, current, line, want string
	}{
		{"at its own question", "noi_dung", "Cac hoat dong da to chuc: Giai bong chuyen xa", "Giai bong chuyen xa"},
		{"with diacritics and a bullet", "noi_dung", "• Các hoạt động đã tổ chức:  Hội thi văn nghệ ", "Hội thi văn nghệ"},
		{"at another question", "ho_so_dvc", "Các hoạt động đã tổ chức: Giải cầu lông", "Giải cầu lông"},
		{"the difficulties, at their question", "kien_nghi", "Kho khan, kien nghi: Thieu kinh phi to chuc", "Thieu kinh phi to chuc"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := NewSession(f, p, "15247", now)
			yes := true
			s.Answers["co_hoat_dong"] = Value{Bool: &yes}
			s.Current = tc.current
			s.Handle(f, Input{Kind: InputText, Text: tc.line}, c)
			id := "noi_dung"
			if tc.current == "kien_nghi" {
				id = "kien_nghi"
			}
			if got := s.Answers[id].Text; got != tc.want {
				t.Errorf("stored %q, want %q", got, tc.want)
			}
		})
	}
}

func TestAnEmptyTemplateLineIsNotAnAnswer(t *testing.T) {
	cfg := sampleConfig(t)
	f := cfg.Form("thang")
	p, _ := f.Period("2026-11")
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	c := Context{Now: now, Lang: locales.VI, Unit: cfg.Units.Get("15247")}

	s := NewSession(f, p, "15247", now)
	s.Current = "kien_nghi"
	s.Handle(f, Input{Kind: InputText, Text: "Kho khan, kien nghi:"}, c)
	if v, ok := s.Answers["kien_nghi"]; !ok || !v.Skipped || v.Text != "" {
		t.Errorf("an optional question's empty line reads as none: %+v", v)
	}

	s = NewSession(f, p, "15247", now)
	s.Handle(f, Input{Kind: InputText, Text: "Hồ sơ đã tiếp nhận:"}, c)
	if _, ok := s.Answers["ho_so_dvc"]; ok || s.Current != "tin_cds" {
		t.Errorf("a required figure left empty is not stored and the question stays: %+v, at %s", s.Answers, s.Current)
	}
	s.Handle(f, Input{Kind: InputText, Text: "Kho khan, kien nghi:"}, c)
	if v := s.Answers["kien_nghi"]; !v.Skipped || s.Current != "tin_cds" {
		t.Errorf("an empty line for a later optional question is none, and the question on screen stays: %+v, at %s", v, s.Current)
	}
}
