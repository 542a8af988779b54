package bot

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// InviteError is why an invite cannot be created; its Msg is for people.
type InviteError struct{ Msg locales.Msg }

func (e *InviteError) Error() string { return locales.Render(locales.EN, e.Msg) }

// CreateInvite makes a single-use code for unit and role, valid for ttl.
// by is the inviting person (nil from the command line, which the operator
// runs with full rights). The code is stored in tx.
func CreateInvite(tx *store.Tx, cfg *flows.Config, by *flows.Person, unitCode string, role flows.Role, ttl flows.TTL, now time.Time, random io.Reader) (*flows.Invite, error) {
	u := cfg.Units.Get(unitCode)
	if u == nil {
		return nil, &InviteError{locales.M("invite.unknown_unit", "unit", locales.Plain(unitCode))}
	}
	if !role.Valid() {
		return nil, &InviteError{locales.M("invite.unknown_role", "role", locales.Plain(string(role)))}
	}
	if u.IsCluster() && role == flows.Officer {
		// A cluster reports nothing itself: only its supervisors are invited.
		return nil, &InviteError{locales.M("invite.cluster_officer", "unit", u.Name)}
	}
	creator := "cli"
	if by != nil {
		creator = by.ID
		if !flows.May(by, cfg.Units, flows.Supervise, u) {
			return nil, &InviteError{locales.M("invite.not_your_unit", "unit", u.Named())}
		}
		if role == flows.Admin && !flows.May(by, cfg.Units, flows.InviteAdmin, u) {
			return nil, &InviteError{locales.M("invite.admin_only")}
		}
	}
	if ttl.IsZero() {
		ttl = flows.DefaultInviteTTL
	}
	for attempt := 0; attempt < 5; attempt++ {
		b := make([]byte, 6)
		if _, err := io.ReadFull(random, b); err != nil {
			return nil, fmt.Errorf("bot.CreateInvite: %w", err)
		}
		code := flows.NewInviteCode(role, b)
		if _, err := tx.Invite(code); err == nil {
			continue // taken, draw again
		}
		expires := ttl.Expiry(now, locales.Zone)
		inv := &flows.Invite{Code: code, Unit: u.Code, Role: role, CreatedBy: creator, CreatedAt: now, ExpiresAt: expires}
		return inv, tx.PutInvite(inv)
	}
	return nil, fmt.Errorf("bot.CreateInvite: no free code after 5 draws")
}

// DeepLink is the t.me link that opens the bot with the code.
func DeepLink(botName, code string) string {
	if botName == "" {
		botName = "baocao_bot"
	}
	return "https://t.me/" + botName + "?start=" + code
}

// redeem links this chat with the invite's unit.
func (r *request) redeem(text string) error {
	chat := r.in.Channel + ":" + r.in.ChatID
	if wait, until := r.app.codes.blocked(chat, r.now); wait {
		r.say(locales.M("link.too_many_codes", "minutes", int(until.Sub(r.now).Minutes())+1))
		return nil
	}
	code, ok := flows.NormalizeInviteCode(text)
	if !ok {
		r.app.codes.wrong(chat, r.now)
		r.say(locales.M("link.bad_code"))
		return nil
	}
	inv, err := r.tx.Invite(code)
	if isNotFound(err) {
		r.app.codes.wrong(chat, r.now)
		r.say(locales.M("link.bad_code"))
		return nil
	}
	if err != nil {
		return err
	}
	if r.person != nil && inv.UsedBy == r.person.ID {
		// Their own code, opened again: they are linked, nothing is wrong.
		if l, linked := r.person.Link(inv.Unit); linked {
			if u := r.cfg().Units.Get(inv.Unit); u != nil {
				r.say(locales.M("link.already_linked_own", "unit", u.Named(), "role", locales.M("role."+string(l.Role))))
				return nil
			}
		}
	}
	switch inv.State(r.now) {
	case flows.InviteUsed:
		r.say(locales.M("link.used_code"))
		return nil
	case flows.InviteExpired:
		r.say(locales.M("link.expired_code", "date", locales.Date(inv.ExpiresAt)))
		return nil
	}
	u := r.cfg().Units.Get(inv.Unit)
	if u == nil { // the unit left the configuration after the invite was made
		r.say(locales.M("link.bad_code"))
		return nil
	}
	p := r.person
	if p != nil {
		if l, linked := p.Link(u.Code); linked {
			// Nothing would change: keep the code for whom it was meant.
			r.say(locales.M("link.already_linked", "unit", u.Named(), "role", locales.M("role."+string(l.Role))))
			return nil
		}
	}
	if p == nil {
		p = &flows.Person{ID: "p" + strings.ToLower(strings.ReplaceAll(inv.Code, "-", "")), Name: r.in.Name, Lang: string(r.lang), CreatedAt: r.now}
		if err := r.tx.Link(store.Identity{Channel: r.in.Channel, ChatID: r.in.ChatID}, p.ID); err != nil {
			return err
		}
	}
	// A person of a commune merged into u is linked again: the old link
	// goes (its reports stay, as u's history).
	r.cfg().Relink(p, u)
	link := inv.LinkAt(r.now)
	p.Links = append(p.Links, link)
	inv.UsedAt, inv.UsedBy = r.now, p.ID
	if err := r.tx.PutInvite(inv); err != nil {
		return err
	}
	if err := r.tx.PutPerson(p); err != nil {
		return err
	}
	if err := r.tx.Audit(store.AuditEntry{At: r.now, By: p.ID, ByName: p.Name, Action: store.AuditLink, Unit: u.Code,
		Detail: fmt.Sprintf("%s %s:%s %s", inv.Code, r.in.Channel, r.in.ChatID, inv.Role)}); err != nil {
		return err
	}
	r.person = p
	role := locales.M("role." + string(inv.Role))
	if !link.Until.IsZero() {
		role = locales.M("people.substitute_until", "role", role, "date", locales.Date(link.Until.Add(-time.Second)))
	}
	r.say(locales.M("link.linked", "unit", u.FullNamed(), "role", role, "next", nextStep(inv.Role)))
	return nil
}

