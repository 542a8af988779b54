package bot

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/units"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// BenchmarkDigestProvinceClusters: /tonghop for province 79 as
// `baocao config init` writes it, its 168 communes in clusters by former
// district, each with its old units: the digest then has a line per
// cluster, the yes/no counts and the offices' own reports. Compare with
// BenchmarkDigestProvince (the same reports, no clusters) in the same run.
func BenchmarkDigestProvinceClusters(b *testing.B) {
	db, _ := benchSetup(b)
	s, err := units.NewStarter(units.StarterOptions{Province: benchProvince})
	if err != nil {
		b.Fatal(err)
	}
	text := string(s.YAML)
	text = text[:strings.Index(text, "\n# Chỉ tiêu")] // units and clusters; the bench's own form
	cfg, err := flows.ParseConfig("bench-clusters.yaml", []byte(text+"\n"+benchForm()))
	if err != nil {
		b.Fatal(err)
	}
	f, p := benchPeriod(cfg)
	u := cfg.Units.Get(benchProvince)
	now := p.Deadline.Add(72 * time.Hour)
	b.ReportAllocs()
	for b.Loop() {
		err := db.View(func(tx *store.Tx) error {
			d, err := buildDigest(tx, cfg, u, f, p, now)
			if err == nil && (d.Expected != 168 || len(d.Clusters) < 10) {
				err = fmt.Errorf("%d units, %d clusters", d.Expected, len(d.Clusters))
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
