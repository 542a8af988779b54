package bot

import (
	"encoding/csv"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// The figures a supervisor signs tell apart what ranks apart. In the
// Thanh Hóa sample, the communes of cluster 11 exercise regularly at
// 40,192%, 40,195%, 40,197% and 40,200% of their population: one number
// format for the whole column (one decimal) printed "40,2%" four times,
// ranked 4th to 1st. Xã Vân Du is made to miss its targets by a hair
// (85,96% of households against "≥ 86%", 41,996% exercising against
// "≥ 42%"): one decimal printed "86,0%" and "42,0%", met to the eye.
// Each cell now has its own format, with as many decimals as tell it
// from the cells of its kind (communes, clusters) and from its target;
// the cell's value stays the exact figure (the formula, or the figure
// itself), only its format changes.
func TestEverySignedShareTellsApartWhatRanksApartAndFromItsTarget(t *testing.T) {
	cfg := sample.MustNamed("thanh-hoa")
	h := provinceHarness(t, func(i int, u *flows.Unit) bool {
		return cfg.PeersOf(cfg.Units.Get(u.Code)).Cluster.ID != "cum_384" && i%5 != 3
	})
	f := h.app.Config.Form("nam")
	nearTarget(t, h, "15190", map[string]float64{"tong_ho": 10000, "gdvh": 8596, "dan_so": 25000, "tap_luyen": 10499})
	h.person("sup", "Lê Văn Hùng", "38", flows.Supervisor)
	h.person("cum", "Nguyễn Thị Lan", "cum_391", flows.Supervisor)
	sheets := map[string][]byte{"38": exported(t, h, "/xuat nam 2026 38").Data}
	for _, o := range h.send("cum", "/xuat nam 2026") {
		if o.File != nil {
			sheets["cum_391"] = o.File.Data
		}
	}
	for scope, data := range sheets {
		t.Run(scope, func(t *testing.T) {
			u := h.app.Config.Units.Get(scope)
			var table *flows.Table
			if err := h.db.View(func(tx *store.Tx) error {
				var err error
				table, _, err = loadTable(tx, h.app.Config, u, f, mustPeriod(t, f, "2026"))
				return err
			}); err != nil {
				t.Fatal(err)
			}
			x := openSheet(t, data)
			cells := signedShares(t, x, f)
			if len(cells) == 0 {
				t.Fatal("no share on the sheet")
			}
			checked := 0
			for _, c := range cells {
				// The value is the exact figure: what the digest ranks.
				var want float64
				var ok bool
				if c.unit != nil {
					want, ok = table.Value(c.unit, c.q)
				} else if c.group != nil {
					a := table.Aggregate(c.group, c.q)
					want, ok = a.Value, a.Units > 0
				} else {
					a := table.Aggregate(u, c.q)
					want, ok = a.Value, a.Units > 0
				}
				if !ok {
					continue
				}
				checked++
				if math.Abs(c.value-want) > 1e-9*math.Max(1, math.Abs(want)) {
					t.Errorf("%s (%s) holds %v, want the exact %v", c.cell, c.name, c.value, want)
				}
				var unit *flows.Unit = u
				if c.unit != nil {
					unit = c.unit
				} else if c.group != nil {
					unit = c.group
				}
				if tg := h.app.Config.Targets.For(f.ID, c.q.ID, unit, 2026); tg != nil && !sameValue(c.value, tg.Value()) {
					if shown, err := strconv.ParseFloat(strings.TrimSuffix(c.shown, "%"), 64); err == nil && shown == tg.Value() {
						t.Errorf("%s (%s, %v) reads %q, as its target %v", c.cell, c.name, c.value, c.shown, tg.Value())
					}
				}
			}
			if checked == 0 {
				t.Fatal("no figure checked")
			}
			// Units apart from units, clusters from clusters.
			for i, a := range cells {
				for _, b := range cells[i+1:] {
					if a.col != b.col || a.kind != b.kind || sameValue(a.value, b.value) {
						continue
					}
					if a.shown == b.shown {
						t.Errorf("%s (%s, %v) and %s (%s, %v) both read %q", a.cell, a.name, a.value, b.cell, b.name, b.value, a.shown)
					}
				}
			}
		})
	}
	t.Run("a hair below the target is printed so", func(t *testing.T) {
		x := openSheet(t, sheets["cum_391"])
		for _, c := range signedShares(t, x, f) {
			if c.unit == nil || c.unit.Code != "15190" {
				continue
			}
			want := map[string]string{"ty_le_gdvh": "85.96%", "ty_le_tap_luyen": "41.996%"}[c.q.ID]
			if want != "" && c.shown != want {
				t.Errorf("Vân Du's %s reads %q, want %q", c.q.ID, c.shown, want)
			}
		}
	})
}

// nearTarget replaces some of a commune's 2026 answers.
func nearTarget(t *testing.T, h *harness, code string, set map[string]float64) {
	t.Helper()
	if err := h.db.Update(func(tx *store.Tx) error {
		s, err := tx.Submission("nam", "2026", code)
		if err != nil {
			return err
		}
		for id, v := range set {
			s.Answers[id] = flows.Value{Num: &v}
		}
		return tx.PutSubmission(s)
	}); err != nil {
		t.Fatal(err)
	}
}

func mustPeriod(t *testing.T, f *flows.Form, key string) flows.Period {
	t.Helper()
	p, err := f.Period(key)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// sameValue is flows' tie: equal but for the last bits a division leaves.
func sameValue(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// signedShare is a share cell of the report sheet as a reader sees it.
type signedShare struct {
	cell, name string
	col        int
	kind       string // "unit", "group", "total"
	unit       *flows.Unit
	group      *flows.Unit // a cluster's subtotal
	q          *flows.Question
	value      float64 // the cell's value (computed, for a formula)
	shown      string  // as its number format shows it
}

// signedShares reads every share of the report sheet's table: its value
// and how it shows.
func signedShares(t *testing.T, x *excelize.File, f *flows.Form) []signedShare {
	t.Helper()
	const s = "Biểu tổng hợp"
	rows, err := x.GetRows(s)
	if err != nil {
		t.Fatal(err)
	}
	byLabel := map[string]*flows.Question{}
	for _, q := range f.Questions {
		if q.Type == flows.TypePercent || q.Type == flows.TypeDecimal {
			byLabel[q.ShortLabel().In(locales.VI)] = q
		}
	}
	cfg := sample.MustNamed("thanh-hoa")
	clusters := map[string]*flows.Unit{}
	for _, cl := range cfg.Clusters {
		clusters["Cụm thi đua số "+strings.TrimPrefix(cl.Name.In(locales.VI), "Cụm thi đua số ")] = cl.Scope()
		clusters[cl.Name.In(locales.VI)] = cl.Scope()
	}
	var out []signedShare
	for c, head := range rows[10] {
		q := byLabel[head]
		if q == nil {
			continue
		}
		for r := 13; r < len(rows); r++ {
			row := rows[r]
			if len(row) <= c || len(row) < 3 {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			sh := signedShare{cell: cell, col: c, q: q, name: row[1]}
			switch {
			case r == 13:
				sh.kind = "total"
			case row[2] != "":
				sh.kind, sh.unit = "unit", cfg.Units.Get(row[2])
				if sh.unit == nil {
					continue
				}
			default:
				sh.kind, sh.group = "group", clusters[row[1]]
				if sh.group == nil {
					continue
				}
			}
			raw, err := x.CalcCellValue(s, cell, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatalf("%s: %v", cell, err)
			}
			v, err := strconv.ParseFloat(raw, 64)
			if err != nil {
				continue // "–": not reported
			}
			sh.value = v
			if sh.shown, err = x.CalcCellValue(s, cell); err != nil {
				t.Fatalf("%s: %v", cell, err)
			}
			out = append(out, sh)
		}
	}
	return out
}

// The CSV of the sheet carries the exact figures, never a copy rounded as
// the sheet shows them: read back, each share is the figure the digest
// ranks, to the last bit; a figure whose decimals are three digits is
// written with a fourth ("41.9960"), since "1.234" is a thousands group
// to a Vietnamese reader (and to Excel set to Vietnamese, and to the
// chat's reader, which `baocao figures import` uses).
func TestTheCSVCarriesTheExactFigures(t *testing.T) {
	cfg := sample.MustNamed("thanh-hoa")
	h := provinceHarness(t, func(i int, u *flows.Unit) bool {
		return cfg.PeersOf(cfg.Units.Get(u.Code)).Cluster.ID == "cum_391"
	})
	nearTarget(t, h, "15190", map[string]float64{"dan_so": 25000, "tap_luyen": 10499}) // 41,996%
	h.person("sup", "Lê Văn Hùng", "38", flows.Supervisor)
	f := h.app.Config.Form("nam")
	u := h.app.Config.Units.Get("cum_391")
	data := exported(t, h, "/xuat csv nam 2026 cum_391").Data
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(data), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var table *flows.Table
	if err := h.db.View(func(tx *store.Tx) error {
		table, _, err = loadTable(tx, h.app.Config, u, f, mustPeriod(t, f, "2026"))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	cols := map[int]*flows.Question{}
	for i, head := range recs[0] {
		for _, q := range f.Questions {
			if q.Numeric() && strings.HasPrefix(head, q.ShortLabel().In(locales.VI)+" (") {
				cols[i] = q
			}
		}
	}
	checked, padded := 0, false
	for _, r := range recs[1:] {
		unit := h.app.Config.Units.Get(r[2])
		if r[2] == "" {
			unit = u // the total
		}
		if unit == nil {
			continue
		}
		for i, q := range cols {
			want, ok := table.Value(unit, q)
			if unit == u {
				a := table.Aggregate(u, q)
				want, ok = a.Value, a.Units > 0
			}
			if !ok {
				if r[i] != "" {
					t.Errorf("%s %s: %q where nothing was reported", r[1], q.ID, r[i])
				}
				continue
			}
			got, err := strconv.ParseFloat(r[i], 64)
			if err != nil || !sameValue(got, want) || (unit != u && got != want) {
				t.Errorf("%s %s: %q, want the exact %v", r[1], q.ID, r[i], strconv.FormatFloat(want, 'f', -1, 64))
			}
			if _, frac, ok := strings.Cut(r[i], "."); ok && len(frac) == 3 {
				t.Errorf("%s %s: %q reads as a thousands group", r[1], q.ID, r[i])
			}
			padded = padded || r[i] == "41.9960"
			// What `baocao figures import` reads from the cell.
			if q.Asked() {
				v, problem := flows.ReadAnswer(q, r[i], h.now, locales.VI)
				if problem != nil || v.Num == nil || *v.Num != want {
					t.Errorf("%s %s: %q reads back as %v (%v)", r[1], q.ID, r[i], v.Num, problem)
				}
			}
			checked++
		}
	}
	if checked < 20 || !padded {
		t.Errorf("%d figures checked, Vân Du's 41,996%% written 41.9960: %v\n%s", checked, padded, data)
	}
}
