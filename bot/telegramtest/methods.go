package telegramtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"path"
	"strings"
	"time"
)

// handlers implement the methods with real behaviour. Every other valid
// method returning Boolean answers true; the rest are refused clearly.
var handlers map[string]func(*Server, *call) (any, error)

func init() {
	handlers = map[string]func(*Server, *call) (any, error){
		"getMe":                  (*Server).getMe,
		"getUpdates":             (*Server).getUpdates,
		"sendMessage":            (*Server).sendMessage,
		"sendPhoto":              (*Server).sendPhoto,
		"sendDocument":           (*Server).sendDocument,
		"editMessageText":        (*Server).editMessageText,
		"editMessageReplyMarkup": (*Server).editMessageReplyMarkup,
		"deleteMessage":          (*Server).deleteMessage,
		"answerCallbackQuery":    (*Server).answerCallbackQuery,
		"setMyCommands":          (*Server).setMyCommands,
		"getMyCommands":          (*Server).getMyCommands,
		"deleteMyCommands":       (*Server).deleteMyCommands,
		"sendChatAction":         (*Server).sendChatAction,
		"setWebhook":             (*Server).setWebhook,
		"deleteWebhook":          (*Server).deleteWebhook,
		"getWebhookInfo":         (*Server).getWebhookInfo,
		"getFile":                (*Server).getFile,
	}
}

// maxDownload is the Bot API's bound on a file a bot can download.
const maxDownload = 20 << 20

// getFile answers a File with its download path, for files the fake knows
// (sent by users or by the bot); others are an invalid file_id.
func (s *Server) getFile(c *call) (any, error) {
	id := c.str("file_id")
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.files[id]
	if f == nil {
		return nil, apiError{code: 400, desc: "Bad Request: invalid file_id"}
	}
	if f.Size > maxDownload {
		return nil, apiError{code: 400, desc: "Bad Request: file is too big"}
	}
	return map[string]any{"file_id": f.ID, "file_unique_id": "u" + f.ID, "file_size": f.Size, "file_path": f.Kind + "s/" + f.ID + path.Ext(f.Name)}, nil
}

// serveFile answers GET /file/bot<token>/<file_path> with the file's bytes.
func (s *Server) serveFile(w http.ResponseWriter, r *http.Request, rest string) {
	token, filePath, ok := strings.Cut(rest, "/")
	if r.Method != http.MethodGet || !ok || token != s.opts.Token {
		http.NotFound(w, r)
		return
	}
	_, name, _ := strings.Cut(filePath, "/")
	id := strings.TrimSuffix(name, path.Ext(name))
	s.mu.Lock()
	f := s.files[id]
	s.stats.Downloads++
	s.mu.Unlock()
	if f == nil || f.Kind+"s/"+f.ID+path.Ext(f.Name) != filePath {
		http.NotFound(w, r)
		return
	}
	data := f.Data
	if data == nil {
		data = make([]byte, f.Size)
	}
	w.Header().Set("Content-Length", fmt.Sprint(len(data)))
	w.Write(data)
}

var errForbiddenBlocked = apiError{code: 403, desc: "Forbidden: bot was blocked by the user"}

func (s *Server) getMe(*call) (any, error) {
	t, f := true, false
	u := s.bot
	u.CanJoinGroups, u.CanReadAllGroupMessages, u.SupportsInlineQueries = &t, &f, &f
	return u, nil
}

func (s *Server) sendMessage(c *call) (any, error) {
	text, _ := plainText(c.str("text"), c.str("parse_mode"))
	return s.postMessage(c, func(m *storedMsg) {
		m.api.Text = text
		m.pub.Text = text
		m.pub.Raw = c.str("text")
		m.pub.ParseMode, _ = parseModeOf(c.str("parse_mode"))
	})
}

func (s *Server) sendPhoto(c *call) (any, error) {
	return s.sendFile(c, "photo", func(m *storedMsg, f *File) {
		m.api.Photo = []apiPhotoSize{{FileID: f.ID, FileUniqueID: "u" + f.ID, Width: 1280, Height: 960, FileSize: f.Size}}
		m.pub.Photo = f
	})
}

