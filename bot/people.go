package bot

// Running the people of a unit: who is linked to it and where they are
// reached (/danhsach), taking a person's access to a unit away or
// unlinking one of their chats (/thuhoi), and a substitute officer's
// access that ends by itself (/moi 15247 thaythe 30d). The same functions
// serve the operator's command line (baocao people, baocao revoke).

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/baocao/baocao/bot/outbox"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// PeopleError is why a change to people is refused; its Msg is for people.
type PeopleError struct{ Msg locales.Msg }

func (e *PeopleError) Error() string { return locales.Render(locales.EN, e.Msg) }

// Member is a person linked to a unit (or one under it), with their chats.
type Member struct {
	Person *flows.Person
	Links  []flows.Link // the person's links to the unit or units under it
	Chats  []store.Identity
}

// MembersOf lists who is linked to u or a unit under it, supervisors
// first, then by name.
func MembersOf(tx *store.Tx, cfg *flows.Config, u *flows.Unit) ([]Member, error) {
	people, err := tx.People()
	if err != nil {
		return nil, err
	}
	ids, err := tx.IdentityIndex()
	if err != nil {
		return nil, err
	}
	var out []Member
	for _, p := range people {
		var links []flows.Link
		for _, l := range p.Links {
			if x := cfg.Units.Get(l.Unit); x != nil && u.Contains(x) {
				links = append(links, l)
			}
		}
		if len(links) > 0 {
			out = append(out, Member{Person: p, Links: links, Chats: ids[p.ID]})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		si, sj := out[i].Links[0].Role.Supervises(), out[j].Links[0].Role.Supervises()
		if si != sj {
			return si
		}
		return out[i].Person.Name < out[j].Person.Name
	})
	return out, nil
}

// maxMembersShown bounds /danhsach for a province of thousands.
const maxMembersShown = 40

// MembersMessage lists the members for a supervisor or the operator.
func MembersMessage(cfg *flows.Config, u *flows.Unit, ms []Member) locales.Msg {
	if len(ms) == 0 {
		return locales.M("people.none", "unit", u.Named(), "code", locales.Plain(u.Code))
	}
	var lines []locales.Msg
	for i, m := range ms {
		if i == maxMembersShown {
			lines = append(lines, locales.M("people.more", "count", len(ms)-i))
			break
		}
		var links []locales.Msg
		for _, l := range m.Links {
			name := l.Unit
			if x := cfg.Units.Get(l.Unit); x != nil {
				name = x.Name
			}
			role := locales.M("role." + string(l.Role))
			if !l.Until.IsZero() {
				role = locales.M("people.substitute_until", "role", role, "date", locales.Date(l.Until.Add(-time.Second)))
			}
			links = append(links, locales.M("people.link", "unit", name, "role", role))
		}
		chats := make([]string, 0, len(m.Chats))
		for _, c := range m.Chats {
			chats = append(chats, channelName(c.Channel))
		}
		status := locales.M("people.reachable", "chats", locales.Plain(strings.Join(chats, ", ")))
		switch {
		case len(m.Chats) == 0:
			status = locales.M("people.no_chat")
		case m.Person.Unreachable:
			status = locales.M("people.blocked", "date", locales.Date(m.Person.UnreachableSince))
		}
		lines = append(lines, locales.M("people.line", "no", i+1, "name", locales.Plain(m.Person.Name), "id", locales.Plain(m.Person.ID),
			"links", joinMsgs(links), "status", status))
	}
	return locales.M("people.list", "unit", u.Named(), "count", len(ms), "lines", lines)
}

// joinMsgs renders as "a; b".
func joinMsgs(ms []locales.Msg) any {
	if len(ms) == 1 {
		return ms[0]
	}
	args := []any{}
	key := "people.links2"
	if len(ms) > 2 {
		key = "people.links3"
	}
	for i, m := range ms {
		if i < 3 {
			args = append(args, "l"+strconv.Itoa(i+1), m)
		}
	}
	return locales.M(key, args...)
}

func channelName(ch string) string {
	switch ch {
	case "telegram":
		return "Telegram"
	case "zalo":
		return "Zalo"
	}
	return ch
}

