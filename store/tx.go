package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"time"

	json "github.com/goccy/go-json"
	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/flows"
)

// Tx is one transaction. Its methods wrap errors with their operation.
type Tx struct {
	tx      *bolt.Tx
	decoded *decodeCache // the store's; nil decodes every time
	people  *peopleCache // the store's; nil decodes every time
}

func (t *Tx) get(bucket []byte, key string, v any) error {
	raw := t.tx.Bucket(bucket).Get([]byte(key))
	if raw == nil {
		return ErrNotFound
	}
	if err := json.Unmarshal(raw, v); err != nil {
		// Bytes read from the file that are not the record they should be.
		return fmt.Errorf("%w: %s %q does not decode: %v", ErrDamaged, bucket, key, err)
	}
	return nil
}

func (t *Tx) put(bucket []byte, key string, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return t.tx.Bucket(bucket).Put([]byte(key), raw)
}

func isNotFound(err error) bool { return errors.Is(err, ErrNotFound) }

func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", op, err)
}

// --- people and identities ---

// Person returns the person with id.
func (t *Tx) Person(id string) (*flows.Person, error) {
	raw := t.tx.Bucket(bPeople).Get([]byte(id))
	if raw == nil {
		return &flows.Person{}, wrap("store.Person "+id, ErrNotFound)
	}
	p, err := t.people.decode(id, raw)
	if err != nil {
		return &flows.Person{}, wrap("store.Person "+id, err)
	}
	return p, nil
}

// PutPerson creates or replaces a person.
// The people-by-unit index follows in the same transaction.
func (t *Tx) PutPerson(p *flows.Person) error {
	old := t.tx.Bucket(bPeople).Get([]byte(p.ID))
	if err := indexPerson(t.tx.Bucket(bByUnit), old, p); err != nil {
		return wrap("store.PutPerson "+p.ID, err)
	}
	return wrap("store.PutPerson "+p.ID, t.put(bPeople, p.ID, p))
}

// People lists everyone.
func (t *Tx) People() ([]*flows.Person, error) {
	var out []*flows.Person
	err := t.tx.Bucket(bPeople).ForEach(func(k, v []byte) error {
		var p flows.Person
		if err := json.Unmarshal(v, &p); err != nil {
			return err
		}
		out = append(out, &p)
		return nil
	})
	return out, wrap("store.People", err)
}

// Identity is a person's address on a channel.
type Identity struct {
	Channel string `json:"channel"`
	ChatID  string `json:"chat"`
}

func (i Identity) key() string { return i.Channel + ":" + i.ChatID }

// PersonByIdentity returns the person a chat belongs to.
func (t *Tx) PersonByIdentity(id Identity) (*flows.Person, error) {
	raw := t.tx.Bucket(bIdentities).Get([]byte(id.key()))
	if raw == nil {
		return nil, wrap("store.PersonByIdentity "+id.key(), ErrNotFound)
	}
	return t.Person(string(raw))
}

// Link ties a chat to a person.
func (t *Tx) Link(id Identity, personID string) error {
	return wrap("store.Link "+id.key(), t.tx.Bucket(bIdentities).Put([]byte(id.key()), []byte(personID)))
}

// IdentitiesOf lists where a person can be reached.
func (t *Tx) IdentitiesOf(personID string) ([]Identity, error) {
	var out []Identity
	err := t.tx.Bucket(bIdentities).ForEach(func(k, v []byte) error {
		if string(v) == personID {
			ch, chat, _ := bytes.Cut(k, []byte(":"))
			out = append(out, Identity{Channel: string(ch), ChatID: string(chat)})
		}
		return nil
	})
	return out, wrap("store.IdentitiesOf", err)
}

// --- invites ---

// Invite returns the invite with code.
func (t *Tx) Invite(code string) (*flows.Invite, error) {
	var i flows.Invite
	return &i, wrap("store.Invite", t.get(bInvites, code, &i))
}

