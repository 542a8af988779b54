package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/outbox"
	"github.com/baocao/baocao/bot/reach"
	"github.com/baocao/baocao/bot/schedule"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// App turns incoming messages into state changes and replies.
type App struct {
	Store  store.Store
	Config *flows.Config
	// Now is the clock; tests replace it.
	Now func() time.Time
	Log *slog.Logger
	// Rand feeds invite codes and error references; crypto/rand by default.
	Rand io.Reader
	// BotName is the Telegram username, for t.me deep links in invites.
	BotName string
	// InviteTTL is how long an invite stays valid (14 days by default).
	InviteTTL flows.TTL
	// Wake is called after a commit that queued messages, to start the outbox.
	Wake func()
	// Caps says what each channel can show (see channel.Caps); a channel
	// not listed has buttons and documents.
	Caps map[string]channel.Caps
	// LinkTTL is how long a file sent as a link works (24 hours by default).
	LinkTTL time.Duration
	// Typing, when set, shows "typing…" in a chat before a slow reply (an
	// export, a chart). It must not block.
	Typing func(ch, chat string)
	// PublicURL is where the HTTP server (--public-url) is reached from
	// outside, for the one-time links of /web; empty: no web view.
	PublicURL string
	// Direct sends at once, outside the outbox: only to tell a person that
	// their message is kept while the store cannot write (see unsaved.go).
	// nil: they are not told.
	Direct func(ctx context.Context, out channel.Outgoing) error
	// Receiving are the poll loops' trackers of failures to reach their
	// platform, by channel name, for the metrics.
	Receiving map[string]*channel.Outage

	counts    appCounts     // for MetricsHandler
	unsaved   unsavedSpell  // the store refusing writes
	codes     codeGuard     // wrong invite codes per chat
	strangers strangerGuard // replies to unlinked chats
}

// Cursor is a channel's update position, stored with the update's effects:
// an update counts as handled only if what it caused was committed.
type Cursor struct {
	Channel string
	Offset  int64
	// Redelivered marks an update a webhook may deliver more than once: one
	// at or below the stored offset was handled before and changes nothing.
	Redelivered bool
}

func (a *App) now() time.Time {
	if a.Now != nil {
		return a.Now()
	}
	return time.Now()
}

func (a *App) rand() io.Reader {
	if a.Rand != nil {
		return a.Rand
	}
	return rand.Reader
}

func (a *App) log() *slog.Logger {
	if a.Log != nil {
		return a.Log
	}
	return slog.Default()
}

// Handle processes one incoming message: everything it changes and every
// reply it causes are committed in one transaction, with the channel's
// cursor when given. If processing fails, the person gets an apology with a
// reference that the operator finds in the log, and the update is still
// confirmed, so a message that fails every time cannot block the chat.
func (a *App) Handle(ctx context.Context, in channel.Incoming, cur *Cursor) error {
	a.fetchPhoto(ctx, &in) // network I/O: before the transaction, never inside
	a.fetchVoice(ctx, &in)
	now := a.now()
	// Group: concurrent webhook deliveries, and the outbox recording what
	// it sent, share one commit.
	err := store.Group(a.Store, func(tx *store.Tx) error {
		if cur != nil {
			if cur.Redelivered && cur.Offset <= tx.Offset(cur.Channel) {
				return nil // a webhook's repeat of an update already handled
			}
			if err := tx.SetOffset(cur.Channel, cur.Offset); err != nil {
				return err
			}
		}
		return newRequest(a, tx, in, now).run()
	})
	if err == nil {
		a.saved()
		a.counts.handled.Add(1)
		a.counts.handledFrom(in.Channel)
	}
	if store.Unwritable(err) {
		// Nothing can be stored, an apology no more than the message: the
		// update stays unconfirmed and is handled when writes work again.
		return a.cannotSave(ctx, []channel.Incoming{in}, err)
	}
	if err != nil {
		a.counts.failed.Add(1)
		ref := a.ref()
		a.logFailure(ref, in, err)
		err = store.Group(a.Store, func(tx *store.Tx) error {
			if cur != nil {
				if err := tx.SetOffset(cur.Channel, cur.Offset); err != nil {
					return err
				}
			}
			if _, err := reach.Once(tx, in, now); err != nil {
				return err
			}
			r := newRequest(a, tx, in, now)
			r.say(locales.M("error.internal", "ref", locales.Plain(ref)))
			return r.flush()
		})
		if store.Unwritable(err) {
			return a.cannotSave(ctx, []channel.Incoming{in}, err)
		}
		if err != nil {
			return fmt.Errorf("bot.Handle: %w", err)
		}
	}
	a.wake()
	return nil
}

// logFailure writes a message's failure to the log under its reference;
// a panic (a bug) comes with its stack, which the person never sees.
func (a *App) logFailure(ref string, in channel.Incoming, err error) {
	var pe *store.PanicError
	if errors.As(err, &pe) {
		a.log().Error("handling a message panicked", "ref", ref, "channel", in.Channel, "chat", in.ChatID, "panic", fmt.Sprint(pe.Value), "stack", string(pe.Stack))
		return
	}
	a.log().Error("handling a message failed", "ref", ref, "channel", in.Channel, "chat", in.ChatID, "err", err)
}

