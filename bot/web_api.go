package bot

// What the web view (bot/web) asks of the chat side: the same tables,
// digests, files and commands, so that a page and a message can never
// disagree. bot/web does not import this package (the rooms of bot/ never
// import the app); it declares the interface web.Bot, which WebSide
// satisfies, and cmd/baocao wires the two.

import (
	"strings"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// WebChannel marks the replies of a command run from the web view.
const WebChannel = "web"

// WebSide is the app as the web view sees it.
type WebSide struct{ App *App }

// Table reads a period's submissions of every reporting unit under u, and
// when the first version of each revised one came: what /tonghop, /xuat
// and the web pages all compute from.
func (w WebSide) Table(tx *store.Tx, u *flows.Unit, f *flows.Form, p flows.Period) (*flows.Table, map[string]time.Time, error) {
	return loadTable(tx, w.App.Config, u, f, p)
}

// Digest is /tonghop's digest of u, for the web overview's totals.
func (w WebSide) Digest(tx *store.Tx, u *flows.Unit, f *flows.Form, p flows.Period, now time.Time) (flows.Digest, error) {
	return buildDigest(tx, w.App.Config, u, f, p, now)
}

// Standing is where a unit stands, as /ketqua computes it.
func (w WebSide) Standing(tx *store.Tx, u *flows.Unit, f *flows.Form, p flows.Period) (flows.Standing, error) {
	return standingOf(tx, w.App.Config, u, f, p)
}

// Export is the file /xuat sends (format "xlsx" or "csv") as person
// downloads it, written to the audit log like /xuat's, in tx. The web
// view asks for it in a read-write transaction for that entry.
func (w WebSide) Export(tx *store.Tx, person *flows.Person, u *flows.Unit, f *flows.Form, p flows.Period, format string, lang locales.Lang, now time.Time) (string, []byte, error) {
	a, err := ExportLinked(tx, w.App.Config, u, f, p, format, lang, person.Name, w.App.PublicURL, now)
	if err != nil {
		return "", nil, err
	}
	err = tx.Audit(store.AuditEntry{At: now, By: person.ID, ByName: person.Name, Action: store.AuditExport, Unit: u.Code,
		Detail: f.ID + " " + p.Key + " " + format + " (web)"})
	return a.File.Name, a.File.Data, err
}

// Audit writes an entry of the web view's own (a session opened) to the
// audit log, in tx.
func (w WebSide) Audit(tx *store.Tx, person *flows.Person, action, detail string, now time.Time) error {
	return tx.Audit(store.AuditEntry{At: now, By: person.ID, ByName: person.Name, Action: action, Detail: detail})
}

// Charts are the PNGs /bieudo sends.
func (w WebSide) Charts(tx *store.Tx, u *flows.Unit, f *flows.Form, p flows.Period, lang locales.Lang) ([][]byte, error) {
	files, err := Charts(tx, w.App.Config, u, f, p, lang)
	var out [][]byte
	for _, a := range files {
		out = append(out, a.File.Data)
	}
	return out, err
}

// Trend is /xuhuong's trend of u for f's main indicator, and its chart.
func (w WebSide) Trend(tx *store.Tx, u *flows.Unit, f *flows.Form, lang locales.Lang, now time.Time) (flows.Trend, []byte, error) {
	ind := f.Indicators()
	if len(ind) == 0 {
		return flows.Trend{}, nil, nil
	}
	tr, _, png, err := TrendFor(tx, w.App.Config, u, f, ind[0], now, lang)
	return tr, png, err
}

// RunAs runs a chat command for person inside tx, as if they had typed
// "/command args", and returns the texts of the replies and the data of
// their buttons instead of sending them. The web view's "Nhắc" and
// "Mở khóa" go through /nhac and /mokhoa this way: the same scope, quiet
// hours, one-time confirmation and notices as in the chat. Messages the
// command queues for other people (the reminders) are committed with tx;
// Wake then starts the outbox.
func (w WebSide) RunAs(tx *store.Tx, person *flows.Person, lang locales.Lang, command, args string, now time.Time) (texts, buttons []string, err error) {
	r := &request{app: w.App, tx: tx, now: now, person: person, lang: lang,
		in: channel.Incoming{Channel: WebChannel, ChatID: person.ID, Kind: channel.KindText, Text: "/" + command + " " + args}}
	cmd := commandsByName[command]
	if cmd == nil || !cmd.allows(r) {
		return nil, nil, nil
	}
	if err := cmd.run(r, strings.TrimSpace(args)); err != nil {
		return nil, nil, err
	}
	for _, o := range r.out {
		texts = append(texts, o.Text)
		for _, row := range o.Buttons {
			for _, b := range row {
				buttons = append(buttons, b.Data)
			}
		}
	}
	return texts, buttons, nil
}

// Wake starts the outbox after a web action queued messages.
func (w WebSide) Wake() {
	if w.App.Wake != nil {
		w.App.Wake()
	}
}
