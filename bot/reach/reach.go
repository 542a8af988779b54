// Package reach decides how a message reaches a person: on which of their
// chats (the one they wrote from last), and in what shape for that
// channel. Channels without buttons (Zalo, the playground) get choices as
// a numbered list under the text, and the typed number is read back here,
// because only the app knows which question is current: the list a chat
// was shown last is stored with the reply that showed it (so it survives a
// restart), and every later reply replaces it; a reply without choices
// clears it. So a number selects a choice only for the question or menu on
// screen, and at a question that wants a figure a number is the figure.
// Shortcuts beside a typed answer (skip a question), and the choices of a
// reminder that arrives while something else is on screen, are listed and
// taken by name, so they never take a number away from the question.
package reach

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	json "github.com/goccy/go-json"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/outbox"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// Options is what the app knows about its channels.
type Options struct {
	// Caps says what each channel can show; a channel not listed has
	// buttons and documents (Telegram, tests).
	Caps map[string]channel.Caps
	// LinkTTL is how long a file sent as a link works (24 hours by default).
	LinkTTL time.Duration
}

// CapsOf is what channel ch can show.
func (o Options) CapsOf(ch string) channel.Caps {
	if c, ok := o.Caps[ch]; ok {
		return c
	}
	return channel.Caps{Buttons: true, Documents: true}
}

func (o Options) linkTTL() time.Duration {
	if o.LinkTTL > 0 {
		return o.LinkTTL
	}
	return 24 * time.Hour
}

// Menu is what a typed reply can select in a chat without buttons:
// numbered choices (the current question or menu) and shortcuts taken by
// name (beside a typed answer, or in a reminder that came meanwhile).
type Menu struct {
	Data   []string `json:"d,omitempty"` // the numbered choices' data, 1 first
	Labels []string `json:"l,omitempty"` // their folded labels: typing one also works
	Named  []Named  `json:"n,omitempty"` // shortcuts, by name only
}

// Named is a shortcut: typing its label presses it.
type Named struct {
	Label string `json:"l"` // folded
	Data  string `json:"d"`
}

func menuKey(ch, chat string) string { return "menu/" + ch + ":" + chat }

func loadMenu(tx *store.Tx, ch, chat string) *Menu {
	raw := tx.Meta(menuKey(ch, chat))
	if raw == "" {
		return nil
	}
	var m Menu
	if json.Unmarshal([]byte(raw), &m) != nil {
		return nil
	}
	return &m
}

// SetMenu stores the chat's current menu (nil clears it).
func SetMenu(tx *store.Tx, ch, chat string, m *Menu) error {
	if m == nil {
		if tx.Meta(menuKey(ch, chat)) == "" {
			return nil
		}
		return tx.SetMeta(menuKey(ch, chat), "")
	}
	b, _ := json.Marshal(m)
	return tx.SetMeta(menuKey(ch, chat), string(b))
}

// Press reads a typed number, or a choice's or shortcut's name, as a press
// of that button in the chat's current menu, on a channel without buttons.
func (o Options) Press(tx *store.Tx, in *channel.Incoming) {
	if o.CapsOf(in.Channel).Buttons || in.Kind != channel.KindText {
		return
	}
	m := loadMenu(tx, in.Channel, in.ChatID)
	if m == nil {
		return
	}
	text := strings.TrimSpace(in.Text)
	press := func(data string) {
		in.Kind, in.Data, in.Text = channel.KindButton, data, ""
	}
	if n, err := strconv.Atoi(strings.TrimSuffix(text, ".")); err == nil {
		if n >= 1 && n <= len(m.Data) {
			press(m.Data[n-1])
		}
		return // with no numbered choices, a number is an answer
	}
	folded := flows.Fold(text)
	for i, l := range m.Labels {
		if l != "" && l == folded && i < len(m.Data) {
			press(m.Data[i])
			return
		}
	}
	for _, nm := range m.Named {
		if nm.Label != "" && nm.Label == folded {
			press(nm.Data)
			return
		}
	}
}

