package telegram

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/telegramtest"
)

func TestTheWebhookChecksTheSecretAndAnswersAfterTheHandler(t *testing.T) {
	srv := telegramtest.New(telegramtest.Options{})
	defer srv.Close()
	c, err := New(srv.Token(), srv.Endpoint(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var got []channel.Update
	fail := 1
	hook := &Webhook{Channel: c, Secret: "s3cret_token-1", Handle: func(_ context.Context, u channel.Update) error {
		mu.Lock()
		defer mu.Unlock()
		if fail > 0 {
			fail--
			return io.ErrUnexpectedEOF
		}
		got = append(got, u)
		return nil
	}}
	web := httptest.NewServer(hook)
	defer web.Close()
	if err := c.Register(context.Background(), web.URL+WebhookPath, "s3cret_token-1"); err != nil {
		t.Fatal(err)
	}
	if url, secret := srv.Webhook(); url != web.URL+WebhookPath || secret != "s3cret_token-1" {
		t.Fatalf("webhook %q %q", url, secret)
	}
	lan := telegramtest.User{ID: 42, FirstName: "Lan", LanguageCode: "vi"}
	id := srv.SendText(lan, "xin chào")
	deadline := time.Now().Add(10 * time.Second)
	for srv.PendingUpdates() > 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	mu.Lock()
	if len(got) != 1 || got[0].Offset != int64(id) || got[0].In.Text != "xin chào" {
		t.Errorf("updates %+v", got)
	}
	mu.Unlock()
	if ds := srv.WebhookDeliveries(); len(ds) != 2 || ds[0].Status != 503 || ds[1].Status != 200 {
		t.Errorf("deliveries %+v: a failed handler must be answered non-2xx and delivered again", ds)
	}
	for _, secret := range []string{"", "wrong"} {
		req, _ := http.NewRequest("POST", web.URL+WebhookPath, strings.NewReader(`{"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false,"first_name":"X"},"text":"/huy"}}`))
		if secret != "" {
			req.Header.Set(SecretHeader, secret)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil || (resp.StatusCode != 401 && resp.StatusCode != 403) {
			t.Errorf("secret %q: %v %v", secret, err, resp)
		}
	}
	mu.Lock()
	if len(got) != 1 {
		t.Errorf("a refused delivery reached the app")
	}
	mu.Unlock()
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("violations %+v", v)
	}
}
