package store

import (
	"bytes"
	"time"
)

// PruneMarks deletes the marks under prefix made before before, e.g. the
// message ids a channel may deliver twice ("seen/zalo/"), which matter only
// for as long as the channel might redeliver. It reports how many went.
func (t *Tx) PruneMarks(prefix string, before time.Time) (int, error) {
	b := t.tx.Bucket(bMarks)
	c := b.Cursor()
	p := []byte(prefix)
	var old [][]byte
	for k, v := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
		at, err := time.Parse(time.RFC3339, string(v))
		if err == nil && at.Before(before) {
			old = append(old, append([]byte(nil), k...))
		}
	}
	for _, k := range old {
		if err := b.Delete(k); err != nil {
			return 0, wrap("store.PruneMarks", err)
		}
	}
	return len(old), nil
}