// Adapt renders out's buttons into its text for a channel without buttons
// and returns the menu they make (nil for none): numbered, unless they are
// a typed question's shortcuts or byName is set, when they are listed and
// taken by name. For a channel without documents it adds the note that a
// file comes as an expiring link.
func (o Options) Adapt(out *channel.Outgoing, lang locales.Lang, byName bool) *Menu {
	caps := o.CapsOf(out.Channel)
	if out.File != nil && !out.File.Photo && !caps.Documents {
		hours := int(o.linkTTL() / time.Hour)
		out.Text = strings.TrimSpace(out.Text + "\n\n" + locales.Render(lang, locales.M("files.link_note", "hours", max(hours, 1))))
	}
	if caps.Buttons || len(out.Buttons) == 0 {
		return nil
	}
	flat := channel.Flatten(out.Buttons)
	m := &Menu{}
	var b strings.Builder
	b.WriteString(strings.TrimRight(out.Text, "\n"))
	if out.Shortcuts || byName {
		names := make([]string, len(flat))
		for i, btn := range flat {
			names[i] = `"` + strings.TrimSpace(stripSymbols(btn.Text)) + `"`
			m.Named = append(m.Named, Named{Label: fold(btn.Text), Data: btn.Data})
		}
		b.WriteString("\n\n" + locales.Render(lang, locales.M("choices.shortcuts", "list", locales.Plain(strings.Join(names, ", ")))))
	} else {
		b.WriteString("\n")
		for i, btn := range flat {
			fmt.Fprintf(&b, "\n%d. %s", i+1, btn.Text)
			m.Data = append(m.Data, btn.Data)
			m.Labels = append(m.Labels, fold(btn.Text))
		}
	}
	out.Text, out.Buttons, out.Shortcuts = b.String(), nil, false
	return m
}

// Replies adapts the replies to one request and enqueues them; on a
// channel without buttons the last reply with choices becomes the chat's
// menu, and replies without any clear it. Choices shown above a question
// answered by typing (the report's opening, right above question 1) are
// listed and taken by name, with the question's own shortcuts: a number
// typed there is the answer, never a press of the list above it.
func (o Options) Replies(tx *store.Tx, ch, chat string, lang locales.Lang, out []channel.Outgoing) error {
	lastTyped := -1
	for i, m := range out {
		if m.Shortcuts && m.Channel == ch && m.ChatID == chat {
			lastTyped = i
		}
	}
	var current, named *Menu
	for i := range out {
		m := &out[i]
		mine := m.Channel == ch && m.ChatID == chat
		mm := o.Adapt(m, lang, mine && i < lastTyped)
		switch {
		case mm == nil || !mine:
		case i <= lastTyped:
			if named == nil {
				named = &Menu{}
			}
			named.Named = append(named.Named, mm.Named...)
			current = named
		default:
			current = mm
		}
		if err := outbox.Enqueue(tx, store.PriorityReply, *m); err != nil {
			return err
		}
	}
	if len(out) > 0 && !o.CapsOf(ch).Buttons {
		return SetMenu(tx, ch, chat, current)
	}
	return nil
}

// Notify queues a message the person did not ask for (a reminder, a
// digest, a notice) in their language, on the chat they used last, never
// on every channel they are linked from. On a channel without buttons its
// choices are numbered only when nothing else is on screen (no menu, no
// report being filled in); else they are shortcuts by name, added to the
// menu, so the numbers keep meaning what the person was answering.
func (o Options) Notify(tx *store.Tx, ids []store.Identity, p *flows.Person, prio store.Priority, m locales.Msg, buttons ...[]flows.Button) (int, error) {
	id, ok := UsedLast(tx, p.ID, ids)
	if !ok {
		return 0, nil
	}
	lang := locales.Lang(p.Lang)
	if !o.CapsOf(id.Channel).Buttons {
		m = m.Typed()
	}
	out := outbox.Render(id.Channel, id.ChatID, lang, flows.Reply{Msg: m, Buttons: buttons})
	out.PersonID = p.ID
	if o.CapsOf(id.Channel).Buttons || len(out.Buttons) == 0 {
		o.Adapt(&out, lang, false)
	} else if cur := loadMenu(tx, id.Channel, id.ChatID); cur == nil && !busy(tx, p.ID) {
		if err := SetMenu(tx, id.Channel, id.ChatID, o.Adapt(&out, lang, false)); err != nil {
			return 0, err
		}
	} else {
		add := o.Adapt(&out, lang, true)
		if cur == nil {
			cur = &Menu{}
		}
		cur.Named = append(cur.Named, add.Named...)
		if err := SetMenu(tx, id.Channel, id.ChatID, cur); err != nil {
			return 0, err
		}
	}
	if err := outbox.Enqueue(tx, prio, out); err != nil {
		return 0, err
	}
	return 1, nil
}

// fold is a label as it is compared with what a person types.
func fold(label string) string { return flows.Fold(strings.TrimSpace(stripSymbols(label))) }

// stripSymbols drops a label's leading emoji ("↩️ Về màn hình xem lại"), so
// that typing the words is enough.
func stripSymbols(s string) string {
	return strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// busy reports whether the person is in the middle of a report.
func busy(tx *store.Tx, personID string) bool {
	s, err := tx.Session(personID)
	return err == nil && s != nil && !s.Paused
}
