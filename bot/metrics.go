package bot

import (
	"net/http"
	"sync/atomic"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/baocao/baocao/bot/outbox"
)

// Counts the App keeps for the operator's metrics.
type appCounts struct {
	handled, failed, submitted atomic.Int64
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
	return promhttp.HandlerFor(reg, promhttp.HandlerOpts{})
}
