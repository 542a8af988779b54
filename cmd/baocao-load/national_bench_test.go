package main

// What a national data file costs to back up and to check: the seed of
// the load test (3,321 communes of the 07/2025 list, 30,000 people, two
// years of monthly reports with a tenth missing: 71,733 reports), then
//
//	go test ./cmd/baocao-load -run '^$' -bench National -benchtime 3x
//
// BenchmarkNationalBackup is `baocao backup` (store.DB.Backup) of it,
// with the file's size; BenchmarkNationalCheck is store.CheckBackup, the
// whole-file check a scheduled backup and a restore run, which reads
// every page; BenchmarkNationalOpen is what every command does at start,
// BenchmarkNationalOpenChecked what serve does.
// TestNationalFileBytes (with -v and BAOCAO_NATIONAL=1) says where the
// bytes are: per bucket, keys and values, and what one report holds.

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/store"
)

var national struct {
	once sync.Once
	dir  string
	err  error
}

// nationalData seeds the national file once per test binary run.
func nationalData(tb testing.TB) string {
	tb.Helper()
	national.once.Do(func() {
		wd, _ := os.Getwd()
		work, err := os.MkdirTemp("", "baocao-national")
		if err != nil {
			national.err = err
			return
		}
		os.Chdir("../..") // makeSeed reads the official list from the repository root
		defer os.Chdir(wd)
		s, err := makeSeed(work, options{people: 30_000, officers: 1})
		if err != nil {
			national.err = err
			return
		}
		national.dir = s.data
	})
	if national.err != nil {
		tb.Fatal(national.err)
	}
	return national.dir
}

func BenchmarkNationalBackup(b *testing.B) {
	dir := nationalData(b)
	db, err := store.Open(dir, time.Second)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	out := filepath.Join(b.TempDir(), "backup.db")
	var n int64
	b.ResetTimer()
	for range b.N {
		if n, err = db.Backup(out); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/1e6, "MB")
}

func BenchmarkNationalCheck(b *testing.B) {
	path := filepath.Join(nationalData(b), store.FileName)
	b.ResetTimer()
	for range b.N {
		if err := store.CheckBackup(path); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNationalOpen(b *testing.B) {
	dir := nationalData(b)
	b.ResetTimer()
	for range b.N {
		db, err := store.Open(dir, time.Second)
		if err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
}

// BenchmarkNationalOpenChecked is serve's open: the whole-file check
// before the first write, beside BenchmarkNationalOpen (every other
// command's) in the same run.
func BenchmarkNationalOpenChecked(b *testing.B) {
	dir := nationalData(b)
	b.ResetTimer()
	for range b.N {
		db, err := store.OpenChecked(dir, time.Second)
		if err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
}

func TestNationalFileBytes(t *testing.T) {
	if os.Getenv("BAOCAO_NATIONAL") == "" {
		t.Skip("seeds a 30,000-person file: set BAOCAO_NATIONAL=1")
	}
	path := filepath.Join(nationalData(t), store.FileName)
	fi, _ := os.Stat(path)
	b, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	type usage struct {
		name             string
		n, keys, values  int
		inuse, allocated int
	}
	var all []usage
	b.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, bk *bolt.Bucket) error {
			u := usage{name: string(name)}
			bk.ForEach(func(k, v []byte) error {
				u.n++
				u.keys += len(k)
				u.values += len(v)
				return nil
			})
			s := bk.Stats()
			u.inuse = s.BranchInuse + s.LeafInuse
			u.allocated = s.BranchAlloc + s.LeafAlloc
			all = append(all, u)
			return nil
		})
	})
	sort.Slice(all, func(i, j int) bool { return all[i].allocated > all[j].allocated })
	t.Logf("file %.1f MB", float64(fi.Size())/1e6)
	t.Logf("%-16s %8s %10s %12s %12s %12s", "bucket", "records", "key bytes", "value bytes", "pages in use", "pages alloc")
	for _, u := range all {
		t.Logf("%-16s %8d %10d %12d %12d %12d", u.name, u.n, u.keys, u.values, u.inuse, u.allocated)
	}
	b.View(func(tx *bolt.Tx) error {
		c := tx.Bucket([]byte("submissions")).Cursor()
		k, v := c.First()
		t.Logf("one report, %s (%d bytes): %s", k, len(v), v)
		c = tx.Bucket([]byte("versions")).Cursor()
		k, v = c.First()
		t.Logf("its version 1, %s (%d bytes)", k, len(v))
		return nil
	})
	fmt.Println()
}
