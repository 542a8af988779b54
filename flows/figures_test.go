package flows_test

// Written from issue 19's statement (points 3 and 4) before reading the
// code that ranks, lists and aggregates: what a supervisor must be able to
// sign, whatever the code does today.

import (
	"math"
	"strings"
	"testing"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
)

// reported is a report as the chat stores it: the parts typed, the form's
// calculated share rounded to one decimal (answers does so).
func reported(f *flows.Form, code string, raw map[string]float64) *flows.Submission {
	return &flows.Submission{Form: f.ID, Unit: code, Version: 1, Answers: answers(f, raw)}
}

// thachThanh2026 is the year report of Thạch Thành 2026 with the given
// reports plus enough others (below both) that ranks are shown: 12 of 24.
func thachThanh2026(t *testing.T, subs map[string]*flows.Submission) (*flows.Config, *flows.Table) {
	t.Helper()
	cfg := sample.MustNamed("thach-thanh")
	f := cfg.Form("nam")
	p, err := f.Period("2026")
	if err != nil {
		t.Fatal(err)
	}
	for i, u := range cfg.Units.Get("391").Leaves() {
		if len(subs) >= 12 {
			break
		}
		if _, ok := subs[u.Code]; ok {
			continue
		}
		raw := sampleFigures(i, 2026)
		raw["gdvh"] = math.Round(raw["tong_ho"] * (0.70 + float64(i)*0.001))
		subs[u.Code] = reported(f, u.Code, raw)
	}
	return cfg, flows.NewTable(f, p, subs)
}

func TestALeafsCalculatedShareIsTheRatioOfItsParts(t *testing.T) {
	cfg := sample.MustNamed("thach-thanh")
	f := cfg.Form("nam")
	q := f.Question("ty_le_gdvh")
	// Kim Tân 2131/2500 = 85,24%; Thạch Định 2011/2361 = 85,175…%: both
	// are stored as 85,2 by the form's calculation.
	kimTan := reported(f, "15187", map[string]float64{"tong_ho": 2500, "gdvh": 2131})
	thachDinh := reported(f, "15214", map[string]float64{"tong_ho": 2361, "gdvh": 2011})
	if v, _ := kimTan.Num("ty_le_gdvh"); v != 85.2 {
		t.Fatalf("the fixture should store the rounded share 85,2, stores %v", v)
	}
	_, tab := thachThanh2026(t, map[string]*flows.Submission{"15187": kimTan, "15214": thachDinh})

	t.Run("the leaf's value is its parts' ratio, not the stored rounded share", func(t *testing.T) {
		v, ok := tab.Value(cfg.Units.Get("15187"), q)
		if !ok || math.Abs(v-2131.0/2500*100) > 1e-9 {
			t.Errorf("Kim Tân: %v, %v; want %v", v, ok, 2131.0/2500*100)
		}
		v, ok = tab.Value(cfg.Units.Get("15214"), q)
		if !ok || math.Abs(v-2011.0/2361*100) > 1e-9 {
			t.Errorf("Thạch Định: %v, %v; want %v", v, ok, 2011.0/2361*100)
		}
	})
	t.Run("two units apart in the second decimal get distinct ranks", func(t *testing.T) {
		peers := cfg.Units.Get("391").Leaves()
		a := tab.RankOf(cfg.Units.Get("15187"), peers, q, false)
		b := tab.RankOf(cfg.Units.Get("15214"), peers, q, false)
		if a.Pos != 1 || b.Pos != 2 {
			t.Errorf("Kim Tân %+v, Thạch Định %+v; want 1 and 2", a, b)
		}
	})
	t.Run("the digest lists them apart with two decimals", func(t *testing.T) {
		d := cfg.BuildDigest(flows.DigestInput{Unit: cfg.Units.Get("391"), Table: tab, Now: at(2027, 1, 15, 8)})
		got := render(locales.VI, d.Reply())
		for _, want := range []string{"1. Thị trấn Kim Tân: 85,24%", "2. Xã Thạch Định: 85,18%"} {
			if !strings.Contains(got, want) {
				t.Errorf("digest lacks %q:\n%s", want, got)
			}
		}
		if strings.Contains(got, "đồng hạng") {
			t.Errorf("no tie here:\n%s", got)
		}
	})
	t.Run("the standing ranks the unit on the same exact figure", func(t *testing.T) {
		s := cfg.BuildStanding(flows.StandingInput{Unit: cfg.Units.Get("15214"), Form: f, Cur: tab})
		for _, l := range s.Lines {
			if l.Question.ID != "ty_le_gdvh" {
				continue
			}
			if l.Rank.Pos != 2 || math.Abs(l.Value-2011.0/2361*100) > 1e-9 || l.Digits != 2 {
				t.Errorf("standing line: rank %+v value %v digits %d; want 2, 85,175…, 2", l.Rank, l.Value, l.Digits)
			}
		}
		if got := render(locales.VI, s.Reply()); !strings.Contains(got, "85,18%") {
			t.Errorf("standing does not show 85,18%%:\n%s", got)
		}
	})
}

