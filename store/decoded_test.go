package store

import (
	"testing"

	"github.com/baocao/baocao/flows"
)

func submitAll(t *testing.T, db *DB, units []*flows.Unit, v float64) {
	t.Helper()
	err := db.Update(func(tx *Tx) error {
		for _, u := range units {
			if err := tx.PutSubmission(&flows.Submission{Form: "f", Period: "2026", Unit: u.Code, Answers: map[string]flows.Value{"a": num(v)}}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, db *DB, units []*flows.Unit) map[string]*flows.Submission {
	t.Helper()
	var got map[string]*flows.Submission
	if err := db.View(func(tx *Tx) (err error) { got, err = tx.SubmissionsFor("f", "2026", units); return err }); err != nil {
		t.Fatal(err)
	}
	return got
}

func TestEachStoreHasItsOwnBoundedDecodeCache(t *testing.T) {
	units := []*flows.Unit{{Code: "1"}, {Code: "2"}, {Code: "3"}, {Code: "4"}, {Code: "5"}}
	a, b := MustOpen(t), MustOpen(t)
	a.LimitDecodeCache(3)
	submitAll(t, a, units, 7)
	submitAll(t, b, units, 7)

	first := read(t, a, units)
	if n := a.decoded.len(); n > 3 {
		t.Errorf("the cache holds %d submissions, bounded to 3", n)
	}
	if n := b.decoded.len(); n != 0 {
		t.Errorf("reading store a filled store b's cache with %d entries", n)
	}
	fromB := read(t, b, units)
	for _, u := range units {
		if fromB[u.Code] == first[u.Code] {
			t.Errorf("unit %s: two stores hand out the same decoded submission", u.Code)
		}
	}
	again := read(t, a, units[4:])
	if again["5"] != first["5"] {
		t.Error("an unchanged submission was decoded again instead of coming from the cache")
	}

	submitAll(t, a, units[4:], 9)
	if v, _ := read(t, a, units[4:])["5"].Num("a"); v != 9 {
		t.Errorf("after a new version the cache gives %v, want 9: changed bytes must be decoded again", v)
	}
}

func TestTheDecodeCacheIsBoundedByMemory(t *testing.T) {
	var units []*flows.Unit
	for i := range 200 {
		units = append(units, &flows.Unit{Code: "u" + string(rune('a'+i%26)) + string(rune('a'+i/26))})
	}
	db := MustOpen(t)
	db.LimitDecodeBytes(20_000)
	submitAll(t, db, units, 7)
	read(t, db, units)
	if n := db.decoded.bytesHeld(); n > 20_000 || n == 0 {
		t.Errorf("the cache holds %d bytes, bounded to 20,000", n)
	}
	if got := read(t, db, units); len(got) != len(units) {
		t.Errorf("read %d of %d after evictions", len(got), len(units))
	}
}
