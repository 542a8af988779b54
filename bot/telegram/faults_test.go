package telegram_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/baocao/baocao/store"
)

func TestAMalformedBatchIsPassedOverWithoutSpinning(t *testing.T) {
	for name, raw := range map[string]string{
		"an update without update_id": `[1, 2, 3]`,
		"an update that is not JSON":  `this is not JSON {`,
	} {
		t.Run(name, func(t *testing.T) {
			r := startWith(t, nil, os.Stderr)
			r.srv.SendRaw(json.RawMessage(raw))
			r.srv.SendText(lan, "/hanchot")
			if _, err := r.srv.WaitMessagesFor(10*time.Second, lan.ID, 1); err != nil {
				t.Fatalf("the message after it was not answered: %v", err)
			}
			polls := r.srv.Requests("getUpdates")
			time.Sleep(300 * time.Millisecond)
			if more := r.srv.Requests("getUpdates") - polls; more > 2 {
				t.Errorf("%d more getUpdates in 300 ms with nothing new: the loop spins", more)
			}
			if p := r.srv.PendingUpdates(); p != 0 {
				t.Errorf("%d updates still pending", p)
			}
		})
	}
}

// fullDisk is a store whose commits fail with ENOSPC while full is set.
type fullDisk struct {
	store.Store
	full     atomic.Bool
	mu       sync.Mutex
	attempts []time.Time
}

func (d *fullDisk) Update(fn func(*store.Tx) error) error {
	if d.full.Load() {
		d.mu.Lock()
		d.attempts = append(d.attempts, time.Now())
		d.mu.Unlock()
		return fmt.Errorf("write /data/baocao.db: %w", syscall.ENOSPC)
	}
	return d.Store.Update(fn)
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestOnAFullDiskUpdatesStayUnconfirmedPollingBacksOffAndResumes(t *testing.T) {
	disk := &fullDisk{}
	disk.full.Store(true)
	logs := &syncBuffer{}
	r := startWith(t, func(s store.Store) store.Store { disk.Store = s; return disk }, logs)
	r.srv.SendText(lan, "/hanchot")
	time.Sleep(700 * time.Millisecond)
	if r.srv.PendingUpdates() == 0 {
		t.Error("the update was confirmed although nothing could be stored")
	}
	if err := r.ch.Alive(); err == nil || !strings.Contains(err.Error(), "no space left") {
		t.Errorf("/readyz would say %v", err)
	}
	if !strings.Contains(logs.String(), "the disk is full") {
		t.Errorf("the operator was not told:\n%s", logs.String())
	}
	if n := strings.Count(logs.String(), "the disk is full"); n != 1 {
		t.Errorf("told %d times; once per spell is enough", n)
	}
	disk.mu.Lock()
	at := append([]time.Time(nil), disk.attempts...)
	disk.mu.Unlock()
	// Tries come further and further apart (each batch tries the whole
	// batch, then each update and its apology: group the tries by spell).
	var gaps []time.Duration
	for i := 1; i < len(at); i++ {
		if g := at[i].Sub(at[i-1]); g > 10*time.Millisecond {
			gaps = append(gaps, g)
		}
	}
	if len(gaps) < 3 || len(gaps) > 8 {
		t.Errorf("%d pauses in 700 ms (%v): want a few, growing", len(gaps), gaps)
	}
	for i := 1; i < len(gaps); i++ {
		if gaps[i] < gaps[i-1] {
			t.Errorf("the pauses shrink: %v", gaps)
			break
		}
	}
	disk.full.Store(false) // space comes back
	if _, err := r.srv.WaitMessagesFor(10*time.Second, lan.ID, 1); err != nil {
		t.Fatalf("not resumed by itself: %v", err)
	}
	waitPending(t, r.srv)
	if err := r.ch.Alive(); err != nil {
		t.Errorf("still not ready after the disk recovered: %v", err)
	}
}
