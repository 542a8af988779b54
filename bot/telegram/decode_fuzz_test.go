package telegram

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// FuzzDecodeUpdate feeds arbitrary bytes to the decoding of one update, as
// getUpdates hands them over: it must either be skipped or become an
// Incoming from a private chat, never panic.
func FuzzDecodeUpdate(f *testing.F) {
	for _, s := range []string{
		`{"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false,"first_name":"Lan"},"text":"/baocao thang 2026-11"}}`,
		`{"update_id":2,"callback_query":{"id":"c","from":{"id":42,"is_bot":false,"first_name":"Lan"},"chat_instance":"x","data":"/ketqua thang 2026-11","message":{"message_id":7,"date":1,"chat":{"id":42,"type":"private"}}}}`,
		`{"update_id":3,"message":{"message_id":1,"date":1,"chat":{"id":-5,"type":"group"},"from":{"id":42,"is_bot":false,"first_name":"Lan"},"sticker":{"file_id":"s"}}}`,
		`{"update_id":4,"message":{"message_id":1,"date":1,"chat":{"id":42,"type":"private"},"from":{"id":42,"first_name":"Lan"},"photo":[{"file_id":"a","width":1,"height":1}]}}`,
		`{"update_id":5,"edited_message":{}}`,
		`{"message":{}}`, `[]`, `null`, `{"update_id":"7"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		var head struct {
			UpdateID int64 `json:"update_id"`
		}
		if json.Unmarshal(raw, &head) != nil || head.UpdateID == 0 {
			return
		}
		var u tgbotapi.Update
		if err := json.Unmarshal(raw, &u); err != nil {
			return
		}
		in, ok := translate(u)
		if !ok {
			return
		}
		if in.ChatID == "" || in.Channel != Name {
			t.Fatalf("an Incoming without a chat: %+v", in)
		}
		if !utf8.ValidString(in.Text) && utf8.Valid(raw) {
			t.Fatalf("invalid text from valid input: %q", in.Text)
		}
	})
}
