package flows_test

import (
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// at is a time in Vietnam.
func at(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, locales.Zone) }

func num(v float64) flows.Value { return flows.Value{Num: &v} }

// answers fills a submission's answers and computes its ratios the way a
// session does (shares with one decimal).
func answers(f *flows.Form, raw map[string]float64) map[string]flows.Value {
	out := map[string]flows.Value{}
	for k, v := range raw {
		out[k] = num(v)
	}
	for _, q := range f.Questions {
		if r, ok := q.Ratio(); ok {
			n, d := raw[r.Num], raw[r.Den]
			if d != 0 {
				out[q.ID] = num(math.Round(n/d*r.Scale*10) / 10)
			}
		}
	}
	return out
}

// sampleFigures are a commune's figures of a year: made up, but in the
// ranges the district reviews report, and different for every commune.
func sampleFigures(i, year int) map[string]float64 {
	grow := float64(year - 2026)
	hh := float64(1500 + 97*i)
	villages := float64(8 + i%7)
	pop := 4 * hh
	return map[string]float64{
		"tong_ho": hh, "gdvh": math.Round(hh * (0.80 + float64(i%9)*0.02 + grow*0.01)),
		"gdtt": math.Round(hh * 0.3), "tong_thon": villages, "kdcvh": villages - float64(i%3) + math.Min(0, grow),
		"huong_uoc": villages, "co_quan_vh": float64(i % 4), "clb_tdtt": float64(3 + i%5), "giai_tt": 2,
		"dan_so": pop, "tap_luyen": math.Round(pop * (0.38 + float64(i%6)*0.015 + grow*0.01)), "tin_cds": float64(10 + i),
		"ct_phat_thanh": 12, "luot_phat_song": 300, "thon_ttth": 2, "dvc": 40, "luot_doc": 1130,
	}
}

// sampleTables is the year report of Thạch Thành's 24 units: for 2026, the
// first 18 reported (the last two of them after the deadline of 10/01), and
// all 24 for 2025.
func sampleTables(t *testing.T) (*flows.Config, *flows.Form, map[string]*flows.Table) {
	t.Helper()
	cfg := sample.MustNamed("thach-thanh")
	f := cfg.Form("nam")
	leaves := cfg.Units.Get("391").Leaves()
	tables := map[string]*flows.Table{}
	for _, year := range []int{2024, 2025, 2026} {
		p, err := f.Period(strings.TrimSpace(time.Date(year, 1, 1, 0, 0, 0, 0, locales.Zone).Format("2006")))
		if err != nil {
			t.Fatal(err)
		}
		subs := map[string]*flows.Submission{}
		for i, u := range leaves {
			if year == 2026 && i >= 18 {
				continue
			}
			when := at(year+1, 1, 2+i/2, 9)
			subs[u.Code] = &flows.Submission{Form: f.ID, Period: p.Key, Unit: u.Code, Version: 1,
				Answers: answers(f, sampleFigures(i, year)), By: "p" + u.Code, ByName: "Cán bộ " + u.Name, At: when, Late: p.IsLate(when)}
		}
		tables[p.Key] = flows.NewTable(f, p, subs)
	}
	return cfg, f, tables
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs (run go test -update to accept):\n--- got ---\n%s\n--- want ---\n%s", name, got, want)
	}
}

func render(lang locales.Lang, r flows.Reply) string {
	var b strings.Builder
	b.WriteString(locales.Render(lang, r.Msg))
	b.WriteString("\n")
	for _, row := range r.Buttons {
		for _, btn := range row {
			b.WriteString("[" + locales.Render(lang, btn.Label) + "] → " + btn.Data + "\n")
		}
	}
	return b.String()
}

func TestStandingGolden(t *testing.T) {
	cfg, f, tables := sampleTables(t)
	cases := []struct {
		name, unit string
		lang       locales.Lang
		public     bool
	}{
		{"a commune that met some targets sees its ranks and changes", "15247", locales.VI, false},
		{"the district town is measured against its own higher target", "15187", locales.VI, false},
		{"with public ranks an officer also sees who leads", "15247", locales.VI, true},
		{"a commune that has not reported is told so", "15268", locales.VI, false},
		{"the district sees where it stands among the province's districts", "391", locales.VI, false},
		{"an English reader gets the same standing in English", "15247", locales.EN, false},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg.PublicRanks = c.public
			defer func() { cfg.PublicRanks = false }()
			u := cfg.Units.Get(c.unit)
			s := cfg.BuildStanding(flows.StandingInput{Unit: u, Form: f, Cur: tables["2026"], Prev: tables["2025"], YearAgo: tables["2025"]})
			golden(t, "standing-"+string(rune('a'+i))+"-"+c.unit+"-"+string(c.lang)+".txt", "# "+c.name+"\n"+render(c.lang, s.Reply()))
		})
	}
}

func TestDigestGolden(t *testing.T) {
	cfg, _, tables := sampleTables(t)
	officers := map[string][]string{"15259": {"Lê Thị Hoa"}, "15265": {"Phạm Văn Nam", "Trịnh Thu Trang"}}
	cases := []struct {
		name string
		now  time.Time
		lang locales.Lang
	}{
		{"after the deadline the district sees 18 of 24 and the late units", at(2027, 1, 15, 8), locales.VI},
		{"before the deadline the missing units are only due", at(2027, 1, 8, 8), locales.VI},
		{"an English supervisor reads the same digest in English", at(2027, 1, 15, 8), locales.EN},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := cfg.BuildDigest(flows.DigestInput{Unit: cfg.Units.Get("391"), Table: tables["2026"], Now: c.now, Officers: officers})
			golden(t, "digest-"+string(rune('a'+i))+"-391-"+string(c.lang)+".txt", "# "+c.name+"\n"+render(c.lang, d.Reply()))
		})
	}
}

func TestDigestCountsDoneOnTimeAndLate(t *testing.T) {
	cfg, _, tables := sampleTables(t)
	d := cfg.BuildDigest(flows.DigestInput{Unit: cfg.Units.Get("391"), Table: tables["2026"], Now: at(2027, 1, 15, 8)})
	if d.Expected != 24 || d.Done != 18 || len(d.Missing) != 6 {
		t.Errorf("expected/done/missing = %d/%d/%d, want 24/18/6", d.Expected, d.Done, len(d.Missing))
	}
	// Units 16 and 17 reported on 10/01 (on time), none after: check with a revision's first time.
	first := map[string]time.Time{"15187": at(2027, 1, 12, 9)}
	d = cfg.BuildDigest(flows.DigestInput{Unit: cfg.Units.Get("391"), Table: tables["2026"], Now: at(2027, 1, 15, 8), FirstAt: first})
	if d.OnTime != 17 {
		t.Errorf("on time = %d, want 17 when one unit first reported after the deadline", d.OnTime)
	}
}
