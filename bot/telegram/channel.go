package telegram

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/baocao/baocao/bot/channel"
)

// Telegram's limits, counted in UTF-16 code units as Telegram counts them.
const (
	MaxText    = 4096
	MaxCaption = 1024
)

// Name is the channel's name in identities and the outbox.
const Name = "telegram"

// DefaultEndpoint is Telegram's own Bot API server.
const DefaultEndpoint = tgbotapi.APIEndpoint

// Channel talks to one bot account.
type Channel struct {
	api       *tgbotapi.BotAPI
	token     string
	endpoint  string
	transport *http.Transport
	// fileEndpoint is where files are downloaded (a format of token, path).
	fileEndpoint string
	log          *slog.Logger
	// ctxMu guards the context every HTTP request runs under; cancelling it
	// interrupts a long poll at once on shutdown.
	ctxMu sync.Mutex
	ctx   context.Context
	stop  context.CancelFunc
	// polled is when getUpdates last answered (Unix nanoseconds), for Alive.
	polled atomic.Int64
	// stuckAt is the lowest id an unreadable update was last passed at.
	stuckAt int64
	// storeErr is why the store refuses updates now (nil when it commits).
	storeErr atomic.Pointer[error]
	// StoreBackoff is the first pause after the store refused a batch
	// (default 1s); it doubles up to a minute. Tests shorten it.
	StoreBackoff time.Duration
	// outage follows failed getUpdates: logged after a minute and five.
	outage channel.Outage
}

// Outage is the poll loop's spell of failures to reach Telegram.
func (c *Channel) Outage() *channel.Outage { return &c.outage }

// Alive reports whether the poll loop has heard from Telegram lately: a
// long poll answers within pollTimeout, so two of them without an answer
// (plus a retry's wait) mean polling is stuck or Telegram unreachable.
func (c *Channel) Alive() error {
	last := c.polled.Load()
	if last == 0 {
		return errors.New("not polled yet")
	}
	if ago := time.Since(time.Unix(0, last)); ago > 2*pollTimeout+30*time.Second {
		return fmt.Errorf("no answer from getUpdates for %s", ago.Round(time.Second))
	}
	if e := c.storeErr.Load(); e != nil {
		return fmt.Errorf("updates wait: the store cannot commit (%v)", *e)
	}
	// A failing getUpdates returns fast and the loop tries again, so the
	// last try is recent: the spell of failures says it.
	if err := c.outage.Err(time.Now()); err != nil {
		return fmt.Errorf("getUpdates %w", err)
	}
	return nil
}

// New connects with token to endpoint (a format string such as
// "http://127.0.0.1:8081/bot%s/%s"; empty means Telegram). It calls getMe,
// so a wrong token or an unreachable server is reported here.
func New(token, endpoint string, log *slog.Logger) (*Channel, error) {
	if endpoint == "" {
		endpoint = DefaultEndpoint
	}
	if strings.Count(endpoint, "%s") != 2 {
		return nil, fmt.Errorf("telegram.New: TELEGRAM_API_ENDPOINT must contain two %%s (token, method), e.g. http://127.0.0.1:8081/bot%%s/%%s")
	}
	ctx, stop := context.WithCancel(context.Background())
	// One pool of connections, kept: the outbox's workers send in
	// parallel, and Go's default of 2 idle connections per host made
	// 1,656 new TCP connections per 10,000 sends.
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns, tr.MaxIdleConnsPerHost = 64, 32
	c := &Channel{token: token, endpoint: endpoint, log: log, ctx: ctx, stop: stop, transport: tr, fileEndpoint: fileEndpointFor(endpoint)}
	c.outage = channel.Outage{Name: "telegram: getUpdates", Log: log}
	client := &http.Client{Transport: ctxTransport{c}, Timeout: pollTimeout + 15*time.Second}
	api, err := tgbotapi.NewBotAPIWithClient(token, endpoint, client)
	if err != nil {
		stop()
		return nil, fmt.Errorf("telegram.New: %w", c.Redact(err))
	}
	c.api = api
	return c, nil
}

// ctxTransport runs every request under the channel's context.
type ctxTransport struct{ c *Channel }

func (t ctxTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	t.c.ctxMu.Lock()
	ctx := t.c.ctx
	t.c.ctxMu.Unlock()
	return t.c.transport.RoundTrip(r.WithContext(ctx))
}

// Close interrupts requests in flight.
func (c *Channel) Close() { c.stop() }

// Name implements channel.Channel.
func (c *Channel) Name() string { return Name }

// Username is the bot's @username, for deep links.
func (c *Channel) Username() string { return c.api.Self.UserName }

// Redact removes the token from an error's text: Go's HTTP errors quote the
// URL, and the Bot API URL contains the token.
func (c *Channel) Redact(err error) error {
	if err == nil || c.token == "" || !strings.Contains(err.Error(), c.token) {
		return err
	}
	return redacted{msg: strings.ReplaceAll(err.Error(), c.token, "<token>"), err: err}
}

