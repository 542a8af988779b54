package zalo

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/baocao/baocao/bot/channel"
)

type lockedWriter struct {
	w  io.Writer
	mu *sync.Mutex
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// Every delivery shape seen, posted to the webhook: what the app receives.
// The fixtures are testdata/zalo/*.json at the repository's root.
func TestEveryShapeSeenIsReadTheSameWay(t *testing.T) {
	lan := "6ede9afa66b88fe6d6a9"
	tests := []struct {
		file string
		want *channel.Incoming // nil: nothing reaches the app
	}{
		{"documented-text", &channel.Incoming{ChatID: lan, Name: "Nguyễn Thị Lan", Kind: channel.KindText, Text: "/baocao", MessageID: "2d758cb5e222177a4e39"}},
		{"captured-text-bare", &channel.Incoming{ChatID: lan, Name: "Nguyễn Thị Lan", Kind: channel.KindText, Text: "32.657", MessageID: "a1f0c3e2d4b5a6978899"}},
		{"documented-image", &channel.Incoming{ChatID: lan, Name: "Nguyễn Thị Lan", Kind: channel.KindPhoto, FileID: "https://photo.example.zadn.vn/fixture/anh-hoi-dien.jpg", MessageID: "b2e1d4f3c5a6b7089910"}},
		{"captured-photo-url", &channel.Incoming{ChatID: lan, Name: "Nguyễn Thị Lan", Kind: channel.KindPhoto, FileID: "https://photo.example.zadn.vn/fixture/anh-nha-van-hoa.jpg", MessageID: "c3f2e5a4d6b7c8190a21"}},
		{"captured-photo-wrapped", &channel.Incoming{ChatID: lan, Name: "Nguyễn Thị Lan", Kind: channel.KindPhoto, FileID: "https://photo.example.zadn.vn/fixture/anh-thu-vien.jpg", MessageID: "d4a3f6b5e7c8d9201b32"}},
		{"captured-photo-type-only", &channel.Incoming{ChatID: lan, Name: "Nguyễn Thị Lan", Kind: channel.KindPhoto, FileID: "https://photo.example.zadn.vn/fixture/anh-khong-ten-su-kien.jpg", MessageID: "e5b4a7c6f8d9e0312c43"}},
		{"documented-voice", &channel.Incoming{ChatID: lan, Name: "Nguyễn Thị Lan", Kind: channel.KindVoice, FileID: "https://voice.example.zadn.vn/fixture/ghi-am-1.aac", MessageID: "f6c5b8d7a9e0f1423d54"}},
		{"captured-voice", &channel.Incoming{ChatID: lan, Name: "Nguyễn Thị Lan", Kind: channel.KindVoice, FileID: "https://voice.example.zadn.vn/fixture/ghi-am-2.aac", MessageID: "07d6c9e8b0f1a2534e65"}},
		{"captured-voice-url", &channel.Incoming{ChatID: lan, Name: "Nguyễn Thị Lan", Kind: channel.KindVoice, FileID: "https://voice.example.zadn.vn/fixture/ghi-am-3.aac", MessageID: "18e7d0f9c1a2b3645f76"}},
		{"old-docs-first-name", &channel.Incoming{ChatID: "7fa0b1c2d3e4f5a6b7c8", Name: "Trần Văn Minh", Kind: channel.KindText, Text: "Có", MessageID: "29f8e1a0d2b3c4756087"}},
		{"numbers-for-ids", &channel.Incoming{ChatID: "5021849573648201", Name: "Lê Thu Hà", Kind: channel.KindText, Text: "120", MessageID: "301948576"}},
		{"unknown-fields", &channel.Incoming{ChatID: lan, Name: "Nguyễn Thị Lan", Kind: channel.KindText, Text: "Không có", MessageID: "3a09f2b1e3c4d5867198"}},
		{"documented-sticker", &channel.Incoming{ChatID: lan, Name: "Nguyễn Thị Lan", Kind: channel.KindUnsupported, What: "sticker", MessageID: "4b1a03c2f4d5e6978209"}},
		{"documented-unsupported", &channel.Incoming{ChatID: lan, Name: "Nguyễn Thị Lan", Kind: channel.KindUnsupported, What: "other", MessageID: "5c2b14d3a5e6f7089310"}},
		{"future-event", &channel.Incoming{ChatID: lan, Name: "Nguyễn Thị Lan", Kind: channel.KindUnsupported, What: "other", MessageID: "6d3c25e4b6f7a8190421"}},
		{"group-text", &channel.Incoming{ChatID: "9b8a7c6d5e4f3a2b1c0d", Name: "Nguyễn Thị Lan", Kind: channel.KindUnsupported, Group: true, MessageID: "7e4d36f5c7a8b9201532"}},
		{"from-a-bot", nil},
		{"empty-probe", nil},
	}
	files, _ := filepath.Glob("../../testdata/zalo/*.json")
	if len(files) != len(tests) {
		t.Errorf("%d fixtures, %d in the table: every fixture is stated", len(files), len(tests))
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("../../testdata/zalo", tc.file+".json"))
			if err != nil {
				t.Fatal(err)
			}
			var mu sync.Mutex
			var got []channel.Incoming
			hook := &Webhook{Secret: "fixture-secret-01", Log: quiet(), Handle: func(_ context.Context, u channel.Update) error {
				mu.Lock()
				got = append(got, *u.In)
				mu.Unlock()
				return nil
			}}
			req := httptest.NewRequest(http.MethodPost, WebhookPath, strings.NewReader(string(body)))
			if len(body) > 0 {
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set(SecretHeader, "fixture-secret-01")
			}
			rec := httptest.NewRecorder()
			hook.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK {
				t.Fatalf("answered %d, want 200", rec.Code)
			}
			if tc.want == nil {
				if len(got) != 0 {
					t.Fatalf("reached the app: %+v", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("%d messages reached the app, want 1", len(got))
			}
			in, want := got[0], *tc.want
			want.Channel, want.LangCode = Name, "vi"
			in.Fetch = nil
			if in.ChatID != want.ChatID || in.Name != want.Name || in.Kind != want.Kind || in.Text != want.Text ||
				in.FileID != want.FileID || in.What != want.What || in.Group != want.Group || in.MessageID != want.MessageID ||
				in.Channel != want.Channel || in.LangCode != want.LangCode {
				t.Errorf("got  %+v\nwant %+v", in, want)
			}
		})
	}
}

// An event nobody documented is answered like any unsupported message
// and logged once, not once per delivery.
func TestUnknownEventsAreLoggedOnce(t *testing.T) {
	var log strings.Builder
	var mu sync.Mutex
	logger := slog.New(slog.NewTextHandler(lockedWriter{w: &log, mu: &mu}, nil))
	u, err := ParseUpdate([]byte(`{"event_name":"message.poll.received","message":{"chat":{"id":"c"},"from":{"id":"c"},"message_id":"1"}}`))
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if in, ok := incoming(u, nil, logger); !ok || in.Kind != channel.KindUnsupported {
			t.Fatalf("%+v %v", in, ok)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if n := strings.Count(log.String(), "message.poll.received"); n != 1 {
		t.Errorf("logged %d times:\n%s", n, log.String())
	}
}
