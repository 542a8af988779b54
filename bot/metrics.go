package bot

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

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
	unsaved                    atomic.Int64 // tries to store a message refused by the store (a full disk)
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

// MetricsHandler serves extra collectors beside them (the webhooks' driver).
func MetricsHandler(app *App, sender OutboxCounts, extra ...prometheus.Collector) http.Handler {
	reg := prometheus.NewRegistry()
	reg.MustRegister(extra...)
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	counter := func(name, help string, f func() float64) {
		reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Namespace: "baocao", Name: name, Help: help}, f))
	}
	counter("messages_handled_total", "Messages from people that were handled and committed.", func() float64 { return float64(app.counts.handled.Load()) })
	counter("messages_failed_total", "Messages whose handling failed; the person got an apology with a reference.", func() float64 { return float64(app.counts.failed.Load()) })
	counter("strangers_unanswered_total", "Messages from chats linked to nobody left unanswered: over the limit of replies per chat and hour.", func() float64 { return float64(app.counts.strangersMuted.Load()) })
	counter("messages_unsaved_total", "Tries to handle a message that the store could not save (a full disk, a damaged file); the message stays unconfirmed and is handled once it can. Each try counts.", func() float64 { return float64(app.counts.unsaved.Load()) })
	reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "baocao", Name: "chats_waiting_for_store", Help: "Chats whose messages are held unconfirmed now because the store cannot write (0 while it can)."},
		func() float64 { return float64(app.Waiting()) }))
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
	reg.MustRegister(outages{app, sender})
	return promhttp.HandlerFor(reg, promhttp.HandlerOpts{})
}

// outages exports each channel's failures to be reached, receiving (the
// poll loops, App.Receiving) and sending (the outbox): how many ever, and
// for how long the one in progress has lasted.
type outages struct {
	app    *App
	sender OutboxCounts
}

var (
	unreachableFailures = prometheus.NewDesc("baocao_channel_unreachable_failures_total", "Requests to a platform that failed with a 5xx or a network error, by channel and direction (receive: getUpdates; send: the outbox).", []string{"channel", "direction"}, nil)
	unreachableSeconds  = prometheus.NewDesc("baocao_channel_unreachable_seconds", "How long the platform has been failing every request, by channel and direction; 0 while it answers.", []string{"channel", "direction"}, nil)
)

func (o outages) Describe(ch chan<- *prometheus.Desc) {
	ch <- unreachableFailures
	ch <- unreachableSeconds
}

func (o outages) Collect(ch chan<- prometheus.Metric) {
	emit := func(name, dir string, out *channel.Outage) {
		secs := 0.0
		if since := out.Since(); !since.IsZero() {
			secs = time.Since(since).Seconds()
		}
		ch <- prometheus.MustNewConstMetric(unreachableFailures, prometheus.CounterValue, float64(out.Failures()), name, dir)
		ch <- prometheus.MustNewConstMetric(unreachableSeconds, prometheus.GaugeValue, secs, name, dir)
	}
	for name, out := range o.app.Receiving {
		emit(name, "receive", out)
	}
	if s, ok := o.sender.(interface {
		Outages() map[string]*channel.Outage
	}); ok {
		for name, out := range s.Outages() {
			emit(name, "send", out)
		}
	}
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