// Revoke takes away person's access to unit. by is who does it (nil: the
// operator); a supervisor may revoke links to units they supervise, but
// not their own. A person left with no link is unlinked from every chat,
// so the chat is a stranger again. It returns the link removed.
func Revoke(tx *store.Tx, cfg *flows.Config, by *flows.Person, personID, unit string, now time.Time) (flows.Link, *flows.Person, error) {
	p, u, err := checkRevoke(tx, cfg, by, personID, unit)
	if err != nil {
		return flows.Link{}, nil, err
	}
	l, _ := p.Revoke(u.Code)
	if err := tx.PutPerson(p); err != nil {
		return l, p, err
	}
	if len(p.Links) == 0 {
		if err := unlinkAll(tx, p.ID); err != nil {
			return l, p, err
		}
		if err := tx.DiscardSession(p.ID); err != nil {
			return l, p, err
		}
	}
	byID, byName := actor(by)
	return l, p, tx.Audit(store.AuditEntry{At: now, By: byID, ByName: byName, Action: store.AuditRevoke, Unit: u.Code,
		Detail: fmt.Sprintf("%s (%s) %s", p.Name, p.ID, l.Role)})
}

// checkRevoke finds the person and unit of a revocation and says why it
// may not be done, before anything changes (and before a confirmation is
// asked for something that would be refused).
func checkRevoke(tx *store.Tx, cfg *flows.Config, by *flows.Person, personID, unit string) (*flows.Person, *flows.Unit, error) {
	p, err := tx.Person(personID)
	if isNotFound(err) {
		return nil, nil, &PeopleError{locales.M("people.no_person", "id", locales.Plain(shorten(personID, 20)))}
	}
	if err != nil {
		return nil, nil, err
	}
	u := cfg.Units.Get(unit)
	if u == nil {
		return nil, nil, &PeopleError{locales.M("invite.unknown_unit", "unit", locales.Plain(shorten(unit, 20)))}
	}
	if by != nil {
		if !flows.May(by, cfg.Units, flows.Supervise, u) {
			return nil, nil, &PeopleError{locales.M("invite.not_your_unit", "unit", u.Named())}
		}
		if by.ID == p.ID {
			return nil, nil, &PeopleError{locales.M("people.not_yourself")}
		}
	}
	if _, ok := p.Link(u.Code); !ok {
		return nil, nil, &PeopleError{locales.M("people.not_linked", "name", locales.Plain(p.Name), "unit", u.Named())}
	}
	return p, u, nil
}

func unlinkAll(tx *store.Tx, personID string) error {
	ids, err := tx.IdentitiesOf(personID)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := tx.Unlink(id); err != nil {
			return err
		}
	}
	return nil
}

// UnlinkChannel unlinks a person's chats on one channel ("telegram"), or
// one chat ("telegram:123"). A supervisor must supervise every unit the
// person is linked to: the chat serves them all.
func UnlinkChannel(tx *store.Tx, cfg *flows.Config, by *flows.Person, personID, which string, now time.Time) (*flows.Person, int, error) {
	p, err := tx.Person(personID)
	if isNotFound(err) {
		return nil, 0, &PeopleError{locales.M("people.no_person", "id", locales.Plain(shorten(personID, 20)))}
	}
	if err != nil {
		return nil, 0, err
	}
	if by != nil {
		for _, l := range p.Links {
			if u := cfg.Units.Get(l.Unit); u == nil || !flows.May(by, cfg.Units, flows.Supervise, u) {
				return nil, 0, &PeopleError{locales.M("people.unlink_not_yours", "name", locales.Plain(p.Name))}
			}
		}
	}
	ids, err := tx.IdentitiesOf(p.ID)
	if err != nil {
		return nil, 0, err
	}
	channel, chat, _ := strings.Cut(strings.ToLower(strings.TrimSpace(which)), ":")
	n := 0
	for _, id := range ids {
		if id.Channel == channel && (chat == "" || id.ChatID == chat) {
			if err := tx.Unlink(id); err != nil {
				return nil, 0, err
			}
			n++
		}
	}
	if n == 0 {
		return p, 0, &PeopleError{locales.M("people.no_such_chat", "name", locales.Plain(p.Name), "channel", locales.Plain(shorten(which, 30)))}
	}
	byID, byName := actor(by)
	return p, n, tx.Audit(store.AuditEntry{At: now, By: byID, ByName: byName, Action: store.AuditUnlink,
		Detail: fmt.Sprintf("%s (%s) %s", p.Name, p.ID, which)})
}

func actor(by *flows.Person) (id, name string) {
	if by == nil {
		return "cli", ""
	}
	return by.ID, by.Name
}

