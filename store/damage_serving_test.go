package store

import (
	"bytes"
	"errors"
	"math/rand"
	"os"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
)

// damagePagesHolding overwrites with random bytes every page of the file
// at path that holds needle (the leaves, and branches, of the trees that
// keep it), size unchanged, meta pages untouched. It returns how many.
func damagePagesHolding(t *testing.T, path string, needle string, seed int64) int {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewSource(seed))
	n := 0
	for off := 2 * 4096; off+4096 <= len(raw); off += 4096 {
		if bytes.Contains(raw[off:off+4096], []byte(needle)) {
			r.Read(raw[off : off+4096])
			n++
		}
	}
	if n == 0 {
		t.Fatalf("no page holds %q", needle)
	}
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestDamageMetMidFileIsFoundNotServedAround(t *testing.T) {
	report := func(period string) *flows.Submission {
		return &flows.Submission{Form: "thang", Period: period, Unit: "15003", Answers: map[string]flows.Value{"so": num(7)}}
	}
	t.Run("the check at start finds pages overwritten in the middle", func(t *testing.T) {
		for seed := int64(1); seed <= 5; seed++ {
			dir := t.TempDir()
			path := filled(t, dir)
			damagePagesHolding(t, path, "2025-05/15003", seed)
			if err := CheckBackup(path); !errors.Is(err, ErrDamaged) {
				t.Errorf("seed %d: CheckBackup: %v, want ErrDamaged", seed, err)
			}
			before, _ := os.ReadFile(path)
			if db, err := OpenChecked(dir, time.Second); !errors.Is(err, ErrDamaged) {
				if db != nil {
					db.Close()
				}
				t.Errorf("seed %d: OpenChecked: %v, want ErrDamaged", seed, err)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Errorf("seed %d: OpenChecked wrote to the damaged file", seed)
			}
		}
	})
	t.Run("a whole file passes the check", func(t *testing.T) {
		dir := t.TempDir()
		filled(t, dir)
		db, err := Open(dir, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if err := db.Check(); err != nil {
			t.Fatal(err)
		}
		if db.Damaged() != nil {
			t.Error("a whole file is latched as damaged")
		}
	})
	t.Run("met while serving: an error, never a panic, and no more writes", func(t *testing.T) {
		dir := t.TempDir()
		path := filled(t, dir)
		damagePagesHolding(t, path, "2025-05/15003", 7)
		db, err := Open(dir, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var told atomic.Int32
		db.OnDamaged = func(error) { told.Add(1) }
		// Through Group, as the bot writes: the damaged page is read in the
		// caller's function, whose recover hands bbolt's panic on (this was
		// a "[recovered, repanicked]" crash of the whole bot).
		err = db.Group(func(tx *Tx) error { return tx.PutSubmission(report("2025-05")) })
		if !errors.Is(err, ErrDamaged) {
			t.Fatalf("writing over the damaged page: %v, want ErrDamaged", err)
		}
		// A write elsewhere would work, but is refused: the file needs
		// restoring, and what the bot takes now must stay unconfirmed.
		err = db.Group(func(tx *Tx) error { return tx.SetMeta("k", "v") })
		if !errors.Is(err, ErrDamaged) {
			t.Errorf("a write after damage was met: %v, want ErrDamaged", err)
		}
		if err := db.Update(func(tx *Tx) error { return tx.SetMeta("k", "v") }); !errors.Is(err, ErrDamaged) {
			t.Errorf("Update after damage was met: %v", err)
		}
		if told.Load() != 1 {
			t.Errorf("OnDamaged called %d times, want once", told.Load())
		}
		if db.Damaged() == nil {
			t.Error("Damaged() is nil after damage was met")
		}
		// Reads of whole pages go on (a supervisor's summary of another month).
		if err := db.View(func(tx *Tx) error { _, err := tx.Submissions("thang", "2025-09"); return err }); err != nil {
			t.Errorf("a read of whole pages: %v", err)
		}
	})
	t.Run("a record whose bytes do not decode is damage", func(t *testing.T) {
		dir := t.TempDir()
		db, err := Open(dir, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		db.Update(func(tx *Tx) error { return tx.PutSubmission(report("2025-05")) })
		db.Close()
		path := dir + "/" + FileName
		raw, _ := os.ReadFile(path)
		// The value's opening brace, in both copies (current and version 1).
		raw = bytes.ReplaceAll(raw, []byte(`{"form":"thang"`), []byte(`#"form":"thang"`))
		os.WriteFile(path, raw, 0o600)
		db, err = Open(dir, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		err = db.View(func(tx *Tx) error { _, err := tx.Submission("thang", "2025-05", "15003"); return err })
		if !errors.Is(err, ErrDamaged) {
			t.Fatalf("reading the record: %v, want ErrDamaged", err)
		}
		if db.Damaged() == nil {
			t.Error("not latched")
		}
	})
}

func TestAFullDiskFailsTheCommitAndPassesWithSpace(t *testing.T) {
	db := MustOpen(t)
	var full atomic.Bool
	full.Store(true)
	db.FailWrites(func() error {
		if full.Load() {
			return syscall.ENOSPC
		}
		return nil
	})
	err := db.Group(func(tx *Tx) error { return tx.SetMeta("k", "first") })
	if !errors.Is(err, syscall.ENOSPC) || !Unwritable(err) || !DiskFull(err) {
		t.Fatalf("a commit on a full disk: %v", err)
	}
	if db.Damaged() != nil {
		t.Error("a full disk is taken for damage")
	}
	db.View(func(tx *Tx) error {
		if v := tx.Meta("k"); v != "" {
			t.Errorf("the failed commit left %q", v)
		}
		return nil
	})
	full.Store(false)
	if err := db.Group(func(tx *Tx) error { return tx.SetMeta("k", "first") }); err != nil {
		t.Fatalf("with space again: %v", err)
	}
}
