package store

// Units have eras (flows/era.go). The store's part:
//
//   - Schema 3 (migrateSince) gives every person's link the time it was
//     made (Link.Since): from the invite the person used for that unit, or
//     the audit log's link entry, or when the person was created. Nothing
//     else of the file changes; it needs no configuration.
//   - SettleEras, run by the wiring once the configuration is known (and
//     again whenever it declares a new era), re-addresses each link made
//     before an era began to the unit of the era it was made in
//     ("15250@2025-07-01"), and sets aside any report stored for a period
//     of an ended era by a person of today's unit under the same code (the
//     new Xã Kim Tân's officer entering 2024 under 15187 wrote into old Thị
//     trấn Kim Tân's slot). A set-aside report keeps its key and every
//     version in the set_aside bucket: nothing is lost, and nothing of it
//     is read as the old unit's. Every change is a line of the audit log
//     (action "era") and a note the wiring logs.

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"time"

	json "github.com/goccy/go-json"
	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// Audit actions of eras.
const (
	AuditEra    = "era"    // a change SettleEras made
	AuditRelink = "relink" // a person of an old unit linked to the unit that took it
)

// migrateSince (schema 2 → 3) fills in when each link was made, and adds
// the set_aside bucket.
func migrateSince(tx *bolt.Tx, notes *[]string) error {
	if _, err := tx.CreateBucketIfNotExists(bSetAside); err != nil {
		return err
	}
	// When each person was linked to each unit: the used invites first,
	// then the audit log's link entries (a later one wins).
	made := map[string]time.Time{} // person NUL unit
	err := tx.Bucket(bInvites).ForEach(func(k, v []byte) error {
		var i flows.Invite
		if err := json.Unmarshal(v, &i); err != nil {
			return err
		}
		if i.UsedBy != "" && !i.UsedAt.IsZero() {
			key := i.UsedBy + "\x00" + i.Unit
			if i.UsedAt.After(made[key]) {
				made[key] = i.UsedAt
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if a := tx.Bucket(bAudit); a != nil {
		err := a.ForEach(func(k, v []byte) error {
			var e AuditEntry
			if err := json.Unmarshal(v, &e); err != nil {
				return nil // an unreadable line of the log does not stop the move
			}
			if e.Action == AuditLink && e.Unit != "" {
				key := e.By + "\x00" + e.Unit
				if e.At.After(made[key]) {
					made[key] = e.At
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	people := tx.Bucket(bPeople)
	var keys [][]byte
	if err := people.ForEach(func(k, _ []byte) error { keys = append(keys, bytes.Clone(k)); return nil }); err != nil {
		return err
	}
	filled := 0
	for _, k := range keys {
		var p flows.Person
		if err := json.Unmarshal(people.Get(k), &p); err != nil {
			return fmt.Errorf("person %s: %w", k, err)
		}
		changed := false
		for i, l := range p.Links {
			if !l.Since.IsZero() {
				continue
			}
			at, ok := made[p.ID+"\x00"+l.Unit]
			if !ok {
				at = p.CreatedAt
			}
			p.Links[i].Since, changed = at, true
			filled++
		}
		if !changed {
			continue
		}
		raw, err := json.Marshal(&p)
		if err != nil {
			return err
		}
		if err := people.Put(k, raw); err != nil {
			return err
		}
	}
	if len(keys) == 0 {
		return nil // a new file
	}
	*notes = append(*notes, fmt.Sprintf("schema 3: %d links of %d people given the time they were made", filled, len(keys)))
	return nil
}

// erasKey is the meta entry listing the era boundaries already settled.
const erasKey = "eras:settled"

// SettleEras brings the file in line with the configuration's eras (see
// the file comment). It does nothing for eras already settled, so it runs
// at every start; it returns what it changed, one line each, for the log.
func (db *DB) SettleEras(cfg *flows.Config, now time.Time) (notes []string, err error) {
	err = db.Update(func(tx *Tx) error {
		done := map[string]bool{}
		for _, d := range strings.Fields(tx.Meta(erasKey)) {
			done[d] = true
		}
		var settled []string
		for _, b := range cfg.Eras {
			day := b.In(locales.Zone).Format("2006-01-02")
			settled = append(settled, day)
			if done[day] {
				continue
			}
			n, err := tx.settleEra(cfg, b, now)
			if err != nil {
				return err
			}
			notes = append(notes, n...)
		}
		sort.Strings(settled)
		return tx.SetMeta(erasKey, strings.Join(settled, " "))
	})
	return notes, wrap("store.SettleEras", err)
}

// settleEra settles the era that begins at start.
func (t *Tx) settleEra(cfg *flows.Config, start, now time.Time) ([]string, error) {
	var notes []string
	people, err := t.People()
	if err != nil {
		return nil, err
	}
	// Whose link to a code is of the new era: they did not report for the
	// old unit of that code.
	newcomer := map[string]bool{} // person NUL code
	for _, p := range people {
		changed := false
		for i, l := range p.Links {
			code, until := flows.SplitRef(l.Unit)
			if !until.IsZero() {
				continue // already a unit of an ended era
			}
			if l.Since.IsZero() || !l.Since.Before(start) {
				newcomer[p.ID+"\x00"+code] = true
				continue
			}
			ref := flows.Ref(code, start)
			p.Links[i].Unit, changed = ref, true
			if err := t.moveMark("stale/"+p.ID+"/"+code, "stale/"+p.ID+"/"+ref); err != nil {
				return nil, err
			}
			note := fmt.Sprintf("link of %s (%s) to %s, made %s, is to the unit of the era before %s: %s",
				p.ID, p.Name, code, l.Since.In(locales.Zone).Format("02/01/2006"), start.In(locales.Zone).Format("02/01/2006"), ref)
			notes = append(notes, note)
			if err := t.Audit(AuditEntry{At: now, By: "baocao", Action: AuditEra, Unit: ref, Detail: note}); err != nil {
				return nil, err
			}
		}
		if changed {
			if err := t.PutPerson(p); err != nil {
				return nil, err
			}
		}
	}
	// Reports of a period of the ended era that a person of today's unit
	// stored under its code.
	var aside []*flows.Submission
	err = t.tx.Bucket(bSubmissions).ForEach(func(k, v []byte) error {
		var s flows.Submission
		if err := json.Unmarshal(v, &s); err != nil {
			return fmt.Errorf("submission %s: %w", k, err)
		}
		f := cfg.Form(s.Form)
		if f == nil {
			return nil
		}
		p, err := f.Period(s.Period)
		if err != nil || !cfg.EraUntil(p).Equal(start) {
			return nil
		}
		if newcomer[s.By+"\x00"+s.Unit] {
			aside = append(aside, &s)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, s := range aside {
		if err := t.setAside(s); err != nil {
			return nil, err
		}
		note := fmt.Sprintf("report %s %s %s (v%d, by %s %s, %s) set aside: its author is linked to today's unit %s, not to the unit of that code before %s",
			s.Form, s.Period, s.Unit, s.Version, s.By, s.ByName, s.At.In(locales.Zone).Format("02/01/2006"), s.Unit, start.In(locales.Zone).Format("02/01/2006"))
		notes = append(notes, note)
		if err := t.Audit(AuditEntry{At: now, By: "baocao", Action: AuditEra, Unit: s.Unit, Detail: note}); err != nil {
			return nil, err
		}
	}
	return notes, nil
}

// setAside moves a report and all its versions to the set_aside bucket,
// under the same keys.
func (t *Tx) setAside(s *flows.Submission) error {
	key := subKey(s.Form, s.Period, s.Unit)
	aside := t.tx.Bucket(bSetAside)
	if err := aside.Put([]byte(key), t.tx.Bucket(bSubmissions).Get([]byte(key))); err != nil {
		return err
	}
	prefix := []byte(key + "/")
	versions := t.tx.Bucket(bVersions)
	var keys [][]byte
	c := versions.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if err := aside.Put(bytes.Clone(k), bytes.Clone(v)); err != nil {
			return err
		}
		keys = append(keys, bytes.Clone(k))
	}
	for _, k := range keys {
		if err := versions.Delete(k); err != nil {
			return err
		}
	}
	return t.tx.Bucket(bSubmissions).Delete([]byte(key))
}

// SetAside lists the reports set aside, current versions only, by key.
func (t *Tx) SetAside() (map[string]*flows.Submission, error) {
	out := map[string]*flows.Submission{}
	b := t.tx.Bucket(bSetAside)
	if b == nil {
		return out, nil
	}
	err := b.ForEach(func(k, v []byte) error {
		if strings.Count(string(k), "/") != 2 {
			return nil // a version
		}
		var s flows.Submission
		if err := json.Unmarshal(v, &s); err != nil {
			return err
		}
		out[string(k)] = &s
		return nil
	})
	return out, wrap("store.SetAside", err)
}

// moveMark renames a mark, keeping its time.
func (t *Tx) moveMark(from, to string) error {
	b := t.tx.Bucket(bMarks)
	v := b.Get([]byte(from))
	if v == nil {
		return nil
	}
	if err := b.Put([]byte(to), bytes.Clone(v)); err != nil {
		return err
	}
	return b.Delete([]byte(from))
}
