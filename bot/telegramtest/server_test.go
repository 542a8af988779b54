package telegramtest

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

var lan = User{ID: 4201, FirstName: "Lan", Username: "lan_kt", LanguageCode: "vi"}

func newBot(t *testing.T, opts Options) (*Server, *tgbotapi.BotAPI) {
	t.Helper()
	srv := New(opts)
	t.Cleanup(srv.Close)
	api, err := tgbotapi.NewBotAPIWithClient(srv.Token(), srv.Endpoint(), http.DefaultClient)
	if err != nil {
		t.Fatalf("NewBotAPIWithClient: %v", err)
	}
	return srv, api
}

func noViolations(t *testing.T, srv *Server) {
	t.Helper()
	if v := srv.Violations(); len(v) > 0 {
		t.Fatalf("unexpected violations: %+v", v)
	}
}

// expectViolation checks err is a 400 *tgbotapi.Error and that it was recorded.
func expectViolation(t *testing.T, srv *Server, err error, contains string) {
	t.Helper()
	var te *tgbotapi.Error
	if !errors.As(err, &te) {
		t.Fatalf("want *tgbotapi.Error, got %T %v", err, err)
	}
	if te.Code != 400 || !strings.HasPrefix(te.Message, "Bad Request: ") || !strings.Contains(te.Message, contains) {
		t.Fatalf("want 400 containing %q, got %d %q", contains, te.Code, te.Message)
	}
	v := srv.Violations()
	if len(v) == 0 || v[len(v)-1].Description != te.Message {
		t.Fatalf("violation not recorded: %+v", v)
	}
}

