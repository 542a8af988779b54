package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/units"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// seeded is the template every run copies: the configuration and a data
// directory for the binary under test, and one in the baseline's schema.
type seeded struct {
	config       string
	data, data1  string // schema of this tree; schema 1 (before people_by_unit)
	officerChats []int64
}

// loadForm is the benchmarks' monthly form: 20 key indicators.
func loadForm() string {
	var b strings.Builder
	b.WriteString("forms:\n  - id: thang\n    title: Báo cáo tháng\n    period: month\n    open_days: 5\n    deadline_days: 20\n    lock_days: 30\n    questions:\n")
	for i := 1; i <= 10; i++ {
		fmt.Fprintf(&b, "      - {id: a%d, type: integer, label: \"Tử số %d?\"}\n", i, i)
		fmt.Fprintf(&b, "      - {id: b%d, type: integer, min: 1, label: \"Mẫu số %d?\"}\n", i, i)
		fmt.Fprintf(&b, "      - {id: r%d, type: percent, calculate: a%d / b%d * 100, indicator: true, label: \"Tỷ lệ %d\"}\n", i, i, i, i)
		fmt.Fprintf(&b, "      - {id: c%d, type: integer, indicator: true, label: \"Số lượng %d?\"}\n", i, i)
	}
	return b.String()
}

func makeSeed(work string, o options) (*seeded, error) {
	f, err := os.Open("flows/units/testdata/communes-2025-07.csv")
	if err != nil {
		return nil, fmt.Errorf("run from the repository root: %w", err)
	}
	defer f.Close()
	roots, _, err := units.Parse(f, "")
	if err != nil {
		return nil, err
	}
	var y bytes.Buffer
	units.WriteYAML(&y, roots, "01/07/2025")
	y.WriteString(loadForm())
	cfg, err := flows.ParseConfig("load.yaml", y.Bytes())
	if err != nil {
		return nil, err
	}
	s := &seeded{config: filepath.Join(work, "load.yaml"), data: filepath.Join(work, "seed"), data1: filepath.Join(work, "seed1")}
	if err := os.WriteFile(s.config, y.Bytes(), 0o600); err != nil {
		return nil, err
	}
	db, err := store.Open(s.data, time.Second)
	if err != nil {
		return nil, err
	}
	form := cfg.Form("thang")
	var leaves []*flows.Unit
	for _, r := range cfg.Units.Roots {
		leaves = append(leaves, r.Leaves()...)
	}
	// Two years up to October 2026: November, the period the officers
	// answer, is open and not yet reported.
	p := form.PeriodAt(time.Date(2024, 11, 15, 0, 0, 0, 0, locales.Zone))
	for m := 0; m < 24; m++ {
		err := db.Update(func(tx *store.Tx) error {
			for i, u := range leaves {
				if (i+m)%10 == 0 {
					continue // a tenth have not reported
				}
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
				if err := tx.PutSubmission(&flows.Submission{Form: "thang", Period: p.Key, Unit: u.Code, Answers: ans, By: "p" + u.Code,
					ByName: "Cán bộ " + u.Name, At: p.Deadline.Add(-time.Duration(i%200) * time.Hour)}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			db.Close()
			return nil, err
		}
		p = form.PeriodAt(p.End)
	}
	err = db.Update(func(tx *store.Tx) error {
		for i := range o.people {
			link := flows.Link{Unit: leaves[i%len(leaves)].Code, Role: flows.Officer}
			if i%300 == 299 {
				link = flows.Link{Unit: cfg.Units.Roots[i/300%len(cfg.Units.Roots)].Code, Role: flows.Supervisor}
			}
			id := fmt.Sprintf("p%05d", i)
			if err := tx.PutPerson(&flows.Person{ID: id, Name: fmt.Sprintf("Cán bộ %d", i), Lang: "vi", Links: []flows.Link{link}}); err != nil {
				return err
			}
			if err := tx.Link(store.Identity{Channel: "telegram", ChatID: fmt.Sprint(chatOf(i))}, id); err != nil {
				return err
			}
		}
		return nil
	})
	db.Close()
	if err != nil {
		return nil, err
	}
	for i := range o.officers { // the first officers are distinct communes' officers
		s.officerChats = append(s.officerChats, chatOf(i))
	}
	// The baseline's copy: what schema 1 wrote, without the unit index.
	if err := copyData(s.data1, s.data); err != nil {
		return nil, err
	}
	b, err := bolt.Open(filepath.Join(s.data1, store.FileName), 0o600, nil)
	if err != nil {
		return nil, err
	}
	err = b.Update(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte("people_by_unit")) != nil {
			if err := tx.DeleteBucket([]byte("people_by_unit")); err != nil {
				return err
			}
		}
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte("1"))
	})
	b.Close()
	return s, err
}

func chatOf(i int) int64 { return int64(100000 + i) }

// copyData copies a data directory's file into dir.
func copyData(dir, from string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	raw, err := os.ReadFile(filepath.Join(from, store.FileName))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, store.FileName), raw, 0o600)
}
