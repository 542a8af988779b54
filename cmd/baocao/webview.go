package main

import (
	"context"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/baocao/baocao/bot"
	webview "github.com/baocao/baocao/bot/web"
)

// webView is the supervisors' web view (/web) for app, reached at
// publicURL: the /web command's links point at it.
func webView(app *bot.App, publicURL string) http.Handler {
	app.PublicURL = strings.TrimRight(publicURL, "/")
	return webview.New(webview.Options{Store: app.Store, Config: app.Config, Bot: bot.WebSide{App: app},
		Now: app.Now, Log: app.Log, PublicURL: app.PublicURL})
}

// parsePublicURL checks --public-url: an absolute http(s) address without
// query or fragment, e.g. https://baocao.thanhhoa.gov.vn or …/baocao.
func parsePublicURL(raw string) (*url.URL, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return nil, false
	}
	return u, true
}

// serveWeb runs the HTTP server of --listen with the web view under the
// public URL's path, until ctx ends. Nothing else is served: every other
// path is 404. A busy address is reported at once.
//
// serve mounts the same handler on its one public server (bot/public, with
// the webhooks and file links); this minimal mount is what the web view's
// own test runs on.
func serveWeb(ctx context.Context, addr string, public *url.URL, h http.Handler) (net.Addr, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	base := strings.TrimRight(public.Path, "/")
	mux := http.NewServeMux()
	mux.Handle(base+"/web/", h)
	mux.Handle(base+"/web", h)
	mux.HandleFunc("/", http.NotFound)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 16 << 10}
	go srv.Serve(l)
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	return l.Addr(), nil
}
