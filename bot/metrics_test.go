package bot

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"

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