func TestAShareTheFormAsksForIsTakenAsTyped(t *testing.T) {
	cfg, err := flows.ParseConfig("t.yaml", []byte(`units:
  - code: "391"
    name: Huyện Thạch Thành
    children:
      - {code: "1", name: Xã A}
      - {code: "2", name: Xã B}
forms:
  - id: nam
    title: Báo cáo năm
    period: year
    deadline_days: 10
    lock_days: 31
    questions:
      - {id: tong_ho, type: integer, label: "Tổng số hộ?"}
      - {id: ty_le, type: percent, indicator: true, label: "Tỷ lệ hộ được công nhận (theo quyết định)?"}
`))
	if err != nil {
		t.Fatal(err)
	}
	f := cfg.Form("nam")
	p, _ := f.Period("2026")
	tab := flows.NewTable(f, p, map[string]*flows.Submission{
		"1": {Unit: "1", Answers: map[string]flows.Value{"tong_ho": num(100), "ty_le": num(85.24)}},
	})
	if v, ok := tab.Value(cfg.Units.Get("1"), f.Question("ty_le")); !ok || v != 85.24 {
		t.Errorf("typed share: %v, %v; want 85,24 as typed", v, ok)
	}
	if _, ok := tab.Value(cfg.Units.Get("2"), f.Question("ty_le")); ok {
		t.Error("a unit that did not report has a figure")
	}
}

// clusterConfig is a province of 12 communes in four clusters: A of five
// (one has reported, with the best figure), B and C complete, D silent.
const clusterConfig = `units:
  - code: "38"
    name: Tỉnh Thanh Hóa
    children:
      - {code: "a1", name: Xã A1}
      - {code: "a2", name: Xã A2}
      - {code: "a3", name: Xã A3}
      - {code: "a4", name: Xã A4}
      - {code: "a5", name: Xã A5}
      - {code: "b1", name: Xã B1}
      - {code: "b2", name: Xã B2}
      - {code: "c1", name: Xã C1}
      - {code: "c2", name: Xã C2}
      - {code: "d1", name: Xã D1}
      - {code: "d2", name: Xã D2}
      - {code: "d3", name: Xã D3}
clusters:
  - {id: cum_a, name: "Cụm thi đua số 1", units: [a1, a2, a3, a4, a5]}
  - {id: cum_b, name: "Cụm thi đua số 2", units: [b1, b2]}
  - {id: cum_c, name: "Cụm thi đua số 3", units: [c1, c2]}
  - {id: cum_d, name: "Cụm thi đua số 4", units: [d1, d2, d3]}
forms:
  - id: nam
    title: Báo cáo năm
    period: year
    deadline_days: 10
    lock_days: 31
    questions:
      - {id: tong_ho, type: integer, min: 1, label: "Tổng số hộ?"}
      - {id: gdvh, type: integer, label: "Số hộ gia đình văn hóa?"}
      - {id: ty_le_gdvh, type: percent, calculate: gdvh / tong_ho * 100, indicator: true, label: "Tỷ lệ hộ gia đình văn hóa", short: "Tỷ lệ hộ gia đình văn hóa"}
      - {id: co_quan, type: integer, indicator: true, label: "Số cơ quan đạt chuẩn văn hóa?", short: "Cơ quan đạt chuẩn văn hóa"}
`

