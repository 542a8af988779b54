package store

// The read-only API's tokens (bot/api). A token is shown once, when it is
// made; the file keeps only its SHA-256, as the key, so a copy of the data
// file opens nothing. The bucket is created at open in any file that lacks
// it (buckets.go): an older file needs no migration.
//
// Record, under the hex SHA-256 of the token:
//
//	{"id":"t4f9k2q7a","name":"HTTTBC tỉnh","unit":"cum_391",
//	 "created":"2026-12-05T03:40:00Z","by":"cli","revoked":"…","hash":"…"}

import (
	"crypto/subtle"
	"errors"
	"sort"
	"time"

	json "github.com/goccy/go-json"
)

// AuditAPI is the audit action of a call to the read-only API, and of a
// token made or revoked.
const AuditAPI = "api"

// APIToken is what is kept of a token: who it is for and the unit it sees
// as a supervisor of that unit would.
type APIToken struct {
	ID      string    `json:"id"`   // names the token in lists and the audit log; not a secret
	Name    string    `json:"name"` // whose system it is, as the operator wrote it
	Unit    string    `json:"unit"` // a unit's code or a cluster's id
	Created time.Time `json:"created"`
	By      string    `json:"by,omitempty"` // who made it ("cli")
	Revoked time.Time `json:"revoked,omitzero"`
	Hash    string    `json:"hash"` // hex SHA-256 of the token, also the key
}

// Active reports whether the token may still be used.
func (t *APIToken) Active() bool { return t.Revoked.IsZero() }

// ErrTokenExists is returned when a token is stored twice.
var ErrTokenExists = errors.New("token already issued")

// PutAPIToken stores a new token under the hash of its secret; the secret
// itself is not kept.
func (t *Tx) PutAPIToken(secret string, rec APIToken) error {
	b, err := t.tx.CreateBucketIfNotExists(bAPITokens)
	if err != nil {
		return wrap("store.PutAPIToken", err)
	}
	rec.Hash = TokenHash(secret)
	if b.Get([]byte(rec.Hash)) != nil {
		return wrap("store.PutAPIToken", ErrTokenExists)
	}
	raw, err := json.Marshal(rec)
	if err != nil {
		return wrap("store.PutAPIToken", err)
	}
	return wrap("store.PutAPIToken", b.Put([]byte(rec.Hash), raw))
}

// APITokenFor finds the token whose secret is given, revoked or not; the
// stored hash is compared in constant time.
func (t *Tx) APITokenFor(secret string) (*APIToken, error) {
	b := t.tx.Bucket(bAPITokens)
	if b == nil {
		return nil, wrap("store.APITokenFor", ErrNotFound)
	}
	want := TokenHash(secret)
	raw := b.Get([]byte(want))
	if raw == nil {
		return nil, wrap("store.APITokenFor", ErrNotFound)
	}
	var rec APIToken
	if err := json.Unmarshal(raw, &rec); err != nil {
		return nil, wrap("store.APITokenFor", ErrDamaged)
	}
	if subtle.ConstantTimeCompare([]byte(rec.Hash), []byte(want)) != 1 {
		return nil, wrap("store.APITokenFor", ErrNotFound)
	}
	return &rec, nil
}

// APITokens lists every token, revoked ones too, oldest first.
func (t *Tx) APITokens() ([]APIToken, error) {
	var out []APIToken
	b := t.tx.Bucket(bAPITokens)
	if b == nil {
		return nil, nil
	}
	err := b.ForEach(func(_, v []byte) error {
		var rec APIToken
		if err := json.Unmarshal(v, &rec); err != nil {
			return ErrDamaged
		}
		out = append(out, rec)
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Created.Before(out[j].Created) })
	return out, wrap("store.APITokens", err)
}

// RevokeAPIToken marks the token with id revoked at now and returns it; a
// token already revoked keeps its first date.
func (t *Tx) RevokeAPIToken(id string, now time.Time) (*APIToken, error) {
	b := t.tx.Bucket(bAPITokens)
	if b == nil {
		return nil, wrap("store.RevokeAPIToken", ErrNotFound)
	}
	var found *APIToken
	err := b.ForEach(func(_, v []byte) error {
		var rec APIToken
		if err := json.Unmarshal(v, &rec); err != nil {
			return ErrDamaged
		}
		if rec.ID == id {
			found = &rec
		}
		return nil
	})
	if err != nil {
		return nil, wrap("store.RevokeAPIToken", err)
	}
	if found == nil {
		return nil, wrap("store.RevokeAPIToken", ErrNotFound)
	}
	if found.Active() {
		found.Revoked = now
		raw, err := json.Marshal(found)
		if err != nil {
			return nil, wrap("store.RevokeAPIToken", err)
		}
		if err := b.Put([]byte(found.Hash), raw); err != nil {
			return nil, wrap("store.RevokeAPIToken", err)
		}
	}
	return found, nil
}
