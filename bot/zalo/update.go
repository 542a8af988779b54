package zalo

// Reading an event. The platform's documentation and what it was seen to
// send in 2026 differ (../shared/zalo/README.md, "Seen in real
// deliveries"), and neither is official enough to choose: every shape seen
// is read the same way. The body may or may not be wrapped in {ok, result};
// a photo's address may be "photo" or "photo_url", a voice note's
// "voice_url" or "url"; the kind may be said by event_name or only by
// message_type (CHAT_PHOTO, CHAT_VOICE); the sender's name may be
// display_name or, in older copies of the docs, first_name. Ids and dates
// may come as strings or numbers. Fields not listed here are ignored.
// testdata/zalo/ holds an anonymised delivery of each shape.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// Update is one event from the platform, from getUpdates or the webhook.
type Update struct {
	EventName string  `json:"event_name"`
	Message   Message `json:"message"`
}

// Message is an event's message. Date is in milliseconds.
type Message struct {
	MessageID   flexString `json:"message_id"`
	MessageType string     `json:"message_type"` // seen: CHAT_PHOTO, CHAT_VOICE…
	Date        flexString `json:"date"`
	From        struct {
		ID          flexString `json:"id"`
		DisplayName string     `json:"display_name"`
		FirstName   string     `json:"first_name"` // older copies of the docs
		LastName    string     `json:"last_name"`
		IsBot       bool       `json:"is_bot"`
	} `json:"from"`
	Chat struct {
		ID       flexString `json:"id"`
		ChatType string     `json:"chat_type"` // PRIVATE or GROUP (beta)
	} `json:"chat"`
	Text     string `json:"text"`
	Photo    string `json:"photo"`     // message.image.received: the photo's URL
	PhotoURL string `json:"photo_url"` // the same, as captured deliveries name it
	Caption  string `json:"caption"`
	Sticker  string `json:"sticker"`
	VoiceURL string `json:"voice_url"`
	URL      string `json:"url"` // a sticker's image; a voice note's audio in some captures
	// Other names an address was given under in SDKs and captures; read
	// only when the usual one is missing.
	ImageURL string `json:"image_url"`
	AudioURL string `json:"audio_url"`
	Voice    string `json:"voice"`
}

// Event names the docs list.
const (
	EventText        = "message.text.received"
	EventImage       = "message.image.received"
	EventSticker     = "message.sticker.received"
	EventVoice       = "message.voice.received"
	EventUnsupported = "message.unsupported.received"
)

// Message types seen in captured deliveries, which name the kind even
// where event_name does not (or is missing).
var messageTypes = map[string]string{
	"CHAT_TEXT":    EventText,
	"TEXT":         EventText,
	"CHAT_PHOTO":   EventImage,
	"CHAT_IMAGE":   EventImage,
	"PHOTO":        EventImage,
	"IMAGE":        EventImage,
	"CHAT_VOICE":   EventVoice,
	"VOICE":        EventVoice,
	"CHAT_STICKER": EventSticker,
	"STICKER":      EventSticker,
}

// ErrEmpty is ParseUpdate's answer for a body with nothing in it: the
// platform was seen to send such a probe once; it changes nothing.
var ErrEmpty = fmt.Errorf("zalo: empty delivery")

// ParseUpdate decodes one event. It accepts the documented webhook body
// ({"ok": true, "result": {event}}) and a bare event object, as both were
// seen; an event without event_name is read by its message_type.
func ParseUpdate(raw []byte) (*Update, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, ErrEmpty
	}
	var env struct {
		Ok     *bool           `json:"ok"`
		Result json.RawMessage `json:"result"`
	}
	if err := json.Unmarshal(raw, &env); err != nil {
		return nil, fmt.Errorf("zalo: update is not a JSON object: %w", err)
	}
	if env.Ok != nil && len(env.Result) > 0 {
		raw = env.Result
	}
	var u Update
	if err := json.Unmarshal(raw, &u); err != nil {
		return nil, fmt.Errorf("zalo: malformed update: %w", err)
	}
	if u.EventName == "" {
		u.EventName = messageTypes[strings.ToUpper(u.Message.MessageType)]
	}
	if u.EventName == "" {
		return nil, fmt.Errorf("zalo: update without event_name or a known message_type")
	}
	return &u, nil
}

// kind is the event the update is, by its name, or by its message_type
// when the name is one the docs do not list.
func (u *Update) kind() string {
	switch u.EventName {
	case EventText, EventImage, EventSticker, EventVoice, EventUnsupported:
		return u.EventName
	}
	return messageTypes[strings.ToUpper(u.Message.MessageType)]
}

// Known reports whether the update is an event the docs or the captures
// list; an unknown one is answered politely and logged once.
func (u *Update) Known() bool { return u.kind() != "" }

// PhotoLink is the URL of a photo the person sent.
func (m *Message) PhotoLink() string {
	return firstLink(m.Photo, m.PhotoURL, m.ImageURL, m.URL)
}

// VoiceLink is the URL of a voice note's audio.
func (m *Message) VoiceLink() string {
	return firstLink(m.VoiceURL, m.URL, m.AudioURL, m.Voice)
}

// firstLink is the first of the addresses that is one (an id where an
// address was expected is no address to fetch).
func firstLink(candidates ...string) string {
	for _, c := range candidates {
		if strings.HasPrefix(c, "https://") || strings.HasPrefix(c, "http://") {
			return c
		}
	}
	return ""
}

// SenderName is the person's name as the platform gives it.
func (m *Message) SenderName() string {
	if m.From.DisplayName != "" {
		return m.From.DisplayName
	}
	return strings.TrimSpace(m.From.FirstName + " " + m.From.LastName)
}

// flexString is a JSON string or number, kept as its text: captured
// deliveries were seen to send ids and dates as either.
type flexString string

func (f *flexString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0 || string(b) == "null":
		*f = ""
	case b[0] == '"' && bytes.IndexByte(b, '\\') < 0:
		*f = flexString(b[1 : len(b)-1]) // nothing to unescape: one copy
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexString(s)
	default:
		// A number as written; anything else (an object where an id was
		// expected) reads as none, and the event is dropped for it, not
		// the delivery refused.
		var n json.Number
		if json.Unmarshal(b, &n) == nil {
			*f = flexString(n.String())
		} else {
			*f = ""
		}
	}
	return nil
}
