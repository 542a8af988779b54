package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"syscall"
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
// none) until ctx is done and hands each batch that getUpdates returns to
// handle, in order, at once: the app stores them all in one transaction
// with the last offset (group commit), so a busy bot commits once per
// batch, not once per message. handle reports the offset it committed; the
// next getUpdates confirms it to Telegram. Nothing is confirmed before it
// is committed. Stopping interrupts a long poll at once.
//
// What cannot be read is skipped without spinning: an update without an
// update_id, or one that is not JSON at all (which makes the whole batch
// unreadable to a plain decoder), is passed over with the lowest id it can
// have, so the offset moves past it and never past an update not yet seen.
//
// When the store cannot commit (a full disk), the updates stay unconfirmed
// and the loop backs off, up to a minute between tries, logging once per
// spell and saying so on /readyz; it resumes by itself once a commit works.
func (c *Channel) Poll(ctx context.Context, offset int64, handle channel.BatchHandler) error {
	go func() {
		<-ctx.Done()
		c.Close()
	}()
	// A webhook and getUpdates exclude each other; polling wins here.
	if _, err := c.api.Request(tgbotapi.DeleteWebhookConfig{}); err != nil && ctx.Err() == nil {
		c.log.Warn("telegram: deleteWebhook failed", "err", c.Redact(err))
	}
	backoff := time.Second
	storeWait := time.Duration(0)
	for ctx.Err() == nil {
		c.polled.Store(time.Now().UnixNano()) // a long poll in flight is alive
		raws, broken, err := c.getUpdates(ctx, offset+1)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			if errors.Is(err, ErrUnauthorized) {
				return err
			}
			// Each failure quietly; a spell of them as a warning after a
			// minute and an error after five (c.outage).
			c.log.Debug("telegram: getUpdates failed, retrying", "err", err, "in", backoff)
			c.outage.Fail(time.Now(), err)
			sleep(ctx, backoff)
			backoff = min(backoff*2, 30*time.Second)
			continue
		}
		c.polled.Store(time.Now().UnixNano())
		c.outage.OK(time.Now())
		backoff = time.Second
		ups, callbacks := c.decode(raws, broken, offset)
		if len(ups) == 0 {
			if broken != nil || len(raws) > 0 { // nothing can be passed yet: wait, do not spin
				sleep(ctx, backoff)
				backoff = min(backoff*2, 30*time.Second)
			}
			continue
		}
		confirmed, err := handle(ctx, ups)
		offset = max(offset, confirmed)
		for _, cb := range callbacks {
			if cb.offset <= confirmed {
				c.answer(cb.q)
			}
		}
		if err != nil {
			storeWait = c.storeFailed(ctx, err, storeWait)
			continue
		}
		if storeWait > 0 {
			c.log.Info("telegram: the store commits again; updates are handled")
			c.storeErr.Store(nil)
			storeWait = 0
		}
	}
	return nil
}

