package web

import (
	"fmt"
	"strings"
	"testing"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// A unit's page prints its figure with the decimals that tell it from its
// target and its peers, as /ketqua does: 85,96% beside a target of 86% is
// not "86%" marked as missing the target.
func TestAUnitPagePrintsAFigureApartFromItsTarget(t *testing.T) {
	pct := &flows.Question{ID: "ty_le", Type: flows.TypePercent}
	min := 86.0
	tg := &flows.Target{Indicator: "ty_le", Min: &min}
	v := 85.96
	s := flows.Standing{Lines: []flows.StandingLine{{Question: pct, Value: v, Has: true, Target: tg,
		Digits: flows.DigitsApart(pct, v, []float64{86})}}}
	rows := keyFigures(s, locales.VI)
	if len(rows) != 1 {
		t.Fatalf("%d rows", len(rows))
	}
	if r := rows[0]; r.Met || !strings.Contains(r.Value, "85,96") {
		t.Errorf("85,96%% against ≥ 86%%: printed %q (met %v), want 85,96%% not met", r.Value, r.Met)
	}

	// With the year before, the three figures keep those decimals too.
	then, d := 84.0, v-84.0
	s.Lines[0].SinceYear = &d
	s.Lines[0].YearCmp = flows.Compare{Now: v, Then: then, Units: 1, Of: 1}
	if r := keyFigures(s, locales.VI)[0]; !strings.Contains(r.Value, "85,96") {
		t.Errorf("with the year before: printed %q, want 85,96%%", r.Value)
	}
}

// The trend's table prints its figures with the decimals that tell them
// apart, as its chart does: 85,24% and 85,18% are not both "85,2%"; a
// whole figure stays whole and a gap says so.
func TestTheTrendTablePrintsFiguresApart(t *testing.T) {
	pct := &flows.Question{ID: "ty_le", Type: flows.TypePercent}
	f := &flows.Form{ID: "nam", Every: flows.Yearly}
	var points []flows.TrendPoint
	for i, v := range []float64{85.18, 85.24, 0, 86} {
		p, err := f.Period(fmt.Sprint(2023 + i))
		if err != nil {
			t.Fatal(err)
		}
		points = append(points, flows.TrendPoint{Period: p, Value: v, Has: v != 0})
	}
	rows := trendRows(flows.Trend{Unit: &flows.Unit{Code: "1", Name: "Xã A"}, Form: f, Question: pct, Points: points}, locales.VI)
	var got []string
	for _, r := range rows {
		got = append(got, r.Value)
	}
	want := []string{"86%", "chưa có số liệu", "85,24%", "85,18%"}
	if len(got) != len(want) {
		t.Fatalf("rows %q, want %q", got, want)
	}
	for i := range want {
		if !strings.Contains(got[i], want[i]) {
			t.Errorf("row %d: %q, want %q", i, got[i], want[i])
		}
	}
}

// A group's share in the trend table says what it is summed from and over
// how many units, as /xuhuong's line does: a supervisor checks "91,2%"
// against 13.970/16.380 and sees that 19 of 24 communes are in it.
func TestTheTrendTableSaysWhatAGroupsShareIsMadeOf(t *testing.T) {
	pct := &flows.Question{ID: "ty_le", Type: flows.TypePercent}
	f := &flows.Form{ID: "nam", Every: flows.Yearly}
	cluster := &flows.Unit{Code: "cum_1", Name: "Cụm thi đua số 1", Children: []*flows.Unit{{Code: "1", Name: "Xã A"}}}
	p24, _ := f.Period("2024")
	p25, _ := f.Period("2025")
	points := []flows.TrendPoint{
		{Period: p24, Value: 100 * 13970.0 / 16380, Has: true, Num: 13970, Den: 16380, Parts: true, Done: 19, Expected: 24},
		{Period: p25, Value: 90, Has: true, Num: 90, Den: 100, Parts: true, Done: 24, Expected: 24},
	}
	rows := trendRows(flows.Trend{Unit: cluster, Form: f, Question: pct, Points: points}, locales.VI)
	if len(rows) != 2 {
		t.Fatalf("rows %+v", rows)
	}
	if got := rows[1].Note; !strings.Contains(got, "13.970/16.380") || !strings.Contains(got, "19/24 đơn vị có số liệu") {
		t.Errorf("2024 note %q, want the parts 13.970/16.380 and 19/24 units", got)
	}
	if strings.HasPrefix(rows[1].Note, " (") {
		t.Errorf("2024 note %q: the table's own column needs no brackets", rows[1].Note)
	}
	if got := rows[0].Note; !strings.Contains(got, "90/100") || strings.Contains(got, "đơn vị có số liệu") {
		t.Errorf("2025 note %q, want the parts and no count when every unit gave it", got)
	}
}
