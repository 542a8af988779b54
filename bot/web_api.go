package bot

// What the web view (bot/web) needs from the chat side: the same tables,
// digests and commands, so that a page and a message can never disagree.

import (
	"strings"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// WebChannel marks the replies of a command run from the web view.
const WebChannel = "web"

// LoadTable reads a period's submissions of every reporting unit under u,
// and when the first version of each revised one came: what /tonghop,
// /xuat and the web pages all compute from.
func LoadTable(tx *store.Tx, u *flows.Unit, f *flows.Form, p flows.Period) (*flows.Table, map[string]time.Time, error) {
	return loadTable(tx, u, f, p)
}

// BuildDigest is /tonghop's digest of u, for the web overview's totals.
func BuildDigest(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, p flows.Period, now time.Time) (flows.Digest, error) {
	return buildDigest(tx, cfg, u, f, p, now)
}

// RunAs runs a chat command for person inside tx, as if they had typed
// "/command args", and returns the replies instead of sending them. The
// web view's "Nhắc" goes through /nhac this way: the same scope, quiet
// hours, one-time confirmation and reminders as in the chat. Messages the
// command queues for other people (the reminders) are committed with tx.
func (a *App) RunAs(tx *store.Tx, person *flows.Person, lang locales.Lang, command, args string, now time.Time) ([]Outgoing, error) {
	r := &request{app: a, tx: tx, now: now, person: person, lang: lang,
		in: Incoming{Channel: WebChannel, ChatID: person.ID, Kind: flows.InputText, Text: "/" + command + " " + args}}
	cmd := commands[command]
	if cmd == nil || (cmd.allowed != nil && !cmd.allowed(person)) {
		return nil, nil
	}
	if err := cmd.run(r, strings.TrimSpace(args)); err != nil {
		return nil, err
	}
	return r.out, nil
}
