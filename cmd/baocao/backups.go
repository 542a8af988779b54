package main

// Scheduled backups while serving (serve --backup-dir DIR --backup-every
// 24h --backup-keep 14): a consistent copy from one read transaction,
// checked whole as a restore would check it, then the oldest beyond the
// count deleted. Each is logged; a failing one shows on /readyz. The
// copies are named baocao-YYYYMMDD-HHMMSS.db (Vietnam time), so their
// names sort as their times and nothing else in the directory is touched.

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"sync"
	"time"

	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// backupName matches the scheduled backups' names, and only them.
var backupName = regexp.MustCompile(`^baocao-\d{8}-\d{6}(-\d+)?\.db$`)

// scheduledBackups writes a backup every `every` into dir and keeps the
// newest `keep`.
type scheduledBackups struct {
	db    *store.DB
	dir   string
	every time.Duration
	keep  int
	clock func() time.Time
	log   *slog.Logger

	mu      sync.Mutex
	lastErr error     // the last attempt's failure; nil after a good one
	lastAt  time.Time // the last attempt
	good    string    // the newest backup that passed its check
}

// backupsIn lists the scheduled backups in dir, oldest first.
func backupsIn(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() && backupName.MatchString(e.Name()) {
			names = append(names, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(names)
	return names
}

// latestGood is the newest backup in dir that passes CheckBackup, or "".
func latestGood(dir string) string {
	if dir == "" {
		return ""
	}
	names := backupsIn(dir)
	for i := len(names) - 1; i >= 0; i-- {
		if store.CheckBackup(names[i]) == nil {
			return names[i]
		}
	}
	return ""
}

// run writes the first backup when the newest one in dir is `every` old
// (at once when there is none), then every `every`, until ctx is done. A
// restart therefore does not add a backup each time.
func (b *scheduledBackups) run(ctx context.Context) {
	wait := time.Duration(0)
	if names := backupsIn(b.dir); len(names) > 0 {
		if fi, err := os.Stat(names[len(names)-1]); err == nil {
			wait = max(0, fi.ModTime().Add(b.every).Sub(time.Now()))
		}
		b.good = names[len(names)-1] // checked when it was written
	}
	if wait > 0 {
		b.log.Info("backups: the next one is due", "in", wait.Round(time.Second).String(), "dir", b.dir)
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		b.once()
		t.Reset(b.every)
	}
}

// once writes one backup, checks it, rotates, and logs what happened.
func (b *scheduledBackups) once() error {
	start := time.Now()
	now := b.clock().In(locales.Zone)
	path := filepath.Join(b.dir, "baocao-"+now.Format("20060102-150405")+".db")
	for i := 2; ; i++ { // two in one second (a test, a clock set back)
		if _, err := os.Lstat(path); err != nil { // free (or the directory is missing: said below)
			break
		}
		path = filepath.Join(b.dir, fmt.Sprintf("baocao-%s-%d.db", now.Format("20060102-150405"), i))
	}
	err := os.MkdirAll(b.dir, 0o700)
	var size int64
	if err == nil {
		size, err = b.db.Backup(path)
	}
	if err == nil {
		// Checked as a restore checks it: every page, the schema, the
		// buckets. A copy that does not pass is removed, so the newest
		// file here is always one that can be restored.
		if err = store.CheckBackup(path); err != nil {
			os.Remove(path)
			if errors.Is(err, store.ErrDamaged) {
				// The copy is the live file's pages: check the live file,
				// which stops writes if it is the damaged one.
				if live := b.db.Check(); live != nil {
					err = fmt.Errorf("%w (the data file itself: %v)", err, live)
				}
			}
		}
	}
	var removed []string
	if err == nil {
		names := backupsIn(b.dir)
		for len(names) > b.keep {
			if rmErr := os.Remove(names[0]); rmErr != nil {
				b.log.Warn("backups: an old backup could not be deleted", "file", names[0], "err", rmErr)
			} else {
				removed = append(removed, filepath.Base(names[0]))
			}
			names = names[1:]
		}
	}
	b.mu.Lock()
	b.lastAt, b.lastErr = now, err
	if err == nil {
		b.good = path
	}
	b.mu.Unlock()
	if err != nil {
		b.log.Error("backups: the scheduled backup failed; the previous ones are kept", "file", path, "err", err)
		return err
	}
	b.log.Info("backups: written and checked", "file", path, "bytes", size, "took", time.Since(start).Round(time.Millisecond).String(),
		"kept", min(len(backupsIn(b.dir)), b.keep), "deleted", len(removed))
	return nil
}

// Ready fails while the last scheduled backup failed.
func (b *scheduledBackups) Ready() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.lastErr != nil {
		return fmt.Errorf("the backup at %s failed: %v", b.lastAt.Format(time.RFC3339), b.lastErr)
	}
	return nil
}

// latest is the newest backup known to be good, for the damage message.
func (b *scheduledBackups) latest() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.good
}
