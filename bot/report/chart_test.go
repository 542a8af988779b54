package report

import (
	"bytes"
	"flag"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
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
	target := 86.0
	names := []string{"Thị trấn Kim Tân", "Thị trấn Vân Du", "Xã Thạch Lâm", "Xã Thạch Quảng", "Xã Thạch Tượng", "Xã Thành Tâm", "Xã Ngọc Trạo", "Xã Thành Hưng"}
	var bars []Bar
	for i, n := range names {
		v := 80 + float64(i)*1.7
		bars = append(bars, Bar{Label: n, Value: v, Met: yes(v >= target)})
	}
	day := func(d int) time.Time { return time.Date(2027, 1, d, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		name  string
		chart interface{ PNG() ([]byte, error) }
		w, h  int
	}{
		{"an indicator chart of eight communes is a 960×640 PNG", IndicatorChart{
			Title: "Tỷ lệ hộ đạt danh hiệu \"Gia đình văn hóa\" — Huyện Thạch Thành", Bars: bars,
			Target: &target, TargetLabel: "Chỉ tiêu ≥ 86%", Format: func(v float64) string { return strconv.FormatFloat(v, 'f', 0, 64) + "%" },
		}, 960, 640},
		{"an indicator chart of 160 communes grows wider, up to a cap", IndicatorChart{Title: "Tỉnh", Bars: repeat(bars, 20)}, maxWidth, 640},
		{"a progress chart is a 960×540 PNG", ProgressChart{
			Title: "Tiến độ nộp báo cáo tổng kết năm 2026", Days: []time.Time{day(2), day(3), day(5), day(8)}, Cumulative: []int{3, 9, 15, 18},
			Expected: 24, ExpectedLabel: "Tổng số đơn vị phải nộp: 24", Deadline: day(11), DeadlineLabel: "Hạn nộp 10/01/2027", SeriesLabel: "Số đơn vị đã nộp (cộng dồn)",
		}, 960, 540},
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
			if b := img.Bounds(); b.Dx() != c.w || b.Dy() != c.h {
				t.Errorf("size %dx%d, want %dx%d", b.Dx(), b.Dy(), c.w, c.h)
			}
			keep(t, []string{"indicator.png", "province.png", "progress.png"}[i], data)
		})
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
