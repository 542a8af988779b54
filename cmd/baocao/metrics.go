package main

import (
	"context"
	"net"
	"net/http"
	"time"
)

// serveMetrics listens on addr until ctx is done: /metrics, /healthz and
// /readyz (see health.go). Binding is checked here, so a taken port is
// reported at start, not lost in a goroutine.
func serveMetrics(ctx context.Context, addr string, h http.Handler, checks []readyCheck) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", h)
	addHealth(mux, checks)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(l)
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	return nil
}
