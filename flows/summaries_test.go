package flows

import (
	"strings"
	"testing"
)

const summaryConfig = `units: [{code: "1", name: Huyện, children: [{code: "2", name: Xã}]}]
forms:
  - id: thang
    title: Báo cáo tháng
    period: month
    open_days: 5
    deadline_days: 20
    lock_days: 30
    questions: [{id: so, type: integer, label: "Số?"}]
reminders:
  summaries:
    after_deadline: "08:00"
    weekly: "mon 08:00"
`

func TestScheduledDigestsComeTheMorningAfterTheDeadlineAndWeekly(t *testing.T) {
	cfg := mustConfig(t, summaryConfig)
	cases := []struct {
		name string
		now  string
		want []string // slot keys
	}{
		{"the morning after the deadline of November's report", "2026-12-21 08:00", []string{"digest/thang/2026-11/summary/after"}},
		{"still due later that day, after a restart", "2026-12-21 20:30", []string{"digest/thang/2026-11/summary/after"}},
		{"not before its time", "2026-12-21 07:59", nil},
		{"not the next day any more: stale news", "2026-12-22 08:30", nil},
		{"a Monday while November's report is open", "2026-12-14 08:00", []string{"digest/thang/2026-11/summary/week-2026-12-14"}},
		{"a Monday after November's report locked, December's open", "2027-01-04 09:00", []string{"digest/thang/2026-12/summary/week-2027-01-04"}},
		{"quiet hours send nothing", "2026-12-21 22:00", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, s := range SummariesDueAt(cfg, at(c.now)) {
				got = append(got, s.Key)
			}
			if strings.Join(got, ",") != strings.Join(c.want, ",") {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestASummaryScheduleWithMistakesIsReported(t *testing.T) {
	bad := strings.Replace(strings.Replace(summaryConfig, `"mon 08:00"`, `"monday 8h"`, 1), `"08:00"`, `"8 giờ"`, 1)
	_, err := ParseConfig("c.yaml", []byte(bad))
	if err == nil || !strings.Contains(err.Error(), "after_deadline") || !strings.Contains(err.Error(), "weekly") {
		t.Errorf("got %v, want both mistakes", err)
	}
}