// storeFailed is the pause after the store refused a batch: from the
// store backoff's start (StoreBackoff, 1s by default) doubling up to a
// minute. The first failure of a spell is logged as an error naming the
// cause; a full disk says so.
func (c *Channel) storeFailed(ctx context.Context, err error, last time.Duration) time.Duration {
	wait := c.StoreBackoff
	if wait <= 0 {
		wait = time.Second
	}
	if last > 0 {
		wait = min(last*2, time.Minute)
	} else if errors.Is(err, syscall.ENOSPC) {
		c.log.Error("telegram: the disk is full: updates are kept unconfirmed and retried with a growing pause; free space on the data directory's disk and the bot resumes by itself", "err", err)
	} else {
		c.log.Error("telegram: updates not handled: the store refused them; retrying with a growing pause", "err", err)
	}
	e := err
	c.storeErr.Store(&e)
	sleep(ctx, wait)
	return wait
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// getUpdates fetches a batch. It reads the list element by element, so an
// element that is not JSON ends the list there: raws are the readable ones
// before it and broken is true. Anything else unreadable (not a Bot API
// answer at all) is an error, retried with a pause.
func (c *Channel) getUpdates(ctx context.Context, offset int64) (raws []json.RawMessage, broken *brokenTail, err error) {
	form := url.Values{}
	if offset != 0 {
		form.Set("offset", strconv.FormatInt(offset, 10))
	}
	form.Set("limit", "100")
	form.Set("timeout", strconv.Itoa(int(pollTimeout/time.Second)))
	form.Set("allowed_updates", `["message","callback_query"]`)
	req, err := http.NewRequest("POST", fmt.Sprintf(c.endpoint, c.token, "getUpdates"), strings.NewReader(form.Encode()))
	if err != nil {
		return nil, nil, c.Redact(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.api.Client.Do(req)
	if err != nil {
		return nil, nil, c.Redact(err)
	}
	defer resp.Body.Close()
	return readUpdates(resp.Body)
}

// brokenTail is what follows an element that is not JSON: the first
// update_id found in the bytes after it (0 if none), which bounds its id.
type brokenTail struct{ nextID int64 }

var updateIDRe = regexp.MustCompile(`"update_id"\s*:\s*(\d+)`)

// readUpdates decodes a getUpdates answer from body, element by element.
func readUpdates(body io.Reader) (raws []json.RawMessage, broken *brokenTail, err error) {
	dec := json.NewDecoder(body)
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, nil, fmt.Errorf("telegram.getUpdates: the answer is not a Bot API object")
	}
	var env struct {
		OK          bool
		Code        int
		Description string
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, nil, fmt.Errorf("telegram.getUpdates: %w", err)
		}
		switch t {
		case "ok":
			if err := dec.Decode(&env.OK); err != nil {
				return nil, nil, fmt.Errorf("telegram.getUpdates: %w", err)
			}
		case "error_code":
			dec.Decode(&env.Code)
		case "description":
			dec.Decode(&env.Description)
		case "result":
			if !env.OK {
				var skip json.RawMessage
				dec.Decode(&skip)
				continue
			}
			if t, err := dec.Token(); err != nil || t != json.Delim('[') {
				return nil, nil, fmt.Errorf("telegram.getUpdates: result is not a list")
			}
			for dec.More() {
				var raw json.RawMessage
				if err := dec.Decode(&raw); err != nil {
					// The rest comes again once the broken one is passed;
					// an id after it says how far that may go.
					rest, _ := io.ReadAll(io.LimitReader(io.MultiReader(dec.Buffered(), body), 1<<20))
					tail := &brokenTail{}
					if m := updateIDRe.FindSubmatch(rest); m != nil {
						tail.nextID, _ = strconv.ParseInt(string(m[1]), 10, 64)
					}
					return raws, tail, nil
				}
				raws = append(raws, raw)
			}
			return raws, nil, nil
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, nil, fmt.Errorf("telegram.getUpdates: %w", err)
			}
		}
	}
	switch {
	case env.Code == http.StatusUnauthorized:
		return nil, nil, ErrUnauthorized
	case env.Code == http.StatusConflict:
		return nil, nil, fmt.Errorf("another process is polling with the same token (409 Conflict): %s", env.Description)
	case !env.OK:
		return nil, nil, fmt.Errorf("telegram.getUpdates: %d %s", env.Code, env.Description)
	}
	return nil, nil, nil
}

// pendingCallback is a pressed button to answer once its update commits.
type pendingCallback struct {
	offset int64
	q      *tgbotapi.CallbackQuery
}

