package store

// Reads for standings, digests and exports. A standing must stay fast on a
// province of a few hundred communes with years of history, so these read
// only the keys a request needs (form/period/unit point reads, or one range
// scan over a form/period prefix), never the whole bucket.

import (
	"fmt"
	"time"

	json "github.com/goccy/go-json"

	"github.com/baocao/baocao/flows"
)

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
		s, err := t.decoded.decode(key, raw)
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

// SubmissionShared is Submission through the decode cache, for readers
// that only look: the officer's previous period, which every answer of a
// draft is compared with, was decoded from JSON on every message (a tenth
// of a message's CPU). The submission may be shared: do not change it.
func (t *Tx) SubmissionShared(form, period, unit string) (*flows.Submission, error) {
	key := []byte(subKey(form, period, unit))
	raw := t.tx.Bucket(bSubmissions).Get(key)
	if raw == nil {
		return nil, wrap("store.SubmissionShared "+string(key), ErrNotFound)
	}
	s, err := t.decoded.decode(key, raw)
	return s, wrap("store.SubmissionShared "+string(key), err)
}

// HasSubmission reports whether the unit has reported form and period,
// without decoding the report.
func (t *Tx) HasSubmission(form, period, unit string) bool {
	return t.tx.Bucket(bSubmissions).Get([]byte(subKey(form, period, unit))) != nil
}
