package flows

// Announcements: a supervisor writes once to every officer under them, or
// under one cluster ("cụm thi đua"). Who it reaches is decided here, so
// the confirmation and the sending count the same people.

import (
	"sort"
	"time"
)

// MaxAnnouncement is the longest announcement, in runes: one Telegram
// message (4096) with room for the heading that names the sender.
const MaxAnnouncement = 3500

// Audience is who an announcement reaches.
type Audience struct {
	To          []*Person // officers who can be reached, by name
	Unreachable int       // officers who blocked the bot
	Units       int       // reporting units covered
	NoOfficer   int       // units with nobody linked
}

// AnnouncementAudience lists the officers linked to the reporting units in
// scope at now, each once, leaving out the sender.
func AnnouncementAudience(people []*Person, scope []*Unit, sender string, now time.Time) Audience {
	in := map[string]bool{}
	for _, u := range scope {
		for _, l := range u.Leaves() {
			in[l.Code] = true
		}
	}
	a := Audience{Units: len(in)}
	covered := map[string]bool{}
	for _, p := range people {
		if p.ID == sender {
			continue
		}
		hit := false
		for _, l := range p.Links {
			if l.Role == Officer && in[l.Unit] && !l.Expired(now) {
				hit = true
				covered[l.Unit] = true
			}
		}
		if !hit {
			continue
		}
		if p.Unreachable {
			a.Unreachable++
			continue
		}
		a.To = append(a.To, p)
	}
	a.NoOfficer = len(in) - len(covered)
	sort.Slice(a.To, func(i, j int) bool { return a.To[i].Name < a.To[j].Name })
	return a
}
