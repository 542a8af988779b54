package store

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

// queued waits until n calls wait behind the one leading.
func queued(t *testing.T, db *DB, n int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		db.group.mu.Lock()
		k := len(db.group.queue)
		db.group.mu.Unlock()
		if k >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d calls queued, want %d", k, n)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestWritersThatArriveDuringACommitShareTheNextTransaction(t *testing.T) {
	db := MustOpen(t)
	release, started := make(chan struct{}), make(chan struct{})
	first := make(chan error, 1)
	go func() {
		first <- db.Group(func(tx *Tx) error {
			close(started)
			<-release // the commit in progress, while the others arrive
			return tx.SetOffset("telegram", 1)
		})
	}()
	<-started

	var mu sync.Mutex
	txs := map[*Tx]bool{}
	var wg sync.WaitGroup
	errs := make([]error, 10)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = db.Group(func(tx *Tx) error {
				mu.Lock()
				txs[tx] = true
				mu.Unlock()
				return tx.SetOffset(fmt.Sprintf("ch%d", i), int64(i+1))
			})
		}()
	}
	queued(t, db, 10)
	close(release)
	wg.Wait()
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	for i, err := range errs {
		if err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
	}
	if len(txs) != 1 {
		t.Errorf("10 writers queued behind one commit used %d transactions, want 1", len(txs))
	}
	db.View(func(tx *Tx) error {
		for i := range errs {
			if got := tx.Offset(fmt.Sprintf("ch%d", i)); got != int64(i+1) {
				t.Errorf("ch%d: offset %d, want %d", i, got, i+1)
			}
		}
		return nil
	})
}

func TestAFailingWriterFailsAloneAndItsNeighboursAreCommitted(t *testing.T) {
	db := MustOpen(t)
	release, started := make(chan struct{}), make(chan struct{})
	go db.Group(func(tx *Tx) error { close(started); <-release; return nil })
	<-started

	boom := errors.New("this message cannot be handled")
	runs := map[string]int{}
	var mu sync.Mutex
	call := func(name string, fail, panics bool) error {
		return db.Group(func(tx *Tx) error {
			mu.Lock()
			runs[name]++
			mu.Unlock()
			if err := tx.SetOffset(name, 7); err != nil {
				return err
			}
			if panics {
				panic("a bug in a handler")
			}
			if fail {
				return boom
			}
			return nil
		})
	}
	var wg sync.WaitGroup
	errs := map[string]error{}
	for _, c := range []struct {
		name         string
		fail, panics bool
	}{{"a", false, false}, {"b", true, false}, {"c", false, true}, {"d", false, false}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := call(c.name, c.fail, c.panics)
			mu.Lock()
			errs[c.name] = err
			mu.Unlock()
		}()
	}
	queued(t, db, 4)
	close(release)
	wg.Wait()

	if errs["a"] != nil || errs["d"] != nil {
		t.Errorf("the good writers failed: a=%v d=%v", errs["a"], errs["d"])
	}
	if !errors.Is(errs["b"], boom) {
		t.Errorf("b: %v, want its own error", errs["b"])
	}
	var pe *PanicError
	if !errors.As(errs["c"], &pe) || pe.Value != "a bug in a handler" || len(pe.Stack) == 0 {
		t.Errorf("c: %v, want a *PanicError with its stack", errs["c"])
	}
	db.View(func(tx *Tx) error {
		for name, want := range map[string]int64{"a": 7, "b": 0, "c": 0, "d": 7} {
			if got := tx.Offset(name); got != want {
				t.Errorf("%s: offset %d, want %d (a failed writer leaves nothing)", name, got, want)
			}
		}
		return nil
	})
	for name, n := range runs {
		if n > 2 {
			t.Errorf("%s ran %d times, want at most 2 (shared, then alone)", name, n)
		}
	}
}

func TestAStoreWithoutGroupCommitGetsAPlainUpdate(t *testing.T) {
	db := MustOpen(t)
	var s Store = struct{ Store }{db} // a wrapper, as tests make them
	if err := Group(s, func(tx *Tx) error { return tx.SetOffset("zalo", 3) }); err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *Tx) error {
		if tx.Offset("zalo") != 3 {
			t.Error("not committed")
		}
		return nil
	})
}

func TestALaterWriteRidesAlongWithTheNextCommitOrGoesAloneAfterItsWait(t *testing.T) {
	db := MustOpen(t)
	t.Run("alone", func(t *testing.T) {
		start := time.Now()
		if err := db.GroupLater(func(tx *Tx) error { return tx.SetOffset("alone", 1) }, 20*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		if time.Since(start) < 20*time.Millisecond {
			t.Error("committed before its wait with nobody to ride along with")
		}
		db.View(func(tx *Tx) error {
			if tx.Offset("alone") != 1 {
				t.Error("not committed")
			}
			return nil
		})
	})
	t.Run("along", func(t *testing.T) {
		var mu sync.Mutex
		txs := map[*Tx]bool{}
		seen := func(tx *Tx) { mu.Lock(); txs[tx] = true; mu.Unlock() }
		done := make(chan error, 1)
		go func() {
			done <- db.GroupLater(func(tx *Tx) error { seen(tx); return tx.SetOffset("rider", 2) }, time.Hour)
		}()
		for { // the rider is waiting
			db.group.mu.Lock()
			n := len(db.group.riders)
			db.group.mu.Unlock()
			if n == 1 {
				break
			}
			time.Sleep(time.Millisecond)
		}
		if err := db.Group(func(tx *Tx) error { seen(tx); return tx.SetOffset("update", 3) }); err != nil {
			t.Fatal(err)
		}
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("the rider was not committed with the update")
		}
		if len(txs) != 1 {
			t.Errorf("%d transactions, want the update's alone", len(txs))
		}
	})
}
