package store

// Checks that a data file is whole before bbolt maps it. bbolt trusts the
// file: a truncated one makes it read past the end of its mapping, which
// is a fault the Go runtime cannot recover from (the process dies with a
// stack trace), and an empty one is taken as a new store. So Open reads
// the two meta pages itself first and refuses a file that cannot be right;
// what the meta pages cannot show (a page overwritten in the middle) is
// caught as a recovered panic in View and Update (see guard).

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"syscall"
)

// ErrDamaged: the data file is truncated, empty or corrupt. Nothing is
// written to it; the operator restores a backup (baocao restore).
var ErrDamaged = errors.New("the data file is damaged")

// bbolt's on-disk constants (go.etcd.io/bbolt internal/common): a page
// header is 16 bytes, the meta follows it in pages 0 and 1.
const (
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	pageHeaderSize = 16
	metaSize       = 64 // magic…txid, then the checksum
	noFreelist     = 0xffffffffffffffff
)

// fileMeta is what a meta page says about the file.
type fileMeta struct {
	pageSize uint32
	root     uint64
	freelist uint64
	pgid     uint64 // the high-water mark: pages in use
	txid     uint64
}

// readMeta decodes the meta at off, or says why it is not valid.
func readMeta(f io.ReaderAt, off int64) (fileMeta, error) {
	b := make([]byte, metaSize)
	if _, err := f.ReadAt(b, off+pageHeaderSize); err != nil {
		return fileMeta{}, fmt.Errorf("meta page at %d unreadable: %w", off, err)
	}
	le := binary.LittleEndian
	if le.Uint32(b[0:]) != boltMagic {
		return fileMeta{}, fmt.Errorf("meta page at %d: not a bbolt file", off)
	}
	if le.Uint32(b[4:]) != boltVersion {
		return fileMeta{}, fmt.Errorf("meta page at %d: bbolt format %d", off, le.Uint32(b[4:]))
	}
	h := fnv.New64a()
	h.Write(b[:56])
	if h.Sum64() != le.Uint64(b[56:]) {
		return fileMeta{}, fmt.Errorf("meta page at %d: checksum mismatch", off)
	}
	return fileMeta{pageSize: le.Uint32(b[8:]), root: le.Uint64(b[16:]), freelist: le.Uint64(b[32:]), pgid: le.Uint64(b[40:]), txid: le.Uint64(b[48:])}, nil
}

// checkFile reports whether the file at path is whole enough to open: a
// missing file is fine (a new store); an empty, short or corrupt one is
// ErrDamaged with the reason.
func checkFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if fi.Size() == 0 {
		return fmt.Errorf("%w: the file is empty (0 bytes)", ErrDamaged)
	}
	m0, err0 := readMeta(f, 0)
	ps := int64(4096)
	if err0 == nil {
		ps = int64(m0.pageSize)
	}
	m1, err1 := readMeta(f, ps)
	var m fileMeta
	switch {
	case err0 != nil && err1 != nil:
		return fmt.Errorf("%w: %v", ErrDamaged, err0)
	case err0 != nil:
		m = m1
	case err1 != nil || m0.txid >= m1.txid:
		m = m0
	default:
		m = m1
	}
	if m.pageSize < 512 || m.pageSize > 1<<20 || m.pageSize&(m.pageSize-1) != 0 {
		return fmt.Errorf("%w: page size %d", ErrDamaged, m.pageSize)
	}
	if need := int64(m.pgid) * int64(m.pageSize); fi.Size() < need {
		return fmt.Errorf("%w: the file is %d bytes, its pages need %d (truncated)", ErrDamaged, fi.Size(), need)
	}
	if m.root < 2 || m.root >= m.pgid || (m.freelist != noFreelist && (m.freelist < 2 || m.freelist >= m.pgid)) {
		return fmt.Errorf("%w: meta points outside the file", ErrDamaged)
	}
	return nil
}

// guard turns a panic inside a transaction into ErrDamaged: bbolt panics
// (or faults, which SetPanicOnFault makes a panic) on a page that is not
// what its parent says. A person then reads an apology, the operator a
// message naming `baocao restore`, never a stack trace.
//
// Only a panic raised inside bbolt is taken for damage: a bug in the
// caller's fn panics on as before, so it is not mistaken for a bad file.
func guard(op string, err *error) {
	r := recover()
	if r == nil {
		return
	}
	if !panickedIn(debug.Stack(), "go.etcd.io/bbolt") {
		panic(r)
	}
	*err = fmt.Errorf("%s: %w: %v", op, ErrDamaged, r)
}