// expireLinks ends the substitutes' access that has run out, before the
// person does anything: the change is stored and logged, and they are
// told once. ended reports that nothing is left to them, so the message
// is not handled further.
func (r *request) expireLinks() (ended bool, err error) {
	if r.person == nil {
		return false, nil
	}
	gone := r.person.DropExpired(r.now)
	if len(gone) == 0 {
		return false, nil
	}
	if err := r.tx.PutPerson(r.person); err != nil {
		return false, err
	}
	for _, l := range gone {
		name := l.Unit
		if u := r.cfg().Units.Get(l.Unit); u != nil {
			name = u.Name
		}
		if err := r.tx.Audit(store.AuditEntry{At: r.now, By: r.person.ID, ByName: r.person.Name, Action: store.AuditExpire, Unit: l.Unit,
			Detail: "until " + l.Until.In(locales.Zone).Format("2006-01-02 15:04")}); err != nil {
			return false, err
		}
		r.say(locales.M("people.expired", "unit", name, "date", locales.Date(l.Until.Add(-time.Second))))
	}
	if len(r.person.Links) == 0 {
		// Nothing left: the chat is a stranger again, and its draft goes.
		if err := unlinkAll(r.tx, r.person.ID); err != nil {
			return false, err
		}
		if err := r.tx.DiscardSession(r.person.ID); err != nil {
			return false, err
		}
		r.person = nil
		return true, nil
	}
	return false, nil
}

// people: /danhsach [UNIT] — who is linked to a unit under the supervisor.
func (r *request) people(args string) error {
	fields := strings.Fields(args)
	units, ok := r.supervisedTargets(fieldAt(fields, 0))
	if !ok {
		return nil
	}
	for _, u := range units {
		ms, err := MembersOf(r.tx, r.cfg(), u)
		if err != nil {
			return err
		}
		r.say(MembersMessage(r.cfg(), u, ms))
		if u.IsLeaf() && len(ms) > 0 {
			var rows [][]flows.Button
			for _, m := range ms {
				if m.Person.ID == r.person.ID {
					continue
				}
				rows = append(rows, []flows.Button{{Label: locales.M("people.revoke_button", "name", locales.Plain(m.Person.Name)),
					Data: "/thuhoi " + u.Code + " " + m.Person.ID}})
			}
			if len(rows) > 0 {
				r.say(locales.M("people.revoke_hint"), rows...)
			}
		}
	}
	return nil
}

// revoke: /thuhoi UNIT PERSON [ok] — take a person's access to a unit
// away, after a confirmation; /thuhoi PERSON telegram — unlink a chat.
func (r *request) revoke(args string) error {
	fields := strings.Fields(args)
	if len(fields) == 1 && flows.Fold(fields[0]) == "huy" {
		r.say(locales.M("people.revoke_cancelled"))
		return nil
	}
	if len(fields) < 2 {
		r.say(locales.M("people.revoke_usage"))
		return nil
	}
	if u := r.cfg().Units.Get(fields[0]); u == nil {
		// PERSON CHANNEL: unlink one of their chats.
		p, n, err := UnlinkChannel(r.tx, r.cfg(), r.person, fields[0], fields[1], r.now)
		if pe, ok := err.(*PeopleError); ok {
			r.say(pe.Msg)
			return nil
		}
		if err != nil {
			return err
		}
		r.say(locales.M("people.unlinked", "name", locales.Plain(p.Name), "count", n, "channel", locales.Plain(channelName(strings.SplitN(fields[1], ":", 2)[0]))))
		return nil
	}
	unit, personID := fields[0], fields[1]
	if len(fields) < 3 || flows.Fold(fields[2]) != "ok" {
		p, u, err := checkRevoke(r.tx, r.cfg(), r.person, personID, unit)
		if pe, ok := err.(*PeopleError); ok {
			r.say(pe.Msg)
			return nil
		}
		if err != nil {
			return err
		}
		r.say(locales.M("people.revoke_confirm", "name", locales.Plain(p.Name), "unit", u.Named()),
			[]flows.Button{{Label: locales.M("people.revoke_yes"), Data: "/thuhoi " + unit + " " + personID + " ok"}},
			[]flows.Button{{Label: locales.M("people.revoke_no"), Data: "/thuhoi huy"}})
		return nil
	}
	chats, err := r.tx.IdentitiesOf(personID)
	if err != nil {
		return err
	}
	l, p, err := Revoke(r.tx, r.cfg(), r.person, personID, unit, r.now)
	if pe, ok := err.(*PeopleError); ok {
		r.say(pe.Msg)
		return nil
	}
	if err != nil {
		return err
	}
	u := r.cfg().Units.Get(unit)
	r.say(locales.M("people.revoked", "name", locales.Plain(p.Name), "unit", u.Named(), "role", locales.M("role."+string(l.Role))))
	// The person is told, on the chats they had (unlinked now when this was
	// their last link).
	notice := locales.M("people.revoked_notice", "unit", u.Named(), "who", locales.Plain(r.person.Name))
	for _, id := range chats {
		o := renderOut(id.Channel, id.ChatID, locales.Lang(p.Lang), flows.Reply{Msg: notice})
		if err := outbox.Enqueue(r.tx, store.PriorityReply, o); err != nil {
			return err
		}
	}
	return nil
}
