package store

import (
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
)

func TestEverySubmissionIsInTheAuditLogAndTheLogFilters(t *testing.T) {
	db, err := Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	day := func(d int) time.Time { return time.Date(2027, 1, d, 8, 0, 0, 0, time.UTC) }
	err = db.Update(func(tx *Tx) error {
		for i, unit := range []string{"15247", "15247", "15187"} {
			if err := tx.PutSubmission(&flows.Submission{Form: "nam", Period: "2026", Unit: unit, By: "p1", ByName: "An", At: day(5 + i)}); err != nil {
				return err
			}
		}
		return tx.Audit(AuditEntry{At: day(9), By: "sup", Action: AuditUnlock, Unit: "15247", Detail: "nam 2026"})
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.View(func(tx *Tx) error {
		all, n, err := tx.AuditLog(time.Time{}, nil, 0)
		if err != nil || n != 4 || len(all) != 4 {
			t.Fatalf("%d entries (%v): %+v", n, err, all)
		}
		if all[0].Action != AuditSubmit || all[1].Action != AuditEdit || all[1].Detail != "nam 2026 v2" || all[3].Action != AuditUnlock {
			t.Errorf("log %+v", all)
		}
		thanhTam, n, _ := tx.AuditLog(day(6), func(e AuditEntry) bool { return e.Unit == "15247" }, 1)
		if n != 2 || len(thanhTam) != 1 || thanhTam[0].Action != AuditUnlock {
			t.Errorf("since the 6th for 15247, the newest one: %d %+v", n, thanhTam)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestAnEndedSubstituteIsLeftOutOfTheRemindState(t *testing.T) {
	db, err := Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2027, 1, 2, 8, 0, 0, 0, time.UTC)
	db.Update(func(tx *Tx) error {
		return tx.PutPerson(&flows.Person{ID: "sub", Links: []flows.Link{{Unit: "15247", Role: flows.Officer, Until: now.Add(-time.Hour)}, {Unit: "15187", Role: flows.Officer}}})
	})
	db.View(func(tx *Tx) error {
		st, err := tx.RemindState(&flows.Config{}, now)
		if err != nil {
			t.Fatal(err)
		}
		if len(st.People) != 1 || len(st.People[0].Links) != 1 || st.People[0].Links[0].Unit != "15187" {
			t.Errorf("people %+v", st.People[0])
		}
		return nil
	})
}