func clusterDigest(t *testing.T, figures map[string][3]float64) (flows.Digest, string) {
	t.Helper()
	cfg, err := flows.ParseConfig("t.yaml", []byte(clusterConfig))
	if err != nil {
		t.Fatal(err)
	}
	f := cfg.Form("nam")
	p, _ := f.Period("2026")
	subs := map[string]*flows.Submission{}
	for code, v := range figures {
		subs[code] = reported(f, code, map[string]float64{"tong_ho": v[0], "gdvh": v[1], "co_quan": v[2]})
	}
	d := cfg.BuildDigest(flows.DigestInput{Unit: cfg.Units.Get("38"), Table: flows.NewTable(f, p, subs), Now: p.Deadline})
	return d, render(locales.VI, d.Reply())
}

func TestNotReportedIsNotZero(t *testing.T) {
	// A1 alone of cluster 1, at 99%; clusters 2 and 3 complete at 90% and
	// 80%; cluster 4 has not reported. 5 of 12 communes: below half.
	few := map[string][3]float64{
		"a1": {1000, 990, 0},
		"b1": {1000, 900, 2}, "b2": {1000, 900, 2},
		"c1": {1000, 800, 1}, "c2": {1000, 800, 1},
	}
	d, text := clusterDigest(t, few)
	byID := map[string]flows.ClusterLine{}
	for _, c := range d.Clusters {
		byID[c.Cluster.ID] = c
	}
	t.Run("a cluster with no report has no figure and no rank", func(t *testing.T) {
		c := byID["cum_d"]
		if c.Has || c.Rank != 0 {
			t.Errorf("cluster 4: has %v rank %d; want no figure, no rank", c.Has, c.Rank)
		}
		line := lineWith(text, "Cụm thi đua số 4")
		if !strings.Contains(line, "chưa có số liệu") || strings.Contains(line, "· 0") {
			t.Errorf("cluster 4 reads %q; want \"chưa có số liệu\", never 0", line)
		}
	})
	t.Run("a cluster with 1 of 5 reported is not ranked above complete clusters", func(t *testing.T) {
		if c := byID["cum_a"]; c.Rank != 0 {
			t.Errorf("cluster 1 (1/5 reported): rank %d/%d; want none", c.Rank, c.Of)
		}
		if b, c := byID["cum_b"], byID["cum_c"]; b.Rank != 1 || c.Rank != 2 || b.Of != 2 || c.Of != 2 {
			t.Errorf("complete clusters: %d/%d and %d/%d; want 1/2 and 2/2", b.Rank, b.Of, c.Rank, c.Of)
		}
		if line := lineWith(text, "Cụm thi đua số 1"); strings.Contains(line, "(hạng ") || !strings.Contains(line, "chưa xếp hạng") {
			t.Errorf("cluster 1 is ranked: %q", line)
		}
	})
	t.Run("top and bottom lists wait for the reporting threshold", func(t *testing.T) {
		if len(d.Top) != 0 || len(d.Bottom) != 0 {
			t.Errorf("5 of 12 reported, yet top %d and bottom %d are listed", len(d.Top), len(d.Bottom))
		}
		if strings.Contains(text, "Cao nhất") {
			t.Errorf("a top list with 5 of 12 reported:\n%s", text)
		}
		if !strings.Contains(text, "6/12") {
			t.Errorf("the digest does not say ranks come at 6 of 12:\n%s", text)
		}
	})
	t.Run("a count nobody reported reads as no figure, a reported 0 as 0", func(t *testing.T) {
		_, none := clusterDigest(t, map[string][3]float64{})
		line := lineWith(none, "Cơ quan đạt chuẩn văn hóa")
		if line != "" && (!strings.Contains(line, "chưa có số liệu") || strings.Contains(line, ": 0")) {
			t.Errorf("nothing reported reads %q", line)
		}
		_, zero := clusterDigest(t, map[string][3]float64{"a1": {1000, 990, 0}})
		line = lineWith(zero, "Cơ quan đạt chuẩn văn hóa")
		if strings.Contains(line, "chưa có số liệu") || !strings.Contains(line, "0") {
			t.Errorf("a reported 0 reads %q", line)
		}
	})

	// With A1, A2 and A3 in (3 of 5: half met), cluster 1 enters the
	// ranking; 7 of 12 communes: the lists are shown.
	enough := map[string][3]float64{"a2": {1000, 700, 0}, "a3": {1000, 700, 0}}
	for k, v := range few {
		enough[k] = v
	}
	d, text = clusterDigest(t, enough)
	t.Run("once half its units reported a cluster is ranked, on its exact share", func(t *testing.T) {
		for _, c := range d.Clusters {
			byID[c.Cluster.ID] = c
		}
		// Cluster 1: 2390/3000 = 79,67%: third of three.
		if a := byID["cum_a"]; a.Rank != 3 || a.Of != 3 || math.Abs(a.Value-2390.0/3000*100) > 1e-9 {
			t.Errorf("cluster 1: %v rank %d/%d; want 79,67%% 3/3", a.Value, a.Rank, a.Of)
		}
		if d := byID["cum_d"]; d.Rank != 0 || d.Has {
			t.Errorf("cluster 4 is still without a report: %+v", d)
		}
	})
	t.Run("top and bottom lists are shown once the threshold is met", func(t *testing.T) {
		if len(d.Top) == 0 || d.Top[0].Unit.Code != "a1" {
			t.Errorf("top %+v; want A1 first", d.Top)
		}
		if !strings.Contains(text, "Cao nhất") {
			t.Errorf("no top list with 7 of 12:\n%s", text)
		}
	})
}

