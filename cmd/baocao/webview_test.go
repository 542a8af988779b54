package main

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/store"
)

func TestServeMountsTheWebViewUnderThePublicURLsPath(t *testing.T) {
	db, err := store.Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	app := &bot.App{Store: db, Config: sample.Config()}
	public, ok := parsePublicURL("https://baocao.thanhhoa.gov.vn/baocao")
	if !ok {
		t.Fatal("a good public URL refused")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr, err := serveWeb(ctx, "127.0.0.1:0", public, webView(app, public.String()))
	if err != nil {
		t.Fatal(err)
	}
	if app.PublicURL != "https://baocao.thanhhoa.gov.vn/baocao" {
		t.Errorf("the /web links would start with %q", app.PublicURL)
	}
	for path, want := range map[string]int{"/baocao/web/": 401, "/baocao/web/style.css": 200, "/baocao/web/l/xyz": 404, "/web/": 404, "/": 404, "/baocao/metrics": 404} {
		res, err := http.Get("http://" + addr.String() + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != want {
			t.Errorf("GET %s: %d, want %d", path, res.StatusCode, want)
		}
		if want == 401 && !strings.Contains(string(body), "/web") {
			t.Errorf("GET %s: %s", path, body)
		}
	}
	for _, bad := range []string{"", "baocao.vn", "ftp://x", "https://x/?a=1"} {
		if _, ok := parsePublicURL(bad); ok {
			t.Errorf("%q accepted as a public URL", bad)
		}
	}
	if code := run([]string{"serve", "--listen", "127.0.0.1:0"}); code == 0 {
		t.Error("--listen without --public-url was accepted")
	}
}
