package main

import (
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/baocao/baocao/bot/telegramtest"
)

func TestReadyzNamesWhatIsWrong(t *testing.T) {
	mux := http.NewServeMux()
	outboxErr := errors.New("12 messages waiting for 20m")
	addHealth(mux, []readyCheck{{"store", func() error { return nil }}, {"outbox", func() error { return outboxErr }}})
	get := func(path string) (int, string) {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		return rec.Code, rec.Body.String()
	}
	if code, body := get("/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	if code, body := get("/readyz"); code != 503 || body != "outbox: 12 messages waiting for 20m\n" {
		t.Errorf("/readyz: %d %q", code, body)
	}
	outboxErr = nil
	if code, body := get("/readyz"); code != 200 || body != "ready\n" {
		t.Errorf("/readyz when all is well: %d %q", code, body)
	}
}

func TestTheServingBotAnswersHealthAndReadiness(t *testing.T) {
	bin := buildBinary(t)
	srv := telegramtest.New(telegramtest.Options{})
	defer srv.Close()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	cmd := exec.Command(bin, "serve", "--data", t.TempDir(), "--metrics", addr)
	cmd.Env = append(os.Environ(), "TELEGRAM_BOT_TOKEN="+srv.Token(), "TELEGRAM_API_ENDPOINT="+srv.Endpoint())
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	waitFor(t, "/readyz says ready", func() bool { code, _ := get("/readyz"); return code == 200 })
	if code, body := get("/healthz"); code != 200 || !strings.Contains(body, "ok") {
		t.Errorf("/healthz: %d %q", code, body)
	}
	if code, body := get("/metrics"); code != 200 || !strings.Contains(body, "baocao_messages_handled_total") {
		t.Errorf("/metrics: %d", code)
	}
}
