package public

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func serve(t *testing.T, public string) (*Server, *Links, *clock) {
	t.Helper()
	srv, err := New("127.0.0.1:0", public, slog.Default())
	if err != nil {
		t.Fatal(err)
	}
	// The test talks to the listener; the public URL names the same port.
	srv.base.Host = srv.Addr()
	clk := &clock{t: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
	links, err := NewLinks(srv, t.TempDir(), clk.now, slog.Default())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { srv.Serve(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	return srv, links, clk
}

func get(t *testing.T, url string) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

func TestALinkServesItsFileOnlyUntilItExpires(t *testing.T) {
	srv, links, clk := serve(t, "http://bot.example.gov.vn/baocao/")
	url, exp, err := links.Publish("Báo cáo tháng 11.xlsx", "", []byte("PK\x03\x04xlsx"), time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(url, "http://"+srv.Addr()+"/baocao/files/") || !exp.Equal(clk.now().Add(time.Hour)) {
		t.Fatalf("url %s expires %v", url, exp)
	}
	code, h, body := get(t, url)
	if code != 200 || body != "PK\x03\x04xlsx" || !strings.Contains(h.Get("Content-Disposition"), "attachment") ||
		h.Get("Content-Type") != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" {
		t.Fatalf("download: %d %v %q", code, h, body)
	}
	token := strings.Split(strings.TrimPrefix(url, "http://"+srv.Addr()+"/baocao/files/"), "/")[0]
	for _, u := range []string{
		srv.URL("/files/" + token + "/other.xlsx"),                                                   // valid only for the file it names
		srv.URL("/files/" + strings.Repeat("A", 43) + "/B%C3%A1o%20c%C3%A1o%20th%C3%A1ng%2011.xlsx"), // a guessed token
		srv.URL("/files/../links_test.go"),
		srv.URL("/files/"), // no listing
		srv.URL("/"),
		"http://" + srv.Addr() + "/files/" + token + "/x", // outside the prefix
	} {
		if code, _, _ := get(t, u); code != 404 {
			t.Errorf("%s: %d, want 404", u, code)
		}
	}
	clk.add(time.Hour)
	if code, _, _ := get(t, url); code != 410 {
		t.Errorf("after expiry: %d, want 410", code)
	}
	if code, _, _ := get(t, url); code != 404 {
		t.Errorf("after expiry, again: %d, want 404 (deleted)", code)
	}
}

func TestSweepDeletesExpiredFiles(t *testing.T) {
	_, links, clk := serve(t, "https://bot.example.gov.vn")
	links.Publish("a.png", "image/png", []byte("x"), time.Minute)
	links.Publish("b.png", "image/png", []byte("y"), time.Hour)
	clk.add(2 * time.Minute)
	if n := links.Sweep(); n != 1 {
		t.Errorf("swept %d, want 1", n)
	}
	if n := links.Sweep(); n != 0 {
		t.Errorf("swept %d again", n)
	}
}

func TestPublicURLMustBeAnAddress(t *testing.T) {
	for _, bad := range []string{"", "bot.example.gov.vn", "ftp://x", "https://x/?a=1", "https://user:pw@x"} {
		if _, err := ParsePublicURL(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
