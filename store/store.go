package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Errors a caller can act on.
var (
	// ErrNotFound: no such record.
	ErrNotFound = errors.New("not found")
	// ErrLocked: another baocao process holds the data file.
	ErrLocked = errors.New("the data file is in use by another baocao process")
	// ErrTooNew: the file was written by a newer baocao.
	ErrTooNew = errors.New("the data file was written by a newer version of baocao")
	// ErrLiveFile: a backup was asked to overwrite the data file itself.
	ErrLiveFile = errors.New("that path is the live data file")
)

// SameFile reports whether path names the file at live: the same inode
// (so symlinks, "./", relative paths and hard links all count), or, when
// path does not exist yet, never.
func SameFile(path, live string) bool {
	a, err := os.Stat(path)
	if err != nil {
		return false
	}
	b, err := os.Stat(live)
	if err != nil {
		return false
	}
	return os.SameFile(a, b)
}

// SchemaVersion is the layout this code writes. Each release that changes
// the layout adds a migration to migrations and bumps it.
const SchemaVersion = 3

// Store is what the bot needs from storage. Update runs fn in one
// read-write transaction and commits only if fn returns nil; View runs a
// read-only one. The errors are ErrLocked and ErrTooNew from Open, and
// whatever fn returns.
type Store interface {
	Update(fn func(*Tx) error) error
	View(fn func(*Tx) error) error
	Close() error
}

// DB is the bbolt implementation of Store.
type DB struct {
	bolt *bolt.DB
	Path string
	// decoded keeps decoded submissions for standings and digests.
	decoded *decodeCache
	// people keeps people decoded (the sender of every message).
	people *peopleCache
	// group queues the writers of Group (group commit).
	group group
	// Migrated says what Open did to bring an older file up to date (the
	// backup it made first, what each migration changed), for the log;
	// empty when the file was current.
	Migrated []string
	// OnDamaged, when set, is told once of the first damage met while the
	// file is open (see Damaged): serve logs it naming baocao restore.
	OnDamaged func(error)
	// damaged latches that damage; writeFault is FailWrites'.
	damaged    atomic.Pointer[error]
	writeFault atomic.Pointer[func() error]
}

// FileName is the database file inside the data directory.
const FileName = "baocao.db"

// Open opens (creating if needed) the store in dir. If another process
// holds it, Open gives up after lockWait with ErrLocked instead of hanging.
func Open(dir string, lockWait time.Duration) (*DB, error) { return open(dir, lockWait, false) }

// OpenChecked is Open that reads the whole file (Check) before anything is
// written to it: a file damaged in the middle is refused with ErrDamaged
// and left as it was. serve opens this way.
func OpenChecked(dir string, lockWait time.Duration) (*DB, error) { return open(dir, lockWait, true) }

func open(dir string, lockWait time.Duration, check bool) (*DB, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("store.Open: %w", err)
	}
	path := filepath.Join(dir, FileName)
	if err := checkFile(path); err != nil {
		return nil, fmt.Errorf("store.Open %s: %w", path, err)
	}
	// The free-page list is written at each commit (bbolt's default). Not
	// writing it (NoFreelistSync, as etcd does) saves little here and makes
	// bbolt rebuild it at open in a goroutine of its own, where a damaged
	// page panics past any recover: a damaged file must stop with a message.
	b, err := openBolt(path, &bolt.Options{Timeout: lockWait})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("store.Open %s: %w", path, ErrLocked)
	}
	if err != nil {
		return nil, fmt.Errorf("store.Open %s: %w", path, err)
	}
	db := &DB{bolt: b, Path: path, decoded: newDecodeCache(DefaultDecodeLimit), people: newPeopleCache()}
	// A damaged file is refused before a migration (and its backup) reads
	// or rewrites it.
	if check {
		if err := db.Check(); err != nil {
			b.Close()
			return nil, fmt.Errorf("store.Open %s: %w", path, err)
		}
	}
	if err := db.backupBeforeMigrating(); err != nil {
		b.Close()
		return nil, err
	}
	if err := db.migrate(); err != nil {
		b.Close()
		return nil, err
	}
	return db, nil
}

