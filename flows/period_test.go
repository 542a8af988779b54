package flows

import (
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, locales.Zone)
	if err != nil {
		panic(err)
	}
	return t
}

func TestPeriodsHaveTheirOfficialDates(t *testing.T) {
	month := &Form{ID: "thang", Every: Monthly, OpenDays: 5, DeadlineDays: 20, LockDays: 30}
	half := &Form{ID: "so_ket", Every: HalfYear, OpenDays: 10, DeadlineDays: 10, LockDays: 31}
	year := &Form{ID: "nam", Every: Yearly, OpenDays: 15, DeadlineDays: 10, LockDays: 31}
	cases := []struct {
		name                 string
		form                 *Form
		key                  string
		lastOnTime, lastEdit string
	}{
		{"a monthly report is due on the 20th of the next month", month, "2026-11", "2026-12-20", "2026-12-30"},
		{"February's report in a leap year", month, "2028-02", "2028-03-20", "2028-03-30"},
		{"the 6-month review is due on 10/07", half, "2026-H1", "2026-07-10", "2026-07-31"},
		{"the year review is due on 10/01 of the next year", year, "2026", "2027-01-10", "2027-01-31"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := c.form.Period(c.key)
			if err != nil {
				t.Fatal(err)
			}
			if got := p.LastDeadlineDay().Format("2006-01-02"); got != c.lastOnTime {
				t.Errorf("last day on time %s, want %s", got, c.lastOnTime)
			}
			if got := p.LastLockDay().Format("2006-01-02"); got != c.lastEdit {
				t.Errorf("last day to edit %s, want %s", got, c.lastEdit)
			}
		})
	}
}

func TestOpenPeriodsAtAGivenMoment(t *testing.T) {
	month := &Form{ID: "thang", Every: Monthly, OpenDays: 5, DeadlineDays: 20, LockDays: 30}
	year := &Form{ID: "nam", Every: Yearly, OpenDays: 15, DeadlineDays: 10, LockDays: 31}
	cases := []struct {
		name string
		form *Form
		now  string
		want []string
	}{
		{"late November: October is still open, November not yet", month, "2026-11-22 10:00", []string{"2026-10"}},
		{"the last days of November: both months are open", month, "2026-11-28 10:00", []string{"2026-10", "2026-11"}},
		{"December 20th: only November", month, "2026-12-20 23:59", []string{"2026-11"}},
		{"the year report opens mid-December", year, "2026-12-16 00:00", []string{"2026"}},
		{"and is closed before", year, "2026-12-15 23:59", nil},
		{"it stays open until it locks in February", year, "2027-01-31 23:00", []string{"2026"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, p := range c.form.OpenPeriods(at(c.now)) {
				got = append(got, p.Key)
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Fatalf("got %v, want %v", got, c.want)
				}
			}
		})
	}
}

func TestPeriodKeysAreCheckedStrictly(t *testing.T) {
	for _, bad := range []string{"", "26", "2026-13", "2026-Q5", "2026-H3", "2026-1", "abcd", "2026-"} {
		if _, _, err := ParsePeriodKey(bad); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
}

func TestInviteCodesAreReadAsPeopleTypeThem(t *testing.T) {
	code := NewInviteCode(Officer, []byte{1, 2, 3, 4, 5, 6})
	for _, typed := range []string{code, " " + code + " ", "cb" + code[3:], "CB " + code[3:]} {
		if got, ok := NormalizeInviteCode(typed); !ok || got != code {
			t.Errorf("%q read as %q (%v), want %s", typed, got, ok, code)
		}
	}
	for _, bad := range []string{"", "CB-12345", "XX-ABCDEF", "CB-ABCDE0", "xin chào", "CB-ABCDEFG"} {
		if _, ok := NormalizeInviteCode(bad); ok {
			t.Errorf("%q was taken for a code", bad)
		}
	}
	inv := Invite{ExpiresAt: at("2026-12-15 08:00")}
	if inv.State(at("2026-12-15 07:59")) != InviteValid || inv.State(at("2026-12-15 08:00")) != InviteExpired {
		t.Error("an invite must expire exactly at its expiry time")
	}
	inv.UsedAt = at("2026-12-01 08:00")
	if inv.State(at("2026-12-02 08:00")) != InviteUsed {
		t.Error("a used invite must say so")
	}
}

func TestTheNextPeriodFollowsTheCurrentOne(t *testing.T) {
	year := &Form{ID: "nam", Every: Yearly, OpenDays: 15, DeadlineDays: 10, LockDays: 31}
	half := &Form{ID: "so_ket", Every: HalfYear, OpenDays: 10, DeadlineDays: 10, LockDays: 31}
	if got := year.Next(year.PeriodAt(at("2026-12-31 23:00"))).Key; got != "2027" {
		t.Errorf("after 2026 comes %s", got)
	}
	if got := half.Next(half.PeriodAt(at("2026-03-01 08:00"))).Key; got != "2026-H2" {
		t.Errorf("after 2026-H1 comes %s", got)
	}
}

func TestTheFirstHalfReviewHasNoTwinAtTheYearEnd(t *testing.T) {
	f := &Form{ID: "so_ket", Every: FirstHalf, OpenDays: 10, DeadlineDays: 10, LockDays: 31}
	p, err := f.Period("2026-H1")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Period("2026-H2"); err == nil {
		t.Error("2026-H2 accepted: the year report covers the second half")
	}
	if n := f.Next(p); n.Key != "2027-H1" {
		t.Errorf("next of 2026-H1 is %s, want 2027-H1", n.Key)
	}
	if pr := f.Previous(p); pr.Key != "2025-H1" {
		t.Errorf("previous of 2026-H1 is %s, want 2025-H1", pr.Key)
	}
	if open := f.OpenPeriods(at("2026-12-20 09:00")); len(open) != 0 {
		t.Errorf("open at 20/12: %v, want none", open)
	}
	if open := f.OpenPeriods(at("2026-07-05 09:00")); len(open) != 1 || open[0].Key != "2026-H1" {
		t.Errorf("open at 05/07: %v, want 2026-H1", open)
	}
	if got := locales.Render(locales.VI, p.Label()); got != "6 tháng đầu năm 2026" {
		t.Errorf("label %q", got)
	}
}