// PutInvite creates or updates an invite.
func (t *Tx) PutInvite(i *flows.Invite) error {
	return wrap("store.PutInvite", t.put(bInvites, i.Code, i))
}

// --- sessions (drafts) ---

// Session returns a person's draft.
func (t *Tx) Session(personID string) (*flows.Session, error) {
	var s flows.Session
	return &s, wrap("store.Session "+personID, t.get(bSessions, personID, &s))
}

// PutSession stores a person's draft.
func (t *Tx) PutSession(personID string, s *flows.Session) error {
	return wrap("store.PutSession "+personID, t.put(bSessions, personID, s))
}

// DeleteSession removes a person's draft.
func (t *Tx) DeleteSession(personID string) error {
	return wrap("store.DeleteSession", t.tx.Bucket(bSessions).Delete([]byte(personID)))
}

// Sessions lists every draft by person id.
func (t *Tx) Sessions() (map[string]*flows.Session, error) {
	out := map[string]*flows.Session{}
	err := t.tx.Bucket(bSessions).ForEach(func(k, v []byte) error {
		var s flows.Session
		if err := json.Unmarshal(v, &s); err != nil {
			return err
		}
		out[string(k)] = &s
		return nil
	})
	return out, wrap("store.Sessions", err)
}

// --- submissions ---

func subKey(form, period, unit string) string { return form + "/" + period + "/" + unit }

// Submission returns the current version of a unit's report.
func (t *Tx) Submission(form, period, unit string) (*flows.Submission, error) {
	var s flows.Submission
	return &s, wrap("store.Submission "+subKey(form, period, unit), t.get(bSubmissions, subKey(form, period, unit), &s))
}

// PutSubmission stores s as the next version: it sets s.Version, keeps the
// previous version in the history and makes s the current one.
func (t *Tx) PutSubmission(s *flows.Submission) error {
	key := subKey(s.Form, s.Period, s.Unit)
	var cur flows.Submission
	switch err := t.get(bSubmissions, key, &cur); err {
	case nil:
		s.Version = cur.Version + 1
	case ErrNotFound:
		s.Version = 1
	default:
		return wrap("store.PutSubmission", err)
	}
	if err := t.put(bVersions, key+"/"+fmt.Sprintf("%06d", s.Version), s); err != nil {
		return wrap("store.PutSubmission", err)
	}
	action, detail := AuditSubmit, fmt.Sprintf("%s %s v%d", s.Form, s.Period, s.Version)
	if s.Version > 1 {
		action = AuditEdit
	}
	at := s.At
	if s.Imported != nil {
		// At is the period's (the unit's report time is not known); the
		// log keeps when the import was made.
		action, detail, at = AuditImport, detail+" "+s.Imported.File, s.Imported.At
	}
	if err := t.Audit(AuditEntry{At: at, By: s.By, ByName: s.ByName, Action: action, Unit: s.Unit,
		Detail: detail}); err != nil {
		return wrap("store.PutSubmission", err)
	}
	return wrap("store.PutSubmission", t.put(bSubmissions, key, s))
}

// Submissions lists the current versions for a form and period, by unit.
func (t *Tx) Submissions(form, period string) (map[string]*flows.Submission, error) {
	out := map[string]*flows.Submission{}
	prefix := []byte(form + "/" + period + "/")
	c := t.tx.Bucket(bSubmissions).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var s flows.Submission
		if err := json.Unmarshal(v, &s); err != nil {
			return nil, wrap("store.Submissions", err)
		}
		out[s.Unit] = &s
	}
	return out, nil
}

// History lists every version of a unit's report, oldest first.
func (t *Tx) History(form, period, unit string) ([]*flows.Submission, error) {
	var out []*flows.Submission
	prefix := []byte(subKey(form, period, unit) + "/")
	c := t.tx.Bucket(bVersions).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var s flows.Submission
		if err := json.Unmarshal(v, &s); err != nil {
			return nil, wrap("store.History", err)
		}
		out = append(out, &s)
	}
	return out, nil
}

