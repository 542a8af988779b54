package store

import (
	"bytes"
	"errors"
	"testing"
	"time"
)

func TestPhotosAreKeptUpToTheirBound(t *testing.T) {
	db, err := Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	img := bytes.Repeat([]byte{0xff}, 300<<10)
	err = db.Update(func(tx *Tx) error {
		if err := tx.PutPhoto("telegram:AgAD1", img); err != nil {
			return err
		}
		if err := tx.PutPhoto("telegram:big", make([]byte, MaxPhotoBytes+1)); !errors.Is(err, ErrPhotoTooBig) {
			t.Errorf("a photo over the bound: %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *Tx) error {
		got, err := tx.Photo("telegram:AgAD1")
		if err != nil || !bytes.Equal(got, img) {
			t.Errorf("kept %d bytes (%v)", len(got), err)
		}
		if _, err := tx.Photo("telegram:big"); !errors.Is(err, ErrNotFound) {
			t.Errorf("the refused photo: %v", err)
		}
		return nil
	})
}
