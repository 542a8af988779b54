package store

// Photos sent as evidence: their bytes, kept so that a supervisor can see
// them (/anh) and the export can show them, whatever channel they came
// from. A chat platform's file id is not enough: Telegram's cannot be
// shown anywhere else, and a link to it expires.

import (
	"errors"
	"fmt"
)

// MaxPhotoBytes bounds one kept photo: a phone's photo as Telegram sends
// its largest size (about 1280 px) is 100–300 KB.
const MaxPhotoBytes = 1 << 20

// ErrPhotoTooBig: the photo is over MaxPhotoBytes.
var ErrPhotoTooBig = errors.New("photo too big")

// PutPhoto keeps a photo's bytes under key (the answer's photo reference).
// It refuses more than MaxPhotoBytes with ErrPhotoTooBig.
func (t *Tx) PutPhoto(key string, data []byte) error {
	if len(data) > MaxPhotoBytes {
		return fmt.Errorf("store.PutPhoto %s: %d bytes: %w", key, len(data), ErrPhotoTooBig)
	}
	if key == "" {
		return fmt.Errorf("store.PutPhoto: no key")
	}
	return wrap("store.PutPhoto", t.tx.Bucket(bPhotos).Put([]byte(key), data))
}

// Photo returns a kept photo's bytes, or ErrNotFound.
func (t *Tx) Photo(key string) ([]byte, error) {
	b := t.tx.Bucket(bPhotos)
	if b == nil || key == "" {
		return nil, wrap("store.Photo", ErrNotFound)
	}
	raw := b.Get([]byte(key))
	if raw == nil {
		return nil, wrap("store.Photo "+key, ErrNotFound)
	}
	return append([]byte(nil), raw...), nil
}
