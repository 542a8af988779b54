package reader

import (
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

// What a chat app writes for a photo or a sticker (chat_placeholder.go).
func TestChatPlaceholdersAreNotAnswers(t *testing.T) {
	now := time.Date(2027, 1, 5, 9, 0, 0, 0, time.UTC)
	text := &Question{Type: TypeText}
	yn := &Question{Type: TypeYesNo}
	count := &Question{Type: TypeInt}
	choice := &Question{Type: TypeChoice, Options: r9Communes}
	for _, c := range []struct {
		q     *Question
		typed string
		want  string // a problem's key, or the value read
	}{
		{text, "[Hình ảnh]", "answer.chat_placeholder"}, {text, "[Sticker]", "answer.chat_placeholder"},
		{text, "<Media omitted>", "answer.chat_placeholder"}, {text, "image omitted", "answer.chat_placeholder"},
		{text, "[Tệp] ", "answer.chat_placeholder"}, {text, "[2 ảnh]", "answer.chat_placeholder"},
		{text, "Tin nhắn đã được thu hồi", "answer.chat_placeholder"}, {text, "Đã gửi một ảnh", "answer.chat_placeholder"},
		{text, "[Hinh anh]", "answer.chat_placeholder"}, {yn, "[Sticker]", "answer.chat_placeholder"},
		{count, "[Hình ảnh]", "answer.chat_placeholder"}, {count, "<Đã bỏ qua phương tiện>", "answer.chat_placeholder"},
		// beside words: the words
		{text, "[Hình ảnh] Thiếu kinh phí", "Thiếu kinh phí"}, {choice, "[Sticker] 2", "thanh_cong"},
		// not placeholders
		{text, "[Ghi chú] thiếu kinh phí", "[Ghi chú] thiếu kinh phí"}, {text, "Đã gửi ảnh hoạt động qua Zalo nhóm", "Đã gửi ảnh hoạt động qua Zalo nhóm"},
		{text, "Thiếu ảnh minh chứng", "Thiếu ảnh minh chứng"},
	} {
		r := Read(c.q, c.typed, now, locales.VI)
		got := ""
		switch {
		case r.Problem != nil:
			got = r.Problem.Key
		case r.Text != "":
			got = r.Text
		case len(r.Picks) > 0:
			got = r.Picks[0]
		case r.Bool != nil:
			got = "bool"
		}
		if got != c.want {
			t.Errorf("%q read %q, want %q", c.typed, got, c.want)
		}
	}
}
