package main

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

func TestScheduledBackupsRotateAndEachOneOpens(t *testing.T) {
	db, err := store.Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	dir := filepath.Join(t.TempDir(), "backups")
	os.MkdirAll(dir, 0o700)
	// Files of the operator's own in the same directory are never touched.
	for _, other := range []string{"baocao.db", "baocao-before-restore-20261201-080000.db", "notes.txt", "baocao-2026.db"} {
		os.WriteFile(filepath.Join(dir, other), []byte("keep me"), 0o600)
	}
	var logs bytes.Buffer
	now := time.Date(2026, 12, 20, 2, 0, 0, 0, locales.Zone)
	b := &scheduledBackups{db: db, dir: dir, every: 24 * time.Hour, keep: 3, clock: func() time.Time { return now },
		log: slog.New(slog.NewTextHandler(&logs, nil))}
	for day := range 5 {
		db.Update(func(tx *store.Tx) error { return tx.SetMeta("day", now.Format("02")) })
		if err := b.once(); err != nil {
			t.Fatalf("day %d: %v", day, err)
		}
		now = now.Add(24 * time.Hour)
	}
	names := backupsIn(dir)
	var got []string
	for _, n := range names {
		got = append(got, filepath.Base(n))
	}
	want := []string{"baocao-20261222-020000.db", "baocao-20261223-020000.db", "baocao-20261224-020000.db"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("kept %v, want the newest three %v", got, want)
	}
	for i, n := range names { // each opens as a restore would, with its day's data
		if err := store.CheckBackup(n); err != nil {
			t.Errorf("%s: %v", n, err)
		}
		restored := t.TempDir()
		if _, err := store.Restore(restored, n, now); err != nil {
			t.Fatal(err)
		}
		r, err := store.Open(restored, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		r.View(func(tx *store.Tx) error {
			if d := tx.Meta("day"); d != want[i][13:15] {
				t.Errorf("%s holds day %q", n, d)
			}
			return nil
		})
		r.Close()
	}
	for _, other := range []string{"baocao.db", "baocao-before-restore-20261201-080000.db", "notes.txt", "baocao-2026.db"} {
		if _, err := os.Stat(filepath.Join(dir, other)); err != nil {
			t.Errorf("the operator's %s was touched: %v", other, err)
		}
	}
	if n := strings.Count(logs.String(), "backups: written and checked"); n != 5 {
		t.Errorf("%d backups logged, want 5:\n%s", n, logs.String())
	}
	if b.Ready() != nil || b.latest() != names[2] || latestGood(dir) != names[2] {
		t.Errorf("ready %v, latest %q, latestGood %q", b.Ready(), b.latest(), latestGood(dir))
	}

	t.Run("a failing backup shows on readyz and keeps the old ones", func(t *testing.T) {
		logs.Reset()
		// The backup disk gone: a file where its directory was.
		notDir := filepath.Join(t.TempDir(), "unmounted")
		os.WriteFile(notDir, nil, 0o600)
		b.dir = filepath.Join(notDir, "backups")
		if err := b.once(); err == nil {
			t.Fatal("a backup to a missing disk succeeded")
		}
		if err := b.Ready(); err == nil || !strings.Contains(err.Error(), "failed") {
			t.Errorf("readyz: %v", err)
		}
		if !strings.Contains(logs.String(), "level=ERROR") {
			t.Errorf("not logged as an error:\n%s", logs.String())
		}
		b.dir = dir
		if len(backupsIn(dir)) != 3 || b.latest() != names[2] {
			t.Errorf("the good backups were touched: %v", backupsIn(dir))
		}
		now = now.Add(24 * time.Hour)
		if err := b.once(); err != nil || b.Ready() != nil {
			t.Errorf("the next backup: %v, ready %v", err, b.Ready())
		}
	})
	t.Run("a backup of a damaged data file is not kept, and the file stops taking writes", func(t *testing.T) {
		data := t.TempDir()
		live, err := store.Open(data, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		defer live.Close()
		live.Update(func(tx *store.Tx) error {
			for i := range 2000 {
				tx.SetMeta(fmt.Sprintf("k%04d", i), strings.Repeat("x", 100))
			}
			return nil
		})
		// Pages in the middle overwritten while the bot serves (a disk
		// fault): the meta pages are whole, the pages holding k1000 not.
		raw, _ := os.ReadFile(live.Path)
		f, _ := os.OpenFile(live.Path, os.O_WRONLY, 0)
		for off := 8192; off+4096 <= len(raw); off += 4096 {
			if bytes.Contains(raw[off:off+4096], []byte("k1000")) {
				f.WriteAt(bytes.Repeat([]byte{0x5a}, 4096), int64(off))
			}
		}
		f.Close()
		var told string
		live.OnDamaged = func(err error) { told = err.Error() }
		bdir := t.TempDir()
		lb := &scheduledBackups{db: live, dir: bdir, every: time.Hour, keep: 3, clock: func() time.Time { return now }, log: slog.New(slog.NewTextHandler(&logs, nil))}
		if err := lb.once(); !errors.Is(err, store.ErrDamaged) {
			t.Fatalf("the backup of a damaged file: %v", err)
		}
		if len(backupsIn(bdir)) != 0 {
			t.Errorf("a damaged backup was kept: %v", backupsIn(bdir))
		}
		if live.Damaged() == nil || told == "" {
			t.Error("the damaged live file still takes writes")
		}
		if lb.Ready() == nil {
			t.Error("readyz does not report the failed backup")
		}
	})
}