func (a *App) wake() {
	if a.Wake != nil {
		a.Wake()
	}
}

// ref is a short random reference for an error, e.g. "E7K2QX".
func (a *App) ref() string {
	b := make([]byte, 3)
	io.ReadFull(a.rand(), b)
	return "E" + hex.EncodeToString(b)
}

// run handles the message inside its transaction: the person is reachable
// again, a fetched photo is kept, expired links end, then the message is
// routed and its replies queued.
func (r *request) run() error {
	if fresh, err := reach.Once(r.tx, r.in, r.now); err != nil || !fresh {
		return err // a redelivery (Zalo's webhook): handled before, nothing to do
	}
	if r.in.Group {
		return r.group()
	}
	if err := r.reachable(); err != nil {
		return err
	}
	if err := r.keepPhoto(); err != nil {
		return err
	}
	if err := r.keepVoice(); err != nil {
		return err
	}
	ended, err := r.expireLinks()
	if err != nil {
		return err
	}
	if !ended {
		r.app.reach().Press(r.tx, &r.in) // a typed number on a channel without buttons
		if err := r.route(); err != nil {
			return err
		}
	}
	if err := r.usedLast(); err != nil {
		return err
	}
	return r.flush()
}

// request is one message being handled inside a transaction.
type request struct {
	app    *App
	tx     *store.Tx
	in     channel.Incoming
	now    time.Time
	person *flows.Person // nil for a chat not linked to anyone
	lang   locales.Lang
	out    []channel.Outgoing
}

func newRequest(a *App, tx *store.Tx, in channel.Incoming, now time.Time) *request {
	r := &request{app: a, tx: tx, in: in, now: now, lang: locales.ParseLang(in.LangCode)}
	p, err := tx.PersonByIdentity(store.Identity{Channel: in.Channel, ChatID: in.ChatID})
	if err == nil {
		r.person = p
		if p.Lang != "" {
			r.lang = locales.Lang(p.Lang)
		}
	}
	return r
}

func (r *request) cfg() *flows.Config { return r.app.Config }

// reachable clears the "blocked the bot" mark of a person who writes again:
// they unblocked it, so reminders resume and supervisors stop seeing it.
func (r *request) reachable() error {
	if r.person == nil || !r.person.Unreachable {
		return nil
	}
	r.person.Unreachable, r.person.UnreachableSince = false, time.Time{}
	return r.tx.PutPerson(r.person)
}

// say queues a reply to the sender.
func (r *request) say(m locales.Msg, buttons ...[]flows.Button) {
	r.sayReply(flows.Reply{Msg: m, Buttons: buttons})
}

// sayReply queues a conversation's reply to the sender.
func (r *request) sayReply(rep flows.Reply) {
	if !r.app.reach().CapsOf(r.in.Channel).Buttons {
		rep.Msg = rep.Msg.Typed()
	}
	r.out = append(r.out, renderOut(r.in.Channel, r.in.ChatID, r.lang, rep))
	if r.person != nil {
		r.out[len(r.out)-1].PersonID = r.person.ID
	}
}

// replies queues a conversation's replies.
func (r *request) replies(rs []flows.Reply) {
	for _, x := range rs {
		r.sayReply(x)
	}
}

// flush writes the queued replies to the outbox, in the request's
// transaction, in the shape of the sender's channel (reach.Replies: on a
// channel without buttons their choices become the chat's menu).
func (r *request) flush() error {
	return r.app.reach().Replies(r.tx, r.in.Channel, r.in.ChatID, r.lang, r.out)
}

// usedLast records the chat this message came from as the person's last,
// so that reminders go there; a chat linked by this very message counts.
func (r *request) usedLast() error {
	p := r.person
	if p == nil {
		var err error
		if p, err = r.tx.PersonByIdentity(store.Identity{Channel: r.in.Channel, ChatID: r.in.ChatID}); err != nil {
			return nil
		}
	}
	return reach.Used(r.tx, p.ID, r.in.Channel, r.in.ChatID)
}

// reach is how messages reach people: the channels' capabilities.
func (a *App) reach() reach.Options { return reach.Options{Caps: a.Caps, LinkTTL: a.LinkTTL} }

// typing shows "typing…" to the sender before a slow reply.
func (r *request) typing() {
	if r.app.Typing != nil {
		r.app.Typing(r.in.Channel, r.in.ChatID)
	}
}

// notify queues a message to another person, in their language, on the
// chat they used last (never on every channel they are linked from).
func (a *App) notify(tx *store.Tx, p *flows.Person, prio store.Priority, m locales.Msg, buttons ...[]flows.Button) error {
	ids, err := tx.IdentitiesOf(p.ID)
	if err != nil {
		return err
	}
	_, err = a.reach().Notify(tx, ids, p, prio, m, buttons...)
	return err
}

