package bot

import (
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

func openBench(b *testing.B) *store.DB {
	db, err := store.Open(b.TempDir(), time.Second)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// yearFile is form nam of the Thanh Hóa sample (166 communes) as a
// department's sheet: every asked figure of every commune, written the
// Vietnamese way (3.120), headed by the short labels; and the same as
// submissions, for the baseline.
func yearFile(b *testing.B) (*flows.Config, *flows.Form, flows.Period, []byte, []*flows.Submission) {
	cfg := sample.MustNamed("thanh-hoa")
	f := cfg.Form("nam")
	p, _ := f.Period("2026")
	var qs []*flows.Question
	for _, q := range f.Questions {
		if q.Asked() && (q.Type == flows.TypeInt || q.Type == flows.TypeYesNo) {
			qs = append(qs, q)
		}
	}
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	head := []string{"Mã ĐVHC", "Tên đơn vị"}
	for _, q := range qs {
		head = append(head, q.ShortLabel().In(locales.VI))
	}
	w.Write(head)
	var subs []*flows.Submission
	for i, l := range rootOf(cfg).Leaves() {
		rec := []string{l.Code, l.Name}
		ans := map[string]flows.Value{}
		for _, q := range qs {
			// Every count at most tong_ho, tong_thon or dan_so, as the
			// constraints ask: those three are the largest.
			v := float64(10 + i%7)
			switch q.ID {
			case "tong_ho":
				v = float64(3000 + 37*i)
			case "dan_so":
				v = float64(12000 + 101*i)
			case "tong_thon":
				v = 40
			}
			if q.Type == flows.TypeYesNo {
				yes := i%2 == 0
				ans[q.ID] = flows.Value{Bool: &yes}
				rec = append(rec, map[bool]string{true: "Có", false: "Không"}[yes])
				continue
			}
			ans[q.ID] = flows.Value{Num: &v}
			rec = append(rec, locales.Int(locales.VI, int64(v)))
		}
		w.Write(rec)
		subs = append(subs, &flows.Submission{Form: f.ID, Period: p.Key, Unit: l.Code, Answers: ans, By: "cli", At: p.End, Channel: "import"})
	}
	w.Flush()
	return cfg, f, p, []byte(sb.String()), subs
}

// BenchmarkImportYear: `baocao figures import` of a year form for the 166
// communes of Thanh Hóa (read, checked, stored in one transaction), beside
// its baseline, the same 166 reports stored as the chat stores them.
func BenchmarkImportYear(b *testing.B) {
	cfg, f, p, data, subs := yearFile(b)
	now := p.Deadline.AddDate(1, 0, 0)
	b.Run("figures import (166 rows)", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			a := &App{Store: openBench(b), Config: cfg, Log: discardLogger(), Now: func() time.Time { return now }}
			b.StartTimer()
			r := a.AdminImport(adminImport("nam-2026.csv", data, f.ID, p.Key, false, false))
			if r.Error != "" || !strings.Contains(r.Text, "của 166 đơn vị") {
				b.Fatal(r.Error, r.Text)
			}
		}
	})
	b.Run("dry run (166 rows)", func(b *testing.B) {
		a := &App{Store: openBench(b), Config: cfg, Log: discardLogger(), Now: func() time.Time { return now }}
		for b.Loop() {
			if r := a.AdminImport(adminImport("nam-2026.csv", data, f.ID, p.Key, true, false)); r.Error != "" {
				b.Fatal(r.Error)
			}
		}
	})
	b.Run("baseline: 166 reports stored directly", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			db := openBench(b)
			b.StartTimer()
			err := db.Update(func(tx *store.Tx) error {
				for _, s := range subs {
					c := *s
					if err := tx.PutSubmission(&c); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}
