package store

// One-time /web links and the browser sessions they open. Only a SHA-256
// of each token is stored, as the key: someone who copies the data file
// cannot open a session with what is in it, and a lookup by hash leaks
// nothing about the token through timing. The bucket is created on first
// use, so files written before the web view need no migration.

import (
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"time"

	json "github.com/goccy/go-json"
	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/flows"
)

const (
	webLinkPrefix    = "link/"
	webSessionPrefix = "session/"
)

// TokenHash is the stored form of a token.
func TokenHash(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

func (t *Tx) webBucket(write bool) (*bolt.Bucket, error) {
	b := t.tx.Bucket(bWeb)
	if b == nil && write {
		var err error
		if b, err = t.tx.CreateBucketIfNotExists(bWeb); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// getWeb reads a record and checks, in constant time, that the key it was
// stored under is the hash asked for.
func (t *Tx) getWeb(prefix, token string, v any) error {
	b, _ := t.webBucket(false)
	if b == nil {
		return ErrNotFound
	}
	want := TokenHash(token)
	raw := b.Get([]byte(prefix + want))
	if raw == nil {
		return ErrNotFound
	}
	var rec struct {
		Hash string `json:"hash"`
	}
	if json.Unmarshal(raw, &rec) != nil || subtle.ConstantTimeCompare([]byte(rec.Hash), []byte(want)) != 1 {
		return ErrNotFound
	}
	return json.Unmarshal(raw, v)
}

func (t *Tx) putWeb(prefix, token string, v any) error {
	b, err := t.webBucket(true)
	if err != nil {
		return err
	}
	hash := TokenHash(token)
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	// The hash travels inside the record too, for the check in getWeb.
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		return err
	}
	m["hash"] = hash
	raw, err = json.Marshal(m)
	if err != nil {
		return err
	}
	return b.Put([]byte(prefix+hash), raw)
}

// PutWebLink stores a new one-time link under its token; a token already
// issued is never replaced.
func (t *Tx) PutWebLink(token string, l *flows.WebLink) error {
	var old flows.WebLink
	if t.getWeb(webLinkPrefix, token, &old) == nil {
		return wrap("store.PutWebLink", errors.New("token already issued"))
	}
	return wrap("store.PutWebLink", t.putWeb(webLinkPrefix, token, l))
}

// WebLink returns the link issued under token.
func (t *Tx) WebLink(token string) (*flows.WebLink, error) {
	var l flows.WebLink
	return &l, wrap("store.WebLink", t.getWeb(webLinkPrefix, token, &l))
}

// UseWebLink marks the link used at now, in the transaction that opens its
// session: a second use, or a replay, finds it used.
func (t *Tx) UseWebLink(token string, now time.Time) error {
	l, err := t.WebLink(token)
	if err != nil {
		return err
	}
	l.UsedAt = now
	return wrap("store.UseWebLink", t.putWeb(webLinkPrefix, token, l))
}

// PutWebSession stores a session under its token.
func (t *Tx) PutWebSession(token string, s *flows.WebSession) error {
	return wrap("store.PutWebSession", t.putWeb(webSessionPrefix, token, s))
}

// WebSession returns the session of token.
func (t *Tx) WebSession(token string) (*flows.WebSession, error) {
	var s flows.WebSession
	return &s, wrap("store.WebSession", t.getWeb(webSessionPrefix, token, &s))
}

// EndWebSessions deletes every session and unused link of a person (/web
// thoat, or the sign-out button), and those of anyone that expired before
// now. It returns how many of the person's sessions ended.
func (t *Tx) EndWebSessions(personID string, now time.Time) (int, error) {
	b, err := t.webBucket(true)
	if err != nil {
		return 0, wrap("store.EndWebSessions", err)
	}
	var drop [][]byte
	ended := 0
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		var rec struct {
			Person  string    `json:"person"`
			Expires time.Time `json:"expires"`
		}
		if json.Unmarshal(v, &rec) != nil {
			drop = append(drop, bytes.Clone(k))
			continue
		}
		if rec.Person == personID || !now.Before(rec.Expires) {
			if rec.Person == personID && bytes.HasPrefix(k, []byte(webSessionPrefix)) && now.Before(rec.Expires) {
				ended++
			}
			drop = append(drop, bytes.Clone(k))
		}
	}
	for _, k := range drop {
		if err := b.Delete(k); err != nil {
			return 0, wrap("store.EndWebSessions", err)
		}
	}
	return ended, nil
}

// PruneWeb deletes links and sessions that expired before now.
func (t *Tx) PruneWeb(now time.Time) error {
	_, err := t.EndWebSessions("\x00nobody", now)
	return err
}