// decode turns a batch into updates for the app. after is the offset
// already confirmed; ids only grow, so an update's id is at least one more
// than the one before it, and an update without a readable id (or the
// broken element ending the list) takes that lowest possible id: the
// offset then moves past it without skipping any update not yet read.
//
// An element that is not JSON ends the list; its id is below the next
// update_id after it (tail.nextID), so that id minus one passes it. If the
// next id found was its own (the offset did not move past it last time),
// the next try takes that id. With no id known at all (a first start with
// the broken update the only one), nothing is passed: the loop waits for a
// later update instead of guessing.
func (c *Channel) decode(raws []json.RawMessage, broken *brokenTail, after int64) ([]channel.Update, []pendingCallback) {
	var ups []channel.Update
	var cbs []pendingCallback
	last := after
	// Each update is decoded once; its id comes with it. One that does not
	// decode may still have a readable id.
	ids := make([]int64, len(raws))
	us := make([]tgbotapi.Update, len(raws))
	errs := make([]error, len(raws))
	for i, raw := range raws {
		if errs[i] = json.Unmarshal(raw, &us[i]); errs[i] != nil {
			ids[i], _ = updateID(raw)
		} else if us[i].UpdateID > 0 {
			ids[i] = int64(us[i].UpdateID)
		}
	}
	for i, raw := range raws {
		id := ids[i]
		if id <= last {
			// No id: below the next id of the batch, at least one more
			// than the last; with neither known, wait for a later update.
			id = last + 1
			for k, next := range ids[i+1:] {
				if next > last+int64(k)+1 { // k more without an id come first
					id = next - int64(k) - 1
					break
				}
			}
			if last == 0 && id == 1 {
				continue
			}
			c.log.Warn("telegram: update without an id passed over", "bytes", len(raw), "as", id)
			ups = append(ups, channel.Update{Offset: id})
			last = id
			continue
		}
		last = id
		up := channel.Update{Offset: id}
		u := us[i]
		if err := errs[i]; err != nil {
			c.log.Warn("telegram: malformed update skipped", "update", id, "err", err)
			ups = append(ups, up)
			continue
		}
		if in, ok := translate(u); ok {
			if in.Kind == channel.KindPhoto && u.Message != nil {
				in.Fetch = c.photoFetch(u.Message.Photo)
			}
			if in.Kind == channel.KindVoice && u.Message != nil && u.Message.Voice != nil {
				in.Fetch = c.fileFetch(u.Message.Voice.FileID, u.Message.Voice.FileSize)
			}
			if in.Group && c.api.Self.UserName != "" {
				in.BotName = "@" + c.api.Self.UserName
			}
			up.In = &in
			if u.CallbackQuery != nil {
				cbs = append(cbs, pendingCallback{offset: id, q: u.CallbackQuery})
			}
		}
		ups = append(ups, up)
	}
	if broken != nil {
		id := int64(0)
		switch {
		case broken.nextID > 0 && c.stuckAt == last+1:
			id = max(last+1, broken.nextID) // the id found was its own
		case broken.nextID > 0:
			id = max(last+1, broken.nextID-1)
		case last > 0:
			id = last + 1 // ids are consecutive: the lowest it can have
		}
		c.stuckAt = last + 1
		if id > 0 {
			c.log.Warn("telegram: an update that is not JSON passed over", "as", id)
			ups = append(ups, channel.Update{Offset: id})
		}
	}
	return ups, cbs
}

// updateID reads an update's id; ok is false when it has none.
func updateID(raw json.RawMessage) (int64, bool) {
	var head struct {
		UpdateID int64 `json:"update_id"`
	}
	if err := json.Unmarshal(raw, &head); err != nil || head.UpdateID <= 0 {
		return 0, false
	}
	return head.UpdateID, true
}

// answer answers a pressed button and removes the pressed keyboard: every
// callback must be answered or the button keeps spinning, and a keyboard
// left in place could be pressed twice.
func (c *Channel) answer(cq *tgbotapi.CallbackQuery) {
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

// translate maps an update to an Incoming; ok is false for updates the bot
// does not act on (edits, channel posts…). A message in a group comes in
// marked Group: the group is told once how to reach the bot privately.
func translate(u tgbotapi.Update) (channel.Incoming, bool) {
	if cq := u.CallbackQuery; cq != nil {
		if cq.Message == nil || cq.Message.Chat == nil || cq.Message.Chat.Type != "private" || cq.From == nil {
			return channel.Incoming{}, false
		}
		return channel.Incoming{Channel: Name, ChatID: strconv.FormatInt(cq.Message.Chat.ID, 10), Name: fullName(cq.From), LangCode: cq.From.LanguageCode,
			Kind: channel.KindButton, Data: cq.Data, ButtonMessage: cq.Message.MessageID}, true
	}
	m := u.Message
	if m == nil || m.Chat == nil || m.From == nil || m.From.IsBot {
		return channel.Incoming{}, false
	}
	in := channel.Incoming{Channel: Name, ChatID: strconv.FormatInt(m.Chat.ID, 10), Name: fullName(m.From), LangCode: m.From.LanguageCode}
	switch m.Chat.Type {
	case "private":
	case "group", "supergroup":
		in.Kind, in.Group = channel.KindUnsupported, true
		return in, true
	default: // a channel's posts
		return channel.Incoming{}, false
	}
	switch {
	case m.Text != "":
		in.Kind, in.Text = channel.KindText, m.Text
	case len(m.Photo) > 0:
		in.Kind, in.FileID = channel.KindPhoto, m.Photo[len(m.Photo)-1].FileID
	case m.Voice != nil && m.Voice.FileID != "":
		in.Kind, in.FileID, in.Seconds = channel.KindVoice, m.Voice.FileID, m.Voice.Duration
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
