package flows

import (
	"strings"
	"testing"
)

func TestATickPlansRemindersListsNotCoveredByADigestAndEachSupervisorsDigest(t *testing.T) {
	cfg := mustConfig(t, remindYAML+"  summaries:\n    after_deadline: \"08:00\"\n")
	sup := &Person{ID: "sup", Name: "Giám sát", Links: []Link{{Unit: "391", Role: Supervisor}}}
	away := &Person{ID: "away", Name: "Đã chặn", Links: []Link{{Unit: "391", Role: Supervisor}}, Unreachable: true}
	done := &Person{ID: "done", Name: "Đã nhận", Links: []Link{{Unit: "391", Role: Supervisor}}}
	st := newState(officer("lan", "15247"), sup, away, done)
	// The morning after the deadline of January's report (29/02/2028).
	now := at("2028-03-01 08:00")
	st.Marks[SummaryKey("digest/thang/2028-01/summary/after", "done")] = true

	plan := PlanTick(cfg, now, st)
	var reminders, lists, summaries []string
	for _, r := range plan.Reminders {
		reminders = append(reminders, r.Key)
	}
	for _, d := range plan.OverdueLists {
		lists = append(lists, d.Key+map[bool]string{true: " (covered)", false: ""}[d.Covered])
	}
	for _, s := range plan.Summaries {
		summaries = append(summaries, s.Key)
	}
	for _, c := range []struct{ what, got, want string }{
		{"reminders", strings.Join(reminders, ", "), "remind/thang/2028-01/15247/+1"},
		{"overdue lists", strings.Join(lists, ", "), "digest/thang/2028-01/391/+1 (covered)"},
		{"summaries (not to the unreachable, not twice)", strings.Join(summaries, ", "), "digest/thang/2028-01/summary/after/sup"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %s, want %s", c.what, c.got, c.want)
		}
	}

	// Two days on, no digest covers the +3 rung's list: it goes itself.
	later := PlanTick(cfg, at("2028-03-03 08:00"), st)
	if len(later.OverdueLists) != 1 || later.OverdueLists[0].Covered {
		t.Errorf("two days on: %+v, want one list of its own", later.OverdueLists)
	}
}

func TestTheDefaultQuietHoursAreWrittenOnce(t *testing.T) {
	def := DefaultReminders()
	if def.QuietHours != DefaultQuietHours || def.QuietFrom.String() != "21:00" || def.QuietTo.String() != "07:00" {
		t.Errorf("defaults %+v", def)
	}
	cfg := mustConfig(t, summaryConfig) // a reminders: section without quiet_hours
	if got := cfg.RemindersOrDefault(); got.QuietFrom != def.QuietFrom || got.QuietTo != def.QuietTo {
		t.Errorf("a section without quiet_hours: %s-%s, want the defaults", got.QuietFrom, got.QuietTo)
	}
	for _, c := range []struct {
		at    string
		quiet bool
	}{{"2026-12-21 21:00", true}, {"2026-12-22 06:59", true}, {"2026-12-22 07:00", false}, {"2026-12-21 12:00", false}} {
		if got := def.Quiet(at(c.at)); got != c.quiet {
			t.Errorf("quiet at %s = %v, want %v", c.at, got, c.quiet)
		}
	}
}
