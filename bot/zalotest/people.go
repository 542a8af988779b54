package zalotest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"net/http"
	"time"
)

// User is a person chatting 1-to-1 with the bot. On Zalo a private chat's
// id is the person's id.
type User struct {
	ID   string // e.g. "e4ea2cd5189df1c3a88c"
	Name string // display_name
}

// chat is one private chat with what the bot sent into it.
type chat struct {
	user    User
	msgs    []Message
	actions []string // sendChatAction actions, in order
}

// Message is one message the bot sent.
type Message struct {
	ID        string
	Method    string // sendMessage, sendPhoto, sendSticker, sendVoice
	Text      string
	ParseMode string
	Caption   string
	Photo     string // the URL the bot gave
	PhotoData []byte // what the fake fetched from it
	PhotoType string // its Content-Type
	Sticker   string
	VoiceURL  string
	Date      time.Time
}

// update is one event for the bot: body is the "result" object. A bare
// one (the captured shape) is posted to the webhook without the {ok,
// result} wrapper.
type update struct {
	messageID string
	chatID    string
	body      json.RawMessage
	bare      bool
}

// RegisterUser makes u's chat known without sending anything, as if u had
// written to the bot earlier.
func (s *Server) RegisterUser(u User) {
	s.mu.Lock()
	s.chatLocked(u)
	s.mu.Unlock()
}

func (s *Server) chatLocked(u User) *chat {
	ch := s.chats[u.ID]
	if ch == nil {
		ch = &chat{user: u}
		s.chats[u.ID] = ch
	}
	return ch
}

// SendText delivers a text from u and returns its message_id.
func (s *Server) SendText(u User, text string) string {
	return s.event(u, "message.text.received", map[string]any{"text": text})
}

// SendPhoto delivers a photo from u, with an optional caption. The photo
// is a small JPEG the fake serves at the URL in the event.
func (s *Server) SendPhoto(u User, caption string) string {
	s.mu.Lock()
	s.seq++
	name := fmt.Sprintf("photo-%d.jpg", s.seq)
	s.photos[name] = samplePhoto()
	s.mu.Unlock()
	m := map[string]any{"photo": s.URL() + "/files/" + name}
	if caption != "" {
		m["caption"] = caption
	}
	return s.event(u, "message.image.received", m)
}

// SendSticker delivers a sticker from u.
func (s *Server) SendSticker(u User) string {
	return s.event(u, "message.sticker.received", map[string]any{"sticker": "0e078a2fb66a5f34067b", "url": "https://zalo-api.zadn.vn/api/emoticon/sticker/webpc?eid=1&size=130"})
}

// SendVoice delivers a voice note of 7 seconds from u.
func (s *Server) SendVoice(u User) string { return s.SendVoiceOf(u, 7) }

// SendVoiceOf delivers a voice note from u lasting seconds: raw ADTS AAC
// at 16 kHz mono, as Zalo records it, served at the URL in the event.
func (s *Server) SendVoiceOf(u User, seconds int) string {
	s.mu.Lock()
	s.seq++
	name := fmt.Sprintf("voice-%d.aac", s.seq)
	s.photos[name] = VoiceNote(seconds)
	if s.types == nil {
		s.types = map[string]string{}
	}
	s.types[name] = "audio/aac"
	s.mu.Unlock()
	return s.event(u, "message.voice.received", map[string]any{"voice_url": s.URL() + "/files/" + name})
}

// SendUnsupported delivers the event Zalo sends, without content, for a
// message from a protected sender.
func (s *Server) SendUnsupported(u User) string {
	return s.event(u, "message.unsupported.received", nil)
}

// SendEvent delivers an event with any name (a future one, say) and extra
// message fields.
func (s *Server) SendEvent(u User, eventName string, fields map[string]any) string {
	return s.event(u, eventName, fields)
}

// SendRaw queues body as the "result" of an update unchanged, to test how
// the bot copes with malformed updates.
func (s *Server) SendRaw(body json.RawMessage) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.enqueueLocked(&update{body: append(json.RawMessage(nil), body...)})
}

func (s *Server) event(u User, name string, fields map[string]any) string {
	return s.eventIn(u.ID, "PRIVATE", u, name, fields)
}

// eventIn queues an event from u in chat (of type PRIVATE or GROUP), in
// the shape the server is set to send.
func (s *Server) eventIn(chatID, chatType string, u User, name string, fields map[string]any) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.chatLocked(u)
	if chatID != u.ID {
		s.chatLocked(User{ID: chatID, Name: "group " + chatID})
	}
	s.seq++
	id := fmt.Sprintf("%016x%04d", time.Now().UnixNano(), s.seq%10000)
	msg := map[string]any{
		"from":       map[string]any{"id": u.ID, "display_name": u.Name, "is_bot": false},
		"chat":       map[string]any{"id": chatID, "chat_type": chatType},
		"message_id": id,
		"date":       time.Now().UnixMilli(),
	}
	for k, v := range fields {
		msg[k] = v
	}
	if s.captured {
		captureShape(name, msg)
	}
	body := mustJSON(map[string]any{"event_name": name, "message": msg})
	s.enqueueLocked(&update{messageID: id, chatID: chatID, body: body, bare: s.captured})
	return id
}

func (s *Server) enqueueLocked(u *update) {
	s.queue = append(s.queue, u)
	close(s.queueReady)
	s.queueReady = make(chan struct{})
	s.notifyLocked()
}

// Redeliver queues an update already handed out or delivered once more,
// as a platform that retries would. It reports whether messageID was found.
func (s *Server) Redeliver(messageID string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, u := range s.delivered {
		if u.messageID == messageID {
			s.enqueueLocked(&update{messageID: u.messageID, chatID: u.chatID, body: u.body, bare: u.bare})
			return true
		}
	}
	return false
}

// Block makes every send into u's chat fail with 403 until Unblock.
func (s *Server) Block(u User) {
	s.mu.Lock()
	s.blocked[u.ID] = true
	s.mu.Unlock()
}

// Unblock undoes Block.
func (s *Server) Unblock(u User) {
	s.mu.Lock()
	delete(s.blocked, u.ID)
	s.mu.Unlock()
}

func (s *Server) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	s.mu.Lock()
	data, ok := s.photos[name]
	ctype := s.types[name]
	gone := s.expired[name]
	s.mu.Unlock()
	if gone { // the platform's media links expire
		http.Error(w, "link expired", http.StatusForbidden)
		return
	}
	if !ok || r.Method != http.MethodGet {
		http.NotFound(w, r)
		return
	}
	if ctype == "" {
		ctype = "image/jpeg"
	}
	w.Header().Set("Content-Type", ctype)
	_, _ = w.Write(data)
}

// samplePhoto is a small JPEG, what a phone camera would send.
func samplePhoto() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 64, 48))
	for x := 0; x < 64; x++ {
		for y := 0; y < 48; y++ {
			img.Set(x, y, color.RGBA{uint8(x * 4), uint8(y * 5), 120, 255})
		}
	}
	var b bytes.Buffer
	_ = jpeg.Encode(&b, img, nil)
	return b.Bytes()
}

// ServeFile serves data at URL()+"/files/"+name, as a web server would:
// a test can point sendPhoto at it.
func (s *Server) ServeFile(name, contentType string, data []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.photos[name] = data
	if s.types == nil {
		s.types = map[string]string{}
	}
	s.types[name] = contentType
}
