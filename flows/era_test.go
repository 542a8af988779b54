package flows_test

import (
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, locales.Zone) }

func TestAReferenceNamesACodeWithinItsEra(t *testing.T) {
	ref := flows.Ref("15250", day(2025, 7, 1))
	if ref != "15250@2025-07-01" {
		t.Fatalf("ref %q", ref)
	}
	if code, until := flows.SplitRef(ref); code != "15250" || !until.Equal(day(2025, 7, 1)) {
		t.Errorf("split %q %v", code, until)
	}
	if code, until := flows.SplitRef("15250"); code != "15250" || !until.IsZero() {
		t.Errorf("today's code split as %q %v", code, until)
	}
	if flows.Ref("15250", time.Time{}) != "15250" {
		t.Error("today's unit is its bare code")
	}
}

func TestAPeriodBelongsToTheEraOfItsLastDay(t *testing.T) {
	cfg := sample.MustNamed("thanh-hoa")
	nam := cfg.Form("nam")
	for _, c := range []struct {
		key     string
		earlier bool
	}{{"2024", true}, {"2025", false}, {"2026", false}} {
		p, err := nam.Period(c.key)
		if err != nil {
			t.Fatal(err)
		}
		if got := cfg.Earlier(p); got != c.earlier {
			t.Errorf("year %s earlier: %v, want %v", c.key, got, c.earlier)
		}
	}
	// A district-era configuration lives in one era.
	tt := sample.MustNamed("thach-thanh")
	p, _ := tt.Form("nam").Period("2024")
	if tt.Earlier(p) || len(tt.Eras) != 0 {
		t.Errorf("thach-thanh has eras %v", tt.Eras)
	}
}

func TestALaterChangeIsDeclaredAsData(t *testing.T) {
	y := strings.Replace(string(mustSample(t)), "units:", "eras: [\"2025-07-01\", \"01/01/2027\"]\nunits:", 1)
	cfg, err := flows.ParseConfig("later.yaml", []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Eras) != 2 || !cfg.EraStart().Equal(day(2027, 1, 1)) {
		t.Fatalf("eras %v", cfg.Eras)
	}
	p, _ := cfg.Form("nam").Period("2026")
	if !cfg.Earlier(p) || !cfg.EraUntil(p).Equal(day(2027, 1, 1)) {
		t.Errorf("2026 under a 2027 change: until %v", cfg.EraUntil(p))
	}
	bad := strings.Replace(string(mustSample(t)), "units:", "eras: [\"2027-01-01\", \"2025-07-01\", \"ngày mai\"]\nunits:", 1)
	_, err = flows.ParseConfig("bad.yaml", []byte(bad))
	if err == nil || !strings.Contains(err.Error(), "ascend") || !strings.Contains(err.Error(), "ngày mai") {
		t.Errorf("bad eras: %v", err)
	}
}

func mustSample(t *testing.T) []byte {
	t.Helper()
	_, y, ok := sample.Named("thanh-hoa")
	if !ok {
		t.Fatal("no sample")
	}
	return y
}

func TestAPeriodBeforeTheReformIsSeenThroughTodaysUnitsAsTheirOldUnitsSums(t *testing.T) {
	cfg := sample.MustNamed("thanh-hoa")
	f := cfg.Form("nam")
	p, _ := f.Period("2024")
	num := func(v float64) flows.Value { return flows.Value{Num: &v} }
	sub := func(code string, ho, gd float64) *flows.Submission {
		return &flows.Submission{Form: "nam", Period: "2024", Unit: code, Answers: map[string]flows.Value{"tong_ho": num(ho), "gdvh": num(gd)}}
	}
	old := map[string]*flows.Submission{
		"15247": sub("15247", 1300, 1020), "15250": sub("15250", 1500, 1180),
		"15259": sub("15259", 1209, 945), "15268": sub("15268", 1300, 1020),
		"15187": sub("15187", 1465, 1184), // old Thị trấn Kim Tân alone: new Kim Tân has five more
	}
	ngocTrao, kimTan := cfg.Units.Get("15250"), cfg.Units.Get("15187")
	t2 := cfg.EraTable(cfg.Units.Get("cum_391"), f, p, old)
	s := t2.Sub("15250")
	if s == nil || s.From == nil {
		t.Fatalf("Ngọc Trạo 2024: %+v", s)
	}
	if v, _ := s.Num("tong_ho"); v != 5309 {
		t.Errorf("Ngọc Trạo's households %v, want 5309 (its four old units)", v)
	}
	if t2.Sub("15187") != nil {
		t.Error("new Kim Tân got old Thị trấn Kim Tân's report as its own")
	}
	gaps := cfg.EraGaps(kimTan, old)
	if len(gaps) != 1 || gaps[0].Note != flows.PastIncomplete || len(gaps[0].Missing) != 5 {
		t.Errorf("Kim Tân's gap: %+v", gaps)
	}
	if cfg.EraGaps(ngocTrao, old) != nil {
		t.Error("Ngọc Trạo has all its old units")
	}
}
