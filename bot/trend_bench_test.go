package bot

import (
	"testing"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// /xuhuong's cost (reads, sums and the PNG) for a commune, a cluster and
// the province of 166 communes, beside /bieudo of the province as the
// baseline, on the 166 communes' 2026 year reports (provinceHarness).
func BenchmarkTrend(b *testing.B) {
	h := provinceHarness(b, func(int, *flows.Unit) bool { return true })
	cfg := h.app.Config
	f := cfg.Form("nam")
	now := h.now.AddDate(0, 0, 0)
	for _, c := range []struct{ name, unit string }{{"commune", "15187"}, {"cluster", "cum_391"}, {"province", "38"}} {
		b.Run(c.name, func(b *testing.B) {
			u := cfg.Units.Get(c.unit)
			for i := 0; i < b.N; i++ {
				h.db.View(func(tx *store.Tx) error {
					_, _, _, err := TrendFor(tx, cfg, u, f, f.Indicators()[0], now, locales.VI)
					if err != nil {
						b.Fatal(err)
					}
					return nil
				})
			}
		})
	}
	b.Run("bieudo-province", func(b *testing.B) {
		p, _ := f.Period("2026")
		for i := 0; i < b.N; i++ {
			h.db.View(func(tx *store.Tx) error {
				_, err := Charts(tx, cfg, cfg.Units.Get("38"), f, p, locales.VI)
				if err != nil {
					b.Fatal(err)
				}
				return nil
			})
		}
	})
}
