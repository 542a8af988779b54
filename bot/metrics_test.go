package bot

import (
	"context"
	"errors"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

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

// What the operator watches for faults: messages the store could not
// save, the chats waiting for it, and each channel's failures to be
// reached, receiving and sending.
func TestMetricsShowFaults(t *testing.T) {
	app := &App{Log: discardLogger()}
	in := channel.Incoming{Channel: "telegram", ChatID: "1"}
	app.cannotSave(context.Background(), []channel.Incoming{in, in}, errors.New("write: no space left on device"))
	poll := &channel.Outage{Name: "telegram: getUpdates", Log: discardLogger()}
	poll.Fail(time.Now().Add(-90*time.Second), errors.New("500"))
	poll.Fail(time.Now(), errors.New("500"))
	app.Receiving = map[string]*channel.Outage{"telegram": poll}
	rec := httptest.NewRecorder()
	MetricsHandler(app, nil).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	for _, want := range []string{
		"baocao_messages_unsaved_total 2",
		"baocao_chats_waiting_for_store 1",
		`baocao_channel_unreachable_failures_total{channel="telegram",direction="receive"} 2`,
		`baocao_channel_unreachable_seconds{channel="telegram",direction="receive"} 9`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q:\n%s", want, grepLines(string(body), "baocao_"))
		}
	}
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
