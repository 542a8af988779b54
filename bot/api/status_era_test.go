package api

import (
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

// Before the 07/2025 reform, who owed Thạch Thành's monthly report were its
// 24 old communes and towns. The status of May 2025 lists them under their
// old codes and names: 15250 is Xã Thành An then (today's Xã Ngọc Trạo took
// its code), and the counts are theirs, not today's communes'.
func TestTheStatusOfAnEarlierEraListsTheOldUnitsThatOwedIt(t *testing.T) {
	f := newFixture(t, someReported)
	cfg := f.app.Config
	form := cfg.Form(formID)
	p, err := form.Period("2025-05")
	if err != nil {
		t.Fatal(err)
	}
	old := cfg.OldUnitsOf(cfg.Units.Get("cum_391"), p)
	sent := map[string]bool{"15250": true, "15187": true, "15214": true} // 15214 late
	err = f.db.Update(func(tx *store.Tx) error {
		for i, u := range old {
			if !sent[u.Code] {
				continue
			}
			at := p.Deadline.Add(-24 * time.Hour)
			if u.Code == "15214" {
				at = p.Deadline.Add(30 * time.Hour)
			}
			s := &flows.Submission{Form: formID, Period: p.Key, Unit: u.Code, Answers: answers(i, 2025),
				By: "p" + u.Code, ByName: "Cán bộ " + u.Name, At: at, Channel: "zalo"}
			if err := tx.PutSubmission(s); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var s Status
	f.getJSON("cum_391", "/api/v1/status?form=thang&period=2025-05&unit=cum_391", &s)
	if s.Expected != 24 || s.Submitted != 3 || s.OnTime != 2 || s.Late != 1 || s.NotSubmitted != 21 || len(s.Units) != 24 {
		t.Fatalf("counts: expected %d submitted %d on time %d late %d owing %d rows %d; want 24 3 2 1 21 24",
			s.Expected, s.Submitted, s.OnTime, s.Late, s.NotSubmitted, len(s.Units))
	}
	by := map[string]UnitStatus{}
	for _, u := range s.Units {
		by[u.Unit] = u
	}
	if got := by["15250"]; got.Name != "Xã Thành An" || got.Status != "on_time" {
		t.Errorf("15250 in May 2025: %+v, want Xã Thành An on time", got)
	}
	if got := by["15214"]; got.Status != "late" {
		t.Errorf("15214: %+v, want late", got)
	}
	if got := by["15241"]; got.Status != "not_submitted" || got.SubmittedAt != nil {
		t.Errorf("15241 sent nothing: %+v", got)
	}
	// Old Xã Ngọc Trạo (15268) gave today's commune its name, and old Xã
	// Thành An (15250) its code: each is listed as itself.
	if got := by["15268"]; got.Name != "Xã Ngọc Trạo" || got.Status != "not_submitted" {
		t.Errorf("15268 in May 2025: %+v, want old Xã Ngọc Trạo, not submitted", got)
	}
}
