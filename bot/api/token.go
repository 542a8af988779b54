package api

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

// TokenPrefix starts every token, so one pasted into the wrong place (a
// log, a chat) is recognised for what it is.
const TokenPrefix = "bcapi_"

// NewToken makes a token's secret (256 random bits) and its id, which
// names it in lists and the audit log and tells nothing of the secret.
func NewToken() (secret, id string, err error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", "", fmt.Errorf("api.NewToken: %w", err)
	}
	i := make([]byte, 4)
	if _, err := rand.Read(i); err != nil {
		return "", "", fmt.Errorf("api.NewToken: %w", err)
	}
	return TokenPrefix + base64.RawURLEncoding.EncodeToString(b), "t" + hex.EncodeToString(i), nil
}

// CreateToken stores a new token for unit (a unit's code or a cluster's
// id, which must be in cfg) and returns it with its secret, the only time
// the secret exists outside the caller's system.
func CreateToken(tx *store.Tx, cfg *flows.Config, unit, name, by string, now time.Time) (store.APIToken, string, error) {
	u := cfg.Units.Get(unit)
	if u == nil {
		return store.APIToken{}, "", fmt.Errorf("api.CreateToken: %w: unit %q", store.ErrNotFound, unit)
	}
	secret, id, err := NewToken()
	if err != nil {
		return store.APIToken{}, "", err
	}
	rec := store.APIToken{ID: id, Name: strings.TrimSpace(name), Unit: u.Code, Created: now.UTC(), By: by}
	if err := tx.PutAPIToken(secret, rec); err != nil {
		return store.APIToken{}, "", fmt.Errorf("api.CreateToken: %w", err)
	}
	rec.Hash = store.TokenHash(secret)
	err = tx.Audit(store.AuditEntry{At: now, By: by, Action: store.AuditAPI, Unit: u.Code,
		Detail: "token " + id + " created (" + rec.Name + ")"})
	return rec, secret, err
}

// RevokeToken ends the token with id at now.
func RevokeToken(tx *store.Tx, id, by string, now time.Time) (*store.APIToken, error) {
	rec, err := tx.RevokeAPIToken(id, now.UTC())
	if err != nil {
		return nil, err
	}
	return rec, tx.Audit(store.AuditEntry{At: now, By: by, Action: store.AuditAPI, Unit: rec.Unit,
		Detail: "token " + id + " revoked"})
}

// holder is the person a token acts as: a supervisor of its unit and of
// nothing else, so that flows.May, the one access rule, decides for it as
// for a person.
func holder(t *store.APIToken) *flows.Person {
	return &flows.Person{ID: "api:" + t.ID, Name: t.Name,
		Links: []flows.Link{{Unit: t.Unit, Role: flows.Supervisor}}}
}
