package store

// Reads for standings, digests and exports. A standing must stay fast on a
// province of a few hundred communes with years of history, so these read
// only the keys a request needs (form/period/unit point reads, or one range
// scan over a form/period prefix), never the whole bucket.

import (
	"encoding/json"
	"fmt"
	"hash/maphash"
	"sync"
	"time"

	"github.com/baocao/baocao/flows"
)

// decoded caches submissions decoded from JSON, keyed by their store key
// and checked against a hash of the stored bytes. Decoding is nine tenths
// of a standing's time (168 peers of ~40 answers each); the stored bytes
// are the truth, so an entry is used only when they are unchanged, whatever
// transaction wrote them, and a write needs no invalidation.
var decoded = struct {
	sync.Mutex
	seed maphash.Seed
	m    map[string]cachedSub
}{seed: maphash.MakeSeed(), m: map[string]cachedSub{}}

type cachedSub struct {
	sum uint64
	n   int
	sub *flows.Submission
}

// maxDecoded bounds the cache: a few provinces' worth of periods. When it
// is full it starts over, which costs one decode per submission.
const maxDecoded = 50_000

// decodeSub decodes a stored submission, through the cache.
func decodeSub(key, raw []byte) (*flows.Submission, error) {
	sum := maphash.Bytes(decoded.seed, raw)
	decoded.Lock()
	c, ok := decoded.m[string(key)]
	decoded.Unlock()
	if ok && c.sum == sum && c.n == len(raw) {
		return c.sub, nil
	}
	var s flows.Submission
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, err
	}
	decoded.Lock()
	if len(decoded.m) >= maxDecoded {
		decoded.m = map[string]cachedSub{}
	}
	decoded.m[string(key)] = cachedSub{sum: sum, n: len(raw), sub: &s}
	decoded.Unlock()
	return &s, nil
}

// SubmissionsFor returns the current submissions of form and period for
// the given units, by unit; units that have not reported are absent. The
// submissions may be shared with other readers: callers must not change them.
func (t *Tx) SubmissionsFor(form, period string, units []*flows.Unit) (map[string]*flows.Submission, error) {
	out := make(map[string]*flows.Submission, len(units))
	b := t.tx.Bucket(bSubmissions)
	key := make([]byte, 0, 64)
	for _, u := range units {
		key = append(append(append(append(key[:0], form...), '/'), period...), '/')
		key = append(key, u.Code...)
		raw := b.Get(key)
		if raw == nil {
			continue
		}
		s, err := decodeSub(key, raw)
		if err != nil {
			return nil, wrap("store.SubmissionsFor "+string(key), err)
		}
		out[u.Code] = s
	}
	return out, nil
}

// FirstSubmittedAt returns when the first version of a unit's report came,
// which decides whether it was on time even after later corrections.
func (t *Tx) FirstSubmittedAt(form, period, unit string) (time.Time, error) {
	raw := t.tx.Bucket(bVersions).Get([]byte(subKey(form, period, unit) + "/" + fmt.Sprintf("%06d", 1)))
	if raw == nil {
		return time.Time{}, wrap("store.FirstSubmittedAt", ErrNotFound)
	}
	var head struct {
		At time.Time `json:"at"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return time.Time{}, wrap("store.FirstSubmittedAt", err)
	}
	return head.At, nil
}
