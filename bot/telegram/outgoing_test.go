package telegram_test

import (
	"context"
	"io"
	"log/slog"
	"maps"
	"strings"
	"testing"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/telegram"
	"github.com/baocao/baocao/bot/telegramtest"
)

// TestOutgoingBecomesTheseRequestsOnTheWire is the courier-style table of
// the adapter's sending side: each Outgoing, the exact requests the strict
// fake received for it (method and every parameter), and no violation.
func TestOutgoingBecomesTheseRequestsOnTheWire(t *testing.T) {
	long := strings.Repeat("Xã Thành Tâm đã gửi báo cáo.\n", 150) + "\n" + strings.Repeat("Tổng số hộ: 2.345\n", 100)
	parts := channel.Split(long, telegram.MaxText)
	if len(parts) != 2 {
		t.Fatalf("the long text splits into %d parts, the table expects 2", len(parts))
	}
	keyboard := `{"inline_keyboard":[[{"text":"Có","callback_data":"3:yes"},{"text":"Không","callback_data":"3:no"}],[{"text":"Huỷ","callback_data":"/huy"}]]}`
	buttons := [][]channel.OutButton{{{Text: "Có", Data: "3:yes"}, {Text: "Không", Data: "3:no"}}, {{Text: "Huỷ", Data: "/huy"}}}
	png := []byte("\x89PNG\r\n\x1a\nnot really an image")

	for _, tc := range []struct {
		name string
		out  channel.Outgoing
		want []telegramtest.Call
	}{
		{"a text is one sendMessage",
			channel.Outgoing{ChatID: "7", Text: "[1/14] Tổng số hộ gia đình của xã?"},
			[]telegramtest.Call{{Method: "sendMessage", Params: map[string]string{"chat_id": "7", "text": "[1/14] Tổng số hộ gia đình của xã?"}}}},
		{"buttons become an inline keyboard, row by row",
			channel.Outgoing{ChatID: "7", Text: "Gửi báo cáo?", Buttons: buttons},
			[]telegramtest.Call{{Method: "sendMessage", Params: map[string]string{"chat_id": "7", "text": "Gửi báo cáo?", "reply_markup": keyboard}}}},
		{"a long text goes in parts, the buttons with the last",
			channel.Outgoing{ChatID: "7", Text: long, Buttons: buttons},
			[]telegramtest.Call{
				{Method: "sendMessage", Params: map[string]string{"chat_id": "7", "text": parts[0]}},
				{Method: "sendMessage", Params: map[string]string{"chat_id": "7", "text": parts[1], "reply_markup": keyboard}},
			}},
		{"a chart is a photo with its caption",
			channel.Outgoing{ChatID: "7", Text: "Biểu đồ tháng 11/2026", File: &channel.File{Name: "bieudo.png", Photo: true, Data: png}},
			[]telegramtest.Call{{Method: "sendPhoto", Params: map[string]string{"chat_id": "7", "caption": "Biểu đồ tháng 11/2026", "photo": "file:bieudo.png (27 bytes)"}}}},
		{"a sheet is a document with its caption and buttons",
			channel.Outgoing{ChatID: "7", Text: "Bảng số liệu", Buttons: buttons, File: &channel.File{Name: "so-lieu.xlsx", Data: []byte("PK\x03\x04")}},
			[]telegramtest.Call{{Method: "sendDocument", Params: map[string]string{"chat_id": "7", "caption": "Bảng số liệu", "document": "file:so-lieu.xlsx (4 bytes)", "reply_markup": keyboard}}}},
		{"a caption longer than Telegram allows is cut with an ellipsis",
			channel.Outgoing{ChatID: "7", Text: strings.Repeat("a", 1100), File: &channel.File{Name: "so-lieu.csv", Data: []byte("a,b\n")}},
			[]telegramtest.Call{{Method: "sendDocument", Params: map[string]string{"chat_id": "7", "caption": strings.Repeat("a", telegram.MaxCaption-1) + "…", "document": "file:so-lieu.csv (4 bytes)"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := telegramtest.New(telegramtest.Options{})
			defer srv.Close()
			srv.RegisterUser(telegramtest.User{ID: 7, FirstName: "Lan", LanguageCode: "vi"})
			ch, err := telegram.New(srv.Token(), srv.Endpoint(), slog.New(slog.NewTextHandler(io.Discard, nil)))
			if err != nil {
				t.Fatal(err)
			}
			defer ch.Close()
			if err := ch.Send(context.Background(), tc.out); err != nil {
				t.Fatalf("Send: %v", err)
			}
			got := srv.Calls("sendMessage", "sendPhoto", "sendDocument")
			if len(got) != len(tc.want) {
				t.Fatalf("%d requests, want %d: %+v", len(got), len(tc.want), got)
			}
			for i := range got {
				if got[i].Method != tc.want[i].Method || !maps.Equal(got[i].Params, tc.want[i].Params) {
					t.Errorf("request %d:\n got %s %v\nwant %s %v", i+1, got[i].Method, got[i].Params, tc.want[i].Method, tc.want[i].Params)
				}
			}
			if v := srv.Violations(); len(v) > 0 {
				t.Errorf("the strict fake refused requests: %+v", v)
			}
		})
	}
}
