package flows_test

import (
	"math"
	"testing"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
)

// Xã Ngọc Trạo (15250) is four old units of Huyện Thạch Thành: 15247,
// 15250 (old Thành An), 15259 and 15268. Its 2024 figure is their sum,
// and only when all four gave it.
func TestANewCommuneIsComparedWithItsPredecessorsSumOnlyWhenAllGaveTheFigure(t *testing.T) {
	cfg := sample.MustNamed("thanh-hoa")
	f := cfg.Form("nam")
	p24, _ := f.Period("2024")
	p25, _ := f.Period("2025")
	sub := func(period, code string, a map[string]float64) *flows.Submission {
		s := &flows.Submission{Form: "nam", Period: period, Unit: code, Answers: map[string]flows.Value{}}
		for k, v := range a {
			s.Answers[k] = num(v)
		}
		return s
	}
	old := map[string]*flows.Submission{
		"15247": sub("2024", "15247", map[string]float64{"tong_ho": 1300, "gdvh": 1020, "clb_tdtt": 5}),
		"15250": sub("2024", "15250", map[string]float64{"tong_ho": 1500, "gdvh": 1180, "clb_tdtt": 6}),
		"15259": sub("2024", "15259", map[string]float64{"tong_ho": 1209, "gdvh": 945, "clb_tdtt": 5}),
		// old Xã Ngọc Trạo skipped the clubs question
		"15268": sub("2024", "15268", map[string]float64{"tong_ho": 1300, "gdvh": 1020}),
	}
	ngocTrao := cfg.Units.Get("15250")
	then := flows.NewTable(f, p24, old)
	ho, clb := f.Question("tong_ho"), f.Question("clb_tdtt")
	if v, ok, note := then.PastValue(ngocTrao, ho); !ok || v != 1300+1500+1209+1300 || note != flows.PastMerged {
		t.Errorf("households 2024: %v %v %v, want 5309 summed", v, ok, note)
	}
	if v, ok, note := then.PastValue(ngocTrao, clb); ok || note != flows.PastIncomplete {
		t.Errorf("clubs 2024: %v %v %v; one old unit skipped it, so no sum (not 16)", v, ok, note)
	}
	now := flows.NewTable(f, p25, map[string]*flows.Submission{
		"15250": sub("2025", "15250", map[string]float64{"tong_ho": 5420, "gdvh": 4400, "clb_tdtt": 20}),
	})
	c, ok := now.CompareWith(then, ngocTrao, ho)
	if !ok || c.Then != 5309 || c.Now != 5420 || c.Change() != 111 || !c.Whole() {
		t.Errorf("households compared: %+v %v", c, ok)
	}
	if _, ok := now.CompareWith(then, ngocTrao, clb); ok {
		t.Error("clubs compared against a partial sum")
	}
	// The share from the summed parts: 4165/5309, not an average of shares.
	var share *flows.Question
	for _, q := range f.Indicators() {
		if r, ok := q.Ratio(); ok && r.Num == "gdvh" && r.Den == "tong_ho" {
			share = q
		}
	}
	if share == nil {
		t.Fatal("no household share in the sample")
	}
	c, ok = now.CompareWith(then, ngocTrao, share)
	want := (1020.0 + 1180 + 945 + 1020) / 5309 * 100
	if !ok || math.Abs(c.Then-want) > 1e-9 || math.Abs(c.Now-4400.0/5420*100) > 1e-9 {
		t.Errorf("share compared: %+v, want then %v", c, want)
	}
}

// Above the communes only the units with both figures are compared, and
// the comparison says how many.
func TestAClusterIsComparedOverTheCommunesWithBothFigures(t *testing.T) {
	cfg, f, tables := sampleTables(t)
	district := cfg.Units.Get("391")
	if district == nil {
		t.Skip("no district 391 in the sample")
	}
	_ = f
	cur, prev := tables["2026"], tables["2025"]
	q := f.Question("tong_ho")
	c, ok := cur.CompareWith(prev, district, q)
	if !ok || c.Of != 24 || c.Units != 18 {
		t.Fatalf("compared %+v %v, want 18 of 24", c, ok)
	}
	// By hand: the 18 communes' households in both years (sampleFigures
	// does not change households with the year), so no change.
	if c.Now != c.Then || c.Now != cur.Aggregate(district, q).Value {
		t.Errorf("now %v then %v", c.Now, c.Then)
	}
}
