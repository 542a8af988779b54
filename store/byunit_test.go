package store

import (
	"fmt"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/flows"
)

func ids(ps []*flows.Person) string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return fmt.Sprint(out)
}

func TestPeopleAreFoundByTheUnitTheyAreLinkedTo(t *testing.T) {
	db := MustOpen(t)
	db.Update(func(tx *Tx) error {
		tx.PutPerson(&flows.Person{ID: "lan", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}}})
		tx.PutPerson(&flows.Person{ID: "minh", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}, {Unit: "391", Role: flows.Supervisor}}})
		tx.PutPerson(&flows.Person{ID: "an", Links: []flows.Link{{Unit: "152470", Role: flows.Officer}}})
		return nil
	})
	db.View(func(tx *Tx) error {
		if got, _ := tx.LinkedTo("15247"); ids(got) != "[lan minh]" {
			t.Errorf("15247: %s (a unit whose code starts the same must not count)", ids(got))
		}
		if got, _ := tx.LinkedTo("391", flows.Officer); len(got) != 0 {
			t.Errorf("officers of 391: %s", ids(got))
		}
		if got, _ := tx.LinkedTo("391", flows.Supervisor, flows.Admin); ids(got) != "[minh]" {
			t.Errorf("supervisors of 391: %s", ids(got))
		}
		return nil
	})
	t.Run("a person moved to another unit leaves the old one", func(t *testing.T) {
		db.Update(func(tx *Tx) error {
			return tx.PutPerson(&flows.Person{ID: "lan", Links: []flows.Link{{Unit: "15250", Role: flows.Officer}}})
		})
		db.View(func(tx *Tx) error {
			if got, _ := tx.LinkedTo("15247"); ids(got) != "[minh]" {
				t.Errorf("15247: %s", ids(got))
			}
			if got, _ := tx.LinkedTo("15250"); ids(got) != "[lan]" {
				t.Errorf("15250: %s", ids(got))
			}
			return nil
		})
	})
}

func TestAFileOfSchema1GetsItsUnitIndexOnOpen(t *testing.T) {
	dir := t.TempDir()
	db := MustOpenIn(t, dir)
	db.Update(func(tx *Tx) error {
		return tx.PutPerson(&flows.Person{ID: "lan", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}}})
	})
	// Back to what schema 1 wrote: no index.
	db.bolt.Update(func(tx *bolt.Tx) error {
		tx.DeleteBucket(bByUnit)
		return tx.Bucket(bMeta).Put([]byte("schema"), []byte("1"))
	})
	db.Close()
	db, err := Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *Tx) error {
		if got, _ := tx.LinkedTo("15247"); ids(got) != "[lan]" {
			t.Errorf("after the migration: %s", ids(got))
		}
		return nil
	})
}

func MustOpenIn(t *testing.T, dir string) *DB {
	db, err := Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	return db
}