type redacted struct {
	msg string
	err error
}

func (r redacted) Error() string { return r.msg }

// Unwrap keeps errors.As working (e.g. for *tgbotapi.Error) on the original.
func (r redacted) Unwrap() error { return r.err }

// classify maps a Bot API failure to the bot's one error contract.
func (c *Channel) classify(err error) *channel.SendError {
	err = c.Redact(err)
	var te *tgbotapi.Error
	if errors.As(err, &te) {
		switch {
		case te.Code == http.StatusTooManyRequests:
			return &channel.SendError{Kind: channel.Throttled, RetryAfter: time.Duration(max(te.RetryAfter, 1)) * time.Second, Err: err}
		case te.Code == http.StatusForbidden:
			return &channel.SendError{Kind: channel.Stopped, Err: err}
		case te.Code >= 500:
			return &channel.SendError{Kind: channel.Retryable, Err: err}
		case te.Code == http.StatusBadRequest && strings.Contains(te.Message, "chat not found"):
			return &channel.SendError{Kind: channel.Stopped, Err: err}
		default:
			return &channel.SendError{Kind: channel.Permanent, Err: err}
		}
	}
	return &channel.SendError{Kind: channel.Retryable, Err: err}
}

// Send implements channel.Channel: one Outgoing may become several messages
// when its text is longer than Telegram allows; the buttons go with the last.
func (c *Channel) Send(ctx context.Context, m channel.Outgoing) error {
	chat, err := strconv.ParseInt(m.ChatID, 10, 64)
	if err != nil {
		return &channel.SendError{Kind: channel.Permanent, Err: fmt.Errorf("telegram.Send: chat id %q: %w", m.ChatID, err)}
	}
	if m.File != nil {
		return c.sendFile(chat, m)
	}
	parts := channel.Split(m.Text, MaxText)
	for i, part := range parts {
		msg := tgbotapi.NewMessage(chat, part)
		if i == len(parts)-1 && len(m.Buttons) > 0 {
			msg.ReplyMarkup = keyboard(m.Buttons)
		}
		// Request, not Send: Send also decodes the sent Message, which
		// nothing here reads (a tenth of a reply's CPU under load).
		if _, err := c.api.Request(msg); err != nil {
			se := c.classify(err)
			if i > 0 { // the person has parts 1…i already
				se.Partial, se.Rest = true, strings.Join(parts[i:], "\n\n")
			}
			return se
		}
	}
	return nil
}

func (c *Channel) sendFile(chat int64, m channel.Outgoing) error {
	file := tgbotapi.FileBytes{Name: m.File.Name, Bytes: m.File.Data}
	caption := m.Text
	if len([]rune(caption)) > MaxCaption {
		caption = string([]rune(caption)[:MaxCaption-1]) + "…"
	}
	var msg tgbotapi.Chattable
	if m.File.Photo {
		p := tgbotapi.NewPhoto(chat, file)
		p.Caption = caption
		if len(m.Buttons) > 0 {
			p.ReplyMarkup = keyboard(m.Buttons)
		}
		msg = p
	} else {
		d := tgbotapi.NewDocument(chat, file)
		d.Caption = caption
		if len(m.Buttons) > 0 {
			d.ReplyMarkup = keyboard(m.Buttons)
		}
		msg = d
	}
	if _, err := c.api.Request(msg); err != nil {
		return c.classify(err)
	}
	return nil
}

func keyboard(rows [][]channel.OutButton) tgbotapi.InlineKeyboardMarkup {
	var out [][]tgbotapi.InlineKeyboardButton
	for _, row := range rows {
		var r []tgbotapi.InlineKeyboardButton
		for _, b := range row {
			r = append(r, tgbotapi.NewInlineKeyboardButtonData(b.Text, b.Data))
		}
		out = append(out, r)
	}
	return tgbotapi.NewInlineKeyboardMarkup(out...)
}

// SetCommands registers the command menu: Vietnamese for everyone, English
// for clients set to English.
func (c *Channel) SetCommands(vi, en []channel.MenuEntry) error {
	conv := func(es []channel.MenuEntry) []tgbotapi.BotCommand {
		out := make([]tgbotapi.BotCommand, len(es))
		for i, e := range es {
			out[i] = tgbotapi.BotCommand{Command: e.Command, Description: e.Description}
		}
		return out
	}
	if _, err := c.api.Request(tgbotapi.NewSetMyCommands(conv(vi)...)); err != nil {
		return fmt.Errorf("telegram.SetCommands: %w", c.Redact(err))
	}
	en2 := tgbotapi.NewSetMyCommandsWithScopeAndLanguage(tgbotapi.NewBotCommandScopeDefault(), "en", conv(en)...)
	if _, err := c.api.Request(en2); err != nil {
		return fmt.Errorf("telegram.SetCommands en: %w", c.Redact(err))
	}
	return nil
}
