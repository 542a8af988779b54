package bot

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/outbox"
)

// Counts the App keeps for the operator's metrics.
type appCounts struct {
	handled, failed, submitted atomic.Int64
	strangersMuted             atomic.Int64 // messages of strangers over their reply limit
	// handledOn counts handled messages per channel, sends per channel
	// and outcome (both *atomic.Int64), for the per-channel metrics.
	handledOn, sends sync.Map
}

func (c *appCounts) handledFrom(ch string) { c.handledFromN(ch, 1) }

func (c *appCounts) handledFromN(ch string, n int) {
	if n > 0 {
		bumpN(&c.handledOn, ch, n)
	}
}

func bump(m *sync.Map, key string) { bumpN(m, key, 1) }

func bumpN(m *sync.Map, key string, n int) {
	v, _ := m.LoadOrStore(key, new(atomic.Int64))
	v.(*atomic.Int64).Add(int64(n))
}

// CountSends wraps a channel so that its sends are counted per channel and
// outcome (sent, or the failure's kind) for the metrics.
func (a *App) CountSends(ch channel.Channel) channel.Channel { return counted{ch, &a.counts} }

type counted struct {
	channel.Channel
	counts *appCounts
}

func (c counted) Send(ctx context.Context, m channel.Outgoing) error {
	err := c.Channel.Send(ctx, m)
	outcome := "sent"
	if err != nil {
		outcome = channel.AsSendError(err).Kind.String()
	}
	bump(&c.counts.sends, c.Name()+"\x00"+outcome)
	return err
}

// MetricsHandler serves the bot's health in the Prometheus text format:
// messages handled and failed, reports stored, and what the outbox did.
// It reads counters the bot keeps anyway, so it costs nothing when nobody
// scrapes it.
// OutboxCounts is what the metrics read of the outbox (an *outbox.Sender).
type OutboxCounts interface{ Stats() outbox.Stats }

func MetricsHandler(app *App, sender OutboxCounts) http.Handler {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	counter := func(name, help string, f func() float64) {
		reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Namespace: "baocao", Name: name, Help: help}, f))
	}
	counter("messages_handled_total", "Messages from people that were handled and committed.", func() float64 { return float64(app.counts.handled.Load()) })
	counter("messages_failed_total", "Messages whose handling failed; the person got an apology with a reference.", func() float64 { return float64(app.counts.failed.Load()) })
	counter("strangers_unanswered_total", "Messages from chats linked to nobody left unanswered: over the limit of replies per chat and hour.", func() float64 { return float64(app.counts.strangersMuted.Load()) })
	counter("submissions_total", "Reports stored (every version counts).", func() float64 { return float64(app.counts.submitted.Load()) })
	if sender != nil {
		stat := func(pick func(outbox.Stats) int) func() float64 {
			return func() float64 { return float64(pick(sender.Stats())) }
		}
		counter("outbox_sent_total", "Messages the channels accepted.", stat(func(s outbox.Stats) int { return s.Sent }))
		counter("outbox_throttled_total", "429 answers: all sending paused for retry_after.", stat(func(s outbox.Stats) int { return s.Throttled }))
		counter("outbox_retried_total", "Sends retried after a 5xx or network error.", stat(func(s outbox.Stats) int { return s.Retried }))
		counter("outbox_stopped_total", "Sends refused because the person blocked the bot.", stat(func(s outbox.Stats) int { return s.Stopped }))
		counter("outbox_dropped_total", "Messages dropped: refused for good or out of retries.", stat(func(s outbox.Stats) int { return s.Dropped }))
	}
	reg.MustRegister(byChannel{app})
	return promhttp.HandlerFor(reg, promhttp.HandlerOpts{})
}

// byChannel exports the counts per channel ("telegram", "zalo"), labelled
// with the channel's name only: never a token or a chat.
type byChannel struct{ app *App }

var (
	handledByChannel = prometheus.NewDesc("baocao_channel_messages_handled_total", "Messages from people handled, by channel.", []string{"channel"}, nil)
	sendsByChannel   = prometheus.NewDesc("baocao_channel_sends_total", "Sends by channel and outcome (sent, retryable, throttled, stopped, permanent).", []string{"channel", "outcome"}, nil)
)

func (b byChannel) Describe(ch chan<- *prometheus.Desc) {
	ch <- handledByChannel
	ch <- sendsByChannel
}

func (b byChannel) Collect(ch chan<- prometheus.Metric) {
	b.app.counts.handledOn.Range(func(k, v any) bool {
		ch <- prometheus.MustNewConstMetric(handledByChannel, prometheus.CounterValue, float64(v.(*atomic.Int64).Load()), k.(string))
		return true
	})
	b.app.counts.sends.Range(func(k, v any) bool {
		name, outcome, _ := strings.Cut(k.(string), "\x00")
		ch <- prometheus.MustNewConstMetric(sendsByChannel, prometheus.CounterValue, float64(v.(*atomic.Int64).Load()), name, outcome)
		return true
	})
}
