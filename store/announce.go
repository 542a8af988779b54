package store

import (
	"time"
)

// Announcement is a supervisor's message to the officers under them, from
// the confirmation to the last delivery.
type Announcement struct {
	ID      string    `json:"id"`
	By      string    `json:"by"`
	ByName  string    `json:"by_name"`
	Scope   []string  `json:"scope"` // unit codes, or the members of a cluster
	Label   string    `json:"label"` // what the scope is called: a unit, a cluster
	Text    string    `json:"text"`
	Created time.Time `json:"created"`
	Expires time.Time `json:"expires"` // an unconfirmed one lapses
	SentAt  time.Time `json:"sent_at,omitzero"`
	// Total messages queued; Delivered and Failed count them as the
	// outbox finishes each; Reported is set once the sender was told.
	Total     int  `json:"total,omitempty"`
	Delivered int  `json:"delivered,omitempty"`
	Failed    int  `json:"failed,omitempty"`
	Reported  bool `json:"reported,omitempty"`
}

// Announcement returns one by id.
func (t *Tx) Announcement(id string) (*Announcement, error) {
	var a Announcement
	return &a, wrap("store.Announcement "+id, t.get(bAnnouncements, id, &a))
}

// PutAnnouncement creates or updates one.
func (t *Tx) PutAnnouncement(a *Announcement) error {
	return wrap("store.PutAnnouncement", t.put(bAnnouncements, a.ID, a))
}
