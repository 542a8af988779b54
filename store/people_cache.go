package store

import (
	"bytes"
	"slices"
	"sync"

	json "github.com/goccy/go-json"

	"github.com/baocao/baocao/flows"
)

// peopleCacheSize bounds the people kept decoded: the officers writing
// now, many times over (a person takes about half a kilobyte).
const peopleCacheSize = 4096

// peopleCache keeps people decoded, keyed by id and checked against the
// stored bytes themselves: every message looks up its sender, and
// decoding them was a tenth of handling an answer. The stored bytes are
// the truth, so an entry is used only when they are unchanged and a write
// needs no invalidation. Each caller gets its own copy to change.
type peopleCache struct {
	mu sync.Mutex
	m  map[string]cachedPerson
}

type cachedPerson struct {
	raw []byte
	p   *flows.Person
}

// decode decodes a stored person, through the cache (nil: every time).
func (c *peopleCache) decode(id string, raw []byte) (*flows.Person, error) {
	if c != nil {
		c.mu.Lock()
		e, ok := c.m[id]
		c.mu.Unlock()
		if ok && bytes.Equal(e.raw, raw) {
			return copyPerson(e.p), nil
		}
	}
	var p flows.Person
	if err := json.Unmarshal(raw, &p); err != nil {
		return nil, err
	}
	if c != nil {
		c.mu.Lock()
		if len(c.m) >= peopleCacheSize {
			for k := range c.m { // a random quarter goes
				delete(c.m, k)
				if len(c.m) < peopleCacheSize*3/4 {
					break
				}
			}
		}
		// raw lives only as long as its transaction: keep a copy.
		c.m[id] = cachedPerson{raw: bytes.Clone(raw), p: copyPerson(&p)}
		c.mu.Unlock()
	}
	return &p, nil
}

func copyPerson(p *flows.Person) *flows.Person {
	cp := *p
	cp.Links = slices.Clone(p.Links)
	return &cp
}

func newPeopleCache() *peopleCache { return &peopleCache{m: map[string]cachedPerson{}} }
