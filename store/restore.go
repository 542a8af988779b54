package store

// Restore puts a backup in place of the data file. It checks the backup
// whole before touching anything, holds the data file's lock (the same
// flock bbolt takes) so no bot can be serving during the swap, keeps the
// file it replaces under a dated name, and swaps with one rename, so at
// every moment baocao.db is either the old file or the backup, whole.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
)

// CheckBackup opens the file at path read-only and checks it is a whole
// store this code can serve: the meta pages, every page (bbolt's own
// consistency check), the schema and the buckets. The error is ErrDamaged
// or ErrTooNew with the reason.
func CheckBackup(path string) (err error) {
	if err := checkFile(path); err != nil {
		return fmt.Errorf("store.CheckBackup: %w", err)
	}
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("store.CheckBackup: %w", err)
	}
	b, err := openBolt(path, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return fmt.Errorf("store.CheckBackup: %w", err)
	}
	defer b.Close()
	defer guard("store.CheckBackup", &err)
	return withFaults(func() error {
		return b.View(func(tx *bolt.Tx) error {
			for e := range tx.Check() {
				return fmt.Errorf("store.CheckBackup: %w: %s", ErrDamaged, checkProblem(e))
			}
			meta := tx.Bucket(bMeta)
			if meta == nil {
				return fmt.Errorf("store.CheckBackup: %w: not a baocao data file (no meta bucket)", ErrDamaged)
			}
			v := 0
			fmt.Sscan(string(meta.Get([]byte("schema"))), &v)
			switch {
			case v > SchemaVersion:
				return fmt.Errorf("store.CheckBackup: schema %d > %d: %w", v, SchemaVersion, ErrTooNew)
			case v == 0:
				return fmt.Errorf("store.CheckBackup: %w: not a baocao data file (no schema)", ErrDamaged)
			}
			if err := checkBuckets(tx, v); err != nil {
				return fmt.Errorf("store.CheckBackup: %w", err)
			}
			return nil
		})
	})
}

// Restore replaces the data file in dir by the backup at from, after
// CheckBackup. It returns the name the replaced file was kept under ("" if
// there was none). While a bot serves on dir it refuses with ErrLocked.
func Restore(dir, from string, now time.Time) (kept string, err error) {
	if err := CheckBackup(from); err != nil {
		return "", err
	}
	live := filepath.Join(dir, FileName)
	if SameFile(from, live) {
		return "", fmt.Errorf("store.Restore: %w", ErrLiveFile)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("store.Restore: %w", err)
	}
	// The lock: taken on the live file as bbolt takes it, so a serving bot
	// makes this fail and a bot started meanwhile waits until the swap.
	old, err := os.OpenFile(live, os.O_RDWR, 0)
	switch {
	case errors.Is(err, os.ErrNotExist):
		old = nil
	case err != nil:
		return "", fmt.Errorf("store.Restore: %w", err)
	}
	if old != nil {
		defer old.Close()
		if err := syscall.Flock(int(old.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			if errors.Is(err, syscall.EWOULDBLOCK) {
				return "", fmt.Errorf("store.Restore %s: %w", live, ErrLocked)
			}
			return "", fmt.Errorf("store.Restore: lock: %w", err)
		}
	}
	tmp := live + ".restore"
	if err := copyFile(tmp, from); err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("store.Restore: %w", err)
	}
	if old != nil {
		// Kept by a second name (a hard link), so the rename below swaps in
		// one step and the old file is never out of place.
		if kept, err = keepAs(live, dir, now); err != nil {
			os.Remove(tmp)
			return "", fmt.Errorf("store.Restore: keeping the old file: %w", err)
		}
	}
	if err := os.Rename(tmp, live); err != nil {
		os.Remove(tmp)
		return kept, fmt.Errorf("store.Restore: %w", err)
	}
	if d, err := os.Open(dir); err == nil { // the rename itself durable
		d.Sync()
		d.Close()
	}
	return kept, nil
}

// keepAs links live under a dated name in dir and returns it. A second
// restore in the same second (an operator trying two backups one after
// the other) gets the next free name, -2, -3…, instead of failing on the
// first one's: the link never replaces a file kept before.
func keepAs(live, dir string, now time.Time) (string, error) {
	base := filepath.Join(dir, "baocao-before-restore-"+now.Format("20060102-150405"))
	for i := 1; ; i++ {
		name := base + ".db"
		if i > 1 {
			name = fmt.Sprintf("%s-%d.db", base, i)
		}
		err := os.Link(live, name)
		if err == nil {
			return name, nil
		}
		if !errors.Is(err, os.ErrExist) || i >= 1000 {
			return "", err
		}
	}
}

// copyFile writes a synced copy of from at to.
func copyFile(to, from string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	if err := dst.Sync(); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}