func (s *Server) sendDocument(c *call) (any, error) {
	return s.sendFile(c, "document", func(m *storedMsg, f *File) {
		m.api.Document = &apiDocument{FileID: f.ID, FileUniqueID: "u" + f.ID, FileName: f.Name, FileSize: f.Size}
		m.pub.Document = f
	})
}

func (s *Server) sendFile(c *call, kind string, fill func(*storedMsg, *File)) (any, error) {
	p := c.params[kind]
	if ref, ok := strings.CutPrefix(p.value, "attach://"); ok {
		p = c.params[ref]
	}
	caption, _ := plainText(c.str("caption"), c.str("parse_mode"))
	var f *File
	if p.file != nil {
		if p.file.size == 0 {
			return nil, badRequest("file must be non-empty")
		}
		f = &File{Name: p.file.name, Size: p.file.size, Kind: kind}
	} else {
		s.mu.Lock()
		known := s.files[p.value]
		s.mu.Unlock()
		switch {
		case known != nil:
			cp := *known
			f = &cp
		case strings.HasPrefix(p.value, "http://") || strings.HasPrefix(p.value, "https://"):
			f = &File{Name: path.Base(p.value), Kind: kind}
		default:
			return nil, badRequest("wrong file identifier/HTTP URL specified")
		}
	}
	return s.postMessage(c, func(m *storedMsg) {
		if f.ID == "" {
			f.ID = fmt.Sprintf("fake-%s-%d", kind, s.nextSeqLocked())
			s.files[f.ID] = f
		}
		fill(m, f)
		m.api.Caption = caption
		m.pub.Caption = caption
		m.pub.Raw = c.str("caption")
		m.pub.ParseMode, _ = parseModeOf(c.str("parse_mode"))
	})
}

// postMessage stores a new bot message after the chat, block and rate-limit
// checks every sending method shares. fill runs with s.mu held.
func (s *Server) postMessage(c *call, fill func(*storedMsg)) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ch, err := s.sendableChat(c)
	if err != nil {
		return nil, err
	}
	replyTo := c.int("reply_to_message_id")
	if rp := c.str("reply_parameters"); rp != "" {
		var p struct {
			MessageID    int64 `json:"message_id"`
			AllowWithout bool  `json:"allow_sending_without_reply"`
		}
		_ = json.Unmarshal([]byte(rp), &p)
		replyTo = p.MessageID
		if p.AllowWithout && ch.find(replyTo) == nil {
			replyTo = 0
		}
	} else if c.bool("allow_sending_without_reply") && ch.find(replyTo) == nil {
		replyTo = 0
	}
	var reply *storedMsg
	if replyTo != 0 {
		if reply = ch.find(replyTo); reply == nil {
			return nil, badRequest("message to be replied not found")
		}
	}
	if retry := s.limiter.take(ch.info.ID, time.Now()); retry > 0 {
		return nil, apiError{code: 429, desc: fmt.Sprintf("Too Many Requests: retry after %d", retry), retryAfter: retry}
	}
	now := time.Now()
	bot := s.bot
	m := &storedMsg{fromBot: true, api: apiMessage{From: &bot, Date: now.Unix(), Chat: ch.info}}
	m.pub.Date = now
	if reply != nil {
		r := reply.api
		r.ReplyToMessage = nil
		m.api.ReplyToMessage = &r
		m.pub.ReplyTo = r.MessageID
	}
	fill(m)
	m.setMarkup(parseMarkup(c.str("reply_markup")))
	ch.add(m)
	s.stats.Sent++
	s.notifyChangedLocked()
	return m.api, nil
}

// editTarget finds the bot message an edit refers to. Caller holds s.mu.
func (s *Server) editTarget(c *call) (*storedMsg, error) {
	if c.has("inline_message_id") {
		return nil, badRequest("inline messages are not supported by the fake server")
	}
	ch, err := s.resolveChat(c)
	if err != nil {
		return nil, err
	}
	if !c.has("message_id") {
		return nil, badRequest("message identifier is not specified")
	}
	m := ch.find(c.int("message_id"))
	if m == nil {
		return nil, badRequest("message to edit not found")
	}
	if !m.fromBot {
		return nil, badRequest("message can't be edited")
	}
	if s.blocked[ch.info.ID] {
		return nil, errForbiddenBlocked
	}
	return m, nil
}

