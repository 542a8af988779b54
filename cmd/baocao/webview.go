package main

import (
	"net/http"

	"github.com/baocao/baocao/bot"
	webview "github.com/baocao/baocao/bot/web"
)

// webView is the supervisors' web view (/web) for app, reached at
// publicURL: serve mounts it on the public HTTP server, and the /web
// command's links point at it.
func webView(app *bot.App, publicURL string) http.Handler {
	app.PublicURL = publicURL
	return webview.New(webview.Options{Store: app.Store, Config: app.Config, Bot: bot.WebSide{App: app},
		Now: app.Now, Log: app.Log, PublicURL: publicURL})
}
