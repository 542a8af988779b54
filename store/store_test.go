package store

import (
	"errors"
	"os"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/flows"
)

// MustOpen opens a store in a fresh temp dir and closes it after the test.
func MustOpen(tb testing.TB) *DB {
	tb.Helper()
	db, err := Open(tb.TempDir(), time.Second)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func num(f float64) flows.Value { return flows.Value{Num: &f} }

func TestASecondOpenOfTheSameFileFailsFastWithErrLocked(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = Open(dir, 100*time.Millisecond)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("got %v, want ErrLocked", err)
	}
}

func TestANewFileGetsTheCurrentSchemaAndKeepsItOnReopen(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := db.Schema(); v != SchemaVersion {
		t.Errorf("schema %d, want %d", v, SchemaVersion)
	}
	db.Close()
	db, err = Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, _ := db.Schema(); v != SchemaVersion {
		t.Errorf("after reopen: schema %d", v)
	}
}

func TestAFileFromANewerVersionIsRefused(t *testing.T) {
	dir := t.TempDir()
	db, _ := Open(dir, time.Second)
	db.bolt.Update(func(tx *bolt.Tx) error { return tx.Bucket(bMeta).Put([]byte("schema"), []byte("99")) })
	db.Close()
	if _, err := Open(dir, time.Second); !errors.Is(err, ErrTooNew) {
		t.Fatalf("got %v, want ErrTooNew", err)
	}
}

func TestSubmissionsKeepEveryVersion(t *testing.T) {
	db := MustOpen(t)
	for i, n := range []float64{10, 12, 13} {
		err := db.Update(func(tx *Tx) error {
			s := &flows.Submission{Form: "thang", Period: "2026-11", Unit: "15247", Answers: map[string]flows.Value{"tin_cds": num(n)}}
			if err := tx.PutSubmission(s); err != nil {
				return err
			}
			if s.Version != i+1 {
				t.Errorf("version %d, want %d", s.Version, i+1)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	db.View(func(tx *Tx) error {
		cur, err := tx.Submission("thang", "2026-11", "15247")
		if err != nil || cur.Version != 3 || *cur.Answers["tin_cds"].Num != 13 {
			t.Errorf("current: %+v, %v", cur, err)
		}
		hist, _ := tx.History("thang", "2026-11", "15247")
		if len(hist) != 3 || *hist[0].Answers["tin_cds"].Num != 10 {
			t.Errorf("history has %d versions", len(hist))
		}
		return nil
	})
}

func TestSubmissionsOfAPeriodAreARangeScanThatStopsAtItsEdge(t *testing.T) {
	db := MustOpen(t)
	db.Update(func(tx *Tx) error {
		for _, k := range [][3]string{{"thang", "2026-11", "15247"}, {"thang", "2026-11", "15250"}, {"thang", "2026-10", "15247"}, {"thang", "2026-110", "x"}, {"nam", "2026", "15247"}} {
			tx.PutSubmission(&flows.Submission{Form: k[0], Period: k[1], Unit: k[2]})
		}
		return nil
	})
	db.View(func(tx *Tx) error {
		got, err := tx.Submissions("thang", "2026-11")
		if err != nil || len(got) != 2 || got["15247"] == nil || got["15250"] == nil {
			t.Errorf("got %v (%v), want the two units of 2026-11 only", got, err)
		}
		return nil
	})
}

func TestTheOutboxSendsRepliesBeforeBulkAndKeepsOrder(t *testing.T) {
	db := MustOpen(t)
	db.Update(func(tx *Tx) error {
		tx.Enqueue(PriorityBulk, []byte("bulk-1"))
		tx.Enqueue(PriorityReply, []byte("reply-1"))
		tx.Enqueue(PriorityBulk, []byte("bulk-2"))
		tx.Enqueue(PriorityReply, []byte("reply-2"))
		return nil
	})
	var order []string
	db.View(func(tx *Tx) error {
		for _, it := range tx.Outbox(10) {
			order = append(order, string(it.Data))
		}
		return nil
	})
	want := []string{"reply-1", "reply-2", "bulk-1", "bulk-2"}
	if len(order) != 4 || order[0] != want[0] || order[1] != want[1] || order[2] != want[2] || order[3] != want[3] {
		t.Errorf("order %v, want %v", order, want)
	}
}

func TestAMarkIsRecordedOnlyOnce(t *testing.T) {
	db := MustOpen(t)
	db.Update(func(tx *Tx) error {
		first, _ := tx.Mark("remind/x", time.Now())
		second, _ := tx.Mark("remind/x", time.Now())
		if !first || second {
			t.Errorf("first %v, second %v; want true then false", first, second)
		}
		tx.Unmark("remind/x")
		if tx.Marked("remind/x") {
			t.Error("still marked after Unmark")
		}
		return nil
	})
}

func TestAFailedTransactionLeavesNothingHalfWritten(t *testing.T) {
	db := MustOpen(t)
	boom := errors.New("boom")
	err := db.Update(func(tx *Tx) error {
		tx.SetOffset("telegram", 41)
		tx.Enqueue(PriorityReply, []byte("reply"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatal(err)
	}
	db.View(func(tx *Tx) error {
		if tx.Offset("telegram") != 0 || tx.OutboxLen() != 0 {
			t.Errorf("offset %d, outbox %d after a rolled-back transaction", tx.Offset("telegram"), tx.OutboxLen())
		}
		return nil
	})
}

func TestIdentitiesFindTheirPerson(t *testing.T) {
	db := MustOpen(t)
	id := Identity{Channel: "telegram", ChatID: "4242"}
	db.Update(func(tx *Tx) error {
		tx.PutPerson(&flows.Person{ID: "p1", Name: "Lan", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}}})
		return tx.Link(id, "p1")
	})
	db.View(func(tx *Tx) error {
		p, err := tx.PersonByIdentity(id)
		if err != nil || p.Name != "Lan" {
			t.Errorf("got %+v, %v", p, err)
		}
		if _, err := tx.PersonByIdentity(Identity{Channel: "telegram", ChatID: "1"}); !errors.Is(err, ErrNotFound) {
			t.Errorf("a stranger: %v, want ErrNotFound", err)
		}
		ids, _ := tx.IdentitiesOf("p1")
		if len(ids) != 1 || ids[0] != id {
			t.Errorf("identities %v", ids)
		}
		return nil
	})
}

func TestABackupIsACompleteStoreOfItsOwn(t *testing.T) {
	db := MustOpen(t)
	db.Update(func(tx *Tx) error {
		return tx.PutSubmission(&flows.Submission{Form: "thang", Period: "2026-11", Unit: "15247"})
	})
	path := t.TempDir() + "/copy/" + FileName
	os.MkdirAll(path[:len(path)-len(FileName)-1], 0o700)
	if _, err := db.Backup(path); err != nil {
		t.Fatal(err)
	}
	copyDB, err := Open(path[:len(path)-len(FileName)-1], time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer copyDB.Close()
	copyDB.View(func(tx *Tx) error {
		if _, err := tx.Submission("thang", "2026-11", "15247"); err != nil {
			t.Errorf("the backup lacks the submission: %v", err)
		}
		return nil
	})
}