func nextStep(role flows.Role) locales.Msg {
	if role == flows.Officer {
		return locales.M("link.next_officer")
	}
	return locales.M("link.next_supervisor")
}

// start greets a linked person, or adds the unit of a new code.
func (r *request) start(args string) error {
	if args != "" {
		return r.redeem(args)
	}
	r.say(locales.M("link.welcome_back", "name", r.person.Name))
	return r.help("")
}

// invite: /moi 15247 [canbo|giamsat|quantri|thaythe] [30d]
func (r *request) invite(args string) error {
	fields := strings.Fields(args)
	if len(fields) == 0 {
		r.say(locales.M("invite.usage"))
		return nil
	}
	role, days := flows.Officer, 0
	for _, f := range fields[1:] {
		if isSubstitute(f) {
			role, days = flows.Officer, defaultSubstituteDays
			continue
		}
		if n, ok := parseDays(f); ok {
			days = n
			continue
		}
		role = parseRole(f)
	}
	if days < 0 || days > flows.MaxSubstituteDays {
		r.say(locales.M("invite.bad_days", "max", flows.MaxSubstituteDays))
		return nil
	}
	inv, err := CreateInvite(r.tx, r.cfg(), r.person, fields[0], role, r.app.InviteTTL, r.now, r.app.rand())
	if ie, ok := err.(*InviteError); ok {
		r.say(ie.Msg)
		return nil
	}
	if err != nil {
		return err
	}
	if days > 0 {
		inv.Days = days
		if err := r.tx.PutInvite(inv); err != nil {
			return err
		}
	}
	if err := r.tx.Audit(store.AuditEntry{At: r.now, By: r.person.ID, ByName: r.person.Name, Action: store.AuditInvite, Unit: inv.Unit,
		Detail: inviteDetail(inv)}); err != nil {
		return err
	}
	u := r.cfg().Units.Get(inv.Unit)
	shown := locales.M("role." + string(inv.Role))
	if inv.Days > 0 {
		shown = locales.M("invite.substitute_role", "role", shown, "days", inv.Days)
	}
	key := "invite.created"
	if r.app.BotName == "" {
		key = "invite.created_code" // no Telegram bot to link to: the code is typed
	}
	r.say(locales.M(key, "code", locales.Plain(inv.Code), "link", locales.Plain(DeepLink(r.app.BotName, inv.Code)),
		"unit", u.FullNamed(), "role", shown, "expires", locales.Date(inv.ExpiresAt.Add(-time.Second))))
	return nil
}

// defaultSubstituteDays is a substitute's access when /moi names no length.
const defaultSubstituteDays = 30

// isSubstitute reads "thaythe" (thay thế), "substitute".
func isSubstitute(s string) bool {
	switch flows.Fold(s) {
	case "thaythe", "thay the", "substitute", "sub", "tt":
		return true
	}
	return false
}

// parseDays reads "30d", "30 ngày" (as "30ngay"), "30".
func parseDays(s string) (int, bool) {
	f := flows.Fold(s)
	for _, suffix := range []string{"ngay", "days", "day", "d"} {
		if strings.HasSuffix(f, suffix) {
			f = strings.TrimSuffix(f, suffix)
			break
		}
	}
	n, err := strconv.Atoi(f)
	return n, err == nil
}

// inviteDetail is an invite as the audit log records it.
func inviteDetail(inv *flows.Invite) string {
	d := inv.Code + " " + string(inv.Role)
	if inv.Days > 0 {
		d += fmt.Sprintf(" %dd", inv.Days)
	}
	return d
}

// parseRole reads a role in English or Vietnamese; unknown words stay as
// typed so CreateInvite can say so.
func parseRole(s string) flows.Role {
	switch flows.Fold(s) {
	case "officer", "canbo", "can bo", "cb":
		return flows.Officer
	case "supervisor", "giamsat", "giam sat", "gs":
		return flows.Supervisor
	case "admin", "quantri", "quan tri", "qt":
		return flows.Admin
	}
	return flows.Role(s)
}

// ParseRole is parseRole for the command line.
func ParseRole(s string) flows.Role { return parseRole(s) }
