package bot

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/units"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// The benchmarks run on the real list of 01/07/2025 (3,321 communes in 34
// provinces) in a real bbolt file: a monthly form with 20 key indicators
// (10 shares of two counts, 10 counts), 24 months of reports of every
// commune, and 30,000 people linked by chat (officers of every commune, a
// few supervisors per province). They measure what a supervisor of the
// largest province (79, Hồ Chí Minh City, 168 communes) and one of its
// officers wait for.

const benchProvince, benchCommune = "79", "25747"

// benchPeople are linked in the benchmark's store.
const benchPeople = 30_000

var bench struct {
	once sync.Once
	dir  string
	db   *store.DB
	cfg  *flows.Config
	err  error
}

func benchForm() string {
	var b strings.Builder
	b.WriteString("forms:\n  - id: thang\n    title: Báo cáo tháng\n    period: month\n    open_days: 5\n    deadline_days: 20\n    lock_days: 30\n    questions:\n")
	for i := 1; i <= 10; i++ {
		fmt.Fprintf(&b, "      - {id: a%d, type: integer, label: \"Tử số %d?\"}\n", i, i)
		fmt.Fprintf(&b, "      - {id: b%d, type: integer, min: 1, label: \"Mẫu số %d?\"}\n", i, i)
		fmt.Fprintf(&b, "      - {id: r%d, type: percent, calculate: a%d / b%d * 100, indicator: true, label: \"Tỷ lệ %d\"}\n", i, i, i, i)
		fmt.Fprintf(&b, "      - {id: c%d, type: integer, indicator: true, label: \"Số lượng %d?\"}\n", i, i)
	}
	b.WriteString("targets:\n")
	for i := 1; i <= 10; i++ {
		fmt.Fprintf(&b, "  - {unit: %q, indicator: r%d, years: [2025, 2026], min: 80}\n", benchProvince, i)
	}
	return b.String()
}

func benchSetup(tb testing.TB) (*store.DB, *flows.Config) {
	tb.Helper()
	bench.once.Do(func() {
		f, err := os.Open("../flows/units/testdata/communes-2025-07.csv")
		if err != nil {
			bench.err = err
			return
		}
		defer f.Close()
		roots, _, err := units.Parse(f, "")
		if err != nil {
			bench.err = err
			return
		}
		var y bytes.Buffer
		units.WriteYAML(&y, roots, "01/07/2025")
		y.WriteString(benchForm())
		if bench.cfg, bench.err = flows.ParseConfig("bench.yaml", y.Bytes()); bench.err != nil {
			return
		}
		if bench.dir, bench.err = os.MkdirTemp("", "baocao-bench"); bench.err != nil {
			return
		}
		if bench.db, bench.err = store.Open(bench.dir, time.Second); bench.err != nil {
			return
		}
		form := bench.cfg.Form("thang")
		var leaves []*flows.Unit
		for _, r := range bench.cfg.Units.Roots {
			leaves = append(leaves, r.Leaves()...)
		}
		p := form.PeriodAt(time.Date(2025, 1, 1, 0, 0, 0, 0, locales.Zone))
		for m := 0; m < 24; m++ {
			bench.err = bench.db.Update(func(tx *store.Tx) error {
				for i, u := range leaves {
					ans := map[string]flows.Value{}
					set := func(id string, v float64) { ans[id] = flows.Value{Num: &v} }
					for k := 1; k <= 10; k++ {
						den := float64(100 + (i*7+k*13+m)%900)
						num := float64(int(den) * (50 + (i+k+m)%50) / 100)
						set(fmt.Sprintf("a%d", k), num)
						set(fmt.Sprintf("b%d", k), den)
						set(fmt.Sprintf("r%d", k), float64(int(num/den*1000))/10)
						set(fmt.Sprintf("c%d", k), float64((i*k+m)%40))
					}
					if (i+m)%10 == 0 {
						continue // a tenth of the communes have not reported
					}
					s := &flows.Submission{Form: "thang", Period: p.Key, Unit: u.Code, Answers: ans, By: "p" + u.Code,
						ByName: "Cán bộ " + u.Name, At: p.Deadline.Add(-time.Duration(i%200) * time.Hour)}
					if err := tx.PutSubmission(s); err != nil {
						return err
					}
				}
				return nil
			})
			if bench.err != nil {
				return
			}
			p = form.PeriodAt(p.End)
		}
		bench.err = bench.db.Update(func(tx *store.Tx) error {
			for i := range benchPeople {
				link := flows.Link{Unit: leaves[i%len(leaves)].Code, Role: flows.Officer}
				if i%300 == 299 { // a supervisor of a province
					link = flows.Link{Unit: bench.cfg.Units.Roots[i/300%len(bench.cfg.Units.Roots)].Code, Role: flows.Supervisor}
				}
				id := fmt.Sprintf("p%05d", i)
				if err := tx.PutPerson(&flows.Person{ID: id, Name: fmt.Sprintf("Cán bộ %d", i), Lang: "vi", Links: []flows.Link{link}}); err != nil {
					return err
				}
				if err := tx.Link(store.Identity{Channel: "telegram", ChatID: fmt.Sprint(100000 + i)}, id); err != nil {
					return err
				}
			}
			return nil
		})
	})
	if bench.err != nil {
		tb.Fatal(bench.err)
	}
	return bench.db, bench.cfg
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bench.db != nil {
		bench.db.Close()
		os.RemoveAll(bench.dir)
	}
	os.Exit(code)
}

func benchPeriod(cfg *flows.Config) (*flows.Form, flows.Period) {
	f := cfg.Form("thang")
	p, _ := f.Period("2026-11")
	return f, p
}

// BenchmarkDigestProvince: /tonghop for the 168 communes of province 79,
// with the same month a year earlier and, as the baseline in the same
// run, without it.
func BenchmarkDigestProvince(b *testing.B) {
	b.Run("year", func(b *testing.B) { benchDigestProvince(b, true) })
	b.Run("no-year-baseline", func(b *testing.B) { benchDigestProvince(b, false) })
}

func benchDigestProvince(b *testing.B, withYear bool) {
	db, cfg := benchSetup(b)
	f, p := benchPeriod(cfg)
	u := cfg.Units.Get(benchProvince)
	now := p.Deadline.Add(72 * time.Hour)
	b.ReportAllocs()
	for b.Loop() {
		err := db.View(func(tx *store.Tx) error {
			d, err := buildDigestYear(tx, cfg, u, f, p, now, withYear)
			if err == nil && withYear && (d.Year == nil || len(d.Year.Rises) == 0) {
				err = fmt.Errorf("no year-earlier comparison: %+v", d.Year)
			}
			if err == nil && d.Expected != 168 {
				err = fmt.Errorf("expected %d units, want 168", d.Expected)
			}
			if err == nil {
				_ = locales.Render(locales.VI, d.Reply().Msg)
			}
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStandingCommune: /ketqua for one commune of province 79, ranked
// among its 168 peers, with the previous month and the year before.
func BenchmarkStandingCommune(b *testing.B) {
	db, cfg := benchSetup(b)
	f, p := benchPeriod(cfg)
	u := cfg.Units.Get(benchCommune)
	if u == nil {
		b.Fatalf("no commune %s", benchCommune)
	}
	b.ReportAllocs()
	for b.Loop() {
		err := db.View(func(tx *store.Tx) error {
			rep, err := StandingFor(tx, cfg, u, f, p)
			if err == nil {
				_ = locales.Render(locales.VI, rep.Msg)
			}
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}
