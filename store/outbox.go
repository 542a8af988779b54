package store

import (
	"bytes"
	"encoding/binary"
)

// OutboxSince returns, oldest first within each priority and the most
// urgent priority first, every waiting message whose sequence number is
// above after, and the highest sequence number seen (after, if none).
//
// Sequence numbers come from one bucket sequence across priorities and
// write transactions are serialised, so once a snapshot shows sequence s,
// every later message gets a number above s: a sender that remembers the
// highest number it loaded reads each message exactly once, and never
// re-reads one whose deletion has not committed yet.
func (t *Tx) OutboxSince(after uint64) ([]OutboxItem, uint64) {
	var out []OutboxItem
	top := after
	c := t.tx.Bucket(bOutbox).Cursor()
	k, _ := c.First()
	for k != nil {
		prio := k[0]
		seek := make([]byte, 9)
		seek[0] = prio
		binary.BigEndian.PutUint64(seek[1:], after+1)
		var v []byte
		for k, v = c.Seek(seek); k != nil && k[0] == prio; k, v = c.Next() {
			seq := OutboxSeq(k)
			top = max(top, seq)
			out = append(out, OutboxItem{Key: bytes.Clone(k), Priority: Priority(prio), Data: bytes.Clone(v)})
		}
	}
	return out, top
}

// OutboxSeq is the sequence number in an outbox key.
func OutboxSeq(key []byte) uint64 {
	if len(key) < 9 {
		return 0
	}
	return binary.BigEndian.Uint64(key[1:9])
}
