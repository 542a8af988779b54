package store

import (
	"testing"
	"time"
)

func TestPruneMarksDeletesOnlyOldOnesUnderThePrefix(t *testing.T) {
	db, err := Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, time.UTC)
	db.Update(func(tx *Tx) error {
		tx.Mark("seen/zalo/old", now.AddDate(0, 0, -40))
		tx.Mark("seen/zalo/new", now.AddDate(0, 0, -1))
		tx.Mark("nhac/thang/2026-11/15247/-3", now.AddDate(0, 0, -40))
		n, err := tx.PruneMarks("seen/", now.AddDate(0, 0, -30))
		if err != nil || n != 1 {
			t.Errorf("pruned %d, %v; want 1", n, err)
		}
		if tx.Marked("seen/zalo/old") || !tx.Marked("seen/zalo/new") || !tx.Marked("nhac/thang/2026-11/15247/-3") {
			t.Error("the wrong marks went")
		}
		return nil
	})
}
