package flows

import (
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

func TestASupervisorsPickerPutsWhatIsStillTakingReportsFirst(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, locales.Zone) }
	now := day(2026, 12, 22)
	month11 := Period{Key: "2026-11", Deadline: day(2026, 12, 21), Locks: day(2026, 12, 31)} // overdue, still open
	year26 := Period{Key: "2026", Deadline: day(2027, 1, 11), Locks: day(2027, 1, 21)}       // due later
	month10 := Period{Key: "2026-10", Deadline: day(2026, 11, 21), Locks: day(2026, 12, 1)}  // closed
	year25 := Period{Key: "2025", Deadline: day(2026, 1, 11), Locks: day(2026, 1, 21)}       // closed, older
	got := []Period{year26, year25, month11, month10}
	ByConcern(got, now, func(p Period) Period { return p })
	var keys []string
	for _, p := range got {
		keys = append(keys, p.Key)
	}
	want := []string{"2026-11", "2026", "2026-10", "2025"}
	for i := range want {
		if keys[i] != want[i] {
			t.Fatalf("order %v, want %v", keys, want)
		}
	}
}
