package flows

import (
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

func TestASubstitutesAccessEndsByItself(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, locales.Zone)
	inv := &Invite{Unit: "15247", Role: Officer, Days: 30}
	l := inv.LinkAt(now)
	if want := time.Date(2027, 1, 1, 0, 0, 0, 0, locales.Zone); !l.Until.Equal(want) {
		t.Fatalf("until %v, want the end of 31/12 (%v)", l.Until, want)
	}
	p := &Person{Links: []Link{{Unit: "15187", Role: Officer}, l}}
	if gone := p.DropExpired(time.Date(2026, 12, 31, 23, 59, 0, 0, locales.Zone)); len(gone) != 0 || len(p.Links) != 2 {
		t.Errorf("dropped %v on the last evening", gone)
	}
	if gone := p.DropExpired(l.Until); len(gone) != 1 || gone[0].Unit != "15247" || len(p.Links) != 1 {
		t.Errorf("dropped %v at midnight, left %v", gone, p.Links)
	}
	if (&Invite{Unit: "1", Role: Officer}).LinkAt(now).Until.IsZero() != true {
		t.Error("an ordinary invite's access ends")
	}
	if _, ok := p.Revoke("15187"); !ok || len(p.Links) != 0 {
		t.Errorf("revoke left %v", p.Links)
	}
}

func TestAnAnnouncementReachesTheOfficersInScopeOnce(t *testing.T) {
	cfg := sampleConfig(t)
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	people := []*Person{
		{ID: "a", Name: "An", Links: []Link{{Unit: "15247", Role: Officer}, {Unit: "15187", Role: Officer}}},
		{ID: "b", Name: "Bình", Links: []Link{{Unit: "15190", Role: Officer}}, Unreachable: true},
		{ID: "c", Name: "Cúc", Links: []Link{{Unit: "15196", Role: Officer, Until: now.Add(-time.Hour)}}},
		{ID: "sup", Name: "Giám sát", Links: []Link{{Unit: "391", Role: Supervisor}}},
		{ID: "x", Name: "Xa", Links: []Link{{Unit: "38", Role: Supervisor}}},
	}
	a := AnnouncementAudience(people, []*Unit{cfg.Units.Get("391")}, "sup", now)
	if len(a.To) != 1 || a.To[0].ID != "a" || a.Unreachable != 1 || a.Units != 24 || a.NoOfficer != 21 {
		t.Errorf("audience %+v", a)
	}
}