func TestBotAPIBasics(t *testing.T) {
	t.Run("getMe answers the bot user", func(t *testing.T) {
		_, api := newBot(t, Options{})
		if api.Self.UserName != "baocao_test_bot" || !api.Self.IsBot || api.Self.ID != 123 {
			t.Fatalf("self = %+v", api.Self)
		}
	})

	t.Run("a sent message lands in Messages", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.RegisterUser(lan)
		m, err := api.Send(tgbotapi.NewMessage(lan.ID, "Xin chào <b>Lan</b>"))
		if err != nil {
			t.Fatal(err)
		}
		if m.MessageID == 0 || m.Chat.ID != lan.ID || m.From.UserName != "baocao_test_bot" || m.Date == 0 {
			t.Fatalf("returned message = %+v", m)
		}
		got := srv.Messages(lan.ID)
		if len(got) != 1 || got[0].Text != "Xin chào <b>Lan</b>" || got[0].ID != m.MessageID || srv.Sent() != 1 {
			t.Fatalf("messages = %+v", got)
		}
		noViolations(t, srv)
	})

	t.Run("HTML is parsed into the visible text", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.RegisterUser(lan)
		msg := tgbotapi.NewMessage(lan.ID, "Tổng: <b>1.234</b> &amp; hết")
		msg.ParseMode = tgbotapi.ModeHTML
		if _, err := api.Send(msg); err != nil {
			t.Fatal(err)
		}
		if got := srv.Messages(lan.ID)[0]; got.Text != "Tổng: 1.234 & hết" || got.ParseMode != "HTML" {
			t.Fatalf("message = %+v", got)
		}
	})

	t.Run("an inline keyboard round-trips and a press is answered once", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.RegisterUser(lan)
		msg := tgbotapi.NewMessage(lan.ID, "Chọn báo cáo")
		msg.ReplyMarkup = tgbotapi.NewInlineKeyboardMarkup(
			tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonData("Ngày", "r:day"), tgbotapi.NewInlineKeyboardButtonData("Tuần", "r:week")),
			tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonURL("Trợ giúp", "https://example.com/help")),
		)
		sent, err := api.Send(msg)
		if err != nil {
			t.Fatal(err)
		}
		if sent.ReplyMarkup == nil || len(sent.ReplyMarkup.InlineKeyboard) != 2 || *sent.ReplyMarkup.InlineKeyboard[0][1].CallbackData != "r:week" {
			t.Fatalf("reply markup not echoed: %+v", sent.ReplyMarkup)
		}
		m := srv.Messages(lan.ID)[0]
		if len(m.Buttons) != 2 || m.Buttons[0][0] != (Button{Text: "Ngày", Data: "r:day"}) || m.Buttons[1][0].URL == "" {
			t.Fatalf("buttons = %+v", m.Buttons)
		}
		if _, err := srv.PressButton(lan, m.ID, "r:nope"); err == nil {
			t.Fatal("pressing a missing button should fail")
		}
		qid, err := srv.PressButton(lan, m.ID, "r:week")
		if err != nil {
			t.Fatal(err)
		}
		ups, err := api.GetUpdates(tgbotapi.UpdateConfig{})
		if err != nil || len(ups) != 1 || ups[0].CallbackQuery == nil {
			t.Fatalf("updates = %+v, %v", ups, err)
		}
		cq := ups[0].CallbackQuery
		if cq.ID != qid || cq.Data != "r:week" || cq.Message.MessageID != m.ID || cq.From.ID != lan.ID {
			t.Fatalf("callback = %+v", cq)
		}
		if got := srv.CallbacksUnanswered(); len(got) != 1 || got[0] != qid {
			t.Fatalf("unanswered = %v", got)
		}
		if _, err := api.Request(tgbotapi.NewCallback(qid, "Đã chọn")); err != nil {
			t.Fatal(err)
		}
		if len(srv.CallbacksUnanswered()) != 0 {
			t.Fatal("callback still unanswered")
		}
		noViolations(t, srv)
		_, err = api.Request(tgbotapi.NewCallback(qid, "again"))
		expectViolation(t, srv, err, "query is too old")
	})

	t.Run("editMessageText changes the text and refuses a no-op edit", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.RegisterUser(lan)
		sent, err := api.Send(tgbotapi.NewMessage(lan.ID, "Đang xử lý"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := api.Send(tgbotapi.NewEditMessageText(lan.ID, sent.MessageID, "Xong")); err != nil {
			t.Fatal(err)
		}
		if m := srv.Messages(lan.ID)[0]; m.Text != "Xong" || m.Edits != 1 {
			t.Fatalf("message = %+v", m)
		}
		_, err = api.Send(tgbotapi.NewEditMessageText(lan.ID, sent.MessageID, "Xong"))
		expectViolation(t, srv, err, "message is not modified")
		_, err = api.Send(tgbotapi.NewEditMessageText(lan.ID, 999, "Xong"))
		expectViolation(t, srv, err, "message to edit not found")
	})

	t.Run("commands are stored and read back", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		cmds := []tgbotapi.BotCommand{{Command: "start", Description: "Bắt đầu"}, {Command: "baocao", Description: "Gửi báo cáo"}}
		if _, err := api.Request(tgbotapi.NewSetMyCommands(cmds...)); err != nil {
			t.Fatal(err)
		}
		got, err := api.GetMyCommands()
		if err != nil || len(got) != 2 || got[1].Command != "baocao" {
			t.Fatalf("commands = %+v, %v", got, err)
		}
		_, err = api.Request(tgbotapi.NewSetMyCommands(tgbotapi.BotCommand{Command: "Bao-Cao", Description: "x"}))
		expectViolation(t, srv, err, "BOT_COMMAND_INVALID")
	})

	t.Run("a document upload stores name size and caption", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.RegisterUser(lan)
		doc := tgbotapi.NewDocument(lan.ID, tgbotapi.FileBytes{Name: "bao-cao.xlsx", Bytes: make([]byte, 2048)})
		doc.Caption = "Báo cáo tuần"
		m, err := api.Send(doc)
		if err != nil {
			t.Fatal(err)
		}
		if m.Document == nil || m.Document.FileName != "bao-cao.xlsx" {
			t.Fatalf("document = %+v", m.Document)
		}
		got := srv.Messages(lan.ID)[0]
		if got.Document == nil || got.Document.Size != 2048 || got.Caption != "Báo cáo tuần" {
			t.Fatalf("message = %+v", got)
		}
		// Resending by file_id works; an unknown file_id does not.
		if _, err := api.Send(tgbotapi.NewDocument(lan.ID, tgbotapi.FileID(m.Document.FileID))); err != nil {
			t.Fatal(err)
		}
		_, err = api.Send(tgbotapi.NewPhoto(lan.ID, tgbotapi.FileID("no-such-file")))
		expectViolation(t, srv, err, "wrong file identifier")
	})

	t.Run("a generic boolean method answers true and others are refused", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		if _, err := api.Request(tgbotapi.NewChatAction(lan.ID, tgbotapi.ChatTyping)); err == nil {
			t.Fatal("chat action to unknown chat should fail")
		}
		srv.RegisterUser(lan)
		if _, err := api.Request(tgbotapi.NewChatAction(lan.ID, tgbotapi.ChatTyping)); err != nil {
			t.Fatal(err)
		}
		if _, err := api.Request(tgbotapi.PinChatMessageConfig{ChatID: lan.ID, MessageID: 1}); err != nil {
			t.Fatal(err)
		}
		_, err := api.Request(tgbotapi.NewForward(lan.ID, lan.ID, 1))
		expectViolation(t, srv, err, "not supported by the fake server")
	})
}

