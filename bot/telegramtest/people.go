package telegramtest

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode/utf16"
)

// User is a person talking to the bot. Their private chat has the same id.
type User struct {
	ID           int64
	FirstName    string
	Username     string
	LanguageCode string
}

func (u User) api() apiUser {
	name := u.FirstName
	if name == "" {
		name = fmt.Sprintf("User %d", u.ID)
	}
	return apiUser{ID: u.ID, FirstName: name, Username: u.Username, LanguageCode: u.LanguageCode}
}

func (u User) privateChat() apiChat {
	a := u.api()
	return apiChat{ID: u.ID, Type: "private", FirstName: a.FirstName, Username: u.Username}
}

type callbackState struct {
	chatID   int64
	answered bool
	answer   string
}

// RegisterUser makes u's private chat known without sending anything, as if
// u had talked to the bot earlier.
func (s *Server) RegisterUser(u User) {
	s.mu.Lock()
	s.chatLocked(u.privateChat())
	s.mu.Unlock()
}

// RegisterChat makes a group, supergroup or channel known to the fake.
func (s *Server) RegisterChat(c Chat) {
	t := c.Type
	if t == "" {
		t = "private"
		if c.ID < 0 {
			t = "supergroup"
		}
	}
	s.mu.Lock()
	s.chatLocked(apiChat{ID: c.ID, Type: t, Title: c.Title, Username: c.Username})
	s.mu.Unlock()
}

// SendText delivers a text message from u in their private chat. A leading
// /command gets its bot_command entity, as Telegram adds it.
func (s *Server) SendText(u User, text string) int {
	return s.userMessage(u, u.ID, func(m *apiMessage) {
		m.Text = text
		if strings.HasPrefix(text, "/") {
			cmd, _, _ := strings.Cut(text, " ")
			cmd, _, _ = strings.Cut(cmd, "\n")
			m.Entities = []apiEntity{{Type: "bot_command", Offset: 0, Length: len(utf16.Encode([]rune(cmd)))}}
		}
	})
}

// SendTextIn delivers a text message from u in a chat registered with
// RegisterChat (a group, say).
func (s *Server) SendTextIn(chatID int64, u User, text string) int {
	return s.userMessage(u, chatID, func(m *apiMessage) {
		m.Text = text
		if strings.HasPrefix(text, "/") {
			cmd, _, _ := strings.Cut(text, " ")
			m.Entities = []apiEntity{{Type: "bot_command", Length: len(utf16.Encode([]rune(cmd)))}}
		}
	})
}

// SendSticker delivers a sticker from u.
func (s *Server) SendSticker(u User) int {
	return s.userMessage(u, u.ID, func(m *apiMessage) {
		id := s.userFileLocked("sticker", "sticker.webp", 12000)
		m.Sticker = mustJSON(map[string]any{
			"file_id": id, "file_unique_id": "u" + id, "type": "regular",
			"width": 512, "height": 512, "is_animated": false, "is_video": false, "emoji": "👍", "file_size": 12000,
		})
	})
}

// SendPhoto delivers a photo with an optional caption from u.
func (s *Server) SendPhoto(u User, caption string) int {
	return s.SendPhotoData(u, caption, nil)
}

// SendPhotoData delivers a photo whose largest size downloads as data
// (getFile, then GET /file/bot<token>/<file_path>); nil is 150 KB of filler.
func (s *Server) SendPhotoData(u User, caption string, data []byte) int {
	return s.userMessage(u, u.ID, func(m *apiMessage) {
		size := int64(150000)
		if data != nil {
			size = int64(len(data))
		}
		id := s.userFileLocked("photo", "photo.jpg", size)
		s.files[id].Data = data
		s.files[id+"-s"] = &File{ID: id + "-s", Name: "photo.jpg", Size: 1500, Kind: "photo"}
		m.Photo = []apiPhotoSize{
			{FileID: id + "-s", FileUniqueID: "u" + id + "-s", Width: 90, Height: 67, FileSize: 1500},
			{FileID: id, FileUniqueID: "u" + id, Width: 1280, Height: 960, FileSize: size},
		}
		m.Caption = caption
	})
}

