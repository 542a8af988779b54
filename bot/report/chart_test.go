package report

import (
	"bytes"
	"flag"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// -charts DIR keeps the rendered PNGs, to look at them.
var chartsDir = flag.String("charts", "", "write the rendered test charts into this directory")

func keep(t *testing.T, name string, data []byte) {
	t.Helper()
	if *chartsDir == "" {
		return
	}
	if err := os.MkdirAll(*chartsDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*chartsDir, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func yes(b bool) *bool { return &b }

func TestCharts(t *testing.T) {
	target, own := 86.0, 92.0
	names := []string{"Thị trấn Kim Tân", "Thị trấn Vân Du", "Xã Thạch Lâm", "Xã Thạch Quảng", "Xã Thạch Tượng", "Xã Thành Tâm", "Xã Ngọc Trạo", "Xã Thành Hưng"}
	var bars []Bar
	for i, n := range names {
		v := 80 + float64(i)*1.7
		b := Bar{Label: n, Value: v, Met: yes(v >= target)}
		if i == 0 {
			b.Value, b.Target, b.Met = 90.5, &own, yes(false) // the town's own, higher target
		}
		bars = append(bars, b)
	}
	pct := func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) + "%" }
	legend := Legend{Met: "Đạt chỉ tiêu", Missed: "Chưa đạt", OwnTarget: "Chỉ tiêu riêng của đơn vị",
		Others: func(n int, lo, hi string) string {
			return "… " + strconv.Itoa(n) + " đơn vị khác: từ " + lo + " đến " + hi
		}}
	var province []Bar
	for i := 0; i < 166; i++ {
		v := 55 + float64((i*37)%400)/10
		province = append(province, Bar{Label: "Xã số " + strconv.Itoa(i+1), Value: v, Met: yes(v >= target)})
	}
	day := func(d int) time.Time { return time.Date(2027, 1, d, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		name       string
		chart      interface{ PNG() ([]byte, error) }
		w, minH, h int
	}{
		{"an indicator chart of eight communes is 1080 px wide, a row per commune", IndicatorChart{
			Title: "Tỷ lệ hộ đạt danh hiệu \"Gia đình văn hóa\" — Huyện Thạch Thành, năm 2026", Bars: bars,
			Target: &target, TargetLabel: "Chỉ tiêu ≥ 86%", Legend: legend, Format: pct,
		}, hbarWidth, 8 * hbarRow, 1000},
		{"a province of 166 communes shows the top and bottom twelve and sums up the rest", IndicatorChart{
			Title: "Tỷ lệ hộ đạt danh hiệu \"Gia đình văn hóa\" — Tỉnh Thanh Hóa, năm 2026", Bars: province,
			Target: &target, TargetLabel: "Chỉ tiêu ≥ 86%", Legend: legend, Format: pct,
		}, hbarWidth, 25 * hbarRow, 1800},
		{"a progress chart is 1080 px wide", ProgressChart{
			Title: "Tiến độ nộp báo cáo tổng kết năm 2026", Days: []time.Time{day(2), day(3), day(5), day(8)}, Cumulative: []int{3, 9, 15, 18},
			Expected: 24, ExpectedLabel: "Tổng số đơn vị phải nộp: 24", Deadline: day(11), DeadlineLabel: "Hạn nộp 10/01/2027", SeriesLabel: "Số đơn vị đã nộp (cộng dồn)",
		}, hbarWidth, progressH, progressH},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data, err := c.chart.PNG()
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("not a PNG: %v", err)
			}
			if b := img.Bounds(); b.Dx() != c.w || b.Dy() < c.minH || b.Dy() > c.h {
				t.Errorf("size %dx%d, want %d wide and %d…%d high", b.Dx(), b.Dy(), c.w, c.minH, c.h)
			}
			keep(t, []string{"indicator.png", "province.png", "progress.png"}[i], data)
		})
	}
}

func TestIndicatorRowsAreSortedAndALongRankingSummarised(t *testing.T) {
	c := IndicatorChart{Bars: []Bar{{Label: "a", Value: 1}, {Label: "b", Value: 3}, {Label: "c", Value: 2}}}
	var got []string
	for _, r := range c.rows() {
		got = append(got, r.bar.Label)
	}
	if strings.Join(got, "") != "bca" {
		t.Errorf("order %v, want the highest first", got)
	}
	var many []Bar
	for i := 0; i < 100; i++ {
		many = append(many, Bar{Label: strconv.Itoa(i), Value: float64(i)})
	}
	c = IndicatorChart{Bars: many, Legend: Legend{Others: func(n int, lo, hi string) string { return strconv.Itoa(n) + " " + lo + "–" + hi }}}
	rows := c.rows()
	if len(rows) != 2*hbarEdge+1 || rows[hbarEdge].summary != "76 12–87" || rows[0].bar.Label != "99" || rows[len(rows)-1].bar.Label != "0" {
		t.Errorf("%d rows, summary %q", len(rows), rows[hbarEdge].summary)
	}
}

func repeat(b []Bar, n int) []Bar {
	var out []Bar
	for i := 0; i < n; i++ {
		out = append(out, b...)
	}
	return out
}

func TestNiceCeilEndsAxesOnRoundNumbers(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{{0, 1}, {93.1, 100}, {18, 20}, {26.4, 50}, {2.2, 2.5}} {
		if got := niceCeil(c.in); got != c.want {
			t.Errorf("niceCeil(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestBarsStartAtZero(t *testing.T) {
	// Shares bunched at 83–85% once started the axis at 78%: a one-point
	// gap then looked like a halving.
	target := 86.0
	c := IndicatorChart{Bars: []Bar{{Label: "A", Value: 85.24}, {Label: "B", Value: 83.4}, {Label: "C", Missing: true}}, Target: &target}
	lo, hi, _ := c.axis()
	if lo != 0 || hi < target {
		t.Errorf("axis %v–%v, want from 0 past the target %v", lo, hi, target)
	}
	rows := c.rows()
	if len(rows) != 3 || !rows[2].bar.Missing || rows[0].bar.Label != "A" {
		t.Errorf("rows %+v: want the bars highest first, the unit without figures last", rows)
	}
	if _, err := c.PNG(); err != nil {
		t.Fatal(err)
	}
}

func TestTheProgressAxisEndsAtTheNumberOfUnits(t *testing.T) {
	for _, n := range []int{166, 24, 13, 7, 2, 1} {
		top, step := countAxis(n)
		ticks := countTicks(top, step)
		if top != float64(n) || ticks[len(ticks)-1].Value != float64(n) || ticks[len(ticks)-1].Label != strconv.Itoa(n) {
			t.Errorf("%d units: axis to %v, last tick %+v", n, top, ticks[len(ticks)-1])
		}
		for i := 1; i < len(ticks); i++ {
			if ticks[i].Label == ticks[i-1].Label || ticks[i].Value != math.Round(ticks[i].Value) {
				t.Errorf("%d units: ticks %q and %q are not whole, distinct counts", n, ticks[i-1].Label, ticks[i].Label)
			}
			if ticks[i].Value-ticks[i-1].Value < step*0.4 {
				t.Errorf("%d units: ticks %v and %v too close to read", n, ticks[i-1].Value, ticks[i].Value)
			}
		}
	}
}