func TestUpdates(t *testing.T) {
	t.Run("a user's text arrives via getUpdates and offset confirmation drops it", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		id := srv.SendText(lan, "/start ref_123")
		ups, err := api.GetUpdates(tgbotapi.UpdateConfig{})
		if err != nil || len(ups) != 1 {
			t.Fatalf("updates = %+v, %v", ups, err)
		}
		m := ups[0].Message
		if ups[0].UpdateID != id || m.Text != "/start ref_123" || !m.IsCommand() || m.Command() != "start" || m.CommandArguments() != "ref_123" || m.Chat.ID != lan.ID || m.From.LanguageCode != "vi" {
			t.Fatalf("message = %+v", m)
		}
		if srv.PendingUpdates() != 1 {
			t.Fatal("update should stay until confirmed")
		}
		ups, err = api.GetUpdates(tgbotapi.UpdateConfig{Offset: id + 1})
		if err != nil || len(ups) != 0 || srv.PendingUpdates() != 0 {
			t.Fatalf("after confirm: %+v, %v, pending %d", ups, err, srv.PendingUpdates())
		}
		noViolations(t, srv)
	})

	t.Run("photos stickers voices and raw updates are delivered", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.SendPhoto(lan, "hiện trường")
		srv.SendSticker(lan)
		srv.SendVoice(lan)
		srv.SendRaw(json.RawMessage(`{"edited_message":{"message_id":1,"date":1,"chat":{"id":4201,"type":"private"},"text":"sửa"}}`))
		ups, err := api.GetUpdates(tgbotapi.UpdateConfig{})
		if err != nil || len(ups) != 4 {
			t.Fatalf("updates = %+v, %v", ups, err)
		}
		if len(ups[0].Message.Photo) != 2 || ups[0].Message.Caption != "hiện trường" || ups[1].Message.Sticker == nil || ups[2].Message.Voice == nil || ups[3].EditedMessage == nil {
			t.Fatalf("updates = %+v", ups)
		}
		// The bot may resend a photo a person sent by its file_id.
		big := ups[0].Message.Photo[1].FileID
		if _, err := api.Send(tgbotapi.NewPhoto(lan.ID, tgbotapi.FileID(big))); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("a long poll returns early when an update arrives", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		go func() {
			time.Sleep(150 * time.Millisecond)
			srv.SendText(lan, "báo cáo")
		}()
		start := time.Now()
		ups, err := api.GetUpdates(tgbotapi.UpdateConfig{Timeout: 10})
		if err != nil || len(ups) != 1 {
			t.Fatalf("updates = %+v, %v", ups, err)
		}
		if d := time.Since(start); d > 3*time.Second || d < 100*time.Millisecond {
			t.Fatalf("long poll took %v", d)
		}
	})

	t.Run("a long poll honours its timeout when nothing arrives", func(t *testing.T) {
		_, api := newBot(t, Options{})
		start := time.Now()
		ups, err := api.GetUpdates(tgbotapi.UpdateConfig{Timeout: 1})
		if err != nil || len(ups) != 0 || time.Since(start) < 900*time.Millisecond {
			t.Fatalf("updates = %+v, %v after %v", ups, err, time.Since(start))
		}
	})

	t.Run("a second concurrent getUpdates terminates the first with 409", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		var wg sync.WaitGroup
		var firstErr error
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, firstErr = api.GetUpdates(tgbotapi.UpdateConfig{Timeout: 5})
		}()
		for srv.Requests("getUpdates") < 1 {
			time.Sleep(5 * time.Millisecond)
		}
		time.Sleep(50 * time.Millisecond)
		if _, err := api.GetUpdates(tgbotapi.UpdateConfig{Timeout: 0}); err != nil {
			t.Fatalf("second poll: %v", err)
		}
		wg.Wait()
		var te *tgbotapi.Error
		if !errors.As(firstErr, &te) || te.Code != 409 || !strings.HasPrefix(te.Message, "Conflict: terminated by other getUpdates request") {
			t.Fatalf("first poll: %v", firstErr)
		}
		if v := srv.Violations(); len(v) != 1 || v[0].Code != 409 {
			t.Fatalf("violations = %+v", v)
		}
	})

	t.Run("allowed_updates filters what the bot receives", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.SendText(lan, "một")
		ups, err := api.GetUpdates(tgbotapi.UpdateConfig{AllowedUpdates: []string{"callback_query"}})
		if err != nil || len(ups) != 0 || srv.PendingUpdates() != 0 {
			t.Fatalf("updates = %+v, %v", ups, err)
		}
	})
}

