package flows

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

// remindYAML is a small district: a supervisor at 391 follows three
// communes. The monthly report is due on the last day of the next month
// (deadline_day 31, which clamps), the quarterly one 10 days after the
// quarter, with rungs placed in the quiet hours on purpose.
const remindYAML = `
units:
  - code: "391"
    name: Huyện Thạch Thành
    children:
      - {code: "15247", name: Xã Thành Tâm}
      - {code: "15250", name: Xã Thành An}
      - {code: "15253", name: Xã Thành Thọ}
forms:
  - id: thang
    title: {vi: "Báo cáo tháng", en: "Monthly report"}
    period: month
    open_days: 5
    deadline_day: 31
    lock_days: 45
    questions:
      - {id: so, type: integer, label: {vi: "Số?", en: "Number?"}}
  - id: quy
    title: {vi: "Báo cáo quý", en: "Quarterly report"}
    period: quarter
    open_days: 10
    deadline_days: 10
    lock_days: 30
    questions:
      - {id: so, type: integer, label: {vi: "Số?", en: "Number?"}}
reminders:
  ladders:
    - form: thang
      rungs: [-3, -1, "0 07:30", 1, 3]
    - form: quy
      rungs: ["-2 22:30", "0 05:00", 2]
`

func mustConfig(t *testing.T, src string) *Config {
	t.Helper()
	cfg, err := ParseConfig("test.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func officer(id, unit string) *Person {
	return &Person{ID: id, Name: "Cán bộ " + id, Links: []Link{{Unit: unit, Role: Officer}}}
}

func newState(people ...*Person) *RemindState {
	return &RemindState{People: people, Submitted: map[string]bool{}, Drafts: map[string][]string{}, Marks: map[string]bool{}}
}

// send plays the scheduler: what is due is marked, as the store would.
func send(st *RemindState, d Due) {
	for _, r := range d.Reminders {
		st.Marks[r.Key] = true
	}
	for _, g := range d.OverdueLists {
		st.Marks[g.Key] = true
	}
}

func TestDeadlinesClampInShortMonths(t *testing.T) {
	cfg := mustConfig(t, remindYAML)
	f := cfg.Form("thang")
	for _, tc := range []struct{ period, last string }{
		{"2027-12", "31/01/2028"},
		{"2028-01", "29/02/2028"}, // leap year
		{"2027-01", "28/02/2027"},
		{"2028-02", "31/03/2028"},
		{"2028-03", "30/04/2028"},
		{"2028-05", "30/06/2028"},
		{"2028-08", "30/09/2028"},
		{"2028-10", "30/11/2028"},
		{"2028-11", "31/12/2028"},
		{"2028-12", "31/01/2029"},
	} {
		t.Run(fmt.Sprintf("the report of %s is due on %s", tc.period, tc.last), func(t *testing.T) {
			p, err := f.Period(tc.period)
			if err != nil {
				t.Fatal(err)
			}
			if got := locales.FormatDate(p.LastDeadlineDay()); got != tc.last {
				t.Errorf("last day = %s, want %s", got, tc.last)
			}
		})
	}
	t.Run("the sample's six-month review is due on 10/07 and the year report on 10/01", func(t *testing.T) {
		cfg := sampleConfig(t)
		h, _ := cfg.Form("so_ket").Period("2026-H1")
		y, _ := cfg.Form("nam").Period("2026")
		if a, b := locales.FormatDate(h.LastDeadlineDay()), locales.FormatDate(y.LastDeadlineDay()); a != "10/07/2026" || b != "10/01/2027" {
			t.Errorf("due %s and %s", a, b)
		}
	})
}

func TestQuietHours(t *testing.T) {
	cfg := mustConfig(t, remindYAML)
	r := cfg.Reminders
	for _, tc := range []struct {
		name, at, want string
	}{
		{"a rung at 08:00 goes at 08:00", "2028-02-27 08:00", "2028-02-27 08:00"},
		{"a rung at 20:59 goes at once", "2028-02-27 20:59", "2028-02-27 20:59"},
		{"a rung at 21:00 waits for 07:00 the next morning", "2028-02-27 21:00", "2028-02-28 07:00"},
		{"a rung at 22:30 on 28/02/2028 goes on the leap day", "2028-02-28 22:30", "2028-02-29 07:00"},
		{"a rung at 05:00 waits for 07:00 the same morning", "2028-03-01 05:00", "2028-03-01 07:00"},
		{"a rung at 23:59 on New Year's Eve goes on 01/01", "2028-12-31 23:59", "2029-01-01 07:00"},
		{"a rung at 07:00 goes at 07:00", "2028-03-01 07:00", "2028-03-01 07:00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := r.OutOfQuiet(at(tc.at)); !got.Equal(at(tc.want)) {
				t.Errorf("got %s, want %s", got.Format("2006-01-02 15:04"), tc.want)
			}
		})
	}
}

