package bot

import (
	"strings"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// route decides what a message is: a command, an invite code, an answer.
func (r *request) route() error {
	text := strings.TrimSpace(r.in.Text)
	var name, args string
	isCmd := false
	switch r.in.Kind {
	case channel.KindText:
		name, args, isCmd = parseCommand(text)
	case channel.KindButton:
		// Buttons outside a form carry a command as their data, e.g.
		// "/baocao nam 2026": pressing one is typing it.
		name, args, isCmd = parseCommand(r.in.Data)
	}

	if r.person == nil {
		err := r.stranger(name, args, text, isCmd)
		// Still a stranger after it (no code linked the chat): beyond the
		// limit the message is confirmed and nothing at all is queued.
		if err == nil && r.person == nil && len(r.out) > 0 && !r.app.strangers.allow(r.in.Channel+":"+r.in.ChatID, r.now) {
			r.out = nil
			r.app.counts.strangersMuted.Add(1)
		}
		return err
	}
	if isCmd {
		c, ok := commandsByName[name]
		if !ok {
			r.say(locales.M("command.unknown", "command", locales.Plain("/"+shorten(name, 30))))
			return nil
		}
		if !c.allows(r) {
			r.say(locales.M("command.not_allowed", "command", locales.Plain("/"+name)))
			return nil
		}
		return c.run(r, args)
	}
	return r.converse()
}

// stranger answers a chat that is not linked to anyone. Nothing is stored
// for it, but for an invite code that links it.
func (r *request) stranger(name, args, text string, isCmd bool) error {
	switch {
	case isCmd && name == "start" && args != "":
		return r.redeem(args)
	case isCmd && name == "start":
		r.say(locales.M("link.welcome_stranger"))
		return nil
	case !isCmd && r.in.Kind == channel.KindText:
		if _, ok := flows.NormalizeInviteCode(text); ok {
			return r.redeem(text)
		}
	}
	r.say(locales.M("link.not_linked", "office", inviteOffice(r.cfg())))
	return nil
}

// inviteOffice names who hands out invite codes, as a stranger is told:
// the province's department since 07/2025, where communes report to it;
// the district offices before, where each district follows its communes.
func inviteOffice(cfg *flows.Config) locales.Msg {
	if len(cfg.Units.Roots) == 0 {
		return locales.M("link.office_any")
	}
	root := cfg.Units.Roots[0]
	for _, d := range root.Children {
		if !d.IsLeaf() {
			return locales.M("link.office_district")
		}
	}
	if root.Office != "" {
		return locales.M("link.office_named", "office", locales.Plain(root.Office))
	}
	return locales.M("link.office_any")
}

// shorten cuts s to n runes, with an ellipsis.
func shorten(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}

// inputKind names a channel's message kind in the conversation engine's
// terms: the channel contract does not depend on flows.
func inputKind(k channel.Kind) flows.InputKind {
	switch k {
	case channel.KindButton:
		return flows.InputButton
	case channel.KindPhoto:
		return flows.InputPhoto
	case channel.KindUnsupported:
		return flows.InputUnsupported
	case channel.KindVoice:
		return flows.InputVoice
	}
	return flows.InputText
}
