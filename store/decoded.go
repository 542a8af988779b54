package store

import (
	"hash/maphash"
	"sync"

	json "github.com/goccy/go-json"

	"github.com/baocao/baocao/flows"
)

// DefaultDecodeLimit bounds a store's decode cache by count: a few
// provinces' worth of periods.
const DefaultDecodeLimit = 50_000

// DefaultDecodeBytes bounds it by memory: what the decoded submissions
// take, estimated from their stored size (decodeCost). 24 MB holds the
// current and previous month and the year before of a province of 168
// communes with 40 answers each many times over, and keeps the whole
// process under 80 MB with 30,000 people and two years of reports.
const DefaultDecodeBytes = 24 << 20

// decodeCost estimates the memory a decoded submission takes: its maps,
// strings and values come to about four times its JSON, plus the entry.
func decodeCost(raw []byte) int { return 4*len(raw) + 256 }

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
	mu       sync.Mutex
	seed     maphash.Seed
	limit    int // entries
	maxBytes int // decodeCost of the entries
	bytes    int
	m        map[string]cachedSub
}

type cachedSub struct {
	sum  uint64
	n    int
	cost int
	sub  *flows.Submission
}

// evict drops entries (in the map's random order) until the cache is at
// three quarters of both bounds; the caller holds mu. What a standing
// reads again is decoded again, once.
func (c *decodeCache) evict() {
	for k, e := range c.m {
		if len(c.m) < c.limit*3/4 && c.bytes <= c.maxBytes*3/4 {
			return
		}
		delete(c.m, k)
		c.bytes -= e.cost
	}
}

func newDecodeCache(limit int) *decodeCache {
	if limit <= 0 {
		limit = DefaultDecodeLimit
	}
	return &decodeCache{seed: maphash.MakeSeed(), limit: limit, maxBytes: DefaultDecodeBytes, m: map[string]cachedSub{}}
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
	cost := decodeCost(raw)
	if cost > c.maxBytes/4 {
		return &s, nil // too big to be worth keeping
	}
	c.mu.Lock()
	if old, ok := c.m[string(key)]; ok {
		c.bytes -= old.cost
		delete(c.m, string(key))
	}
	if len(c.m) >= c.limit || c.bytes+cost > c.maxBytes {
		c.evict()
	}
	c.m[string(key)] = cachedSub{sum: sum, n: len(raw), cost: cost, sub: &s}
	c.bytes += cost
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

// LimitDecodeBytes bounds the memory db's decoded submissions take
// (default DefaultDecodeBytes), emptying what it holds.
func (db *DB) LimitDecodeBytes(n int) {
	c := newDecodeCache(db.decoded.limit)
	c.maxBytes = max(n, 1)
	db.decoded = c
}

// bytesHeld is the estimated memory of the entries held.
func (c *decodeCache) bytesHeld() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.bytes
}
