package main

import (
	"fmt"
	"net/http"
	"strings"
)

// Health on the metrics listener, for a supervisor process or a load
// balancer: /healthz says the process answers at all; /readyz says it can
// do its work — the store opens a transaction, the poll loop (or webhook)
// has reached Telegram lately, the outbox is not stalled — and names what
// is wrong when not (503).

// readyCheck is one condition of readiness; it returns why it fails.
type readyCheck struct {
	name string
	fn   func() error
}

// addHealth registers /healthz and /readyz on mux.
func addHealth(mux *http.ServeMux, checks []readyCheck) {
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, r *http.Request) {
		var bad []string
		for _, c := range checks {
			if err := c.fn(); err != nil {
				bad = append(bad, c.name+": "+err.Error())
			}
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if len(bad) > 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, strings.Join(bad, "\n"))
			return
		}
		fmt.Fprintln(w, "ready")
	})
}
