package store

import (
	"encoding/json"
	"hash/maphash"
	"sync"

	"github.com/baocao/baocao/flows"
)

// DefaultDecodeLimit bounds a store's decode cache: a few provinces' worth
// of periods (about 2 KB each, so some 100 MB at the very most).
const DefaultDecodeLimit = 50_000

// decodeCache keeps submissions decoded from JSON, keyed by their store key
// and checked against a hash of the stored bytes. Decoding is nine tenths
// of a standing's time (168 peers of ~40 answers each); the stored bytes
// are the truth, so an entry is used only when they are unchanged, whatever
// transaction wrote them, and a write needs no invalidation.
//
// Each DB has its own (a field, not a package variable), so two stores in
// one process (tests, a backup being read) never see each other's entries,
// and its size is bounded: when full it starts over, which costs one decode
// per submission. A nil cache decodes every time.
type decodeCache struct {
	mu    sync.Mutex
	seed  maphash.Seed
	limit int
	m     map[string]cachedSub
}

type cachedSub struct {
	sum uint64
	n   int
	sub *flows.Submission
}

func newDecodeCache(limit int) *decodeCache {
	if limit <= 0 {
		limit = DefaultDecodeLimit
	}
	return &decodeCache{seed: maphash.MakeSeed(), limit: limit, m: map[string]cachedSub{}}
}

// decode decodes a stored submission, through the cache. The result may be
// shared with other readers of the same store: callers must not change it.
func (c *decodeCache) decode(key, raw []byte) (*flows.Submission, error) {
	if c == nil {
		var s flows.Submission
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, err
		}
		return &s, nil
	}
	sum := maphash.Bytes(c.seed, raw)
	c.mu.Lock()
	e, ok := c.m[string(key)]
	c.mu.Unlock()
	if ok && e.sum == sum && e.n == len(raw) {
		return e.sub, nil
	}
	var s flows.Submission
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, err
	}
	c.mu.Lock()
	if len(c.m) >= c.limit {
		c.m = make(map[string]cachedSub, c.limit)
	}
	c.m[string(key)] = cachedSub{sum: sum, n: len(raw), sub: &s}
	c.mu.Unlock()
	return &s, nil
}

// len is the number of decoded submissions held.
func (c *decodeCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}

// LimitDecodeCache bounds how many decoded submissions db keeps (default
// DefaultDecodeLimit), emptying what it holds. Call it before serving.
func (db *DB) LimitDecodeCache(n int) {
	db.decoded = newDecodeCache(n)
}
