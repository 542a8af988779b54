package telegram

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/baocao/baocao/bot/channel"
)

func TestLongTextsAreSplitAtParagraphsWithinTelegramsLimit(t *testing.T) {
	para := strings.Repeat("Số hộ đạt danh hiệu Gia đình văn hóa: 2.100 hộ. ", 20)
	text := strings.Repeat(para+"\n\n", 12) // about 12,000 characters
	parts := channel.Split(text, MaxText)
	if len(parts) < 3 {
		t.Fatalf("%d parts", len(parts))
	}
	var joined []string
	for i, p := range parts {
		if n := len(utf16.Encode([]rune(p))); n > MaxText || n == 0 {
			t.Errorf("part %d has %d UTF-16 units", i, n)
		}
		if i < len(parts)-1 && !strings.HasSuffix(p, ".") {
			t.Errorf("part %d was cut mid-paragraph: …%q", i, p[len(p)-20:])
		}
		joined = append(joined, strings.Fields(p)...)
	}
	if strings.Join(joined, " ") != strings.Join(strings.Fields(text), " ") {
		t.Error("words were lost or changed in splitting")
	}
	if got := channel.Split("ngắn", MaxText); len(got) != 1 || got[0] != "ngắn" {
		t.Errorf("a short text: %q", got)
	}
	emoji := strings.Repeat("😀", 3000) // 6,000 UTF-16 units
	for _, p := range channel.Split(emoji, MaxText) {
		if n := len(utf16.Encode([]rune(p))); n > MaxText {
			t.Errorf("emoji part of %d units", n)
		}
	}
}

func TestFailuresAreClassifiedForTheOutbox(t *testing.T) {
	c := &Channel{token: "123:secret"}
	cases := []struct {
		name string
		err  error
		want channel.FailureKind
	}{
		{"too many requests waits", &tgbotapi.Error{Code: 429, Message: "Too Many Requests: retry after 7", ResponseParameters: tgbotapi.ResponseParameters{RetryAfter: 7}}, channel.Throttled},
		{"a blocked bot stops", &tgbotapi.Error{Code: 403, Message: "Forbidden: bot was blocked by the user"}, channel.Stopped},
		{"a bad gateway is retried", &tgbotapi.Error{Code: 502, Message: "Bad Gateway"}, channel.Retryable},
		{"a bad request is permanent", &tgbotapi.Error{Code: 400, Message: "Bad Request: message text is empty"}, channel.Permanent},
		{"a network error is retried", fmt.Errorf(`Post "https://api.telegram.org/bot123:secret/sendMessage": dial tcp: i/o timeout`), channel.Retryable},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			se := c.classify(tc.err)
			if se.Kind != tc.want {
				t.Errorf("kind %v, want %v", se.Kind, tc.want)
			}
			if strings.Contains(se.Error(), "123:secret") {
				t.Errorf("the token leaks: %s", se.Error())
			}
		})
	}
	if se := c.classify(cases[0].err); se.RetryAfter.Seconds() != 7 {
		t.Errorf("retry after %v, want 7s", se.RetryAfter)
	}
}

func TestRedactKeepsTheUnderlyingError(t *testing.T) {
	c := &Channel{token: "123:secret"}
	inner := &tgbotapi.Error{Code: 401, Message: "Unauthorized 123:secret"}
	err := c.Redact(fmt.Errorf("calling: %w", inner))
	var te *tgbotapi.Error
	if !errors.As(err, &te) || strings.Contains(err.Error(), "secret") {
		t.Errorf("got %v", err)
	}
}

func TestUpdatesAreTranslatedOrIgnored(t *testing.T) {
	user := &tgbotapi.User{ID: 7, FirstName: "Lan", LastName: "Nguyễn", LanguageCode: "vi"}
	private := &tgbotapi.Chat{ID: 7, Type: "private"}
	cases := []struct {
		name   string
		update tgbotapi.Update
		ok     bool
		kind   channel.Kind
		what   string
	}{
		{"a text", tgbotapi.Update{Message: &tgbotapi.Message{From: user, Chat: private, Text: "2.345"}}, true, channel.KindText, ""},
		{"a photo", tgbotapi.Update{Message: &tgbotapi.Message{From: user, Chat: private, Photo: []tgbotapi.PhotoSize{{FileID: "small"}, {FileID: "big"}}}}, true, channel.KindPhoto, ""},
		{"a sticker", tgbotapi.Update{Message: &tgbotapi.Message{From: user, Chat: private, Sticker: &tgbotapi.Sticker{}}}, true, channel.KindUnsupported, "sticker"},
		{"a voice note without a file", tgbotapi.Update{Message: &tgbotapi.Message{From: user, Chat: private, Voice: &tgbotapi.Voice{}}}, true, channel.KindUnsupported, "voice"},
		{"a voice note", tgbotapi.Update{Message: &tgbotapi.Message{From: user, Chat: private, Voice: &tgbotapi.Voice{FileID: "v1", Duration: 42}}}, true, channel.KindVoice, ""},
		{"a button", tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{ID: "q", From: user, Data: "3:send", Message: &tgbotapi.Message{MessageID: 9, Chat: private}}}, true, channel.KindButton, ""},
		{"a group message is marked, never read", tgbotapi.Update{Message: &tgbotapi.Message{From: user, Chat: &tgbotapi.Chat{ID: 7, Type: "group"}, Text: "2.345"}}, true, channel.KindUnsupported, ""},
		{"a channel post is ignored", tgbotapi.Update{Message: &tgbotapi.Message{From: user, Chat: &tgbotapi.Chat{ID: -5, Type: "channel"}, Text: "hi"}}, false, 0, ""},
		{"an edited message is ignored", tgbotapi.Update{EditedMessage: &tgbotapi.Message{From: user, Chat: private, Text: "x"}}, false, 0, ""},
		{"an empty update is ignored", tgbotapi.Update{}, false, 0, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in, ok := translate(tc.update)
			if ok != tc.ok || (ok && (in.Kind != tc.kind || in.What != tc.what)) {
				t.Errorf("got %+v, %v", in, ok)
			}
			if ok && (in.ChatID != "7" || in.Name != "Lan Nguyễn") {
				t.Errorf("chat %q name %q", in.ChatID, in.Name)
			}
			if group := strings.HasPrefix(tc.name, "a group"); ok && (in.Group != group || (group && in.Text != "")) {
				t.Errorf("group %v, text %q", in.Group, in.Text)
			}
			if tc.kind == channel.KindVoice && (in.FileID != "v1" || in.Seconds != 42) {
				t.Errorf("voice note %q of %d s", in.FileID, in.Seconds)
			}
		})
	}
}
