package flows

import (
	"fmt"
	"os"
	"testing"
)

// BenchmarkStaleLinks30000: the check run at every start, on the Thanh Hóa
// sample with 30,000 people, 3,000 of them still linked to old communes
// (BenchmarkStaleLinksNone: the same people, all linked to current units).
func BenchmarkStaleLinks30000(b *testing.B) { benchStale(b, 10) }

// BenchmarkStaleLinksNone is the baseline of BenchmarkStaleLinks30000.
func BenchmarkStaleLinksNone(b *testing.B) { benchStale(b, 0) }

func benchStale(b *testing.B, everyNth int) {
	data, err := os.ReadFile("sample/thanh-hoa.yaml")
	if err != nil {
		b.Fatal(err)
	}
	cfg, err := ParseConfig("thanh-hoa.yaml", data)
	if err != nil {
		b.Fatal(err)
	}
	var current, old []string
	for _, u := range cfg.Units.Get("38").Leaves() {
		current = append(current, u.Code)
		for _, f := range u.Formerly {
			if cfg.Units.Get(f) == nil {
				old = append(old, f)
			}
		}
	}
	people := make([]*Person, 30000)
	for i := range people {
		unit := current[i%len(current)]
		if everyNth > 0 && i%everyNth == 0 {
			unit = old[i%len(old)]
		}
		people[i] = &Person{ID: fmt.Sprint(i), Name: fmt.Sprint("Cán bộ ", i), Links: []Link{{Unit: unit, Role: Officer}}}
	}
	people = append(people, &Person{ID: "sup", Name: "Sở", Links: []Link{{Unit: "38", Role: Supervisor}}})
	b.ReportAllocs()
	for b.Loop() {
		if n := len(cfg.StaleLinks(people)); everyNth > 0 && n != 3000 {
			b.Fatalf("%d stale links", n)
		}
	}
}