func TestFaults(t *testing.T) {
	t.Run("an injected 429 yields a tgbotapi Error with RetryAfter", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.RegisterUser(lan)
		srv.Inject("sendMessage", TooManyRequests(7))
		_, err := api.Send(tgbotapi.NewMessage(lan.ID, "a"))
		var te *tgbotapi.Error
		if !errors.As(err, &te) || te.Code != 429 || te.RetryAfter != 7 || te.Message != "Too Many Requests: retry after 7" {
			t.Fatalf("err = %#v", err)
		}
		if _, err := api.Send(tgbotapi.NewMessage(lan.ID, "a")); err != nil {
			t.Fatalf("fault should hit once: %v", err)
		}
		if st := srv.Stats(); st.TooMany429 != 1 || st.Violations != 0 || st.Sent != 1 {
			t.Fatalf("stats = %+v", st)
		}
	})

	t.Run("a blocked chat answers 403 every time", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.RegisterUser(lan)
		srv.Block(lan.ID)
		for range 2 {
			_, err := api.Send(tgbotapi.NewMessage(lan.ID, "a"))
			var te *tgbotapi.Error
			if !errors.As(err, &te) || te.Code != 403 || te.Message != "Forbidden: bot was blocked by the user" {
				t.Fatalf("err = %v", err)
			}
		}
		if srv.Stats().Forbidden403 != 2 || srv.Sent() != 0 {
			t.Fatalf("stats = %+v", srv.Stats())
		}
	})

	t.Run("faults can target one chat and repeat", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		other := User{ID: 77, FirstName: "Minh"}
		srv.RegisterUser(lan)
		srv.RegisterUser(other)
		srv.Inject("*", ServerError().InChat(lan.ID).Times(2))
		for range 2 {
			if _, err := api.Send(tgbotapi.NewMessage(other.ID, "ok")); err != nil {
				t.Fatal(err)
			}
			_, err := api.Send(tgbotapi.NewMessage(lan.ID, "x"))
			var te *tgbotapi.Error
			if !errors.As(err, &te) || te.Code != 502 || te.Message != "Bad Gateway" {
				t.Fatalf("err = %v", err)
			}
		}
		if _, err := api.Send(tgbotapi.NewMessage(lan.ID, "x")); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("a delay holds the answer", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.Inject("getMe", Delay(200*time.Millisecond))
		start := time.Now()
		if _, err := api.GetMe(); err != nil || time.Since(start) < 200*time.Millisecond {
			t.Fatalf("err %v after %v", err, time.Since(start))
		}
	})

	t.Run("the per-chat rate limit answers 429 with retry_after", func(t *testing.T) {
		srv, api := newBot(t, Options{GlobalPerSecond: 30, PerChatPerSecond: 1})
		srv.RegisterUser(lan)
		if _, err := api.Send(tgbotapi.NewMessage(lan.ID, "1")); err != nil {
			t.Fatal(err)
		}
		_, err := api.Send(tgbotapi.NewMessage(lan.ID, "2"))
		var te *tgbotapi.Error
		if !errors.As(err, &te) || te.Code != 429 || te.RetryAfter < 1 {
			t.Fatalf("err = %#v", err)
		}
		if srv.Stats().TooMany429 != 1 || srv.Sent() != 1 {
			t.Fatalf("stats = %+v", srv.Stats())
		}
	})
}