// lineWith is the first line of text that contains sub.
func lineWith(text, sub string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return ""
}

func TestACalculatedShareThatIsNotARatioIsComputedAgainFromItsAnswers(t *testing.T) {
	cfg, err := flows.ParseConfig("t.yaml", []byte(`units:
  - code: "391"
    name: Huyện Thạch Thành
    children:
      - {code: "1", name: Xã A}
forms:
  - id: nam
    title: Báo cáo năm
    period: year
    deadline_days: 10
    lock_days: 31
    questions:
      - {id: a, type: integer, label: "A?"}
      - {id: b, type: integer, label: "B?"}
      - {id: c, type: integer, min: 1, label: "C?"}
      - {id: ty_le, type: percent, calculate: (a + b) / c * 100, indicator: true, label: "Tỷ lệ"}
`))
	if err != nil {
		t.Fatal(err)
	}
	f := cfg.Form("nam")
	p, _ := f.Period("2026")
	stored := 85.2 // (1000 + 1131) / 2500 × 100 = 85,24, stored rounded
	tab := flows.NewTable(f, p, map[string]*flows.Submission{
		"1": {Unit: "1", Answers: map[string]flows.Value{"a": num(1000), "b": num(1131), "c": num(2500), "ty_le": num(stored)}},
	})
	if v, ok := tab.Value(cfg.Units.Get("1"), f.Question("ty_le")); !ok || math.Abs(v-85.24) > 1e-9 {
		t.Errorf("got %v, %v; want 85,24 computed from the answers", v, ok)
	}
}
