package main

import (
	"bytes"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/telegramtest"
	"github.com/baocao/baocao/store"
)

// Telegram through the same public server: with --public-url it takes a
// webhook with a secret instead of polling, and answers after commit.
func TestTelegramWebhookEndToEnd(t *testing.T) {
	bin := buildBinary(t)
	srv := telegramtest.New(telegramtest.Options{})
	defer srv.Close()
	data, addr := t.TempDir(), freeAddr(t)
	officer := telegramtest.User{ID: 4343, FirstName: "Mai", LanguageCode: "vi"}
	start := func() *botProcess {
		cmd := exec.Command(bin, "serve", "--sample", "thach-thanh", "--data", data, "--now", "2026-12-20 09:00", "--listen", addr, "--public-url", "http://"+addr)
		cmd.Env = append(os.Environ(), "TELEGRAM_BOT_TOKEN="+srv.Token(), "TELEGRAM_API_ENDPOINT="+srv.Endpoint(), "ZALO_BOT_TOKEN=", "TELEGRAM_WEBHOOK_SECRET=")
		p := &botProcess{cmd: cmd, stderr: &bytes.Buffer{}}
		cmd.Stderr = p.stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
		return p
	}
	say := func(text, want string) telegramtest.Message {
		t.Helper()
		from := len(srv.Messages(officer.ID))
		srv.SendText(officer, text)
		var found telegramtest.Message
		waitFor(t, "a reply to "+text+" containing "+want, func() bool {
			msgs := srv.Messages(officer.ID)
			for _, m := range msgs[min(from, len(msgs)):] {
				if strings.Contains(m.Text, want) {
					found = m
					return true
				}
			}
			return false
		})
		return found
	}

	first := start()
	waitFor(t, "the webhook is registered", func() bool { url, _ := srv.Webhook(); return url != "" })
	url, secret := srv.Webhook()
	if url != "http://"+addr+"/telegram/webhook" || len(secret) < 32 {
		t.Fatalf("webhook %q, secret of %d characters", url, len(secret))
	}
	say("/start "+inviteCode(t, bin, data, "15247", "officer"), "xã Thành Tâm")
	say("/baocao thang 2026-11", "[1/6]")
	say("12", "[2/6]")
	time.Sleep(300 * time.Millisecond)
	first.cmd.Process.Signal(syscall.SIGKILL)
	first.cmd.Wait()

	second := start()
	waitFor(t, "the webhook is registered again", func() bool { return srv.Requests("setWebhook") == 2 })
	say("200", "[3/6]")
	say("150", "[4/6]")
	say("có", "[5/6]")
	say("Văn nghệ", "[6/6]")
	review := say("bỏ qua", "kiểm tra lại trước khi nộp")
	from := len(srv.Messages(officer.ID))
	if _, err := srv.PressButton(officer, review.ID, review.Buttons[0][0].Data); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the confirmation", func() bool {
		for _, m := range srv.Messages(officer.ID)[from:] {
			if strings.Contains(m.Text, "Đã nhận") {
				return true
			}
		}
		return false
	})
	waitFor(t, "the button press is answered", func() bool { return len(srv.CallbacksUnanswered()) == 0 })
	for _, s := range []string{"", "wrong"} {
		req, _ := http.NewRequest("POST", url, strings.NewReader(`{"update_id":999999,"message":{"message_id":1,"date":1,"chat":{"id":4343,"type":"private"},"from":{"id":4343,"is_bot":false,"first_name":"X"},"text":"/huy"}}`))
		if s != "" {
			req.Header.Set("X-Telegram-Bot-Api-Secret-Token", s)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil || (resp.StatusCode != 401 && resp.StatusCode != 403) {
			t.Errorf("a delivery with secret %q: %v %v", s, err, resp)
		}
	}
	// A browser opening the webhook's address: the path is there, the
	// method is not (405 with Allow: POST), and nothing is handled.
	for _, method := range []string{"GET", "HEAD", "PUT"} {
		req, _ := http.NewRequest(method, url, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil || resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "POST" {
			t.Errorf("%s on the webhook: %v %v, want 405 with Allow: POST", method, err, resp)
		}
	}
	if srv.Requests("getUpdates") != 0 {
		t.Errorf("%d getUpdates in webhook mode", srv.Requests("getUpdates"))
	}
	second.cmd.Process.Signal(syscall.SIGTERM)
	if err := second.cmd.Wait(); err != nil {
		t.Fatalf("exit after SIGTERM: %v\n%s", err, second.stderr)
	}
	seen := map[string]bool{}
	for _, m := range srv.Messages(officer.ID) {
		if seen[m.Text] {
			t.Errorf("sent twice: %q", m.Text)
		}
		seen[m.Text] = true
	}
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("the bot made %d invalid requests, first: %+v", len(v), v[0])
	}
	db, err := store.Open(data, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *store.Tx) error {
		if hist, err := tx.History("thang", "2026-11", "15247"); err != nil || len(hist) != 1 || hist[0].Channel != "telegram" {
			t.Errorf("history: %v, %+v", err, hist)
		}
		return nil
	})
	for _, p := range []*botProcess{first, second} {
		if strings.Contains(p.stderr.String(), srv.Token()) || strings.Contains(p.stderr.String(), secret) {
			t.Errorf("the token or the secret appears in the log:\n%s", p.stderr)
		}
	}
}
