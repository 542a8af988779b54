package zalo

import (
	"encoding/json"
	"fmt"
)

// Update is one event from the platform, from getUpdates or the webhook.
type Update struct {
	EventName string  `json:"event_name"`
	Message   Message `json:"message"`
}

// Message is an event's message. Date is in milliseconds.
type Message struct {
	MessageID string `json:"message_id"`
	Date      int64  `json:"date"`
	From      struct {
		ID          string `json:"id"`
		DisplayName string `json:"display_name"`
		IsBot       bool   `json:"is_bot"`
	} `json:"from"`
	Chat struct {
		ID       string `json:"id"`
		ChatType string `json:"chat_type"` // PRIVATE or GROUP (beta)
	} `json:"chat"`
	Text     string `json:"text"`
	Photo    string `json:"photo"`     // message.image.received: the photo's URL
	PhotoURL string `json:"photo_url"` // the same, as some SDKs name it
	Caption  string `json:"caption"`
	Sticker  string `json:"sticker"`
	VoiceURL string `json:"voice_url"`
}

// Event names the docs list.
const (
	EventText        = "message.text.received"
	EventImage       = "message.image.received"
	EventSticker     = "message.sticker.received"
	EventVoice       = "message.voice.received"
	EventUnsupported = "message.unsupported.received"
)

// ParseUpdate decodes one event. It accepts the documented webhook body
// ({"ok": true, "result": {event}}) and a bare event object, as SDKs
// differ on which the platform sends.
func ParseUpdate(raw []byte) (*Update, error) {
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
		return nil, fmt.Errorf("zalo: update without event_name")
	}
	return &u, nil
}

// PhotoLink is the URL of a photo the person sent.
func (m *Message) PhotoLink() string {
	if m.Photo != "" {
		return m.Photo
	}
	return m.PhotoURL
}