func TestViolations(t *testing.T) {
	post := func(t *testing.T, srv *Server, method string, form url.Values) (int, string) {
		t.Helper()
		resp, err := http.PostForm(srv.URL()+"/bot"+srv.Token()+"/"+method, form)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body struct {
			Ok          bool   `json:"ok"`
			ErrorCode   int    `json:"error_code"`
			Description string `json:"description"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
			t.Fatal(err)
		}
		if !body.Ok && body.ErrorCode != resp.StatusCode {
			t.Fatalf("error_code %d but HTTP %d", body.ErrorCode, resp.StatusCode)
		}
		return body.ErrorCode, body.Description
	}

	t.Run("an unknown parameter is rejected", func(t *testing.T) {
		srv := New(Options{})
		defer srv.Close()
		srv.RegisterUser(lan)
		code, desc := post(t, srv, "sendMessage", url.Values{"chat_id": {"4201"}, "text": {"a"}, "colour": {"red"}})
		if code != 400 || !strings.Contains(desc, `unknown parameter "colour"`) || len(srv.Violations()) != 1 {
			t.Fatalf("%d %q", code, desc)
		}
		if v := srv.Violations()[0]; v.Method != "sendMessage" || v.Params["colour"] != "red" {
			t.Fatalf("violation = %+v", v)
		}
	})

	t.Run("a missing chat_id is rejected", func(t *testing.T) {
		srv := New(Options{})
		defer srv.Close()
		code, desc := post(t, srv, "sendMessage", url.Values{"text": {"a"}})
		if code != 400 || !strings.Contains(desc, `"chat_id" is required`) {
			t.Fatalf("%d %q", code, desc)
		}
	})

	t.Run("a value of the wrong type is rejected", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.RegisterUser(lan)
		_, err := api.MakeRequest("sendMessage", tgbotapi.Params{"chat_id": "4201", "text": "a", "disable_notification": "maybe"})
		expectViolation(t, srv, err, `"disable_notification" must be Boolean`)
		_, err = api.MakeRequest("sendMessage", tgbotapi.Params{"chat_id": "4201", "text": "a", "reply_markup": `{"inline_keyboard":[[{"text":"x","callback_data":5}]]}`})
		expectViolation(t, srv, err, "callback_data")
	})

	t.Run("a text of 5000 characters is rejected", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.RegisterUser(lan)
		_, err := api.Send(tgbotapi.NewMessage(lan.ID, strings.Repeat("á", 5000)))
		expectViolation(t, srv, err, "message is too long")
		if _, err := api.Send(tgbotapi.NewMessage(lan.ID, strings.Repeat("á", 4096))); err != nil {
			t.Fatalf("4096 characters must pass: %v", err)
		}
	})

	t.Run("callback_data of 65 bytes is rejected", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.RegisterUser(lan)
		msg := tgbotapi.NewMessage(lan.ID, "x")
		msg.ReplyMarkup = tgbotapi.NewInlineKeyboardMarkup(tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonData("x", strings.Repeat("d", 65))))
		_, err := api.Send(msg)
		expectViolation(t, srv, err, "BUTTON_DATA_INVALID")
	})

	t.Run("a button with no action is rejected", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.RegisterUser(lan)
		msg := tgbotapi.NewMessage(lan.ID, "x")
		msg.ReplyMarkup = tgbotapi.InlineKeyboardMarkup{InlineKeyboard: [][]tgbotapi.InlineKeyboardButton{{{Text: "trống"}}}}
		_, err := api.Send(msg)
		expectViolation(t, srv, err, "exactly one")
	})

	t.Run("an unknown chat is rejected", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		_, err := api.Send(tgbotapi.NewMessage(999, "x"))
		expectViolation(t, srv, err, "chat not found")
	})

	t.Run("bad HTML and unescaped MarkdownV2 are rejected", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.RegisterUser(lan)
		msg := tgbotapi.NewMessage(lan.ID, "1 < 2")
		msg.ParseMode = tgbotapi.ModeHTML
		_, err := api.Send(msg)
		expectViolation(t, srv, err, "can't parse entities")
		msg = tgbotapi.NewMessage(lan.ID, "Tổng 1.234")
		msg.ParseMode = tgbotapi.ModeMarkdownV2
		_, err = api.Send(msg)
		expectViolation(t, srv, err, "Character '.' is reserved")
		msg = tgbotapi.NewMessage(lan.ID, "x")
		msg.ParseMode = "Html5"
		_, err = api.Send(msg)
		expectViolation(t, srv, err, "unsupported parse_mode")
	})

	t.Run("an unknown method is 404 and a wrong token 401", func(t *testing.T) {
		srv := New(Options{})
		defer srv.Close()
		if code, desc := post(t, srv, "sendTelepathy", nil); code != 404 || desc != "Not Found" {
			t.Fatalf("%d %q", code, desc)
		}
		resp, err := http.Get(srv.URL() + "/bot999:zzz/getMe")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 401 || len(srv.Violations()) != 2 {
			t.Fatalf("status %d, violations %+v", resp.StatusCode, srv.Violations())
		}
	})

	t.Run("a JSON body is accepted and checked", func(t *testing.T) {
		srv := New(Options{})
		defer srv.Close()
		srv.RegisterUser(lan)
		send := func(body string) int {
			resp, err := http.Post(srv.URL()+"/bot"+srv.Token()+"/sendMessage", "application/json", strings.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			return resp.StatusCode
		}
		if c := send(`{"chat_id":4201,"text":"hi","reply_markup":{"inline_keyboard":[[{"text":"a","callback_data":"b"}]]}}`); c != 200 {
			t.Fatalf("valid JSON body: %d %+v", c, srv.Violations())
		}
		if c := send(`{"chat_id":4201,"text":"hi","reply_markup":{"inline_keyboard":[[{"text":"a","callback_data":"b","colour":1}]]}}`); c != 400 {
			t.Fatalf("unknown nested field: %d", c)
		}
	})
}

func TestWaitMessages(t *testing.T) {
	t.Run("WaitMessages returns once enough messages arrive", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.RegisterUser(lan)
		go func() {
			time.Sleep(50 * time.Millisecond)
			_, _ = api.Send(tgbotapi.NewMessage(lan.ID, "1"))
			_, _ = api.Send(tgbotapi.NewMessage(lan.ID, "2"))
		}()
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		msgs, err := srv.WaitMessages(ctx, lan.ID, 2)
		if err != nil || len(msgs) != 2 || msgs[1].Text != "2" {
			t.Fatalf("%+v %v", msgs, err)
		}
		if _, err := srv.WaitMessagesFor(50*time.Millisecond, lan.ID, 3); err == nil {
			t.Fatal("want timeout error")
		}
	})
}

func TestWebhook(t *testing.T) {
	t.Run("getUpdates conflicts while a webhook is set and works after deleteWebhook", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		_, err := api.MakeRequest("setWebhook", tgbotapi.Params{"url": "https://example.com/hook", "secret_token": "s3cr3t_ok"})
		if err != nil {
			t.Fatal(err)
		}
		_, err = api.GetUpdates(tgbotapi.UpdateConfig{})
		var te *tgbotapi.Error
		if !errors.As(err, &te) || te.Code != 409 {
			t.Fatalf("err = %v", err)
		}
		info, err := api.GetWebhookInfo()
		if err != nil || info.URL != "https://example.com/hook" {
			t.Fatalf("info = %+v, %v", info, err)
		}
		if _, err := api.Request(tgbotapi.DeleteWebhookConfig{DropPendingUpdates: true}); err != nil {
			t.Fatal(err)
		}
		if _, err := api.GetUpdates(tgbotapi.UpdateConfig{}); err != nil {
			t.Fatal(err)
		}
		_, err = api.MakeRequest("setWebhook", tgbotapi.Params{"url": "https://example.com/hook", "secret_token": "có dấu"})
		expectViolation(t, srv, err, "secret token")
	})
}
