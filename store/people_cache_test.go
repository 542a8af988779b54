package store

import (
	"testing"

	"github.com/baocao/baocao/flows"
)

// People are decoded once and kept; each read is a copy of its own, and a
// write is seen by the next read without any invalidation.
func TestAKeptPersonIsACopyAndAWriteIsSeenAtOnce(t *testing.T) {
	db := MustOpen(t)
	put := func(p *flows.Person) {
		t.Helper()
		if err := db.Update(func(tx *Tx) error { return tx.PutPerson(p) }); err != nil {
			t.Fatal(err)
		}
	}
	get := func() *flows.Person {
		t.Helper()
		var p *flows.Person
		if err := db.View(func(tx *Tx) error {
			var err error
			p, err = tx.Person("p1")
			return err
		}); err != nil {
			t.Fatal(err)
		}
		return p
	}
	put(&flows.Person{ID: "p1", Name: "Lan", Links: []flows.Link{{Unit: "15187", Role: flows.Officer}}})
	a := get()
	a.Name, a.Links[0].Unit = "changed in memory", "99999" // a caller's own business
	if b := get(); b.Name != "Lan" || b.Links[0].Unit != "15187" {
		t.Fatalf("a read saw another reader's changes: %+v", b)
	}
	put(&flows.Person{ID: "p1", Name: "Lan", Lang: "en", Links: []flows.Link{{Unit: "15187", Role: flows.Supervisor}}})
	if c := get(); c.Lang != "en" || c.Links[0].Role != flows.Supervisor {
		t.Fatalf("a write was not seen: %+v", c)
	}
	db.View(func(tx *Tx) error {
		if _, err := tx.Person("nobody"); !isNotFound(err) {
			t.Errorf("a missing person: %v", err)
		}
		return nil
	})
}