// notify is App.notify for callers without the app (the sender's Done
// hook): the chat used last, without knowing the channels' capabilities
// (its messages have no buttons; an adapter without buttons numbers any).
func notify(tx *store.Tx, p *flows.Person, prio store.Priority, m locales.Msg, buttons ...[]flows.Button) error {
	ids, err := tx.IdentitiesOf(p.ID)
	if err != nil {
		return err
	}
	_, err = reach.Options{}.Notify(tx, ids, p, prio, m, buttons...)
	return err
}

// renderOut renders a reply in lang for a chat.
func renderOut(ch, chat string, lang locales.Lang, rep flows.Reply) channel.Outgoing {
	o := outbox.Render(ch, chat, lang, rep)
	o.Shortcuts = rep.Typed
	return o
}

// Scheduler is the app's scheduler: its store, configuration, clock and
// digests, waking the outbox after each batch.
func (a *App) Scheduler() *schedule.Scheduler {
	return &schedule.Scheduler{Store: a.Store, Config: a.Config, Now: a.now, Wake: a.wake, Log: a.log(), Digest: DigestFor, Reach: a.reach()}
}

var errNotFound = store.ErrNotFound

func isNotFound(err error) bool { return errors.Is(err, errNotFound) }

// Updates is the handler a polling channel calls for each update: an
// update with a message is handled with its offset in one transaction, an
// update without one only has its offset stored.
func (a *App) Updates(channelName string) channel.Handler {
	return func(ctx context.Context, u channel.Update) error {
		cur := &Cursor{Channel: channelName, Offset: u.Offset}
		if u.In == nil {
			return a.Confirm(cur)
		}
		return a.Handle(ctx, *u.In, cur)
	}
}

// Deliveries is Updates for a webhook (Telegram's): the platform delivers
// an update again until it saw a 200, so one at or below the stored offset
// was handled already and changes nothing.
func (a *App) Deliveries(channelName string) channel.Handler {
	return func(ctx context.Context, u channel.Update) error {
		cur := &Cursor{Channel: channelName, Offset: u.Offset, Redelivered: true}
		if u.In == nil {
			return a.Confirm(cur)
		}
		return a.Handle(ctx, *u.In, cur)
	}
}

// Batch is the handler a polling channel calls for each batch of updates
// (group commit): all of them, their replies and the last offset are
// committed in one transaction, two fdatasyncs for the whole batch instead
// of two per message. Updates of one chat are handled in order, each
// seeing what the one before it wrote. If the transaction fails (one
// message that cannot be handled), nothing of it is kept and the batch is
// handled again one update at a time, as Handle does, so that message gets
// its apology and the others their answers. The in-memory guards (wrong
// invite codes, replies to strangers) may then count a message twice.
func (a *App) Batch(channelName string) channel.BatchHandler {
	one := a.Updates(channelName)
	return func(ctx context.Context, us []channel.Update) (int64, error) {
		if len(us) == 0 {
			return 0, nil
		}
		for _, u := range us {
			if u.In != nil {
				a.fetchPhoto(ctx, u.In) // network I/O: before the transaction, never inside
				a.fetchVoice(ctx, u.In)
			}
		}
		handled := 0
		err := store.Group(a.Store, func(tx *store.Tx) error {
			handled = 0
			for _, u := range us {
				if u.In == nil {
					continue
				}
				if err := newRequest(a, tx, *u.In, a.now()).run(); err != nil {
					return err
				}
				handled++
			}
			return tx.SetOffset(channelName, us[len(us)-1].Offset)
		})
		if err == nil {
			a.saved()
			a.counts.handled.Add(int64(handled))
			a.counts.handledFromN(channelName, handled)
			a.wake()
			return us[len(us)-1].Offset, nil
		}
		if len(us) == 1 && us[0].In == nil {
			return 0, fmt.Errorf("bot.Batch: %w", err) // only an offset, and it cannot be stored
		}
		if store.Unwritable(err) { // one at a time would fail alike: keep them all
			var ins []channel.Incoming
			for _, u := range us {
				if u.In != nil {
					ins = append(ins, *u.In)
				}
			}
			return 0, a.cannotSave(ctx, ins, err)
		}
		var confirmed int64
		for _, u := range us {
			if err := one(ctx, u); err != nil {
				return confirmed, err
			}
			confirmed = u.Offset
		}
		return confirmed, nil
	}
}

// Offset is where a polling channel resumes: the last update whose effects
// were committed (0 for none).
func (a *App) Offset(channelName string) (int64, error) {
	var off int64
	err := a.Store.View(func(tx *store.Tx) error { off = tx.Offset(channelName); return nil })
	if err != nil {
		return 0, fmt.Errorf("bot.Offset: %w", err)
	}
	return off, nil
}

// Confirm stores a channel's cursor for an update that has no effect (a
// group message, an edit, a malformed update), so it is not read again.
func (a *App) Confirm(cur *Cursor) error {
	return a.Store.Update(func(tx *store.Tx) error {
		if cur.Redelivered && cur.Offset <= tx.Offset(cur.Channel) {
			return nil // never backwards (a webhook's late repeat)
		}
		return tx.SetOffset(cur.Channel, cur.Offset)
	})
}
