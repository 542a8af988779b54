package bot

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
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

// BenchmarkImportYear: `baocao figures import` of a year form for every
// reporting unit of the default sample (Thanh Hóa, 166 communes), read,
// checked and stored in one transaction.
func BenchmarkImportYear(b *testing.B) {
	cfg, err := flows.ParseConfig(sample.Name, sample.YAML)
	if err != nil {
		b.Fatal(err)
	}
	f := cfg.Form("nam")
	p, _ := f.Period("2026")
	leaves := rootOf(cfg).Leaves()
	var sb strings.Builder
	sb.WriteString("Mã,tong_ho,gdvh\n")
	for i, l := range leaves {
		fmt.Fprintf(&sb, "%s,%d,%d\n", l.Code, 3000+i, 2500+i)
	}
	data := []byte(sb.String())
	now := p.Deadline.AddDate(1, 0, 0)
	b.ReportMetric(float64(len(leaves)), "rows")
	for b.Loop() {
		b.StopTimer()
		a := &App{Store: openBench(b), Config: cfg, Log: discardLogger(), Now: func() time.Time { return now }}
		b.StartTimer()
		if r := a.AdminImport(adminImport("nam-2026.csv", data, "nam", "2026", false, false)); r.Error != "" {
			b.Fatal(r.Error)
		}
	}
}
