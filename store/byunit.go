package store

// People by unit: an index kept beside the people bucket, so that the
// questions "who reports for this commune" and "who supervises here" read
// the few people linked to the units asked about, not every person. A
// digest of a province with 30,000 people linked used to decode all of
// them to name the officers of the communes that had not reported.
//
// Keys are unit code, NUL, person id; the value is the link's role. The
// index is written by PutPerson in the same transaction as the person, so
// it is never out of step; schema 2 builds it for files of schema 1.

import (
	"bytes"

	json "github.com/goccy/go-json"
	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/flows"
)

func unitKey(unit, person string) []byte {
	k := make([]byte, 0, len(unit)+1+len(person))
	return append(append(append(k, unit...), 0), person...)
}

// indexPerson replaces the index entries of a person whose stored value
// was old (nil for a new person) by those of p.
func indexPerson(b *bolt.Bucket, old []byte, p *flows.Person) error {
	if old != nil {
		var prev flows.Person
		if err := json.Unmarshal(old, &prev); err == nil {
			for _, l := range prev.Links {
				if err := b.Delete(unitKey(l.Unit, prev.ID)); err != nil {
					return err
				}
			}
		}
	}
	for _, l := range p.Links {
		if err := b.Put(unitKey(l.Unit, p.ID), []byte(l.Role)); err != nil {
			return err
		}
	}
	return nil
}

// LinkedTo lists the people linked to the unit code with a role in roles
// (any role when none is given), ordered by id.
func (t *Tx) LinkedTo(unit string, roles ...flows.Role) ([]*flows.Person, error) {
	var out []*flows.Person
	prefix := unitKey(unit, "")
	c := t.tx.Bucket(bByUnit).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if len(roles) > 0 && !hasRole(roles, flows.Role(v)) {
			continue
		}
		p, err := t.Person(string(k[len(prefix):]))
		if isNotFound(err) {
			continue // an entry left by a person removed by hand
		}
		if err != nil {
			return nil, wrap("store.LinkedTo "+unit, err)
		}
		out = append(out, p)
	}
	return out, nil
}

func hasRole(roles []flows.Role, r flows.Role) bool {
	for _, x := range roles {
		if x == r {
			return true
		}
	}
	return false
}

// migrateByUnit (schema 1 → 2) builds the index from the people.
func migrateByUnit(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bByUnit)
	if err != nil {
		return err
	}
	return tx.Bucket(bPeople).ForEach(func(k, v []byte) error {
		var p flows.Person
		if err := json.Unmarshal(v, &p); err != nil {
			return err
		}
		return indexPerson(b, nil, &p)
	})
}
