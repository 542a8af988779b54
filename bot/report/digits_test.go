package report

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// digitsDocument is a cluster of five communes whose shares of people
// exercising regularly are 40,192%, 40,195%, 40,197%, 40,200% (the
// sample's cluster 11) and 79,996% against a target of 80%; a typed share
// 93,149% beside 93,141%, 79,96% against its target of 80% and 80% itself
// (told from 79,96%); areas of 2,5 ha, 2,504 ha and 2,5049 ha.
func digitsDocument() Document {
	eighty := 80.0
	cols := []DocColumn{
		{Header: "Dân số", Measure: "người", Kind: Count},
		{Header: "Người tập luyện", Measure: "người", Kind: Count},
		{Header: "Tỷ lệ tập luyện", Measure: "%", Kind: Share, Ratio: &ColumnRatio{Num: 1, Den: 0, Scale: 100}},
		{Header: "Tỷ lệ tự khai", Measure: "%", Kind: Share},
		{Header: "Diện tích", Measure: "ha", Kind: Decimal},
	}
	f := func(v float64) any { return v }
	target := []*float64{nil, nil, &eighty, &eighty, nil}
	d := sampleDocument()
	d.Columns = cols
	d.Groups = []Group{
		{Name: "Cụm thi đua số 1", Targets: target, Rows: []Row{
			{Name: "Xã Vân Du", Code: "15190", Targets: target, Cells: []any{f(28100), f(11294), nil, f(93.149), f(2.5)}},
			{Name: "Xã Thạch Quảng", Code: "15199", Targets: target, Cells: []any{f(28250), f(11355), nil, f(93.141), f(2.504)}},
			{Name: "Xã Thạch Bình", Code: "15211", Targets: target, Cells: []any{f(28400), f(11416), nil, f(79.96), f(2.5049)}},
		}},
		{Name: "Cụm thi đua số 2", Targets: target, Rows: []Row{
			{Name: "Xã Thành Vinh", Code: "15229", Targets: target, Cells: []any{f(28550), f(11477), nil, f(60), f(7)}},
			{Name: "Xã Thành Tâm", Code: "15247", Targets: target, Cells: []any{f(25000), f(19999), nil, f(80), f(1.25)}},
		}},
	}
	d.Targets = target
	return d
}

// A share or decimal cell shows as many decimals as tell it apart from the
// figures it is ranked with and from its target, and holds the exact
// figure: only its number format changes, one style per number of
// decimals, not one per cell.
func TestEachFigureCellShowsTheDecimalsThatTellItApart(t *testing.T) {
	d := digitsDocument()
	data, err := Official(time.UTC, d)
	if err != nil {
		t.Fatal(err)
	}
	x := openDoc(t, data)
	s := "Báo cáo"
	shown := func(cell string) string {
		t.Helper()
		v, err := x.CalcCellValue(s, cell)
		if err != nil {
			t.Fatalf("%s: %v", cell, err)
		}
		return v
	}
	// Rows: 14 the total, 15 cluster 1, 16–18 its communes, 19 cluster 2,
	// 20–21 its communes. Columns: F the computed share, G the typed one,
	// H the area.
	for cell, want := range map[string]string{
		"F16": "40.192%", "F17": "40.195%", "F18": "40.197%", "F20": "40.200%", "F21": "79.996%",
		"G16": "93.15%", "G17": "93.14%", "G18": "79.96%", "G20": "60.0%", "G21": "80.00%",
		"H16": "2.500", "H17": "2.504", "H18": "2.505", "H20": "7.00", "H21": "1.25",
	} {
		if got := shown(cell); got != want {
			t.Errorf("%s shows %q, want %q", cell, got, want)
		}
	}
	// The values are the exact figures.
	calcNear(t, x, s, "F16", 11294.0/28100*100)
	calcNear(t, x, s, "F21", 19999.0/25000*100)
	for cell, want := range map[string]string{"G16": "93.149", "G18": "79.96", "H18": "2.5049"} {
		if got, _ := x.GetCellValue(s, cell, excelize.Options{RawCellValue: true}); got != want {
			t.Errorf("%s holds %q, want the exact %s", cell, got, want)
		}
	}
	// The two clusters' shares (40,194…% and 58,78…%) are far apart and
	// from 80%: the usual decimal.
	if got := shown("F15"); !strings.HasPrefix(got, "40.") || len(got) != len("40.2%") {
		t.Errorf("cluster 1's share shows %q, want one decimal", got)
	}
	// One style per look: the communes' shares, of 1, 2 and 3 decimals,
	// use three styles between them.
	styles := map[int]bool{}
	for _, r := range []int{16, 17, 18, 20, 21} {
		for _, c := range []string{"F", "G"} {
			id, err := x.GetCellStyle(s, c+strconv.Itoa(r))
			if err != nil {
				t.Fatal(err)
			}
			styles[id] = true
		}
	}
	if len(styles) > 3 {
		t.Errorf("%d styles for shares of 1, 2 and 3 decimals", len(styles))
	}
}

