package zalotest

import (
	"bytes"
	"context"
	"fmt"
	"image"
	_ "image/jpeg" // photos the bot sends are decoded to check they are images
	_ "image/png"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// errBlocked is the answer for a chat that blocked the bot. The docs do
// not give its wording; 403 is what they list for a refused recipient.
var errBlocked = apiError{403, "Forbidden: the user has blocked the bot or is not reachable"}

func (s *Server) getMe(c *call) (any, error) {
	return map[string]any{"id": s.botID, "account_name": s.opts.BotName, "account_type": "BASIC", "can_join_groups": false}, nil
}

func (s *Server) setWebhook(c *call) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.webhook = webhook{url: c.str("url"), secret: c.str("secret_token"), updatedAt: time.Now().UnixMilli()}
	s.notifyLocked()
	return map[string]any{"url": s.webhook.url, "updated_at": s.webhook.updatedAt}, nil
}

func (s *Server) deleteWebhook(c *call) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.webhook = webhook{updatedAt: time.Now().UnixMilli()}
	s.notifyLocked()
	return map[string]any{"url": "", "updated_at": s.webhook.updatedAt}, nil
}

func (s *Server) getWebhookInfo(c *call) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return map[string]any{"url": s.webhook.url, "updated_at": s.webhook.updatedAt}, nil
}

// getUpdates hands out one queued update, waiting up to timeout seconds;
// with nothing new it answers 408, which is a normal empty poll.
func (s *Server) getUpdates(c *call) (any, error) {
	wait := time.Duration(DefaultPoll) * time.Second
	if c.has("timeout") {
		n, err := strconv.ParseFloat(c.str("timeout"), 64)
		if err != nil || n < 0 {
			return nil, badRequest("timeout must be a number of seconds")
		}
		wait = time.Duration(n * float64(time.Second))
	}
	wait = min(wait, s.opts.MaxPollTimeout)
	timer := time.NewTimer(wait)
	defer timer.Stop()
	for {
		s.mu.Lock()
		if s.webhook.url != "" {
			s.mu.Unlock()
			return nil, badRequest("a webhook is set: call deleteWebhook before getUpdates")
		}
		if len(s.queue) > 0 {
			u := s.queue[0]
			s.queue = s.queue[1:]
			s.delivered = append(s.delivered, u)
			s.notifyLocked()
			s.mu.Unlock()
			// Handed out: from here it is gone whatever happens to the
			// answer, since the platform has no acknowledgement.
			return u.body, nil
		}
		ready := s.queueReady
		s.mu.Unlock()
		select {
		case <-ready:
		case <-timer.C:
			return nil, apiError{408, "Request timeout"}
		case <-c.ctx.Done():
			return nil, apiError{408, "Request timeout"}
		case <-s.closed:
			return nil, apiError{408, "Request timeout"}
		}
	}
}

// recipient resolves chat_id to a chat that has written to the bot, or
// refuses as the platform does.
func (s *Server) recipient(c *call) (*chat, error) {
	id := c.str("chat_id")
	s.mu.Lock()
	defer s.mu.Unlock()
	ch := s.chats[id]
	if ch == nil {
		return nil, badRequest("chat not found")
	}
	if s.blocked[id] {
		return nil, errBlocked
	}
	return ch, nil
}

// record adds a bot message to chat and returns the documented result.
func (s *Server) record(ch *chat, m Message) any {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	m.ID = fmt.Sprintf("bot%08x%06d", s.seq, s.seq)
	m.Date = time.Now()
	ch.msgs = append(ch.msgs, m)
	s.stats.Sent++
	s.notifyLocked()
	return map[string]any{"message_id": m.ID, "date": m.Date.UnixMilli()}
}

func (s *Server) sendMessage(c *call) (any, error) {
	ch, err := s.recipient(c)
	if err != nil {
		return nil, err
	}
	return s.record(ch, Message{Method: c.method, Text: c.str("text"), ParseMode: c.str("parse_mode")}), nil
}

func (s *Server) sendSticker(c *call) (any, error) {
	ch, err := s.recipient(c)
	if err != nil {
		return nil, err
	}
	return s.record(ch, Message{Method: c.method, Sticker: c.str("sticker")}), nil
}

func (s *Server) sendVoice(c *call) (any, error) {
	ch, err := s.recipient(c)
	if err != nil {
		return nil, err
	}
	return s.record(ch, Message{Method: c.method, VoiceURL: c.str("voice_url")}), nil
}

func (s *Server) sendChatAction(c *call) (any, error) {
	ch, err := s.recipient(c)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	ch.actions = append(ch.actions, c.str("action"))
	s.notifyLocked()
	s.mu.Unlock()
	return nil, nil
}

// sendPhoto fetches the photo URL, as Zalo does before it shows the photo:
// a URL that does not answer 200 with an image is the bot's mistake.
func (s *Server) sendPhoto(c *call) (any, error) {
	ch, err := s.recipient(c)
	if err != nil {
		return nil, err
	}
	data, ctype, err := s.fetchImage(c.ctx, c.str("photo"))
	if err != nil {
		return nil, badRequest("photo: " + err.Error())
	}
	return s.record(ch, Message{Method: c.method, Caption: c.str("caption"), Photo: c.str("photo"), PhotoData: data, PhotoType: ctype}), nil
}

// fetchImage downloads url and checks it is a PNG, JPEG or GIF image.
func (s *Server) fetchImage(ctx context.Context, url string) ([]byte, string, error) {
	ctx, cancel := context.WithTimeout(ctx, s.opts.DeliveryTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, "", err
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return nil, "", fmt.Errorf("cannot fetch %s: %v", url, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 10<<20))
	if err != nil {
		return nil, "", fmt.Errorf("reading %s: %v", url, err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("%s answered %d", url, resp.StatusCode)
	}
	ctype := resp.Header.Get("Content-Type")
	if !strings.HasPrefix(ctype, "image/") {
		return nil, "", fmt.Errorf("%s is %q, not an image", url, ctype)
	}
	if _, format, err := image.DecodeConfig(bytes.NewReader(data)); err != nil {
		return nil, "", fmt.Errorf("%s does not decode as an image: %v", url, err)
	} else if !strings.HasSuffix(ctype, format) && !(format == "jpeg" && ctype == "image/jpg") {
		return nil, "", fmt.Errorf("%s is a %s image served as %q", url, format, ctype)
	}
	return data, ctype, nil
}
