package report

import (
	"strconv"
	"testing"
	"time"
)

// provinceDocument is a province of n communes in groups of 20, with the
// sample's five columns.
func provinceDocument(n int) (Document, Sheet) {
	d := sampleDocument()
	d.Groups = nil
	flat := Sheet{Name: "Số liệu", Columns: []Column{{Header: "Mã"}, {Header: "Đơn vị"}}}
	for _, c := range d.Columns {
		flat.Columns = append(flat.Columns, Column{Header: c.Header, Kind: c.Kind})
	}
	for i := 0; i < n; i++ {
		if i%20 == 0 {
			d.Groups = append(d.Groups, Group{Name: "Huyện " + strconv.Itoa(i/20+1)})
		}
		hh := float64(1000 + i)
		row := Row{Name: "Xã số " + strconv.Itoa(i+1), Code: strconv.Itoa(15000 + i), Cells: []any{hh, hh * 0.87, nil, i%3 == 0, 80.5}}
		g := &d.Groups[len(d.Groups)-1]
		g.Rows = append(g.Rows, row)
		flat.Rows = append(flat.Rows, []any{row.Code, row.Name, hh, hh * 0.87, 87.0, "Có", 80.5})
	}
	return d, flat
}

// BenchmarkExport compares the official report sheet of a province (168
// communes: headings, groups, formulas, print set-up) with the flat table
// the export used to write, on the same rows.
func BenchmarkExport(b *testing.B) {
	d, flat := provinceDocument(168)
	b.Run("official-sheet", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := Official(time.UTC, d); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("flat-table-baseline", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := XLSX(time.UTC, flat); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("official-csv", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := d.CSV(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkIndicatorChart draws a district's 24 bars and a province's 166
// (summarised to 25 rows).
func BenchmarkIndicatorChart(b *testing.B) {
	target := 86.0
	for _, n := range []int{24, 166} {
		var bars []Bar
		for i := 0; i < n; i++ {
			v := 60 + float64((i*37)%400)/10
			met := v >= target
			bars = append(bars, Bar{Label: "Xã số " + strconv.Itoa(i+1), Value: v, Met: &met})
		}
		c := IndicatorChart{Title: "Tỷ lệ hộ đạt danh hiệu \"Gia đình văn hóa\"", Bars: bars, Target: &target, TargetLabel: "Chỉ tiêu ≥ 86%",
			Legend: Legend{Met: "Đạt", Missed: "Chưa đạt", Others: func(n int, lo, hi string) string { return strconv.Itoa(n) + " " + lo + "–" + hi }}}
		b.Run(strconv.Itoa(n)+"-units", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := c.PNG(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
