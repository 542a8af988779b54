package flows

import (
	"os"
	"strings"
	"testing"
)

func readSample(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("sample/thach-thanh.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// withForms swaps the test configuration's forms and reminders sections.
func withForms(forms, reminders string) string {
	units := remindYAML[:strings.Index(remindYAML, "forms:")]
	return units + "forms:\n" + forms + "reminders:\n" + reminders
}

const monthForm = `
  - id: thang
    title: {vi: "Báo cáo tháng", en: "Monthly report"}
    period: month
    open_days: 5
    deadline_days: 20
    lock_days: 30
    questions:
      - {id: so, type: integer, label: {vi: "Số?", en: "Number?"}}
`

func TestRemindersConfigMistakes(t *testing.T) {
	for _, tc := range []struct {
		name, forms, reminders, want string
	}{
		{
			name:      "a ladder for a form that does not exist",
			forms:     monthForm,
			reminders: "  ladders:\n    - form: thangg\n      rungs: [-1]\n",
			want:      `reminder ladder for form "thangg": there is no such form (forms: thang)`,
		},
		{
			name:      "a deadline before the period opens",
			forms:     strings.Replace(monthForm, "deadline_days: 20", "deadline_days: -10", 1),
			reminders: "  ladders: []\n",
			want:      "form thang: the deadline (21/01/2027) falls before the period opens (26/01/2027)",
		},
		{
			name:      "both deadline rules at once",
			forms:     strings.Replace(monthForm, "deadline_days: 20", "deadline_days: 20\n    deadline_day: 20", 1),
			reminders: "  ladders: []\n",
			want:      "give either deadline_days (days after the period) or deadline_day (a day of the next month), not both",
		},
		{
			name:      "a deadline on day 32",
			forms:     strings.Replace(monthForm, "deadline_days: 20", "deadline_day: 32", 1),
			reminders: "  ladders: []\n",
			want:      "deadline_day 32: expected a day of the month, 1-31",
		},
		{
			name:      "a report that locks on the 30th while due on the 31st",
			forms:     strings.Replace(monthForm, "deadline_days: 20", "deadline_day: 31", 1),
			reminders: "  ladders: []\n",
			want:      "form thang: the report locks (30/03/2027) before its deadline (31/03/2027)",
		},
		{
			name:      "a rung before the period opens",
			forms:     monthForm,
			reminders: "  ladders:\n    - form: thang\n      rungs: [-30, -1]\n",
			want:      "reminder ladder for thang: rung -30",
		},
		{
			name:      "a rung after the report locks",
			forms:     monthForm,
			reminders: "  ladders:\n    - form: thang\n      rungs: [-1, 12]\n",
			want:      "falls after the report locks",
		},
		{
			name:      "rungs out of order",
			forms:     monthForm,
			reminders: "  ladders:\n    - form: thang\n      rungs: [1, -1]\n",
			want:      "rungs must go forward in time (-1 comes after 1)",
		},
		{
			name:      "a rung that is not a number of days",
			forms:     monthForm,
			reminders: "  ladders:\n    - form: thang\n      rungs: [soon]\n",
			want:      `reminder rung "soon": expected days relative to the deadline`,
		},
		{
			name:      "quiet hours that are not a range",
			forms:     monthForm,
			reminders: "  quiet_hours: \"9pm\"\n  ladders: []\n",
			want:      `quiet_hours "9pm": expected a range such as 21:00-07:00`,
		},
		{
			name:      "two ladders for one form",
			forms:     monthForm,
			reminders: "  ladders:\n    - form: thang\n      rungs: [-1]\n    - form: thang\n      rungs: [1]\n",
			want:      "form thang already has a reminder ladder at line",
		},
		{
			name:      "an unknown field in a ladder",
			forms:     monthForm,
			reminders: "  ladders:\n    - form: thang\n      steps: [-1]\n",
			want:      `unknown field "steps" in a reminder ladder`,
		},
	} {
		t.Run(tc.name+" is reported with its line", func(t *testing.T) {
			_, err := ParseConfig("test.yaml", []byte(withForms(tc.forms, tc.reminders)))
			if err == nil {
				t.Fatal("accepted")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error:\n%v\nwant it to contain %q", err, tc.want)
			}
			if !strings.Contains(err.Error(), "test.yaml:") {
				t.Errorf("no line in %v", err)
			}
		})
	}
	t.Run("the sample configuration's ladders are valid", func(t *testing.T) {
		cfg := mustConfig(t, readSample(t))
		if cfg.Reminders.Ladder("thang") == nil || cfg.Reminders.QuietFrom.String() != "21:00" {
			t.Errorf("reminders = %+v", cfg.Reminders)
		}
	})
}
