package store

// Queries the reminder scheduler needs: the state flows.DueAt decides on,
// identities indexed by person (a fan-out to thousands must not scan the
// identities bucket once per person), marks by prefix, and who is
// unreachable under a unit.

import (
	"bytes"
	"errors"
	"time"

	json "github.com/goccy/go-json"

	"github.com/baocao/baocao/flows"
)

// RemindState reads what decides reminders at now: people, and for every
// open period of every form the submissions, drafts and marks.
func (t *Tx) RemindState(cfg *flows.Config, now time.Time) (*flows.RemindState, error) {
	st := &flows.RemindState{Submitted: map[string]bool{}, Drafts: map[string][]string{}, Marks: map[string]bool{}}
	var err error
	if st.People, err = t.People(); err != nil {
		return nil, wrap("store.RemindState", err)
	}
	// A substitute whose access has ended is reminded of nothing and
	// counted nowhere, even before their next message stores the end.
	for _, p := range st.People {
		p.DropExpired(now)
	}
	sessions, err := t.Sessions()
	if err != nil {
		return nil, wrap("store.RemindState", err)
	}
	for id, s := range sessions {
		k := flows.ReportKey(s.Form, s.Period, s.Unit)
		st.Drafts[k] = append(st.Drafts[k], id)
	}
	for _, f := range cfg.Forms {
		for _, p := range f.OpenPeriods(now) {
			prefix := []byte(f.ID + "/" + p.Key + "/")
			c := t.tx.Bucket(bSubmissions).Cursor()
			for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
				st.Submitted[string(k)] = true
			}
			for _, kind := range []string{"remind/", "digest/"} {
				for k := range t.MarksWithPrefix(kind + f.ID + "/" + p.Key + "/") {
					st.Marks[k] = true
				}
			}
		}
	}
	return st, nil
}

// MarksWithPrefix returns the marks whose key starts with prefix.
func (t *Tx) MarksWithPrefix(prefix string) map[string]bool {
	out := map[string]bool{}
	c := t.tx.Bucket(bMarks).Cursor()
	p := []byte(prefix)
	for k, _ := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = c.Next() {
		out[string(k)] = true
	}
	return out
}

// IdentityIndex maps every person to the chats they are reached on.
func (t *Tx) IdentityIndex() (map[string][]Identity, error) {
	out := map[string][]Identity{}
	err := t.tx.Bucket(bIdentities).ForEach(func(k, v []byte) error {
		ch, chat, _ := bytes.Cut(k, []byte(":"))
		out[string(v)] = append(out[string(v)], Identity{Channel: string(ch), ChatID: string(chat)})
		return nil
	})
	return out, wrap("store.IdentityIndex", err)
}

// UnreachableUnder lists the people linked to the unit code, or to a unit
// under it, who blocked the bot: a supervisor's digest names them.
func (t *Tx) UnreachableUnder(units *flows.Units, code string) ([]*flows.Person, error) {
	u := units.Get(code)
	if u == nil {
		return nil, wrap("store.UnreachableUnder "+code, ErrNotFound)
	}
	var people []*flows.Person
	err := t.tx.Bucket(bPeople).ForEach(func(k, v []byte) error {
		var p flows.Person
		if err := json.Unmarshal(v, &p); err != nil {
			return err
		}
		if p.Unreachable {
			people = append(people, &p)
		}
		return nil
	})
	if err != nil {
		return nil, wrap("store.UnreachableUnder", err)
	}
	return flows.UnreachableUnder(people, u), nil
}

// RemindConfirm is a /nhac confirmation the server issued: who may use it,
// what it confirms, until when, and whether it was used. Its id is random
// and server-made, so a client cannot forge or renew one.
type RemindConfirm struct {
	Person  string    `json:"person"`
	Target  string    `json:"target"`
	Expires time.Time `json:"expires"`
	Used    bool      `json:"used,omitempty"`
}

// remindConfirmPrefix keys confirmations among the marks.
const remindConfirmPrefix = "nhac-confirm/"

// PutRemindConfirm stores a new confirmation under id; an id already
// issued is never replaced.
func (t *Tx) PutRemindConfirm(id string, c *RemindConfirm) error {
	key := remindConfirmPrefix + id
	if t.tx.Bucket(bMarks).Get([]byte(key)) != nil {
		return wrap("store.PutRemindConfirm", errors.New("id already issued"))
	}
	return wrap("store.PutRemindConfirm", t.put(bMarks, key, c))
}

// RemindConfirm returns the confirmation issued under id.
func (t *Tx) RemindConfirm(id string) (*RemindConfirm, error) {
	var c RemindConfirm
	return &c, wrap("store.RemindConfirm", t.get(bMarks, remindConfirmPrefix+id, &c))
}

// UseRemindConfirm marks the confirmation id used; it reports false if it
// already was (or was never issued).
func (t *Tx) UseRemindConfirm(id string) (bool, error) {
	c, err := t.RemindConfirm(id)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	if err != nil || c.Used {
		return false, err
	}
	c.Used = true
	return true, wrap("store.UseRemindConfirm", t.put(bMarks, remindConfirmPrefix+id, c))
}

// PruneRemindConfirms deletes the confirmations that expired before now.
func (t *Tx) PruneRemindConfirms(now time.Time) error {
	b := t.tx.Bucket(bMarks)
	var old [][]byte
	c := b.Cursor()
	p := []byte(remindConfirmPrefix)
	for k, v := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
		var rc RemindConfirm
		if json.Unmarshal(v, &rc) != nil || rc.Expires.Before(now) {
			old = append(old, bytes.Clone(k))
		}
	}
	for _, k := range old {
		if err := b.Delete(k); err != nil {
			return wrap("store.PruneRemindConfirms", err)
		}
	}
	return nil
}