// TestAYearOfReminders walks through 2028 in five-minute ticks with one
// commune that never reports, and checks every reminder that goes out:
// when, which rung, and that nothing goes twice or at night.
func TestAYearOfReminders(t *testing.T) {
	cfg := mustConfig(t, remindYAML)
	st := newState(officer("lan", "15247"))
	type sent struct{ key, at string }
	var got []sent
	// Start in December so that 2027's reminders are already marked, as
	// they would be on a bot that ran then.
	for now := at("2027-12-01 00:00"); now.Before(at("2029-01-01 00:00")); now = now.Add(5 * time.Minute) {
		d := DueAt(cfg, now, st)
		for _, r := range d.Reminders {
			if now.Year() < 2028 {
				continue
			}
			if cfg.Reminders.Quiet(now) {
				t.Fatalf("%s sent in the quiet hours at %s", r.Key, now)
			}
			got = append(got, sent{r.Key, now.Format("2006-01-02 15:04")})
		}
		send(st, d)
	}
	// What a person would write down from the rules, month by month.
	want := map[string]string{}
	monthly := func(period, last string) {
		d := at(last + " 08:00")
		want[RemindKey("thang", period, "15247", -3)] = d.AddDate(0, 0, -3).Format("2006-01-02 15:04")
		want[RemindKey("thang", period, "15247", -1)] = d.AddDate(0, 0, -1).Format("2006-01-02 15:04")
		want[RemindKey("thang", period, "15247", 0)] = last + " 07:30"
		want[RemindKey("thang", period, "15247", 1)] = d.AddDate(0, 0, 1).Format("2006-01-02 15:04")
		want[RemindKey("thang", period, "15247", 3)] = d.AddDate(0, 0, 3).Format("2006-01-02 15:04")
	}
	// 2027-11 was due 31/12/2027: its late rungs fall in 2028.
	want[RemindKey("thang", "2027-11", "15247", 1)] = "2028-01-01 08:00"
	want[RemindKey("thang", "2027-11", "15247", 3)] = "2028-01-03 08:00"
	monthly("2027-12", "2028-01-31")
	monthly("2028-01", "2028-02-29")
	monthly("2028-02", "2028-03-31")
	monthly("2028-03", "2028-04-30")
	monthly("2028-04", "2028-05-31")
	monthly("2028-05", "2028-06-30")
	monthly("2028-06", "2028-07-31")
	monthly("2028-07", "2028-08-31")
	monthly("2028-08", "2028-09-30")
	monthly("2028-09", "2028-10-31")
	monthly("2028-10", "2028-11-30")
	// 2028-11 is due 31/12/2028: its +1 and +3 fall in 2029.
	want[RemindKey("thang", "2028-11", "15247", -3)] = "2028-12-28 08:00"
	want[RemindKey("thang", "2028-11", "15247", -1)] = "2028-12-30 08:00"
	want[RemindKey("thang", "2028-11", "15247", 0)] = "2028-12-31 07:30"
	// The quarter: due the 10th; -2 at 22:30 waits for 07:00 on the 9th,
	// 0 at 05:00 for 07:00 on the 10th.
	for _, q := range []struct{ period, month string }{{"2027-Q4", "2028-01"}, {"2028-Q1", "2028-04"}, {"2028-Q2", "2028-07"}, {"2028-Q3", "2028-10"}} {
		want[RemindKey("quy", q.period, "15247", -2)] = q.month + "-09 07:00"
		want[RemindKey("quy", q.period, "15247", 0)] = q.month + "-10 07:00"
		want[RemindKey("quy", q.period, "15247", 2)] = q.month + "-12 08:00"
	}
	seen := map[string]bool{}
	for _, g := range got {
		if seen[g.key] {
			t.Errorf("%s went twice", g.key)
		}
		seen[g.key] = true
		if w, ok := want[g.key]; !ok {
			t.Errorf("%s went at %s, but was not expected", g.key, g.at)
		} else if w != g.at {
			t.Errorf("%s went at %s, want %s", g.key, g.at, w)
		}
	}
	for k, w := range want {
		if !seen[k] {
			t.Errorf("%s never went (due %s)", k, w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d reminders, want %d", len(got), len(want))
	}
}

func keys(d Due) []string {
	var out []string
	for _, r := range d.Reminders {
		for _, to := range r.To {
			out = append(out, r.Key+" → "+to.Person.ID)
		}
	}
	for _, g := range d.OverdueLists {
		for _, to := range g.To {
			out = append(out, g.Key+" → "+to.ID)
		}
	}
	sort.Strings(out)
	return out
}

func TestDueAt(t *testing.T) {
	cfg := mustConfig(t, remindYAML)
	sup := &Person{ID: "sup", Name: "Giám sát", Links: []Link{{Unit: "391", Role: Supervisor}}}
	// The monthly report of 2028-01 is due 29/02/2028; thang's rungs are
	// 26/02, 28/02 08:00, 29/02 07:30, 01/03 and 03/03 08:00.
	for _, tc := range []struct {
		name  string
		now   string
		setup func(st *RemindState)
		want  []string
	}{
		{
			name: "before the first rung nothing is due",
			now:  "2028-02-26 07:59",
			want: nil,
		},
		{
			name: "at the first rung every officer of a unit that owes the report is reminded",
			now:  "2028-02-26 08:00",
			want: []string{"remind/thang/2028-01/15247/-3 → lan", "remind/thang/2028-01/15250/-3 → binh"},
		},
		{
			name:  "a unit that submitted is not reminded",
			now:   "2028-02-26 08:00",
			setup: func(st *RemindState) { st.Submitted[ReportKey("thang", "2028-01", "15250")] = true },
			want:  []string{"remind/thang/2028-01/15247/-3 → lan"},
		},
		{
			name: "a rung already marked does not go again",
			now:  "2028-02-27 12:00",
			setup: func(st *RemindState) {
				st.Marks[RemindKey("thang", "2028-01", "15247", -3)] = true
				st.Marks[RemindKey("thang", "2028-01", "15250", -3)] = true
			},
			want: nil,
		},
		{
			name: "after downtime a missed 3-days-before is replaced by the rung that applies now",
			now:  "2028-02-28 09:00",
			want: []string{"remind/thang/2028-01/15247/-1 → lan", "remind/thang/2028-01/15250/-1 → binh"},
		},
		{
			name: "after ten days down only the latest overdue rung goes, with one digest for the supervisor",
			now:  "2028-03-09 10:00",
			want: []string{"digest/thang/2028-01/391/+3 → sup", "remind/thang/2028-01/15247/+3 → lan", "remind/thang/2028-01/15250/+3 → binh"},
		},
		{
			name: "in the quiet hours nothing goes, not even what is overdue",
			now:  "2028-03-01 21:30",
			want: nil,
		},
		{
			name: "a later rung's mark keeps an earlier rung from going after a ladder change",
			now:  "2028-03-01 09:00",
			setup: func(st *RemindState) {
				st.Marks[RemindKey("thang", "2028-01", "15247", 3)] = true
				st.Marks[DigestKey("thang", "2028-01", "391", 1)] = true
			},
			want: []string{"remind/thang/2028-01/15250/+1 → binh"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := newState(officer("lan", "15247"), officer("binh", "15250"), sup)
			if tc.setup != nil {
				tc.setup(st)
			}
			got := keys(DueAt(cfg, at(tc.now), st))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

func TestDueAtEdgeCases(t *testing.T) {
	cfg := mustConfig(t, remindYAML)
	sup := &Person{ID: "sup", Name: "Giám sát", Links: []Link{{Unit: "391", Role: Supervisor}}}
	now := at("2028-03-01 08:00") // thang 2028-01: one day late

	t.Run("an officer with a draft is told it is unfinished, with a button to continue it", func(t *testing.T) {
		st := newState(officer("lan", "15247"), officer("hoa", "15247"))
		st.Drafts[ReportKey("thang", "2028-01", "15247")] = []string{"lan"}
		d := DueAt(cfg, now, st)
		var r *Reminder
		for i := range d.Reminders {
			if d.Reminders[i].Period.Key == "2028-01" {
				r = &d.Reminders[i]
			}
		}
		if r == nil || len(r.To) != 2 {
			t.Fatalf("reminders = %+v", d.Reminders)
		}
		for _, rec := range r.To {
			m, b := r.Message(rec, now)
			wantKey, wantBtn := "remind.missing", "remind.button_start"
			if rec.Person.ID == "lan" {
				wantKey, wantBtn = "remind.draft", "remind.button_continue"
			}
			if m.Key != wantKey || b[0][0].Label.Key != wantBtn || b[0][0].Data != "/baocao thang 2028-01" {
				t.Errorf("%s gets %s with %+v", rec.Person.ID, m.Key, b)
			}
		}
	})

	t.Run("a unit without any officer is not reminded but listed to its supervisor as having none", func(t *testing.T) {
		st := newState(officer("lan", "15247"), sup)
		d := DueAt(cfg, now, st)
		for _, r := range d.Reminders {
			if r.Unit.Code != "15247" {
				t.Errorf("reminder for %s, which has nobody linked", r.Unit.Code)
			}
		}
		var dg *OverdueList
		for i := range d.OverdueLists {
			if d.OverdueLists[i].Period.Key == "2028-01" {
				dg = &d.OverdueLists[i]
			}
		}
		if dg == nil || len(dg.Overdue) != 3 {
			t.Fatalf("digests = %+v", d.OverdueLists)
		}
		none := 0
		for _, o := range dg.Overdue {
			if o.NoOfficer {
				none++
			}
		}
		if none != 2 {
			t.Errorf("%d units without officer, want 2", none)
		}
		text := locales.Render(locales.VI, dg.Message(now))
		// The units nobody reports for are counted in one line, after the
		// ones a supervisor can chase.
		if !strings.Contains(text, "• Xã Thành Tâm (15247)\n• 2 đơn vị chưa có cán bộ báo cáo sử dụng hệ thống") || strings.Contains(text, "Xã Thành An") || !strings.Contains(text, "quá hạn 1 ngày") {
			t.Errorf("digest reads:\n%s", text)
		}
	})

	t.Run("a person linked to two units is reminded once for each, and the button says which", func(t *testing.T) {
		both := &Person{ID: "lan", Name: "Lan", Links: []Link{{Unit: "15247", Role: Officer}, {Unit: "15250", Role: Officer}}}
		st := newState(both)
		st.Submitted[ReportKey("quy", "2027-Q4", "15247")] = true
		st.Submitted[ReportKey("quy", "2027-Q4", "15250")] = true
		d := DueAt(cfg, now, st)
		var data []string
		for _, r := range d.Reminders {
			for _, rec := range r.To {
				_, b := r.Message(rec, now)
				data = append(data, b[0][0].Data)
			}
		}
		sort.Strings(data)
		if strings.Join(data, ",") != "/baocao thang 2028-01 15247,/baocao thang 2028-01 15250" {
			t.Errorf("buttons = %v", data)
		}
	})

	t.Run("an officer who blocked the bot is not reminded and the digest names them", func(t *testing.T) {
		gone := officer("lan", "15247")
		gone.Unreachable = true
		st := newState(gone, officer("binh", "15250"), officer("tam", "15253"), sup)
		d := DueAt(cfg, now, st)
		for _, r := range d.Reminders {
			if r.Unit.Code == "15247" {
				t.Errorf("reminded a unit whose only officer blocked the bot")
			}
		}
		if len(d.OverdueLists) == 0 || len(d.OverdueLists[0].Unreachable) != 1 {
			t.Fatalf("digests = %+v", d.OverdueLists)
		}
		text := locales.Render(locales.VI, d.OverdueLists[0].Message(now))
		if !strings.Contains(text, "không liên lạc được với Cán bộ lan") {
			t.Errorf("digest reads:\n%s", text)
		}
		if got := UnreachableUnder(st.People, cfg.Units.Get("391")); len(got) != 1 || got[0].ID != "lan" {
			t.Errorf("UnreachableUnder = %v", got)
		}
	})

	t.Run("the digest goes once per rung, not once per unit", func(t *testing.T) {
		st := newState(officer("lan", "15247"), officer("binh", "15250"), sup)
		d := DueAt(cfg, now, st)
		n := 0
		for _, g := range d.OverdueLists {
			n += len(g.To)
		}
		send(st, d)
		if again := DueAt(cfg, now.Add(time.Hour), st); len(again.OverdueLists)+len(again.Reminders) != 0 || n != 1 {
			t.Errorf("first %d digests, then %+v", n, again)
		}
	})

	t.Run("a supervisor's manual reminder covers every open period a unit owes", func(t *testing.T) {
		st := newState(officer("lan", "15247"), sup)
		due, none := Owing(cfg, now, st, cfg.Units.Get("391"), "")
		if len(due) == 0 || len(none) == 0 {
			t.Fatalf("due %d, without officer %d", len(due), len(none))
		}
		for _, r := range due {
			if !r.Manual || r.Unit.Code != "15247" {
				t.Errorf("%+v", r)
			}
		}
		only, _ := Owing(cfg, now, st, cfg.Units.Get("391"), "15250")
		if len(only) != 0 {
			t.Errorf("15250 has no officer, yet %d reminders", len(only))
		}
	})
}

func sampleConfig(t *testing.T) *Config {
	t.Helper()
	// The sample lives in flows/sample, which imports flows; read it as a file.
	return mustConfig(t, readSample(t))
}

func TestALongDigestStaysReadable(t *testing.T) {
	t.Run("a digest of 45 overdue units lists 40 and counts the rest", func(t *testing.T) {
		cfg := mustConfig(t, remindYAML)
		p, _ := cfg.Form("thang").Period("2028-01")
		d := OverdueList{Form: cfg.Form("thang"), Period: p, Parent: cfg.Units.Get("391")}
		for i := 0; i < 45; i++ {
			d.Overdue = append(d.Overdue, OverdueUnit{Unit: &Unit{Code: fmt.Sprint(i), Name: fmt.Sprintf("Xã %d", i)}})
		}
		text := locales.Render(locales.VI, d.Message(at("2028-03-01 08:00")))
		if n := strings.Count(text, "\n• Xã "); n != 40 || !strings.Contains(text, "… và 5 đơn vị khác") {
			t.Errorf("%d units listed:\n%s", n, text)
		}
	})
}

func TestAClusterSupervisorHearsOfItsOverdueMembers(t *testing.T) {
	src := strings.Replace(remindYAML, "forms:", `clusters:
  - {id: cum_1, name: "Cụm số 1", units: ["15247", "15250"]}
forms:`, 1)
	cfg := mustConfig(t, src)
	sup := &Person{ID: "sup", Name: "Giám sát", Links: []Link{{Unit: "391", Role: Supervisor}}}
	cum := &Person{ID: "cum", Name: "Cụm trưởng", Links: []Link{{Unit: "cum_1", Role: Supervisor}}}
	st := newState(officer("a", "15247"), officer("b", "15253"), sup, cum)
	d := DueAt(cfg, time.Date(2027, 1, 1, 8, 0, 0, 0, locales.Zone), st) // the day after November's deadline
	var got []string
	for _, g := range d.OverdueLists {
		var units []string
		for _, o := range g.Overdue {
			units = append(units, o.Unit.Code)
		}
		got = append(got, fmt.Sprintf("%s→%s:%s", g.Parent.Code, g.To[0].ID, strings.Join(units, ",")))
	}
	sort.Strings(got)
	want := []string{"391→sup:15247,15250,15253", "cum_1→cum:15247,15250"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("overdue lists %v, want %v", got, want)
	}
}