// --- outbox ---

// Priority orders the outbox: replies to a person go before bulk sends.
type Priority byte

const (
	PriorityReply Priority = 1
	PriorityBulk  Priority = 5
)

// OutboxItem is one message waiting to be sent. Data is the channel's
// encoding of it (the store does not need to know).
type OutboxItem struct {
	Key      []byte
	Priority Priority
	Data     []byte
}

// Enqueue adds a message to the outbox, after everything of its priority.
func (t *Tx) Enqueue(p Priority, data []byte) error {
	b := t.tx.Bucket(bOutbox)
	seq, err := b.NextSequence()
	if err != nil {
		return wrap("store.Enqueue", err)
	}
	key := make([]byte, 9)
	key[0] = byte(p)
	binary.BigEndian.PutUint64(key[1:], seq)
	return wrap("store.Enqueue", b.Put(key, data))
}

// Outbox returns up to n waiting messages, most urgent and oldest first.
func (t *Tx) Outbox(n int) []OutboxItem {
	var out []OutboxItem
	c := t.tx.Bucket(bOutbox).Cursor()
	for k, v := c.First(); k != nil && len(out) < n; k, v = c.Next() {
		out = append(out, OutboxItem{Key: bytes.Clone(k), Priority: Priority(k[0]), Data: bytes.Clone(v)})
	}
	return out
}

// OutboxLen counts waiting messages.
func (t *Tx) OutboxLen() int { return t.tx.Bucket(bOutbox).Stats().KeyN }

// Sent removes a message from the outbox.
func (t *Tx) Sent(key []byte) error {
	return wrap("store.Sent", t.tx.Bucket(bOutbox).Delete(key))
}

// Replace rewrites a waiting message (e.g. to count a retry).
func (t *Tx) Replace(key, data []byte) error {
	return wrap("store.Replace", t.tx.Bucket(bOutbox).Put(key, data))
}

// --- marks (what was already done, e.g. a reminder sent) ---

// Mark records that key happened at when; it reports false if it already had.
func (t *Tx) Mark(key string, when time.Time) (bool, error) {
	b := t.tx.Bucket(bMarks)
	if b.Get([]byte(key)) != nil {
		return false, nil
	}
	return true, wrap("store.Mark", b.Put([]byte(key), []byte(when.UTC().Format(time.RFC3339))))
}

// Marked reports whether key was marked.
func (t *Tx) Marked(key string) bool { return t.tx.Bucket(bMarks).Get([]byte(key)) != nil }

// --- meta ---

// Offset returns a channel's stored update offset (0 if none).
func (t *Tx) Offset(channel string) int64 {
	n, _ := strconv.ParseInt(string(t.tx.Bucket(bMeta).Get([]byte("offset:"+channel))), 10, 64)
	return n
}

// SetOffset stores a channel's update offset, in the same transaction as
// the update's effects: the update is confirmed only if they commit.
func (t *Tx) SetOffset(channel string, offset int64) error {
	return wrap("store.SetOffset", t.tx.Bucket(bMeta).Put([]byte("offset:"+channel), []byte(strconv.FormatInt(offset, 10))))
}

// Meta reads a free-form value.
func (t *Tx) Meta(key string) string { return string(t.tx.Bucket(bMeta).Get([]byte("x:" + key))) }

// SetMeta writes a free-form value.
func (t *Tx) SetMeta(key, value string) error {
	return wrap("store.SetMeta", t.tx.Bucket(bMeta).Put([]byte("x:"+key), []byte(value)))
}

// Unmark removes a mark.
func (t *Tx) Unmark(key string) error {
	return wrap("store.Unmark", t.tx.Bucket(bMarks).Delete([]byte(key)))
}
