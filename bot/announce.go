package bot

// /thongbao: a supervisor writes once to every officer under them, or
// under one cluster. The bot first says how many people it will reach and
// asks to confirm; the messages then go through the outbox as bulk sends,
// within its rate limits, behind replies to people; each delivery is
// counted, and the sender is told the result when the last is done.

import (
	"encoding/hex"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/outbox"
	"github.com/baocao/baocao/bot/reach"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// announceTTL is how long a confirmation button stays good.
const announceTTL = 30 * time.Minute

// announce: /thongbao [UNIT|CLUSTER] TEXT, then /thongbao gui ID or huy ID.
func (r *request) announce(args string) error {
	head, rest, _ := strings.Cut(strings.TrimSpace(args), " ")
	switch flows.Fold(head) {
	case "gui", "send":
		return r.sendAnnouncement(strings.TrimSpace(rest))
	case "huy", "cancel":
		r.say(locales.M("announce.cancelled"))
		return nil
	}
	scope, label, text, ok := r.announceScope(args)
	if !ok {
		return nil
	}
	text = strings.TrimSpace(text)
	if text == "" {
		r.say(locales.M("announce.usage"))
		return nil
	}
	if n := utf8.RuneCountInString(text); n > flows.MaxAnnouncement {
		r.say(locales.M("announce.too_long", "count", n, "max", flows.MaxAnnouncement))
		return nil
	}
	people, err := r.tx.People()
	if err != nil {
		return err
	}
	aud := flows.AnnouncementAudience(people, scope, r.person.ID, r.now)
	if len(aud.To) == 0 {
		r.say(locales.M("announce.nobody", "scope", label))
		return nil
	}
	b := make([]byte, 6)
	if _, err := io.ReadFull(r.app.rand(), b); err != nil {
		return err
	}
	var codes []string
	for _, u := range scope {
		codes = append(codes, u.Code)
	}
	a := &store.Announcement{ID: hex.EncodeToString(b), By: r.person.ID, ByName: r.person.Name, Scope: codes,
		Label: locales.Value(r.lang, label), Text: text, Created: r.now, Expires: r.now.Add(announceTTL)}
	if err := r.tx.PutAnnouncement(a); err != nil {
		return err
	}
	var notes []locales.Msg
	if aud.Unreachable > 0 {
		notes = append(notes, locales.M("announce.confirm_blocked", "count", aud.Unreachable))
	}
	if aud.NoOfficer > 0 {
		notes = append(notes, locales.M("announce.confirm_no_officer", "count", aud.NoOfficer))
	}
	extra := any(locales.Plain(""))
	if len(notes) > 0 {
		extra = locales.M("announce.confirm_notes", "lines", notes)
	}
	key := "announce.confirm"
	if len(scope) == 1 && scope[0].IsLeaf() {
		key = "announce.confirm_unit"
	}
	r.say(locales.M(key, "people", len(aud.To), "units", aud.Units, "scope", label, "extra", extra, "text", locales.Plain(text)),
		[]flows.Button{{Label: locales.M("announce.button_send", "people", len(aud.To)), Data: "/thongbao gui " + a.ID}},
		[]flows.Button{{Label: locales.M("announce.button_cancel"), Data: "/thongbao huy"}})
	return nil
}

// announceScope reads who an announcement is for: a unit the supervisor
// supervises, a cluster whose members they supervise, or (no such word
// first) every unit they supervise. label names it for the messages.
func (r *request) announceScope(args string) (scope []*flows.Unit, label any, text string, ok bool) {
	first, rest, _ := strings.Cut(strings.TrimSpace(args), " ")
	// A cluster first: Units.Get also finds it, as a unit of its own.
	if cl := r.cfg().Cluster(first); cl != nil && first != "" {
		for _, m := range cl.Members() {
			if !flows.May(r.person, r.cfg().Units, flows.Supervise, m) {
				r.say(locales.M("announce.cluster_not_yours", "cluster", cl.Name))
				return nil, nil, "", false
			}
		}
		return cl.Members(), cl.Name, rest, true
	}
	if u := r.cfg().Units.Get(first); u != nil {
		if !flows.May(r.person, r.cfg().Units, flows.Supervise, u) {
			r.say(locales.M("invite.not_your_unit", "unit", u.Name))
			return nil, nil, "", false
		}
		return []*flows.Unit{u}, u.Name, rest, true
	}
	var names []string
	for _, code := range r.person.Supervised() {
		if u := r.cfg().Units.Get(code); u != nil {
			scope = append(scope, u)
			names = append(names, u.Name)
		}
	}
	return scope, locales.Plain(strings.Join(names, ", ")), args, true
}

// sendAnnouncement queues a confirmed announcement to its audience, as it
// is now (someone linked or revoked since the confirmation counts).
func (r *request) sendAnnouncement(id string) error {
	a, err := r.tx.Announcement(id)
	if isNotFound(err) || (err == nil && a.By != r.person.ID) {
		r.say(locales.M("announce.unknown"))
		return nil
	}
	if err != nil {
		return err
	}
	if !a.SentAt.IsZero() {
		r.say(locales.M("announce.already_sent", "at", locales.DateTime(a.SentAt)))
		return nil
	}
	if !r.now.Before(a.Expires) {
		r.say(locales.M("announce.expired"))
		return nil
	}
	var scope []*flows.Unit
	for _, c := range a.Scope {
		if u := r.cfg().Units.Get(c); u != nil && flows.May(r.person, r.cfg().Units, flows.Supervise, u) {
			scope = append(scope, u)
		}
	}
	people, err := r.tx.People()
	if err != nil {
		return err
	}
	aud := flows.AnnouncementAudience(people, scope, r.person.ID, r.now)
	msg := locales.M("announce.message", "from", locales.Plain(r.person.Name), "text", locales.Plain(a.Text))
	for _, p := range aud.To {
		ids, err := r.tx.IdentitiesOf(p.ID)
		if err != nil {
			return err
		}
		// On the chat the person used last, as reminders: never on both
		// channels of someone linked on Telegram and Zalo.
		if id, ok := reach.UsedLast(r.tx, p.ID, ids); ok {
			o := renderOut(id.Channel, id.ChatID, locales.Lang(p.Lang), flows.Reply{Msg: msg})
			o.PersonID, o.Tag = p.ID, "ann:"+a.ID
			if err := outbox.Enqueue(r.tx, store.PriorityBulk, o); err != nil {
				return err
			}
			a.Total++
		}
	}
	a.SentAt = r.now
	if err := r.tx.PutAnnouncement(a); err != nil {
		return err
	}
	if err := r.tx.Audit(store.AuditEntry{At: r.now, By: r.person.ID, ByName: r.person.Name, Action: store.AuditAnnounce,
		Unit: strings.Join(a.Scope, ","), Detail: fmt.Sprintf("%s, %d messages: %s", a.ID, a.Total, shorten(a.Text, 60))}); err != nil {
		return err
	}
	r.say(locales.M("announce.queued", "count", a.Total))
	return nil
}

// CountDelivery is the outbox's Done hook: it counts an announcement's
// message as delivered or failed, and once the last is done tells the
// sender how many people it reached.
func CountDelivery(tx *store.Tx, m channel.Outgoing, sent bool, at time.Time) error {
	id, ok := strings.CutPrefix(m.Tag, "ann:")
	if !ok {
		return nil
	}
	a, err := tx.Announcement(id)
	if isNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	if sent {
		a.Delivered++
	} else {
		a.Failed++
	}
	if a.Delivered+a.Failed >= a.Total && !a.Reported {
		a.Reported = true
		sender, err := tx.Person(a.By)
		if err == nil {
			key := "announce.report"
			if a.Failed > 0 {
				key = "announce.report_failed"
			}
			if err := notify(tx, sender, store.PriorityReply, locales.M(key, "delivered", a.Delivered, "total", a.Total,
				"failed", a.Failed, "at", locales.DateTime(a.SentAt), "text", locales.Plain(shorten(a.Text, 60)))); err != nil {
				return err
			}
		} else if !isNotFound(err) {
			return err
		}
	}
	return tx.PutAnnouncement(a)
}
