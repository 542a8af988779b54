package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
)

// filled writes a store with a few hundred reports in dir and closes it.
func filled(t *testing.T, dir string) string {
	t.Helper()
	db, err := Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	for m := 1; m <= 24; m++ {
		err := db.Update(func(tx *Tx) error {
			for u := 0; u < 40; u++ {
				s := &flows.Submission{Form: "thang", Period: fmt.Sprintf("2025-%02d", m), Unit: fmt.Sprint(15000 + u), ByName: "Cán bộ văn hóa xã Thành Tâm", Answers: map[string]flows.Value{"so": num(float64(u))}}
				if err := tx.PutSubmission(s); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	return filepath.Join(dir, FileName)
}

// readAll reads every report: it touches every page a request could.
func readAll(db *DB) error {
	return db.View(func(tx *Tx) error {
		for m := 1; m <= 24; m++ {
			if _, err := tx.Submissions("thang", fmt.Sprintf("2025-%02d", m)); err != nil {
				return err
			}
		}
		return nil
	})
}

func TestADamagedDataFileIsRefusedNeverPanics(t *testing.T) {
	damage := map[string]func(path string, size int64){
		"an empty file":        func(p string, _ int64) { os.Truncate(p, 0) },
		"truncated to a tenth": func(p string, n int64) { os.Truncate(p, n/10) },
		"truncated by half":    func(p string, n int64) { os.Truncate(p, n/2) },
		"short of its last page in use": func(p string, n int64) {
			f, _ := os.Open(p)
			m, _ := readMeta(f, 0)
			f.Close()
			os.Truncate(p, int64(m.pgid-1)*int64(m.pageSize))
		},
		"not a data file at all": func(p string, n int64) { os.WriteFile(p, []byte("PK\x03\x04 a spreadsheet, not baocao.db"), 0o600) },
		"both meta pages overwritten": func(p string, _ int64) {
			f, _ := os.OpenFile(p, os.O_WRONLY, 0)
			f.WriteAt(make([]byte, 8192), 0)
			f.Close()
		},
		"the pages after the meta overwritten": func(p string, n int64) {
			f, _ := os.OpenFile(p, os.O_WRONLY, 0)
			junk := make([]byte, n-8192)
			for i := range junk {
				junk[i] = byte(i*7 + 3)
			}
			f.WriteAt(junk, 8192)
			f.Close()
		},
	}
	for name, fn := range damage {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filled(t, dir)
			fi, _ := os.Stat(path)
			fn(path, fi.Size())
			db, err := Open(dir, time.Second)
			if err == nil {
				err = readAll(db)
				db.Close()
			}
			if !errors.Is(err, ErrDamaged) {
				t.Fatalf("got %v, want ErrDamaged", err)
			}
			if CheckBackup(path) == nil {
				t.Error("the damaged file passes as a backup")
			}
		})
	}
	t.Run("a missing file is a new store, not damage", func(t *testing.T) {
		db, err := Open(t.TempDir(), time.Second)
		if err != nil {
			t.Fatal(err)
		}
		db.Close()
	})
	t.Run("a bug in the caller still panics: it is not taken for damage", func(t *testing.T) {
		db := MustOpen(t)
		defer func() {
			if recover() == nil {
				t.Error("the caller's panic was swallowed")
			}
		}()
		db.View(func(tx *Tx) error {
			var p *flows.Person
			_ = p.Name
			return nil
		})
	})
}

func TestABackupRefusesTheLiveFile(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.Update(func(tx *Tx) error { return tx.SetMeta("k", "before") })
	link := filepath.Join(t.TempDir(), "symlink.db")
	if err := os.Symlink(db.Path, link); err != nil {
		t.Fatal(err)
	}
	hard := filepath.Join(dir, "hardlink.db")
	if err := os.Link(db.Path, hard); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for _, path := range []string{db.Path, "baocao.db", "./baocao.db", "../" + filepath.Base(dir) + "/baocao.db", link, hard} {
		if _, err := db.Backup(path); !errors.Is(err, ErrLiveFile) {
			t.Errorf("backup to %s: %v, want ErrLiveFile", path, err)
		}
	}
	// The bot still writes to the file a restart opens.
	db.Update(func(tx *Tx) error { return tx.SetMeta("k", "after") })
	if _, err := db.Backup(filepath.Join(t.TempDir(), "copy.db")); err != nil {
		t.Fatalf("a backup elsewhere: %v", err)
	}
	db.Close()
	db2, err := Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	db2.View(func(tx *Tx) error {
		if v := tx.Meta("k"); v != "after" {
			t.Errorf("after a restart the data file says %q, want what was written after the backup", v)
		}
		return nil
	})
}

func TestRestore(t *testing.T) {
	now := time.Date(2026, 12, 20, 9, 30, 0, 0, time.UTC)
	dir := t.TempDir()
	db, err := Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *Tx) error { return tx.SetMeta("k", "backed up") })
	backup := filepath.Join(t.TempDir(), "backup.db")
	if _, err := db.Backup(backup); err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *Tx) error { return tx.SetMeta("k", "live") })

	t.Run("refused while the data file is open (a bot serves)", func(t *testing.T) {
		if _, err := Restore(dir, backup, now); !errors.Is(err, ErrLocked) {
			t.Fatalf("got %v, want ErrLocked", err)
		}
	})
	db.Close()
	t.Run("a damaged backup is refused and the live file left alone", func(t *testing.T) {
		bad := filepath.Join(t.TempDir(), "bad.db")
		raw, _ := os.ReadFile(backup)
		os.WriteFile(bad, raw[:len(raw)/2], 0o600)
		if _, err := Restore(dir, bad, now); !errors.Is(err, ErrDamaged) {
			t.Fatalf("got %v, want ErrDamaged", err)
		}
		empty := filepath.Join(t.TempDir(), "empty.db")
		os.WriteFile(empty, nil, 0o600)
		if _, err := Restore(dir, empty, now); !errors.Is(err, ErrDamaged) {
			t.Fatalf("an empty backup: %v, want ErrDamaged", err)
		}
	})
	t.Run("a good backup is swapped in and the old file kept", func(t *testing.T) {
		kept, err := Restore(dir, backup, now)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Base(kept) != "baocao-before-restore-20261220-093000.db" {
			t.Errorf("kept as %s", kept)
		}
		meta := func(dir string) string {
			db, err := Open(dir, time.Second)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			v := ""
			db.View(func(tx *Tx) error { v = tx.Meta("k"); return nil })
			return v
		}
		if v := meta(dir); v != "backed up" {
			t.Errorf("after restore the data says %q", v)
		}
		keptDir := t.TempDir()
		os.Rename(kept, filepath.Join(keptDir, FileName))
		if v := meta(keptDir); v != "live" {
			t.Errorf("the kept file says %q", v)
		}
	})
	t.Run("two restores in the same second keep both replaced files", func(t *testing.T) {
		dir := t.TempDir()
		db, err := Open(dir, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		db.Update(func(tx *Tx) error { return tx.SetMeta("k", "first live") })
		db.Close()
		other := filepath.Join(t.TempDir(), "other.db")
		db2, _ := Open(filepath.Dir(other), time.Second)
		db2.Update(func(tx *Tx) error { return tx.SetMeta("k", "other backup") })
		db2.Backup(other + ".b")
		db2.Close()
		first, err := Restore(dir, other+".b", now)
		if err != nil {
			t.Fatalf("the first restore: %v", err)
		}
		second, err := Restore(dir, backup, now)
		if err != nil {
			t.Fatalf("the second restore in the same second: %v", err)
		}
		if filepath.Base(first) != "baocao-before-restore-20261220-093000.db" || filepath.Base(second) != "baocao-before-restore-20261220-093000-2.db" {
			t.Errorf("kept as %s and %s", filepath.Base(first), filepath.Base(second))
		}
		for kept, want := range map[string]string{first: "first live", second: "other backup", filepath.Join(dir, FileName): "backed up"} {
			keptDir := t.TempDir()
			raw, _ := os.ReadFile(kept)
			os.WriteFile(filepath.Join(keptDir, FileName), raw, 0o600)
			db, err := Open(keptDir, time.Second)
			if err != nil {
				t.Fatal(err)
			}
			v := ""
			db.View(func(tx *Tx) error { v = tx.Meta("k"); return nil })
			db.Close()
			if v != want {
				t.Errorf("%s says %q, want %q", filepath.Base(kept), v, want)
			}
		}
	})
	t.Run("into an empty data directory", func(t *testing.T) {
		dir := t.TempDir()
		if kept, err := Restore(dir, backup, now); err != nil || kept != "" {
			t.Fatalf("%q %v", kept, err)
		}
	})
}