// A subtotal is told apart from the other subtotals and from its target,
// never from the units under it.
func TestASubtotalIsToldApartFromTheOtherSubtotals(t *testing.T) {
	d := digitsDocument()
	// Cluster 2's typed shares average to 80,004…% against 80%, and
	// cluster 1's to 88,75%: it is cluster 2 that needs three decimals.
	d.Groups[1].Rows[0].Cells[3] = 80.008
	d.Groups[1].Rows[1].Cells[3] = 80.0
	rows := d.layout()
	digits := d.cellDigits(rows)
	if got := digits[5][3]; got != 3 {
		t.Errorf("cluster 2's share %v gets %d decimals, want 3 (against 80)", rows[5].vals[3], got)
	}
	if got := digits[1][3]; got != 1 {
		t.Errorf("cluster 1's share %v gets %d decimals, want 1", rows[1].vals[3], got)
	}
}

// The CSV carries the exact figures, every digit a float64 holds, with a
// dot and no grouping (a program reads it back); a fraction of exactly
// three digits gets a fourth, so that "2.504" is never taken for two
// thousand five hundred and four by a Vietnamese reader.
func TestTheDocumentsCSVCarriesTheExactFigures(t *testing.T) {
	d := digitsDocument()
	out, err := d.CSV()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	// float64 arithmetic, as the sheet's (Go folds constants exactly).
	share := func(num, den float64) string { return strconv.FormatFloat(num/den*100, 'f', -1, 64) }
	for _, want := range []string{
		"1,Xã Vân Du,15190,28100,11294," + share(11294, 28100) + ",93.1490,2.5,",
		"2,Xã Thạch Quảng,15199,28250,11355," + share(11355, 28250) + ",93.1410,2.5040,",
		"3,Xã Thạch Bình,15211,28400,11416," + share(11416, 28400) + ",79.96,2.5049,",
		"2,Xã Thành Tâm,15247,25000,19999,79.9960,80,1.25,",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the CSV lacks\n%s\nin\n%s", want, text)
		}
	}
	for i, r := range strings.Split(text, "\n") {
		for _, f := range strings.Split(r, ",") {
			if v, err := strconv.ParseFloat(f, 64); err == nil && !math.IsInf(v, 0) {
				if _, frac, ok := strings.Cut(f, "."); ok && len(frac) == 3 {
					t.Errorf("line %d: %q reads as a thousands group", i+1, f)
				}
			}
		}
	}
}

func TestAnExactFigureIsWrittenSoThatItReadsBackAndIsNoThousandsGroup(t *testing.T) {
	for v, want := range map[float64]string{
		0: "0", 12: "12", 1234: "1234", 93.1: "93.1", 12.34: "12.34", 1.234: "1.2340", 1234.567: "1234.5670",
		-2.345: "-2.3450", 0.001: "0.0010", 93.14673730802762: "93.14673730802762", 1e-7: "0.0000001",
		math.Copysign(0, -1): "0",
	} {
		got := exact(v)
		if got != want {
			t.Errorf("exact(%v) = %q, want %q", v, got, want)
		}
		if back, err := strconv.ParseFloat(got, 64); err != nil || back != v {
			t.Errorf("%q reads back as %v (%v), want %v", got, back, err, v)
		}
	}
}
