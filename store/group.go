package store

import (
	"errors"
	"fmt"
	"runtime/debug"
	"sync"
	"time"
)

// Grouper is a Store whose writers can share transactions (group commit).
// Group runs fn in a read-write transaction like Update, but calls made at
// the same moment from several goroutines (the poll loop's batch, the
// outbox recording what it sent, concurrent webhook deliveries) commit
// together: one write of the pages and two fdatasyncs for all of them.
// Group returns only once fn's effects are committed, or with fn's own
// error, which fails that call alone: the others are committed without it.
// fn may therefore run more than once (its first run rolled back with a
// neighbour's failure), so it must keep nothing outside tx from a run
// that returned an error. A panic in fn is its caller's *PanicError.
type Grouper interface {
	Group(fn func(*Tx) error) error
}

// Group runs fn through s's group commit when s has one, and as a plain
// Update otherwise (a test's wrapper of a Store).
func Group(s Store, fn func(*Tx) error) error {
	if g, ok := s.(Grouper); ok {
		return g.Group(fn)
	}
	return s.Update(fn)
}

// PanicError is a panic in a transaction's function, returned to the
// caller whose function it was, with the stack for the log. The
// transaction was rolled back.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// group queues the writers waiting for the transaction in progress. There
// is no goroutine of its own: the first writer to arrive leads, committing
// everything queued (its own call among it), then hands the lead to the
// first writer that queued meanwhile, so no caller waits for more than the
// commit in progress and its own.
type group struct {
	mu      sync.Mutex
	queue   []*groupCall
	leading bool
	// riders wait for the next commit anyone makes (GroupLater).
	riders []*groupCall
}

type groupCall struct {
	fn  func(*Tx) error
	err error
	// wake tells a waiting call it is done (false: err is set) or that it
	// leads the next commit (true). Buffered: the sender never waits.
	wake chan bool
}

// errNeighbour rolls back a shared transaction when one member's fn fails.
var errNeighbour = errors.New("store.Group: a member failed")

// Group implements Grouper.
func (db *DB) Group(fn func(*Tx) error) error {
	c := &groupCall{fn: fn, wake: make(chan bool, 1)}
	g := &db.group
	g.mu.Lock()
	g.queue = append(g.queue, c)
	if g.leading {
		g.mu.Unlock()
		if lead := <-c.wake; !lead {
			return c.err
		}
	} else {
		g.leading = true
		g.mu.Unlock()
	}
	g.mu.Lock()
	batch := append(g.queue, g.riders...)
	g.queue, g.riders = nil, nil
	g.mu.Unlock()
	db.commitGroup(batch)
	for _, m := range batch {
		if m != c {
			m.wake <- false
		}
	}
	g.mu.Lock()
	if len(g.queue) > 0 {
		g.queue[0].wake <- true
	} else {
		g.leading = false
	}
	g.mu.Unlock()
	return c.err
}

// GroupLater is Group for a write that need not commit at once (the
// outbox striking what it sent): it rides along with the next commit
// another writer makes within wait, sharing its fdatasyncs and pages, and
// commits on its own after wait if none does. Like Group, it returns once
// fn's effects are committed, or with fn's error.
func (db *DB) GroupLater(fn func(*Tx) error, wait time.Duration) error {
	c := &groupCall{fn: fn, wake: make(chan bool, 1)}
	g := &db.group
	g.mu.Lock()
	g.riders = append(g.riders, c)
	g.mu.Unlock()
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-c.wake: // committed with another writer's (riders never lead)
		return c.err
	case <-t.C:
	}
	g.mu.Lock()
	for i, r := range g.riders {
		if r == c { // nobody committed meanwhile: go on our own
			g.riders = append(g.riders[:i], g.riders[i+1:]...)
			g.mu.Unlock()
			return db.Group(fn)
		}
	}
	g.mu.Unlock()
	<-c.wake // taken by a commit in progress
	return c.err
}

// GroupLater runs fn through s's GroupLater when s has one, and as a
// plain Update otherwise.
func GroupLater(s Store, fn func(*Tx) error, wait time.Duration) error {
	if g, ok := s.(interface {
		GroupLater(func(*Tx) error, time.Duration) error
	}); ok {
		return g.GroupLater(fn, wait)
	}
	return s.Update(fn)
}

// commitGroup commits the calls in one transaction. If one of them fails,
// nothing of that transaction is kept and each call runs again in its own,
// so the failure is its caller's alone; a failed commit (a full disk) is
// everyone's.
func (db *DB) commitGroup(calls []*groupCall) {
	if len(calls) == 1 {
		calls[0].err = db.Update(func(tx *Tx) error { return runSafe(calls[0].fn, tx) })
		return
	}
	failed := false
	err := db.Update(func(tx *Tx) error {
		for _, c := range calls {
			if err := runSafe(c.fn, tx); err != nil {
				failed = true
				return errNeighbour
			}
		}
		return nil
	})
	if !failed {
		for _, c := range calls {
			c.err = err
		}
		return
	}
	for _, c := range calls {
		c.err = db.Update(func(tx *Tx) error { return runSafe(c.fn, tx) })
	}
}

// runSafe runs fn, turning a panic of its own into a *PanicError. A panic
// inside bbolt (a damaged page) is left to DB.Update's guard, which calls
// it ErrDamaged.
func runSafe(fn func(*Tx) error, tx *Tx) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		stack := debug.Stack()
		if panickedIn(stack, "go.etcd.io/bbolt") {
			panic(r)
		}
		err = &PanicError{Value: r, Stack: stack}
	}()
	return fn(tx)
}