const notModified = "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"

func (s *Server) editMessageText(c *call) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, err := s.editTarget(c)
	if err != nil {
		return nil, err
	}
	if m.pub.Photo != nil || m.pub.Document != nil {
		return nil, badRequest("there is no text in the message to edit")
	}
	text, _ := plainText(c.str("text"), c.str("parse_mode"))
	mk := parseMarkup(c.str("reply_markup"))
	if text == m.pub.Text && c.str("text") == m.pub.Raw && mk.key == m.markupKey {
		return nil, badRequest(notModified)
	}
	m.api.Text, m.pub.Text, m.pub.Raw = text, text, c.str("text")
	m.pub.ParseMode, _ = parseModeOf(c.str("parse_mode"))
	m.setMarkup(mk)
	return s.edited(m), nil
}

func (s *Server) editMessageReplyMarkup(c *call) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, err := s.editTarget(c)
	if err != nil {
		return nil, err
	}
	mk := parseMarkup(c.str("reply_markup"))
	if mk.key == m.markupKey {
		return nil, badRequest(notModified)
	}
	m.setMarkup(mk)
	return s.edited(m), nil
}

func (s *Server) edited(m *storedMsg) apiMessage {
	now := time.Now()
	m.api.EditDate = now.Unix()
	m.pub.Edits++
	s.stats.Edits++
	s.notifyChangedLocked()
	return m.api
}

func (s *Server) deleteMessage(c *call) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ch, err := s.resolveChat(c)
	if err != nil {
		return nil, err
	}
	m := ch.find(c.int("message_id"))
	if m == nil {
		return nil, badRequest("message to delete not found")
	}
	m.deleted = true
	s.notifyChangedLocked()
	return true, nil
}

// sendableChat resolves the call's chat and refuses it, as Telegram does
// with a 403, when its user blocked the bot. The caller holds s.mu.
func (s *Server) sendableChat(c *call) (*chat, error) {
	ch, err := s.resolveChat(c)
	if err != nil {
		return nil, err
	}
	if s.blocked[ch.info.ID] {
		return nil, errForbiddenBlocked
	}
	return ch, nil
}

func (s *Server) sendChatAction(c *call) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.sendableChat(c); err != nil {
		return nil, err
	}
	return true, nil
}

func (s *Server) answerCallbackQuery(c *call) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cb := s.callbacks[c.str("callback_query_id")]
	if cb == nil || cb.answered {
		return nil, badRequest("query is too old and response timeout expired or query ID is invalid")
	}
	cb.answered = true
	cb.answer = c.str("text")
	return true, nil
}

func commandsKey(c *call) string {
	scope := `{"type":"default"}`
	if v := c.str("scope"); v != "" {
		var canon any
		_ = json.Unmarshal([]byte(v), &canon)
		b, _ := json.Marshal(canon)
		scope = string(b)
	}
	return scope + "|" + c.str("language_code")
}

func (s *Server) setMyCommands(c *call) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.commands[commandsKey(c)] = json.RawMessage(c.str("commands"))
	return true, nil
}

func (s *Server) deleteMyCommands(c *call) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.commands, commandsKey(c))
	return true, nil
}

func (s *Server) getMyCommands(c *call) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if cmds, ok := s.commands[commandsKey(c)]; ok {
		return cmds, nil
	}
	return json.RawMessage("[]"), nil
}

func (s *Server) setWebhook(c *call) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.webhook, s.webhookSecret = c.str("url"), c.str("secret_token")
	if c.bool("drop_pending_updates") {
		s.updates = nil
	}
	return true, nil
}

func (s *Server) deleteWebhook(c *call) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.webhook, s.webhookSecret = "", ""
	if c.bool("drop_pending_updates") {
		s.updates = nil
	}
	return true, nil
}

func (s *Server) getWebhookInfo(*call) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return map[string]any{
		"url":                    s.webhook,
		"has_custom_certificate": false,
		"pending_update_count":   len(s.updates),
	}, nil
}
