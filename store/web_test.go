package store

import (
	"bytes"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
)

func TestWebTokensAreStoredOnlyAsHashes(t *testing.T) {
	db := MustOpen(t)
	now := time.Date(2026, 12, 21, 9, 0, 0, 0, time.UTC)
	// A file from before the web view has no bucket: nothing is found.
	err := db.View(func(tx *Tx) error {
		_, err := tx.WebSession("x")
		return err
	})
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("empty: %v", err)
	}
	const link, sess = "link-token-0123456789abcdef0123456789", "session-token-0123456789abcdef012345"
	err = db.Update(func(tx *Tx) error {
		if err := tx.PutWebLink(link, &flows.WebLink{Person: "p1", CreatedAt: now, ExpiresAt: now.Add(flows.WebLinkTTL)}); err != nil {
			return err
		}
		if err := tx.PutWebLink(link, &flows.WebLink{Person: "p2", ExpiresAt: now.Add(time.Hour)}); err == nil {
			t.Error("a token was issued twice")
		}
		if err := tx.UseWebLink(link, now); err != nil {
			return err
		}
		return tx.PutWebSession(sess, &flows.WebSession{Person: "p1", CSRF: "c", CreatedAt: now, ExpiresAt: now.Add(flows.WebSessionTTL)})
	})
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *Tx) error {
		l, err := tx.WebLink(link)
		if err != nil || l.State(now) != flows.InviteUsed {
			t.Errorf("link: %+v %v", l, err)
		}
		if _, err := tx.WebSession(sess + "x"); !errors.Is(err, ErrNotFound) {
			t.Errorf("a near token opens the session: %v", err)
		}
		return nil
	})
	raw, _ := os.ReadFile(db.Path)
	if bytes.Contains(raw, []byte(link)) || bytes.Contains(raw, []byte(sess)) {
		t.Error("a token is in the data file")
	}
	var n int
	db.Update(func(tx *Tx) error { n, err = tx.EndWebSessions("p1", now); return err })
	if n != 1 {
		t.Errorf("ended %d sessions", n)
	}
	db.View(func(tx *Tx) error {
		if _, err := tx.WebSession(sess); !errors.Is(err, ErrNotFound) {
			t.Errorf("the session survived its end: %v", err)
		}
		return nil
	})
}
