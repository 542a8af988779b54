package flows_test

import (
	"math"
	"testing"

	"github.com/baocao/baocao/flows"
)

func TestAggregation(t *testing.T) {
	cfg, f, _ := sampleTables(t)
	district := cfg.Units.Get("391")
	leaves := district.Leaves()
	// A small commune at 90% and a large one at 10%: the district's share
	// is 190/1100 = 17,3%, not the 50% an average of the shares would give.
	subs := map[string]*flows.Submission{
		leaves[0].Code: {Answers: answers(f, map[string]float64{"tong_ho": 100, "gdvh": 90, "co_quan_vh": 3})},
		leaves[1].Code: {Answers: answers(f, map[string]float64{"tong_ho": 1000, "gdvh": 100, "co_quan_vh": 4})},
	}
	tab := flows.NewTable(f, f.PeriodAt(at(2026, 6, 1, 0)), subs)
	cases := []struct {
		name     string
		question string
		want     float64
		units    int
	}{
		{"a share is recomputed from summed numerators and denominators", "ty_le_gdvh", 190.0 / 1100 * 100, 2},
		{"a count is summed", "co_quan_vh", 7, 2},
		{"a figure nobody reported has no value", "ty_le_tap_luyen", 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := tab.Aggregate(district, f.Question(c.question))
			if math.Abs(a.Value-c.want) > 1e-9 || a.Units != c.units {
				t.Errorf("got %v over %d units, want %v over %d", a.Value, a.Units, c.want, c.units)
			}
		})
	}
	t.Run("the ratio is read from the calculate expression", func(t *testing.T) {
		r, ok := f.Question("ty_le_gdvh").Ratio()
		if !ok || r.Num != "gdvh" || r.Den != "tong_ho" || r.Scale != 100 {
			t.Errorf("got %+v, %v", r, ok)
		}
	})
}

func TestRanksShareTiesAndFollowTheTargetsDirection(t *testing.T) {
	cfg, f, _ := sampleTables(t)
	leaves := cfg.Units.Get("391").Leaves()[:4]
	q := f.Question("ty_le_gdvh")
	subs := map[string]*flows.Submission{}
	for i, share := range []float64{90, 95, 90, 80} {
		subs[leaves[i].Code] = &flows.Submission{Answers: answers(f, map[string]float64{"tong_ho": 1000, "gdvh": share * 10})}
	}
	tab := flows.NewTable(f, f.PeriodAt(at(2026, 6, 1, 0)), subs)
	cases := []struct {
		name  string
		unit  int
		lower bool
		want  flows.Rank
	}{
		{"the best is first", 1, false, flows.Rank{Pos: 1, Of: 4}},
		{"two equal shares share second place", 0, false, flows.Rank{Pos: 2, Of: 4}},
		{"and the next one is fourth", 3, false, flows.Rank{Pos: 4, Of: 4}},
		{"when lower is better the lowest is first", 3, true, flows.Rank{Pos: 1, Of: 4}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := tab.RankOf(leaves[c.unit], leaves, q, c.lower); got != c.want {
				t.Errorf("got %+v, want %+v", got, c.want)
			}
		})
	}
}

func TestTargets(t *testing.T) {
	cfg := sampleConfig(t)
	cases := []struct {
		name, unit, indicator string
		year                  int
		want                  float64 // 0: no target
	}{
		{"a commune inherits the district's target", "15247", "ty_le_gdvh", 2026, 86},
		{"a commune's own target is nearer and wins", "15187", "ty_le_gdvh", 2026, 92},
		{"targets change with the year", "15247", "ty_le_gdvh", 2027, 87},
		{"a year without a target has none", "15247", "ty_le_gdvh", 2024, 0},
		{"a district's own total does not apply to each commune", "15247", "co_quan_vh", 2026, 0},
		{"but applies to the district", "391", "co_quan_vh", 2026, 10},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tg := cfg.Targets.For("nam", c.indicator, cfg.Units.Get(c.unit), c.year)
			got := 0.0
			if tg != nil {
				got = tg.Value()
			}
			if got != c.want {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func sampleConfig(t *testing.T) *flows.Config {
	cfg, _, _ := sampleTables(t)
	return cfg
}

func TestTargetAndClusterMistakesAreReportedWithTheirLine(t *testing.T) {
	base := `units:
  - code: "391"
    name: Huyện Thạch Thành
    children:
      - {code: "15187", name: Thị trấn Kim Tân, cluster: cum_2}
forms:
  - id: nam
    title: Năm
    period: year
    questions:
      - {id: tong_ho, type: integer, label: "Số hộ?"}
`
	cases := []struct{ name, yaml, want string }{
		{"an unknown indicator", "targets:\n  - {unit: \"391\", indicator: khong_co, years: [2026], min: 1}\n", "x.yaml:13: target: indicator \"khong_co\""},
		{"a target without a bound", "targets:\n  - {unit: \"391\", indicator: tong_ho, years: [2026]}\n", "x.yaml:13: target for tong_ho needs min"},
		{"a target without years", "targets:\n  - {unit: \"391\", indicator: tong_ho, min: 1}\n", "x.yaml:13: target for tong_ho: list the years"},
		{"a unit naming an unknown cluster", "clusters:\n  - {id: cum_1, name: Cụm 1}\n", "x.yaml:5: unit 15187: cluster \"cum_2\""},
	}
	for _, c := range cases {
		t.Run(c.name+" is reported with its line", func(t *testing.T) {
			_, err := flows.ParseConfig("x.yaml", []byte(base+c.yaml))
			if err == nil || !contains(err.Error(), c.want) {
				t.Errorf("err = %v, want %q", err, c.want)
			}
		})
	}
}

func contains(s, sub string) bool {
	return len(sub) == 0 || (len(s) >= len(sub) && (s[:len(sub)] == sub || contains(s[1:], sub)))
}
