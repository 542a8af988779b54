package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/baocao/baocao/bot/channel"
)

// pollTimeout is the long-poll wait: Telegram holds the request open up to
// this long when there is nothing new.
const pollTimeout = 25 * time.Second

// ErrUnauthorized means Telegram rejected the token: retrying cannot help.
var ErrUnauthorized = errors.New("telegram rejected the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN")

// Poll reads updates after offset (the last confirmed update id, 0 for
// none) until ctx is done and hands each to handle, one at a time and in
// order, with its update id as the offset to confirm. An update counts as
// confirmed once handle returned nil; the next getUpdates then tells
// Telegram. Stopping interrupts a long poll at once.
func (c *Channel) Poll(ctx context.Context, offset int64, handle channel.Handler) error {
	go func() {
		<-ctx.Done()
		c.Close()
	}()
	// A webhook and getUpdates exclude each other; polling wins here.
	if _, err := c.api.Request(tgbotapi.DeleteWebhookConfig{}); err != nil && ctx.Err() == nil {
		c.log.Warn("telegram: deleteWebhook failed", "err", c.Redact(err))
	}
	backoff := time.Second
	for ctx.Err() == nil {
		raws, err := c.getUpdates(offset + 1)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			if errors.Is(err, ErrUnauthorized) {
				return err
			}
			c.log.Warn("telegram: getUpdates failed, retrying", "err", err, "in", backoff)
			sleep(ctx, backoff)
			backoff = min(backoff*2, 30*time.Second)
			continue
		}
		backoff = time.Second
		for _, raw := range raws {
			id, err := c.handle(ctx, handle, raw)
			if err != nil {
				// The app could not store even an apology: stop confirming
				// and offer this update again after a pause.
				c.log.Error("telegram: update not handled", "err", err)
				sleep(ctx, backoff)
				break
			}
			offset = max(offset, id)
		}
	}
	return nil
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// getUpdates fetches raw updates; each is decoded on its own later.
func (c *Channel) getUpdates(offset int64) ([]json.RawMessage, error) {
	params := tgbotapi.Params{}
	params.AddNonZero64("offset", offset)
	params.AddNonZero("limit", 100)
	params.AddNonZero("timeout", int(pollTimeout/time.Second))
	params["allowed_updates"] = `["message","callback_query"]`
	resp, err := c.api.MakeRequest("getUpdates", params)
	if err != nil {
		var te *tgbotapi.Error
		if errors.As(err, &te) && te.Code == http.StatusUnauthorized {
			return nil, ErrUnauthorized
		}
		if errors.As(err, &te) && te.Code == http.StatusConflict {
			return nil, fmt.Errorf("another process is polling with the same token (409 Conflict): %w", c.Redact(err))
		}
		return nil, c.Redact(err)
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(resp.Result, &raws); err != nil {
		return nil, fmt.Errorf("telegram.getUpdates: result is not a list: %w", err)
	}
	return raws, nil
}

// handle decodes one update and passes it on; id is the update's id once
// it is confirmed (0 for an update without an id).
func (c *Channel) handle(ctx context.Context, handle channel.Handler, raw json.RawMessage) (id int64, err error) {
	var head struct {
		UpdateID int64 `json:"update_id"`
	}
	if err := json.Unmarshal(raw, &head); err != nil || head.UpdateID == 0 {
		// Without an id it cannot even be confirmed; the offset moves past
		// it with the next good update.
		c.log.Warn("telegram: update without an id ignored", "bytes", len(raw))
		return 0, nil
	}
	up := channel.Update{Offset: head.UpdateID}
	var u tgbotapi.Update
	if err := json.Unmarshal(raw, &u); err != nil {
		c.log.Warn("telegram: malformed update skipped", "update", head.UpdateID, "err", err)
		return confirm(ctx, handle, up)
	}
	in, ok := translate(u)
	if !ok {
		return confirm(ctx, handle, up)
	}
	if in.Kind == channel.KindPhoto && u.Message != nil {
		in.Fetch = c.photoFetch(u.Message.Photo)
	}
	up.In = &in
	if err := handle(ctx, up); err != nil {
		return 0, err
	}
	if cq := u.CallbackQuery; cq != nil {
		// Every callback must be answered or the button keeps spinning; and
		// the pressed keyboard is removed so it cannot be pressed twice.
		if _, err := c.api.Request(tgbotapi.NewCallback(cq.ID, "")); err != nil {
			c.log.Warn("telegram: answerCallbackQuery failed", "err", c.Redact(err))
		}
		if cq.Message != nil && cq.Message.ReplyMarkup != nil && len(cq.Message.ReplyMarkup.InlineKeyboard) > 0 {
			edit := tgbotapi.NewEditMessageReplyMarkup(cq.Message.Chat.ID, cq.Message.MessageID, tgbotapi.InlineKeyboardMarkup{InlineKeyboard: [][]tgbotapi.InlineKeyboardButton{}})
			if _, err := c.api.Request(edit); err != nil {
				c.log.Debug("telegram: removing a used keyboard failed", "err", c.Redact(err))
			}
		}
	}
	return up.Offset, nil
}

// confirm hands on an update that has nothing to act on, only its offset.
func confirm(ctx context.Context, handle channel.Handler, up channel.Update) (int64, error) {
	if err := handle(ctx, up); err != nil {
		return 0, err
	}
	return up.Offset, nil
}

// translate maps an update to an Incoming; ok is false for updates the bot
// does not act on (group chats, edits, channel posts…).
func translate(u tgbotapi.Update) (channel.Incoming, bool) {
	if cq := u.CallbackQuery; cq != nil {
		if cq.Message == nil || cq.Message.Chat == nil || cq.Message.Chat.Type != "private" || cq.From == nil {
			return channel.Incoming{}, false
		}
		return channel.Incoming{Channel: Name, ChatID: strconv.FormatInt(cq.Message.Chat.ID, 10), Name: fullName(cq.From), LangCode: cq.From.LanguageCode,
			Kind: channel.KindButton, Data: cq.Data, ButtonMessage: cq.Message.MessageID}, true
	}
	m := u.Message
	if m == nil || m.Chat == nil || m.Chat.Type != "private" || m.From == nil {
		return channel.Incoming{}, false
	}
	in := channel.Incoming{Channel: Name, ChatID: strconv.FormatInt(m.Chat.ID, 10), Name: fullName(m.From), LangCode: m.From.LanguageCode}
	switch {
	case m.Text != "":
		in.Kind, in.Text = channel.KindText, m.Text
	case len(m.Photo) > 0:
		in.Kind, in.FileID = channel.KindPhoto, m.Photo[len(m.Photo)-1].FileID
	default:
		in.Kind, in.What = channel.KindUnsupported, unsupportedKind(m)
	}
	return in, true
}

func unsupportedKind(m *tgbotapi.Message) string {
	switch {
	case m.Sticker != nil:
		return "sticker"
	case m.Voice != nil:
		return "voice"
	case m.Audio != nil:
		return "audio"
	case m.VideoNote != nil:
		return "video_note"
	case m.Animation != nil:
		return "animation"
	case m.Video != nil:
		return "video"
	case m.Document != nil:
		return "document"
	case m.Location != nil:
		return "location"
	case m.Contact != nil:
		return "contact"
	case m.Poll != nil:
		return "poll"
	}
	return "other"
}

func fullName(u *tgbotapi.User) string {
	return strings.TrimSpace(u.FirstName + " " + u.LastName)
}