// openBolt opens the file with bbolt, calling a file it refuses, or one
// whose reading panics, damaged.
func openBolt(path string, opts *bolt.Options) (b *bolt.DB, err error) {
	defer guard("bbolt.Open", &err)
	err = withFaults(func() error {
		var err error
		b, err = bolt.Open(path, 0o600, opts)
		return err
	})
	if errors.Is(err, bolt.ErrInvalid) || errors.Is(err, bolt.ErrChecksum) || errors.Is(err, bolt.ErrVersionMismatch) {
		err = fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	return b, err
}

// migrations[i] brings a file from schema i to i+1, adding a line to notes
// for the log when it changes something worth saying.
var migrations = []func(tx *bolt.Tx, notes *[]string) error{
	0: func(tx *bolt.Tx, _ *[]string) error { // a new file: create every bucket
		for _, name := range bucketsOf(1) {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	},
	1: func(tx *bolt.Tx, _ *[]string) error { return migrateByUnit(tx) },
	2: migrateSince,
}

// backupBeforeMigrating copies a file of an older schema beside itself
// (baocao.db.schema2.bak, or .schema2.1.bak if that exists) before any
// migration writes to it: a migration that went wrong can be undone with
// `baocao restore`.
func (db *DB) backupBeforeMigrating() error {
	v := 0
	err := db.bolt.View(func(tx *bolt.Tx) error {
		if meta := tx.Bucket(bMeta); meta != nil {
			fmt.Sscan(string(meta.Get([]byte("schema"))), &v)
		}
		return nil
	})
	if err != nil || v == 0 || v >= SchemaVersion {
		return nil // a new file, a current one, or one migrate refuses
	}
	path := fmt.Sprintf("%s.schema%d.bak", db.Path, v)
	for i := 1; ; i++ {
		if _, err := os.Stat(path); os.IsNotExist(err) {
			break
		}
		path = fmt.Sprintf("%s.schema%d.%d.bak", db.Path, v, i)
	}
	if _, err := db.Backup(path); err != nil {
		return fmt.Errorf("store.Open: the backup before migrating schema %d: %w", v, err)
	}
	db.Migrated = append(db.Migrated, fmt.Sprintf("schema %d → %d: the file was copied first to %s", v, SchemaVersion, path))
	return nil
}

func (db *DB) migrate() (err error) {
	defer guard("store.migrate", &err)
	return db.bolt.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(bMeta)
		if err != nil {
			return fmt.Errorf("store.migrate: %w", err)
		}
		v := 0
		if raw := meta.Get([]byte("schema")); raw != nil {
			fmt.Sscan(string(raw), &v)
		}
		if v > SchemaVersion {
			return fmt.Errorf("store.migrate: schema %d > %d: %w", v, SchemaVersion, ErrTooNew)
		}
		if v > 0 {
			if err := checkBuckets(tx, v); err != nil {
				return fmt.Errorf("store.migrate: %w", err)
			}
		}
		for ; v < SchemaVersion; v++ {
			if err := migrations[v](tx, &db.Migrated); err != nil {
				return fmt.Errorf("store.migrate %d→%d: %w", v, v+1, err)
			}
		}
		// Buckets added since need no migration: an old file just lacks them.
		for _, name := range addedBuckets() {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("store.migrate: %w", err)
			}
		}
		return meta.Put([]byte("schema"), []byte(fmt.Sprint(SchemaVersion)))
	})
}

// checkBuckets reports a file of a known schema that lacks one of its
// buckets: every read of it would fail, so it is damaged.
func checkBuckets(tx *bolt.Tx, v int) error {
	for _, name := range bucketsOf(min(v, SchemaVersion)) {
		if tx.Bucket(name) == nil {
			return fmt.Errorf("%w: bucket %q is missing", ErrDamaged, name)
		}
	}
	return nil
}

// Update runs fn in a read-write transaction. A page or record found
// damaged on the way is ErrDamaged, not a panic; nothing is committed
// then, and no later Update commits either (see Damaged).
func (db *DB) Update(fn func(*Tx) error) (err error) {
	if d := db.Damaged(); d != nil {
		return fmt.Errorf("store.Update: %w", d)
	}
	defer db.noticeDamage(&err)
	defer guard("store.Update", &err)
	return withFaults(func() error {
		return db.bolt.Update(func(btx *bolt.Tx) error {
			if err := fn(&Tx{tx: btx, decoded: db.decoded, people: db.people}); err != nil {
				return err
			}
			if err := db.injected(); err != nil {
				return fmt.Errorf("store.Update: write: %w", err) // rolled back, as a failed write is
			}
			return nil
		})
	})
}

// noticeDamage latches any damage met.
func (db *DB) noticeDamage(err *error) {
	if errors.Is(*err, ErrDamaged) {
		db.latch(*err)
	}
}

// View runs fn in a read-only transaction, with damage reported as in Update.
func (db *DB) View(fn func(*Tx) error) (err error) {
	defer db.noticeDamage(&err)
	defer guard("store.View", &err)
	return withFaults(func() error {
		return db.bolt.View(func(btx *bolt.Tx) error { return fn(&Tx{tx: btx, decoded: db.decoded, people: db.people}) })
	})
}

// Close releases the file.
func (db *DB) Close() error { return db.bolt.Close() }

// Schema returns the file's schema version.
func (db *DB) Schema() (v int, err error) {
	err = db.View(func(tx *Tx) error {
		fmt.Sscan(string(tx.tx.Bucket(bMeta).Get([]byte("schema"))), &v)
		return nil
	})
	return v, err
}

// Backup writes a consistent copy of the whole file to path, from one
// read-only transaction: the bot keeps serving while it runs. The copy is
// written beside path first and renamed, so a failed backup never leaves a
// torn file under the name.
//
// A path that is the live file under any name (a symlink, a relative path,
// a hard link) is refused with ErrLiveFile: renaming the copy over it
// would leave the bot writing to a deleted inode and lose everything
// written after the backup.
func (db *DB) Backup(path string) (int64, error) {
	if SameFile(path, db.Path) {
		return 0, fmt.Errorf("store.Backup %s: %w", path, ErrLiveFile)
	}
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return 0, fmt.Errorf("store.Backup: %w", err)
	}
	var n int64
	err = func() (err error) { // a damaged page is an error, not a crash
		defer guard("store.Backup", &err)
		return withFaults(func() error {
			return db.bolt.View(func(tx *bolt.Tx) error {
				var err error
				n, err = tx.WriteTo(f)
				return err
			})
		})
	}()
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return 0, fmt.Errorf("store.Backup: %w", err)
	}
	return n, nil
}
