package zalo_test

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"io"
	"log/slog"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/zalo"
	"github.com/baocao/baocao/bot/zalotest"
)

// files publishes at a fixed address: the table shows the URL Zalo gets.
type files struct{ srv *zalotest.Server }

func (f files) Publish(name, _ string, _ []byte, _ time.Duration) (string, time.Time, error) {
	return f.srv.URL() + "/files/" + name, time.Time{}, nil
}

// TestOutgoingBecomesTheseRequestsOnTheWire is the courier-style table of
// the Zalo adapter's sending side: each Outgoing, the exact requests the
// strict fake received for it (method and every parameter), no violation.
func TestOutgoingBecomesTheseRequestsOnTheWire(t *testing.T) {
	long := strings.Repeat("Xã Thành Tâm đã gửi báo cáo.\n", 60) + "\n" + strings.Repeat("Tổng số hộ: 2.345\n", 40)
	parts := channel.Split(long, zalo.MaxText)
	if len(parts) != 2 {
		t.Fatalf("the long text splits into %d parts, the table expects 2", len(parts))
	}
	buttons := [][]channel.OutButton{{{Text: "Có", Data: "3:yes"}, {Text: "Không", Data: "3:no"}}}
	for _, tc := range []struct {
		name string
		out  channel.Outgoing
		want []zalotest.Call
	}{
		{"a text is one sendMessage",
			channel.Outgoing{ChatID: "u7", Text: "[1/14] Tổng số hộ gia đình của xã?"},
			[]zalotest.Call{{Method: "sendMessage", Params: map[string]string{"chat_id": "u7", "text": "[1/14] Tổng số hộ gia đình của xã?"}}}},
		{"a text over 2,000 characters goes in parts",
			channel.Outgoing{ChatID: "u7", Text: long},
			[]zalotest.Call{
				{Method: "sendMessage", Params: map[string]string{"chat_id": "u7", "text": parts[0]}},
				{Method: "sendMessage", Params: map[string]string{"chat_id": "u7", "text": parts[1]}},
			}},
		{"buttons the app did not number are numbered under the text (no reply_markup exists)",
			channel.Outgoing{ChatID: "u7", Text: "Gửi báo cáo?", Buttons: buttons},
			[]zalotest.Call{{Method: "sendMessage", Params: map[string]string{"chat_id": "u7", "text": "Gửi báo cáo?\n\n1. Có\n2. Không"}}}},
		{"a chart is sendPhoto with the URL baocao serves",
			channel.Outgoing{ChatID: "u7", Text: "Biểu đồ tháng 11/2026", File: &channel.File{Name: "bieudo.png", Photo: true, Data: []byte("png")}},
			[]zalotest.Call{{Method: "sendPhoto", Params: map[string]string{"chat_id": "u7", "caption": "Biểu đồ tháng 11/2026", "photo": "URL/files/bieudo.png"}}}},
		{"a caption over 2,000 characters is cut, so a retry never sends the photo twice",
			channel.Outgoing{ChatID: "u7", Text: strings.Repeat("a ", 1200), File: &channel.File{Name: "bieudo.png", Photo: true, Data: []byte("png")}},
			[]zalotest.Call{{Method: "sendPhoto", Params: map[string]string{"chat_id": "u7", "caption": channel.Split(strings.Repeat("a ", 1200), zalo.MaxText-1)[0] + "…", "photo": "URL/files/bieudo.png"}}}},
		{"a sheet is a text with its link (no sendDocument exists)",
			channel.Outgoing{ChatID: "u7", Text: "Bảng số liệu", File: &channel.File{Name: "so-lieu.xlsx", Data: []byte("PK\x03\x04")}},
			[]zalotest.Call{{Method: "sendMessage", Params: map[string]string{"chat_id": "u7", "text": "Bảng số liệu\nURL/files/so-lieu.xlsx"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := zalotest.New(zalotest.Options{})
			defer srv.Close()
			srv.RegisterUser(zalotest.User{ID: "u7", Name: "Lan"})
			ch, err := zalo.New(context.Background(), srv.Token(), srv.Endpoint(), slog.New(slog.NewTextHandler(io.Discard, nil)))
			if err != nil {
				t.Fatal(err)
			}
			ch.Files = files{srv}
			if tc.out.File != nil && tc.out.File.Photo {
				var b bytes.Buffer
				png.Encode(&b, image.NewGray(image.Rect(0, 0, 4, 4)))
				srv.ServeFile("bieudo.png", "image/png", b.Bytes()) // what Zalo will fetch
			}
			before := len(srv.Calls())
			if err := ch.Send(context.Background(), tc.out); err != nil {
				t.Fatal(err)
			}
			got := srv.Calls()[before:]
			for i := range tc.want {
				for k, v := range tc.want[i].Params {
					tc.want[i].Params[k] = strings.ReplaceAll(v, "URL", srv.URL())
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("%d requests, want %d: %+v", len(got), len(tc.want), got)
			}
			for i := range got {
				if got[i].Method != tc.want[i].Method || !maps.Equal(got[i].Params, tc.want[i].Params) {
					t.Errorf("request %d:\n got %s %q\nwant %s %q", i, got[i].Method, got[i].Params, tc.want[i].Method, tc.want[i].Params)
				}
			}
			if v := srv.Violations(); len(v) > 0 {
				t.Errorf("violations: %+v", v)
			}
		})
	}
}