// SendVoice delivers a 3-second voice note from u.
func (s *Server) SendVoice(u User) int {
	return s.userMessage(u, u.ID, func(m *apiMessage) {
		id := s.userFileLocked("voice", "voice.ogg", 9000)
		m.Voice = mustJSON(map[string]any{
			"file_id": id, "file_unique_id": "u" + id, "duration": 3, "mime_type": "audio/ogg", "file_size": 9000,
		})
	})
}

// SendRaw enqueues an arbitrary update. If raw is a JSON object its
// update_id is set to the next id; anything else is delivered unchanged,
// to test how the bot copes with malformed updates.
func (s *Server) SendRaw(raw json.RawMessage) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.enqueueLocked(func(id int) json.RawMessage {
		var obj map[string]json.RawMessage
		if json.Unmarshal(raw, &obj) != nil || obj == nil {
			return append(json.RawMessage(nil), raw...)
		}
		obj["update_id"] = mustJSON(id)
		return mustJSON(obj)
	})
}

// PressButton presses the inline button with callback_data data under the
// bot's message messageID in u's private chat and returns the callback
// query id. The bot must answer it with answerCallbackQuery.
func (s *Server) PressButton(u User, messageID int, data string) (string, error) {
	return s.PressButtonIn(u.ID, u, messageID, data)
}

// PressButtonIn is PressButton in any chat.
func (s *Server) PressButtonIn(chatID int64, u User, messageID int, data string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ch := s.chats[chatID]
	if ch == nil {
		return "", fmt.Errorf("telegramtest: chat %d is unknown", chatID)
	}
	m := ch.find(int64(messageID))
	if m == nil || !m.fromBot {
		return "", fmt.Errorf("telegramtest: chat %d has no bot message %d", chatID, messageID)
	}
	found := false
	for _, row := range m.pub.Buttons {
		for _, b := range row {
			found = found || (b.Data == data && data != "")
		}
	}
	if !found {
		return "", fmt.Errorf("telegramtest: message %d in chat %d has no button with callback_data %q (buttons: %v)", messageID, chatID, data, m.pub.Buttons)
	}
	id := fmt.Sprintf("%d%06d", u.ID, s.nextSeqLocked())
	s.callbacks[id] = &callbackState{chatID: chatID}
	msg := m.api
	s.enqueueLocked(func(uid int) json.RawMessage {
		return mustJSON(apiUpdate{UpdateID: uid, CallbackQuery: &apiCallbackQuery{
			ID: id, From: u.api(), Message: &msg, ChatInstance: fmt.Sprintf("ci%d", chatID), Data: data,
		}})
	})
	return id, nil
}

// userMessage stores a message from u in chatID and enqueues its update.
func (s *Server) userMessage(u User, chatID int64, fill func(*apiMessage)) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ch *chat
	if chatID == u.ID {
		ch = s.chatLocked(u.privateChat())
	} else if ch = s.chats[chatID]; ch == nil {
		ch = s.chatLocked(apiChat{ID: chatID, Type: "supergroup", Title: fmt.Sprintf("Group %d", chatID)})
	}
	from := u.api()
	m := &storedMsg{api: apiMessage{From: &from, Date: time.Now().Unix(), Chat: ch.info}}
	fill(&m.api)
	ch.add(m)
	msg := m.api
	return s.enqueueLocked(func(id int) json.RawMessage {
		return mustJSON(apiUpdate{UpdateID: id, Message: &msg})
	})
}

// userFileLocked registers a file a person sent so the bot may resend it by
// file_id. Caller holds s.mu.
func (s *Server) userFileLocked(kind, name string, size int64) string {
	id := fmt.Sprintf("user-%s-%d", kind, s.nextSeqLocked())
	s.files[id] = &File{ID: id, Name: name, Size: size, Kind: kind}
	return id
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic("telegramtest: " + err.Error())
	}
	return b
}
