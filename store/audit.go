package store

// The audit log: who did what, when, for which unit. Every submission and
// edit (written here, by PutSubmission itself, so no path can skip it),
// unlock, invite, link, revoke, announcement and export is one entry,
// appended in the transaction that does it: an action and its record
// commit together or not at all.

import (
	"bytes"
	"encoding/binary"
	"time"

	json "github.com/goccy/go-json"
)

// Audit actions.
const (
	AuditSubmit   = "submit"   // a first version
	AuditEdit     = "edit"     // a later version (/sua)
	AuditUnlock   = "unlock"   // a supervisor let a unit edit a locked report
	AuditOpen     = "open"     // a period opened for reporting
	AuditInvite   = "invite"   // an invite code was made
	AuditLink     = "link"     // a chat was linked by an invite code
	AuditRevoke   = "revoke"   // a person's access to a unit was taken away
	AuditUnlink   = "unlink"   // one of a person's chats was unlinked
	AuditExpire   = "expire"   // a substitute's access ended by itself
	AuditAnnounce = "announce" // a supervisor wrote to the officers under them
	AuditExport   = "export"   // a report sheet was exported
	AuditRemind   = "remind"   // a supervisor sent reminders (/nhac, or "Nhắc" on the web)
	AuditWeb      = "web"      // a browser session of the web view was opened from a /web link
	AuditImport   = "import"   // figures imported from a file (baocao figures import)
)

// AuditEntry is one line of the audit log.
type AuditEntry struct {
	At     time.Time `json:"at"`
	By     string    `json:"by"` // a person id, or "cli" for the operator
	ByName string    `json:"by_name,omitempty"`
	Action string    `json:"action"`
	Unit   string    `json:"unit,omitempty"`
	// Detail says what exactly: "nam 2026 v2", an invite's role and code…
	Detail string `json:"detail,omitempty"`
}

// Audit appends an entry. Keys are the time then a sequence number, so the
// log reads in order and a scan from a date seeks straight to it.
func (t *Tx) Audit(e AuditEntry) error {
	b := t.tx.Bucket(bAudit)
	seq, err := b.NextSequence()
	if err != nil {
		return wrap("store.Audit", err)
	}
	key := make([]byte, 16)
	binary.BigEndian.PutUint64(key, uint64(e.At.UnixNano()))
	binary.BigEndian.PutUint64(key[8:], seq)
	raw, err := json.Marshal(e)
	if err != nil {
		return wrap("store.Audit", err)
	}
	return wrap("store.Audit", b.Put(key, raw))
}

// AuditLog lists the entries from since on for which keep returns true
// (nil keeps all), oldest first, at most limit of them (the newest when
// there are more) and how many matched in all.
func (t *Tx) AuditLog(since time.Time, keep func(AuditEntry) bool, limit int) ([]AuditEntry, int, error) {
	var out []AuditEntry
	total := 0
	b := t.tx.Bucket(bAudit)
	if b == nil {
		return nil, 0, nil
	}
	start := make([]byte, 8)
	if !since.IsZero() && since.UnixNano() > 0 {
		binary.BigEndian.PutUint64(start, uint64(since.UnixNano()))
	}
	c := b.Cursor()
	for k, v := c.Seek(start); k != nil; k, v = c.Next() {
		if bytes.Compare(k[:8], start) < 0 {
			continue
		}
		var e AuditEntry
		if err := json.Unmarshal(v, &e); err != nil {
			return nil, 0, wrap("store.AuditLog", err)
		}
		if keep != nil && !keep(e) {
			continue
		}
		total++
		out = append(out, e)
		if limit > 0 && len(out) > limit {
			out = out[1:]
		}
	}
	return out, total, nil
}
