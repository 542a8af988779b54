package api

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// The API's totals are the digest's and the report sheet's (/xuat, the
// Excel file a department signs), for the province, a cluster and a
// commune of Thanh Hóa with most communes reported.
func TestTheAPIsTotalsAreTheDigestsAndTheSheets(t *testing.T) {
	f := newFixture(t, someReported)
	cfg := f.app.Config
	form := cfg.Form(formID)
	p, _ := form.Period(periodID)
	for _, unit := range []string{"38", "cum_391", "15187"} {
		t.Run(unit, func(t *testing.T) {
			var got Figures
			f.getJSON("38", "/api/v1/figures?form=thang&period=2026-11&unit="+unit, &got)

			// The digest: counts and each key indicator, exactly.
			d := f.digest(unit)
			if got.Submitted != d.Done || got.Expected != d.Expected || got.OnTime != d.OnTime {
				t.Errorf("%d/%d (%d on time), the digest %d/%d (%d)", got.Submitted, got.Expected, got.OnTime, d.Done, d.Expected, d.OnTime)
			}
			if len(got.Indicators) != len(d.Lines) {
				t.Fatalf("%d indicators, the digest %d", len(got.Indicators), len(d.Lines))
			}
			for i, l := range d.Lines {
				x := got.Indicators[i]
				if x.ID != l.Question.ID || x.Value == nil || *x.Value != l.Agg.Value || x.Reported != l.Agg.Units {
					t.Errorf("%s: %v of %d, the digest %v of %d", l.Question.ID, x.Value, x.Reported, l.Agg.Value, l.Agg.Units)
				}
			}
			if d.RanksShown() != (got.Ranking != nil) {
				t.Errorf("ranking %v, the digest shows ranks: %v", got.Ranking, d.RanksShown())
			}

			// The sheet: its total row, column by column.
			var data []byte
			err := f.db.View(func(tx *store.Tx) error {
				a, err := bot.Export(tx, cfg, cfg.Units.Get(unit), form, p, bot.FormatXLSX, locales.VI, f.clock())
				data = a.File.Data
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			sheet := totalRow(t, data)
			if len(sheet) != len(got.Totals)+len(got.YesNo) {
				t.Errorf("the sheet totals %v, the API %d questions and %d yes/no", sheet, len(got.Totals), len(got.YesNo))
			}
			for _, yn := range got.YesNo {
				name := form.Question(yn.ID).ShortLabel().In(locales.VI)
				if want, ok := sheet[name]; !ok || float64(yn.Yes) != want {
					t.Errorf("%s: %d yes in the API, %v in the sheet", yn.ID, yn.Yes, want)
				}
			}
			for _, x := range got.Totals {
				want, ok := sheet[x.Name.In(locales.VI)]
				if !ok || x.Value == nil {
					t.Errorf("%s: %v in the API, %v in the sheet", x.ID, x.Value, ok)
					continue
				}
				if math.Abs(*x.Value-want) > 1e-9*math.Max(1, math.Abs(want)) {
					t.Errorf("%s: %v in the API, %v in the sheet", x.ID, *x.Value, want)
				}
			}
		})
	}
}

// totalRow reads the report sheet's total row ("TỔNG CỘNG") by the
// columns' headings, each figure computed from the sheet's own formulas.
func totalRow(t *testing.T, data []byte) map[string]float64 {
	t.Helper()
	x, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	s := x.GetSheetList()[0]
	rows, err := x.GetRows(s)
	if err != nil {
		t.Fatal(err)
	}
	head, total := -1, -1
	for i, r := range rows {
		if len(r) > 1 && r[0] == "STT" {
			head = i
		}
		if len(r) > 1 && strings.TrimSpace(r[1]) == "TỔNG CỘNG" {
			total = i
		}
	}
	if head < 0 || total < 0 {
		t.Fatalf("no heading or total row in the sheet")
	}
	out := map[string]float64{}
	for col, name := range rows[head] {
		if col < 3 {
			continue
		}
		cell, _ := excelize.CoordinatesToCellName(col+1, total+1)
		raw, err := x.CalcCellValue(s, cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if v, err := strconv.ParseFloat(raw, 64); err == nil {
			out[name] = v
		}
	}
	return out
}
