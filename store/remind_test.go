package store

import (
	"fmt"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
)

func mustOpen(t *testing.T) *DB {
	t.Helper()
	db, err := Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestOutboxSince(t *testing.T) {
	db := mustOpen(t)
	enqueue := func(p Priority, s string) {
		if err := db.Update(func(tx *Tx) error { return tx.Enqueue(p, []byte(s)) }); err != nil {
			t.Fatal(err)
		}
	}
	since := func(after uint64) (got []string, top uint64) {
		db.View(func(tx *Tx) error {
			var items []OutboxItem
			items, top = tx.OutboxSince(after)
			for _, it := range items {
				got = append(got, string(it.Data))
			}
			return nil
		})
		return got, top
	}
	enqueue(PriorityBulk, "bulk1")
	enqueue(PriorityReply, "reply2")
	enqueue(PriorityBulk, "bulk3")
	t.Run("everything comes replies first, then bulk, each oldest first", func(t *testing.T) {
		got, top := since(0)
		if fmt.Sprint(got) != "[reply2 bulk1 bulk3]" || top != 3 {
			t.Errorf("got %v, top %d", got, top)
		}
	})
	t.Run("a later read returns only what was committed since, in every priority", func(t *testing.T) {
		enqueue(PriorityBulk, "bulk4")
		enqueue(PriorityReply, "reply5")
		got, top := since(3)
		if fmt.Sprint(got) != "[reply5 bulk4]" || top != 5 {
			t.Errorf("got %v, top %d", got, top)
		}
	})
	t.Run("a message sent but not yet removed is not read again", func(t *testing.T) {
		got, top := since(5)
		if len(got) != 0 || top != 5 {
			t.Errorf("got %v, top %d", got, top)
		}
	})
}

func TestRemindQueries(t *testing.T) {
	cfg, err := flows.ParseConfig("t.yaml", []byte(`
units:
  - code: "391"
    name: Huyện
    children:
      - {code: "A", name: Xã A}
      - {code: "B", name: Xã B}
  - code: "392"
    name: Huyện khác
    children:
      - {code: "C", name: Xã C}
forms:
  - id: thang
    title: {vi: "Tháng", en: "Month"}
    period: month
    open_days: 5
    deadline_days: 20
    lock_days: 30
    questions:
      - {id: so, type: integer, label: {vi: "Số?", en: "Number?"}}
`))
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 17, 8, 0, 0, 0, time.UTC)
	db := mustOpen(t)
	err = db.Update(func(tx *Tx) error {
		for _, p := range []*flows.Person{
			{ID: "a", Name: "An", Links: []flows.Link{{Unit: "A", Role: flows.Officer}}, Unreachable: true},
			{ID: "b", Name: "Bình", Links: []flows.Link{{Unit: "B", Role: flows.Officer}}},
			{ID: "c", Name: "Chi", Links: []flows.Link{{Unit: "C", Role: flows.Officer}}, Unreachable: true},
		} {
			if err := tx.PutPerson(p); err != nil {
				return err
			}
			if err := tx.Link(Identity{Channel: "telegram", ChatID: p.ID + "1"}, p.ID); err != nil {
				return err
			}
		}
		if err := tx.Link(Identity{Channel: "zalo", ChatID: "b2"}, "b"); err != nil {
			return err
		}
		if err := tx.PutSubmission(&flows.Submission{Form: "thang", Period: "2026-11", Unit: "A"}); err != nil {
			return err
		}
		if err := tx.PutSession("b", &flows.Session{Form: "thang", Period: "2026-11", Unit: "B"}); err != nil {
			return err
		}
		if _, err := tx.Mark("remind/thang/2026-11/B/-3", now); err != nil {
			return err
		}
		_, err := tx.Mark("remind/thang/2026-10/B/-3", now) // a locked period: not read
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *Tx) error {
		t.Run("the reminder state holds the open period's submissions, drafts and marks", func(t *testing.T) {
			st, err := tx.RemindState(cfg, now)
			if err != nil {
				t.Fatal(err)
			}
			if !st.Submitted["thang/2026-11/A"] || len(st.Submitted) != 1 {
				t.Errorf("submitted %v", st.Submitted)
			}
			if fmt.Sprint(st.Drafts["thang/2026-11/B"]) != "[b]" {
				t.Errorf("drafts %v", st.Drafts)
			}
			if !st.Marks["remind/thang/2026-11/B/-3"] || len(st.Marks) != 1 {
				t.Errorf("marks %v", st.Marks)
			}
		})
		t.Run("the identity index lists every chat of a person", func(t *testing.T) {
			ids, err := tx.IdentityIndex()
			if err != nil || len(ids["b"]) != 2 {
				t.Errorf("%v %v", ids, err)
			}
		})
		t.Run("unreachable people are listed under their unit and its parents only", func(t *testing.T) {
			got, err := tx.UnreachableUnder(cfg.Units, "391")
			if err != nil || len(got) != 1 || got[0].ID != "a" {
				t.Errorf("%v %v", got, err)
			}
			if _, err := tx.UnreachableUnder(cfg.Units, "999"); err == nil {
				t.Error("an unknown unit was accepted")
			}
		})
		return nil
	})
}
