package zalo

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/public"
	"github.com/baocao/baocao/bot/zalotest"
)

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func newChannel(t *testing.T, srv *zalotest.Server) *Channel {
	t.Helper()
	c, err := New(context.Background(), srv.Token(), srv.Endpoint(), quiet())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// publicServer is a running bot/public server with file links.
func publicServer(t *testing.T) (*public.Server, *public.Links) {
	t.Helper()
	ps, err := public.New("127.0.0.1:0", "", quiet())
	if err != nil {
		t.Fatal(err)
	}
	links, err := public.NewLinks(ps, t.TempDir(), nil, quiet())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { ps.Serve(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	return ps, links
}

func TestSendNumbersChoicesAndSplitsLongTexts(t *testing.T) {
	srv := zalotest.New(zalotest.Options{})
	defer srv.Close()
	srv.RegisterUser(lan)
	c := newChannel(t, srv)
	ctx := context.Background()
	err := c.Send(ctx, channel.Outgoing{Channel: Name, ChatID: lan.ID, Text: "Có tổ chức hội diễn không?",
		Buttons: [][]channel.OutButton{{{Text: "Có", Data: "v:yes"}, {Text: "Không", Data: "v:no"}}, {{Text: "Bỏ qua", Data: "skip"}}}})
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Xã Thành Tâm đã hoàn thành chỉ tiêu. ", 60) + "\n\n" + strings.Repeat("Đoạn thứ hai. ", 100)
	if err := c.Send(ctx, channel.Outgoing{Channel: Name, ChatID: lan.ID, Text: long}); err != nil {
		t.Fatal(err)
	}
	msgs := srv.Messages(lan.ID)
	if len(msgs) < 3 || msgs[0].Text != "Có tổ chức hội diễn không?\n\n1. Có\n2. Không\n3. Bỏ qua" {
		t.Fatalf("messages %+v", msgs)
	}
	var joined []string
	for _, m := range msgs[1:] {
		if zalotest.Units(m.Text) > MaxText {
			t.Errorf("a part of %d characters", zalotest.Units(m.Text))
		}
		joined = append(joined, m.Text)
	}
	if strings.Join(strings.Fields(strings.Join(joined, " ")), " ") != strings.Join(strings.Fields(long), " ") {
		t.Error("the parts do not add up to the text")
	}
	noViolations(t, srv)
}

func TestAFailedPartIsRetriedWithoutRepeatingTheSentOnes(t *testing.T) {
	srv := zalotest.New(zalotest.Options{})
	defer srv.Close()
	srv.RegisterUser(lan)
	c := newChannel(t, srv)
	long := strings.Repeat("a ", 1500) // two parts
	srv.Inject("sendMessage", zalotest.Delay(0))
	srv.Inject("sendMessage", zalotest.TooManyRequests())
	err := c.Send(context.Background(), channel.Outgoing{Channel: Name, ChatID: lan.ID, Text: long})
	se := channel.AsSendError(err)
	if se.Kind != channel.Throttled || !se.Partial || se.Rest == "" || len(srv.Messages(lan.ID)) != 1 {
		t.Fatalf("%+v, %d sent", se, len(srv.Messages(lan.ID)))
	}
}

func TestChartsGoOutAsURLsAndExportsAsLinks(t *testing.T) {
	srv := zalotest.New(zalotest.Options{})
	defer srv.Close()
	srv.RegisterUser(lan)
	c := newChannel(t, srv)
	ctx := context.Background()
	if err := c.Send(ctx, channel.Outgoing{Channel: Name, ChatID: lan.ID, Text: "Biểu đồ", File: &channel.File{Name: "chart.png", Photo: true, Data: []byte("x")}}); channel.AsSendError(err).Kind != channel.Permanent {
		t.Errorf("a file without a public server: %v", err)
	}
	_, links := publicServer(t)
	c.Files = links
	var chart bytes.Buffer
	png.Encode(&chart, image.NewRGBA(image.Rect(0, 0, 40, 30)))
	if err := c.Send(ctx, channel.Outgoing{Channel: Name, ChatID: lan.ID, Text: "Biểu đồ tháng 11", File: &channel.File{Name: "bieu-do.png", Photo: true, Data: chart.Bytes()}}); err != nil {
		t.Fatal(err)
	}
	xlsx := []byte("PK\x03\x04 an xlsx")
	if err := c.Send(ctx, channel.Outgoing{Channel: Name, ChatID: lan.ID, Text: "Báo cáo tháng 11 (Excel):", File: &channel.File{Name: "thang-2026-11.xlsx", Data: xlsx}}); err != nil {
		t.Fatal(err)
	}
	msgs := srv.Messages(lan.ID)
	if len(msgs) != 2 || msgs[0].Method != "sendPhoto" || !bytes.Equal(msgs[0].PhotoData, chart.Bytes()) || msgs[0].Caption != "Biểu đồ tháng 11" {
		t.Fatalf("chart: %+v", msgs)
	}
	text := msgs[1].Text
	url := text[strings.LastIndex(text, "\n")+1:]
	if !strings.HasPrefix(text, "Báo cáo tháng 11 (Excel):\n") || !strings.HasSuffix(url, "/thang-2026-11.xlsx") {
		t.Fatalf("export: %q", text)
	}
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !bytes.Equal(got, xlsx) {
		t.Errorf("the link gives %q", got)
	}
	noViolations(t, srv)
}

// recorder is a channel.Handler that keeps what it was given.
type recorder struct {
	mu   sync.Mutex
	ins  []channel.Incoming
	fail int // fail this many calls first
}

func (r *recorder) handle(_ context.Context, u channel.Update) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail > 0 {
		r.fail--
		return io.ErrUnexpectedEOF
	}
	r.ins = append(r.ins, *u.In)
	return nil
}

func (r *recorder) got() []channel.Incoming {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]channel.Incoming(nil), r.ins...)
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestTheWebhookChecksTheSecretAndAnswersAfterTheHandler(t *testing.T) {
	srv := zalotest.New(zalotest.Options{RedeliverAfter: 10 * time.Millisecond})
	defer srv.Close()
	c := newChannel(t, srv)
	ps, _ := publicServer(t)
	rec := &recorder{fail: 1}
	ps.Handle("POST "+WebhookPath, &Webhook{Secret: "the-secret-0123", Handle: rec.handle, Log: quiet(), Channel: c})
	if err := c.Register(context.Background(), ps.URL(WebhookPath), "the-secret-0123"); err != nil {
		t.Fatal(err)
	}
	id := srv.SendText(lan, "xin chào")
	srv.SendSticker(lan)
	srv.SendPhoto(lan, "")
	srv.SendUnsupported(lan)
	srv.SendEvent(lan, "message.location.received", nil)
	srv.SendRaw([]byte(`{"event_name":"message.text.received","message":{"chat":{"id":"g1","chat_type":"GROUP"},"from":{"id":"x"},"message_id":"g","text":"nhóm"}}`))
	srv.SendRaw([]byte(`"not an event"`))
	waitFor(t, "every delivery answered", func() bool { return srv.Pending() == 0 })
	ins := rec.got()
	if len(ins) != 6 || ins[0].Text != "xin chào" || ins[0].MessageID != id || ins[0].ChatID != lan.ID || ins[0].Name != "Lan" ||
		ins[1].What != "sticker" || ins[2].Kind != channel.KindPhoto || !strings.HasPrefix(ins[2].FileID, srv.URL()) ||
		ins[3].Kind != channel.KindUnsupported || ins[4].Kind != channel.KindUnsupported ||
		!ins[5].Group || ins[5].ChatID != "g1" || ins[5].Kind != channel.KindUnsupported {
		t.Fatalf("incoming %+v", ins)
	}
	if ds := srv.Deliveries(); ds[0].Status != 503 || ds[1].Status != 200 || ds[1].MessageID != id {
		t.Errorf("a failed handler must be answered non-2xx and redelivered: %+v", ds[:2])
	}
	if _, err := c.Download(context.Background(), ins[2].FileID, 10); !errors.Is(err, ErrTooBig) {
		t.Errorf("a photo over the bound: %v", err)
	}
	if ins[2].Fetch == nil {
		t.Fatal("a photo from the webhook has no Fetch")
	}
	photo, err := ins[2].Fetch(context.Background(), 1<<20)
	if _, _, derr := image.Decode(bytes.NewReader(photo)); err != nil || derr != nil {
		t.Errorf("download: %v %v", err, derr)
	}
	for _, secret := range []string{"", "wrong-secret-0000"} {
		code, err := srv.Forge(lan, "/start", secret)
		if err != nil || (code != 401 && code != 403) {
			t.Errorf("secret %q: %d %v", secret, code, err)
		}
	}
	big := strings.Repeat("a", MaxBody)
	req, _ := http.NewRequest("POST", ps.URL(WebhookPath), strings.NewReader(`{"ok":true,"result":{"event_name":"message.text.received","message":{"text":"`+big+`"}}}`))
	req.Header.Set(SecretHeader, "the-secret-0123")
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("an oversized body: %v %v", err, resp)
	}
	if n := len(rec.got()); n != 6 {
		t.Errorf("refused deliveries reached the app: %d", n)
	}
	noViolations(t, srv)
}

func TestPollingHandsEachUpdateToTheHandler(t *testing.T) {
	srv := zalotest.New(zalotest.Options{MaxPollTimeout: 200 * time.Millisecond})
	defer srv.Close()
	c := newChannel(t, srv)
	rec := &recorder{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- c.Poll(ctx, rec.handle) }()
	srv.SendText(lan, "một")
	srv.SendText(lan, "hai")
	waitFor(t, "two updates", func() bool { return len(rec.got()) == 2 })
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if ins := rec.got(); ins[0].Text != "một" || ins[1].Text != "hai" {
		t.Errorf("%+v", ins)
	}
	if srv.Requests("deleteWebhook") != 1 {
		t.Error("polling did not clear a webhook first")
	}
	noViolations(t, srv)
}
