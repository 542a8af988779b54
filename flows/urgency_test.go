package flows

import "testing"

func TestAReportIsDueTodayAllOfItsLastDayAndOverdueTheDayAfter(t *testing.T) {
	p := Period{Deadline: at("2026-12-21 00:00")} // last on-time day 20/12
	for _, c := range []struct {
		now  string
		want Urgency
	}{
		{"2026-12-19 23:59", DueLater},
		{"2026-12-20 00:00", DueToday},
		{"2026-12-20 23:59", DueToday},
		{"2026-12-21 00:00", Overdue},
		{"2027-01-05 08:00", Overdue},
	} {
		if got := p.UrgencyAt(at(c.now)); got != c.want {
			t.Errorf("at %s: %v, want %v", c.now, got, c.want)
		}
	}
}

func TestReportsAreListedByDeadlineAndTiesKeepTheirOrder(t *testing.T) {
	day := func(s string) Period { return Period{Key: s, Deadline: at(s + " 00:00")} }
	items := []Period{day("2027-01-11"), day("2026-12-21"), day("2027-01-21"), day("2026-12-21")}
	items[3].Key = "second of the 21st"
	ByDeadline(items, func(p Period) Period { return p })
	var got []string
	for _, p := range items {
		got = append(got, p.Key)
	}
	want := []string{"2026-12-21", "second of the 21st", "2027-01-11", "2027-01-21"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order %v, want %v", got, want)
		}
	}
}
