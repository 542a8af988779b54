package webhook

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/baocao/baocao/store"
)

var (
	deliveriesDesc = prometheus.NewDesc("baocao_webhook_deliveries_total",
		"Webhook tries by outcome: delivered (a 2xx), retried (failed, tried again later), failed (given up after 3 days, or its receiver removed).",
		[]string{"outcome"}, nil)
	queuedDesc = prometheus.NewDesc("baocao_webhook_queued",
		"Webhook deliveries waiting to be sent or retried.", nil, nil)
)

// Describe and Collect make the Driver a Prometheus collector
// (bot.MetricsHandler registers it).
func (d *Driver) Describe(ch chan<- *prometheus.Desc) {
	ch <- deliveriesDesc
	ch <- queuedDesc
}

func (d *Driver) Collect(ch chan<- prometheus.Metric) {
	s := d.Stats()
	ch <- prometheus.MustNewConstMetric(deliveriesDesc, prometheus.CounterValue, float64(s.Delivered), "delivered")
	ch <- prometheus.MustNewConstMetric(deliveriesDesc, prometheus.CounterValue, float64(s.Retried), "retried")
	ch <- prometheus.MustNewConstMetric(deliveriesDesc, prometheus.CounterValue, float64(s.Failed), "failed")
	queued := 0
	if d.Store.View(func(tx *store.Tx) error { queued = tx.QueuedDeliveries(); return nil }) == nil {
		ch <- prometheus.MustNewConstMetric(queuedDesc, prometheus.GaugeValue, float64(queued))
	}
}
