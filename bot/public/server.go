// Package public is the bot's one HTTP server for the outside world: the
// address behind --listen, reached through a reverse proxy with TLS at
// --public-url. Channels mount their webhooks on it (Zalo, Telegram), the
// file links live on it (charts for Zalo's sendPhoto, Excel exports for
// people whose chat app cannot take files), and other packages may mount
// their own handlers with Handle (the supervisors' web view under /web/).
//
// Nothing is served that was not mounted: every other path is 404, and
// there is no directory listing anywhere.
package public

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Server is the public HTTP server. Mount handlers before Serve.
type Server struct {
	base   *url.URL // the public URL, without a trailing slash
	prefix string   // base's path, which the proxy forwards unchanged
	mux    *http.ServeMux
	ln     net.Listener
	hs     *http.Server
	log    *slog.Logger
}

// New listens on addr (so a busy port is reported at once) for requests
// that arrive at publicURL, e.g. https://bot.example.gov.vn or
// https://example.gov.vn/baocao (the proxy forwards the path unchanged).
//
// An empty publicURL means the listening address itself (for tests and
// local development: nothing outside can reach it).
func New(addr, publicURL string, log *slog.Logger) (*Server, error) {
	var base *url.URL
	if publicURL != "" {
		var err error
		if base, err = ParsePublicURL(publicURL); err != nil {
			return nil, err
		}
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("public.New: %w", err)
	}
	if base == nil {
		base = &url.URL{Scheme: "http", Host: ln.Addr().String()}
	}
	s := &Server{base: base, prefix: base.Path, mux: http.NewServeMux(), ln: ln, log: log}
	s.hs = &http.Server{
		Handler:           s.mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute, // an export download on a slow line
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    16 << 10,
	}
	s.mux.HandleFunc("/", http.NotFound)
	return s, nil
}

// ParsePublicURL checks a --public-url: absolute http(s), no query or
// fragment. It returns it without a trailing slash.
func ParsePublicURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return nil, fmt.Errorf("public: %q is not a public address like https://bot.example.gov.vn", raw)
	}
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	return u, nil
}

// Handle mounts h at pattern, a ServeMux pattern relative to the public
// URL: "POST /zalo/webhook", "/web/", "GET /files/{token}/{name}". The
// handler sees the path as it arrives, with the public URL's path in front
// (the proxy forwards it unchanged).
func (s *Server) Handle(pattern string, h http.Handler) {
	method, path, ok := strings.Cut(pattern, " ")
	if !ok {
		method, path = "", pattern
	}
	full := s.prefix + path
	if method != "" {
		full = method + " " + full
	}
	s.mux.Handle(full, h)
}

// URL is the public address of path, e.g. URL("/zalo/webhook").
func (s *Server) URL(path string) string { return s.base.String() + path }

// Addr is the address actually listened on (useful with port 0).
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Serve answers requests until ctx ends, then lets requests in flight
// finish for a few seconds.
func (s *Server) Serve(ctx context.Context) error {
	done := make(chan error, 1)
	go func() { done <- s.hs.Serve(s.ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("public.Serve: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.hs.Shutdown(shut); err != nil {
		s.hs.Close()
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("public.Serve: %w", err)
	}
	return nil
}

// Close stops listening without serving (when startup fails later).
func (s *Server) Close() error { return s.ln.Close() }
