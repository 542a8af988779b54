package bot

import (
	"context"
	"io"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/outbox"
)

type fixedCounts outbox.Stats

func (c fixedCounts) Stats() outbox.Stats { return outbox.Stats(c) }

func TestMetricsShowWhatTheBotDid(t *testing.T) {
	app := &App{}
	app.counts.handled.Add(3)
	app.counts.submitted.Add(1)
	o := fixedCounts{Sent: 5, Throttled: 1}
	rec := httptest.NewRecorder()
	MetricsHandler(app, o).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	for _, want := range []string{"baocao_messages_handled_total 3", "baocao_submissions_total 1", "baocao_outbox_sent_total 5", "baocao_outbox_throttled_total 1", "go_goroutines"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

// fakeChannel fails every send with fail (nil: accepts).
type fakeChannel struct {
	name string
	fail error
}

func (f fakeChannel) Name() string                                 { return f.name }
func (f fakeChannel) Send(context.Context, channel.Outgoing) error { return f.fail }

func TestMetricsSplitByChannel(t *testing.T) {
	app := &App{}
	app.counts.handledFrom("zalo")
	app.counts.handledFrom("zalo")
	app.counts.handledFrom("telegram")
	z := app.CountSends(fakeChannel{name: "zalo"})
	tg := app.CountSends(fakeChannel{name: "telegram", fail: &channel.SendError{Kind: channel.Throttled}})
	z.Send(context.Background(), channel.Outgoing{})
	tg.Send(context.Background(), channel.Outgoing{})
	rec := httptest.NewRecorder()
	MetricsHandler(app, nil).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	for _, want := range []string{
		`baocao_channel_messages_handled_total{channel="zalo"} 2`,
		`baocao_channel_messages_handled_total{channel="telegram"} 1`,
		`baocao_channel_sends_total{channel="zalo",outcome="sent"} 1`,
		`baocao_channel_sends_total{channel="telegram",outcome="throttled"} 1`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
}
