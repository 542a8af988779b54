package flows

import "testing"

func TestALateCatchUpGivesWayToTheNextStepDueSoon(t *testing.T) {
	cfg := mustConfig(t, `units: [{code: "1", name: Huyện, children: [{code: "2", name: Xã}]}]
forms:
  - id: thang
    title: Báo cáo tháng
    period: month
    open_days: 5
    deadline_days: 20
    lock_days: 30
    questions: [{id: so, type: integer, label: "Số?"}]
reminders:
  ladders:
    - form: thang
      rungs: [-3, -1, "0 07:30", 1]
`)
	f := cfg.Form("thang")
	l := cfg.Reminders.Ladder("thang")
	p, _ := f.Period("2026-11")
	cases := []struct {
		name string
		now  string
		rung int
		want bool
	}{
		{"on time, it goes out", "2026-12-19 08:00", 1, false},
		{"half an hour late, it still goes out", "2026-12-19 08:30", 1, false},
		{"caught up at 07:00 with the next step at 07:30: it gives way", "2026-12-20 07:00", 1, true},
		{"caught up late with the next step a day away: it goes out", "2026-12-18 20:00", 0, false},
		{"the last step never gives way", "2026-12-21 12:00", 3, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := supersededSoon(cfg.Reminders, l, p, c.rung, at(c.now)); got != c.want {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}
