package zalo

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/baocao/baocao/bot/channel"
)

// Name is the channel's name in identities, the outbox and metrics.
const Name = "zalo"

// Files publishes a file at an unguessable public URL that works until it
// expires (bot/public.Links does).
type Files interface {
	Publish(name, contentType string, data []byte, ttl time.Duration) (url string, expires time.Time, err error)
}

// Channel is one Zalo bot account.
type Channel struct {
	api *Client
	log *slog.Logger
	// Files serves charts (Zalo fetches sendPhoto's URL) and exports (Zalo
	// bots cannot send documents). Without it, files cannot be sent.
	Files Files
	// LinkTTL is how long an export link works; PhotoTTL how long a
	// chart's URL does (Zalo fetches it at once; the margin covers its
	// own retries).
	LinkTTL, PhotoTTL time.Duration
	me                *Me
	// polled is when getUpdates last answered (UnixNano), for Alive.
	polled atomic.Int64
	// outage follows failed getUpdates: logged after a minute and five.
	outage channel.Outage
}

// Outage is the poll loop's spell of failures to reach Zalo.
func (c *Channel) Outage() *channel.Outage { return &c.outage }

// New connects with token to endpoint (a format string such as
// "http://127.0.0.1:8081/bot%s/%s"; empty means the platform) and checks
// the token with getMe, so a wrong one is reported at once.
func New(ctx context.Context, token, endpoint string, log *slog.Logger) (*Channel, error) {
	if log == nil {
		log = slog.Default()
	}
	api, err := NewClient(token, endpoint, &http.Client{Timeout: pollTimeout + 15*time.Second})
	if err != nil {
		return nil, err
	}
	me, err := api.GetMe(ctx)
	if err != nil {
		return nil, fmt.Errorf("zalo.New: %w", err)
	}
	groups := "not said"
	if me.CanJoinGroups != nil {
		groups = fmt.Sprint(*me.CanJoinGroups)
	}
	// Group messages are answered with how to reach the bot privately;
	// the operator sees here whether groups can reach it at all.
	log.Info("zalo: bot account", "account", me.AccountName, "type", me.AccountType, "can_join_groups", groups)
	c := &Channel{api: api, log: log, me: me, LinkTTL: 24 * time.Hour, PhotoTTL: 24 * time.Hour}
	c.outage.Name, c.outage.Log = "zalo: getUpdates", log
	return c, nil
}

// Alive reports whether the poll loop has heard from Zalo lately: a long
// poll answers within pollTimeout (408 when nothing came), so two without
// an answer, plus a retry's wait, mean polling is stuck or Zalo unreachable.
func (c *Channel) Alive() error {
	last := c.polled.Load()
	if last == 0 {
		return errors.New("not polled yet")
	}
	if ago := time.Since(time.Unix(0, last)); ago > 2*pollTimeout+30*time.Second {
		return fmt.Errorf("no answer from getUpdates for %s", ago.Round(time.Second))
	}
	if err := c.outage.Err(time.Now()); err != nil {
		return fmt.Errorf("getUpdates %w", err)
	}
	return nil
}

// Name implements channel.Channel.
func (c *Channel) Name() string { return Name }

// Account is the bot's account name, for the log.
func (c *Channel) Account() string { return c.me.AccountName }

// Send implements channel.Channel. Zalo has no buttons, so choices go out
// as a numbered list under the text (the person types the number); a text
// over 2,000 characters goes out in parts; a chart goes out as the URL of
// a PNG baocao serves, a document as a link.
func (c *Channel) Send(ctx context.Context, m channel.Outgoing) error {
	text := channel.Numbered(m.Text, m.Buttons)
	if m.File != nil {
		if c.Files == nil {
			return &channel.SendError{Kind: channel.Permanent, Err: fmt.Errorf("zalo.Send: a file needs --public-url (Zalo fetches files from baocao's own server)")}
		}
		if m.File.Photo {
			return c.sendPhoto(ctx, m, text)
		}
		url, _, err := c.Files.Publish(m.File.Name, "", m.File.Data, c.LinkTTL)
		if err != nil {
			return &channel.SendError{Kind: channel.Retryable, Err: err}
		}
		text = strings.TrimSpace(text + "\n" + url)
	}
	return c.sendText(ctx, m.ChatID, text)
}

func (c *Channel) sendText(ctx context.Context, chat, text string) error {
	parts := channel.Split(text, MaxText)
	for i, part := range parts {
		if err := c.api.SendMessage(ctx, chat, part); err != nil {
			se := classify(err)
			if i > 0 { // the person has parts 1…i already
				se.Partial, se.Rest = true, strings.Join(parts[i:], "\n\n")
			}
			return se
		}
	}
	return nil
}

func (c *Channel) sendPhoto(ctx context.Context, m channel.Outgoing, caption string) error {
	// The type from the bytes: a chart is a PNG, a photo a person sent a JPEG.
	url, _, err := c.Files.Publish(m.File.Name, http.DetectContentType(m.File.Data), m.File.Data, c.PhotoTTL)
	if err != nil {
		return &channel.SendError{Kind: channel.Retryable, Err: err}
	}
	// One request, so a retry cannot send the photo twice: a caption over
	// the limit (never one of baocao's) is cut with an ellipsis.
	if parts := channel.Split(caption, MaxText-1); len(parts) > 1 {
		caption = parts[0] + "…"
	}
	if err := c.api.SendPhoto(ctx, m.ChatID, url, strings.TrimSpace(caption)); err != nil {
		return classify(err)
	}
	return nil
}

// Typing shows "typing…" before a reply that takes a while (an export, a
// chart); a failure only means the person does not see it.
func (c *Channel) Typing(ctx context.Context, chat string) {
	if err := c.api.SendTyping(ctx, chat); err != nil {
		c.log.Debug("zalo: sendChatAction failed", "err", err)
	}
}

// fetcher is an Incoming's Fetch for a photo at url.
func (c *Channel) fetcher(url string) func(context.Context, int) ([]byte, error) {
	return func(ctx context.Context, max int) ([]byte, error) { return c.api.Download(ctx, url, max) }
}

// Download fetches a photo a person sent (its FileID is the URL Zalo
// gave), at most max bytes: the channel's way to keep the photo's bytes.
func (c *Channel) Download(ctx context.Context, fileID string, max int) ([]byte, error) {
	return c.api.Download(ctx, fileID, max)
}

// Caps is what Zalo can show: neither buttons nor documents.
var Caps = channel.Caps{}
