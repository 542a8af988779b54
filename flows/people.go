package flows

import (
	"time"

	"github.com/baocao/baocao/locales"
)

// Role is what a person may do for a unit.
type Role string

const (
	// Officer reports for their unit.
	Officer Role = "officer"
	// Supervisor follows every unit under theirs: digests, reminders, unlocks.
	Supervisor Role = "supervisor"
	// Admin may do all of that and invite anyone under their unit.
	Admin Role = "admin"
)

// Valid reports whether r is a known role.
func (r Role) Valid() bool { return r == Officer || r == Supervisor || r == Admin }

// Supervises reports whether the role follows the units under its own.
func (r Role) Supervises() bool { return r == Supervisor || r == Admin }

// Person is someone who talks to the bot, linked to one or more units.
type Person struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Lang      string    `json:"lang,omitempty"`
	Links     []Link    `json:"links"`
	CreatedAt time.Time `json:"created"`
	// Unreachable is set when a channel reports that the person blocked the
	// bot; reminders stop and their supervisor is told.
	Unreachable      bool      `json:"unreachable,omitempty"`
	UnreachableSince time.Time `json:"unreachable_since,omitzero"`
}

// Link ties a person to a unit with a role.
type Link struct {
	Unit string `json:"unit"`
	Role Role   `json:"role"`
	// Until ends a substitute's access by itself (an officer standing in
	// for one on leave); zero means no end.
	Until time.Time `json:"until,omitzero"`
	// Since is when the link was made: the era it was made in is the
	// era of its unit (era.go). Schema 3 filled it in for older links.
	Since time.Time `json:"since,omitzero"`
}

// Expired reports whether a substitute's access has ended at now.
func (l Link) Expired(now time.Time) bool { return !l.Until.IsZero() && !now.Before(l.Until) }

// DropExpired removes the links that have ended at now and returns them.
func (p *Person) DropExpired(now time.Time) []Link {
	var gone []Link
	kept := p.Links[:0:0]
	for _, l := range p.Links {
		if l.Expired(now) {
			gone = append(gone, l)
			continue
		}
		kept = append(kept, l)
	}
	if len(gone) > 0 {
		p.Links = kept
	}
	return gone
}

// Revoke removes the person's link to unit, and reports whether there was one.
func (p *Person) Revoke(unit string) (Link, bool) {
	for i, l := range p.Links {
		if l.Unit == unit {
			p.Links = append(p.Links[:i:i], p.Links[i+1:]...)
			return l, true
		}
	}
	return Link{}, false
}

// MaxSubstituteDays bounds a substitute's access: a leave longer than a
// year is a new appointment, not a stand-in.
const MaxSubstituteDays = 366

// Link returns the person's link to unit, if any.
func (p *Person) Link(unit string) (Link, bool) {
	for _, l := range p.Links {
		if l.Unit == unit {
			return l, true
		}
	}
	return Link{}, false
}

// ReportsFor lists the units the person reports for as an officer.
func (p *Person) ReportsFor() []string {
	var out []string
	for _, l := range p.Links {
		if l.Role == Officer {
			out = append(out, l.Unit)
		}
	}
	return out
}

// Supervised lists the units the person supervises.
func (p *Person) Supervised() []string {
	var out []string
	for _, l := range p.Links {
		if l.Role.Supervises() {
			out = append(out, l.Unit)
		}
	}
	return out
}

// Invite is a single-use code that links a chat to a unit with a role.
type Invite struct {
	Code      string    `json:"code"`
	Unit      string    `json:"unit"`
	Role      Role      `json:"role"`
	CreatedBy string    `json:"by"` // a person id, or "cli"
	CreatedAt time.Time `json:"created"`
	ExpiresAt time.Time `json:"expires"`
	UsedAt    time.Time `json:"used_at,omitzero"`
	UsedBy    string    `json:"used_by,omitempty"`
	// Days, for a substitute, is how long the access lasts once the code
	// is used; zero gives access without an end.
	Days int `json:"days,omitempty"`
}

// LinkAt is the link an invite gives when it is used at now. A
// substitute's lasts to the end of its last day in Vietnam, as they are
// told ("đến hết 31/12/2026"), not to the minute they linked.
func (i *Invite) LinkAt(now time.Time) Link {
	l := Link{Unit: i.Unit, Role: i.Role, Since: now}
	if i.Days > 0 {
		last := now.In(locales.Zone).AddDate(0, 0, i.Days)
		l.Until = time.Date(last.Year(), last.Month(), last.Day(), 0, 0, 0, 0, locales.Zone).AddDate(0, 0, 1)
	}
	return l
}

// InviteState says whether a code can still be used.
type InviteState int

const (
	InviteValid InviteState = iota
	InviteUsed
	InviteExpired
)

// State of the invite at now.
func (i *Invite) State(now time.Time) InviteState {
	switch {
	case !i.UsedAt.IsZero():
		return InviteUsed
	case !now.Before(i.ExpiresAt):
		return InviteExpired
	}
	return InviteValid
}

// DefaultInviteTTL is how long an invite code stays valid.
var DefaultInviteTTL = TTL{Days: 14}

// TTL is how long an invite stays valid: a number of days, to the end of
// the last one in Vietnam, as the invite says ("đến hết 05/01/2027"); or
// an exact span ("--ttl 30m", "--ttl 48h"), which is not rounded at all.
type TTL struct {
	Days  int
	Exact time.Duration
}

// IsZero reports an unset TTL (the default then applies).
func (t TTL) IsZero() bool { return t.Days <= 0 && t.Exact <= 0 }

// Expiry is when an invite made at now stops being valid: now plus the
// exact span, or midnight in zone after the last of the days.
func (t TTL) Expiry(now time.Time, zone *time.Location) time.Time {
	if t.Days <= 0 {
		return now.Add(t.Exact)
	}
	last := now.In(zone).AddDate(0, 0, t.Days)
	return time.Date(last.Year(), last.Month(), last.Day(), 0, 0, 0, 0, zone).AddDate(0, 0, 1)
}

// inviteAlphabet has no 0/O or 1/I/L, which people misread when a code is
// read out over the phone.
const inviteAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

// NewInviteCode turns random bytes into a code like "TT-4F9K2Q": a prefix from
// the role and six characters (31^6 ≈ 887 million codes). The caller
// supplies the randomness, so this stays pure and testable.
func NewInviteCode(role Role, random []byte) string {
	prefix := map[Role]string{Officer: "CB", Supervisor: "GS", Admin: "QT"}[role]
	b := make([]byte, 0, 9)
	b = append(b, prefix...)
	b = append(b, '-')
	for i := 0; i < 6 && i < len(random); i++ {
		b = append(b, inviteAlphabet[int(random[i])%len(inviteAlphabet)])
	}
	return string(b)
}

// NormalizeInviteCode accepts a code as people type it: any case, with or
// without the dash, with spaces.
func NormalizeInviteCode(s string) (string, bool) {
	var b []byte
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			b = append(b, byte(r-'a'+'A'))
		case r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
			b = append(b, byte(r))
		case r == '-' || r == ' ' || r == '_':
		default:
			return "", false
		}
	}
	if len(b) != 8 {
		return "", false
	}
	switch string(b[:2]) {
	case "CB", "GS", "QT":
	default:
		return "", false
	}
	for _, c := range b[2:] {
		if !containsByte(inviteAlphabet, c) {
			return "", false
		}
	}
	return string(b[:2]) + "-" + string(b[2:]), true
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}
