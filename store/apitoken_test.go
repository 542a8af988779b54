package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestAnAPITokenIsFoundByItsSecretAndTheFileKeepsOnlyItsHash(t *testing.T) {
	db := MustOpen(t)
	now := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	secret := "bc_secret-of-the-province-system"
	err := db.Update(func(tx *Tx) error {
		return tx.PutAPIToken(secret, APIToken{ID: "t1", Name: "HTTTBC tỉnh", Unit: "cum_391", Created: now})
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *Tx) error {
		return tx.PutAPIToken(secret, APIToken{ID: "t2", Unit: "38", Created: now})
	}); !errors.Is(err, ErrTokenExists) {
		t.Errorf("the same secret stored twice: %v, want ErrTokenExists", err)
	}
	db.View(func(tx *Tx) error {
		tok, err := tx.APITokenFor(secret)
		if err != nil || tok.ID != "t1" || tok.Unit != "cum_391" || !tok.Active() {
			t.Errorf("found %+v, %v", tok, err)
		}
		if _, err := tx.APITokenFor(secret + "x"); !errors.Is(err, ErrNotFound) {
			t.Errorf("another secret: %v, want ErrNotFound", err)
		}
		return nil
	})
	if err := db.Update(func(tx *Tx) error {
		_, err := tx.RevokeAPIToken("t1", now.Add(time.Hour))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *Tx) error {
		tok, _ := tx.APITokenFor(secret)
		if tok == nil || tok.Active() {
			t.Errorf("after revoke: %+v", tok)
		}
		list, _ := tx.APITokens()
		if len(list) != 1 {
			t.Errorf("list: %+v", list)
		}
		return nil
	})
	db.Close()
	raw, err := os.ReadFile(db.Path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), secret) {
		t.Error("the data file holds the token itself")
	}
	if !strings.Contains(string(raw), TokenHash(secret)) {
		t.Error("the data file does not hold the token's hash")
	}
}

func TestADataFileFromBeforeTheAPIOpensAndTakesTokens(t *testing.T) {
	raw, err := os.ReadFile("testdata/schema2-reform.db")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, FileName), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(func(tx *Tx) error {
		list, err := tx.APITokens()
		if err != nil || len(list) != 0 {
			t.Errorf("an old file lists tokens: %v, %v", list, err)
		}
		return tx.PutAPIToken("bc_x", APIToken{ID: "t1", Unit: "38", Created: time.Now()})
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.Check(); err != nil {
		t.Errorf("the file after a token: %v", err)
	}
}
