package telegramtest

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"
)

// Message is a message the bot sent, as the person in the chat sees it now.
type Message struct {
	ID        int
	ChatID    int64
	Text      string // visible text after entity parsing and edits
	Raw       string // text or caption exactly as the bot sent it (with markup)
	ParseMode string
	Caption   string
	Buttons   [][]Button // inline keyboard under the message
	Keyboard  [][]string // reply keyboard shown with the message
	// RemoveKeyboard is true when the message removed the reply keyboard.
	RemoveKeyboard bool
	Photo          *File
	Document       *File
	ReplyTo        int // id of the message replied to, 0 if none
	Edits          int
	Date           time.Time
}

// Button is one inline keyboard button.
type Button struct {
	Text string
	Data string // callback_data
	URL  string
}

// File is a file the bot uploaded or referenced, or a person sent.
type File struct {
	ID   string
	Name string
	Size int64
	Kind string // photo, document, voice, sticker
	// Data is what downloading the file returns (its path from getFile);
	// nil serves Size bytes of filler.
	Data []byte
}

// Chat describes a chat the fake knows, for RegisterChat.
type Chat struct {
	ID       int64
	Type     string // private, group, supergroup, channel; default by sign of ID
	Title    string
	Username string
}

type chat struct {
	info   apiChat
	nextID int
	msgs   []*storedMsg
	byID   map[int]*storedMsg
}

type storedMsg struct {
	api       apiMessage
	fromBot   bool
	deleted   bool
	pub       Message
	markupKey string
}

// chatLocked returns the chat, creating it if needed. Caller holds s.mu.
func (s *Server) chatLocked(info apiChat) *chat {
	ch := s.chats[info.ID]
	if ch == nil {
		ch = &chat{info: info, nextID: 1, byID: map[int]*storedMsg{}}
		s.chats[info.ID] = ch
	}
	return ch
}

// resolveChat finds the chat named by chat_id. Caller holds s.mu.
func (s *Server) resolveChat(c *call) (*chat, error) {
	v := c.str("chat_id")
	if !c.has("chat_id") {
		return nil, badRequest("chat_id is empty")
	}
	if id, err := strconv.ParseInt(v, 10, 64); err == nil {
		if ch := s.chats[id]; ch != nil {
			return ch, nil
		}
		return nil, badRequest("chat not found")
	}
	if name, ok := strings.CutPrefix(v, "@"); ok && name != "" {
		for _, ch := range s.chats {
			if strings.EqualFold(ch.info.Username, name) {
				return ch, nil
			}
		}
	}
	return nil, badRequest("chat not found")
}

func (ch *chat) add(m *storedMsg) {
	m.api.MessageID = ch.nextID
	m.pub.ID = ch.nextID
	m.pub.ChatID = ch.info.ID
	ch.nextID++
	ch.msgs = append(ch.msgs, m)
	ch.byID[m.api.MessageID] = m
}

func (ch *chat) find(id int64) *storedMsg {
	m := ch.byID[int(id)]
	if m == nil || m.deleted {
		return nil
	}
	return m
}

// markup is the decoded reply_markup of a message.
type markup struct {
	raw       json.RawMessage // inline keyboard to echo back, nil if none
	key       string          // canonical form for "not modified" checks
	buttons   [][]Button
	keyboard  [][]string
	removeKbd bool
}

func parseMarkup(v string) markup {
	if v == "" {
		return markup{}
	}
	var doc struct {
		InlineKeyboard [][]struct {
			Text         string `json:"text"`
			CallbackData string `json:"callback_data"`
			URL          string `json:"url"`
		} `json:"inline_keyboard"`
		Keyboard       [][]json.RawMessage `json:"keyboard"`
		RemoveKeyboard bool                `json:"remove_keyboard"`
	}
	_ = json.Unmarshal([]byte(v), &doc) // already validated against the spec
	var m markup
	for _, row := range doc.InlineKeyboard {
		var r []Button
		for _, b := range row {
			r = append(r, Button{Text: b.Text, Data: b.CallbackData, URL: b.URL})
		}
		m.buttons = append(m.buttons, r)
	}
	if len(m.buttons) > 0 {
		var canon any
		_ = json.Unmarshal([]byte(v), &canon)
		m.raw, _ = json.Marshal(canon)
		m.key = string(m.raw)
	}
	for _, row := range doc.Keyboard {
		var r []string
		for _, b := range row {
			var kb struct {
				Text string `json:"text"`
			}
			if json.Unmarshal(b, &kb) != nil {
				_ = json.Unmarshal(b, &kb.Text)
			}
			r = append(r, kb.Text)
		}
		m.keyboard = append(m.keyboard, r)
	}
	m.removeKbd = doc.RemoveKeyboard
	return m
}

func (m *storedMsg) setMarkup(mk markup) {
	m.api.ReplyMarkup = mk.raw
	m.markupKey = mk.key
	m.pub.Buttons = mk.buttons
	m.pub.Keyboard = mk.keyboard
	m.pub.RemoveKeyboard = mk.removeKbd
}

// notifyChangedLocked wakes WaitMessages callers. Caller holds s.mu.
func (s *Server) notifyChangedLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

func (s *Server) nextSeqLocked() int {
	s.seq++
	return s.seq
}