// panickedIn reports whether the function that first panicked (the frame
// below the deepest panic or runtime.sigpanic in stack) belongs to the
// package prefix pkg. The deepest, not the first: a panic passed on by a
// deferred recover (runSafe hands bbolt's to guard) shows its own panic
// frame above the original one, and taking that one made a damaged page
// read inside Group a "[recovered, repanicked]" crash of the whole bot.
func panickedIn(stack []byte, pkg string) bool {
	lines := strings.Split(string(stack), "\n")
	found := false
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") || strings.HasPrefix(l, "runtime.sigpanic(") {
			for _, next := range lines[i+1:] {
				if next == "" || next[0] == '\t' {
					continue // a file:line line
				}
				found = strings.HasPrefix(next, pkg)
				break
			}
		}
	}
	return found
}

// withFaults runs fn with memory faults turned into panics, so guard can
// catch a read of a page beyond the mapped file.
func withFaults(fn func() error) error {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return fn()
}

// Unwritable reports whether err means the store cannot take writes now,
// through no fault of what was being written: a full disk or quota, a
// read-only or failing disk, a damaged file. The update that caused it
// must stay unconfirmed (the platform keeps it), and its sender is told
// the system cannot save for now; a full disk passes by itself once space
// returns, damage after a restore.
func Unwritable(err error) bool {
	return errors.Is(err, ErrDamaged) || errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) ||
		errors.Is(err, syscall.EROFS) || errors.Is(err, syscall.EIO)
}

// DiskFull reports a write refused for want of space (or quota).
func DiskFull(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT)
}

// Check reads every page of the open file and checks its structure
// (bbolt's consistency check: each page reachable once, the right type
// and id, within the file), the schema and the buckets. serve runs it at
// start: on the 30,000-person national file it takes 0.24 s to 1.8 s
// (BenchmarkNationalCheck in cmd/baocao-load), so a file damaged
// in the middle is refused before the bot answers anyone, instead of
// being found by the first message that reads the damaged page. Damage
// found is also latched (see Damaged).
func (db *DB) Check() error {
	err := db.View(func(tx *Tx) error {
		for e := range tx.tx.Check() {
			return fmt.Errorf("%w: %s", ErrDamaged, checkProblem(e))
		}
		meta := tx.tx.Bucket(bMeta)
		if meta == nil {
			return nil // a new file, not migrated yet
		}
		v := 0
		fmt.Sscan(string(meta.Get([]byte("schema"))), &v)
		if v == 0 {
			return nil
		}
		return checkBuckets(tx.tx, v)
	})
	if err != nil {
		err = fmt.Errorf("store.Check: %w", err)
		if errors.Is(err, ErrDamaged) {
			db.latch(err)
		}
	}
	return err
}

// checkProblem is what bbolt's check found, for the operator: a page it
// could not read comes as a recovered panic ("panic: assertion failed…"),
// which is a finding here, not a crash of baocao.
func checkProblem(e error) string { return strings.TrimPrefix(e.Error(), "panic: ") }

// Damaged is the damage met in the file since it was opened (a page or a
// record that does not read), or nil. Once damage is met the store takes
// no more writes: every Update and Group fails with it, so nothing more is
// written to a file that needs restoring and the updates that would have
// been stored stay unconfirmed at the platform. Reads go on where they can.
func (db *DB) Damaged() error {
	if p := db.damaged.Load(); p != nil {
		return *p
	}
	return nil
}

// latch records the first damage met, and tells OnDamaged once.
func (db *DB) latch(err error) {
	if db.damaged.CompareAndSwap(nil, &err) && db.OnDamaged != nil {
		db.OnDamaged(err)
	}
}

// FailWrites makes every commit fail with the error fail returns while it
// returns one, after the transaction's function ran, as a disk that fills
// up fails bbolt's write: for tests of a full disk without filling one (a
// tmpfs needs root). nil turns it off.
func (db *DB) FailWrites(fail func() error) {
	if fail == nil {
		db.writeFault.Store(nil)
		return
	}
	db.writeFault.Store(&fail)
}

// injected is FailWrites' error for a commit now, if any.
func (db *DB) injected() error {
	if f := db.writeFault.Load(); f != nil {
		return (*f)()
	}
	return nil
}
