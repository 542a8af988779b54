package main

// End-to-end on Zalo: the real binary against the strict fake Zalo Bot API
// in webhook mode, the way production runs behind a reverse proxy.

import (
	"bytes"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/zalotest"
	"github.com/baocao/baocao/store"
)

// freeAddr is a 127.0.0.1 address with a port nobody listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func startZaloBot(t *testing.T, bin, data, addr, metrics string, srv *zalotest.Server) *botProcess {
	t.Helper()
	// The district-era sample: Xã Thành Tâm (15247) under Huyện Thạch Thành (391).
	cmd := exec.Command(bin, "serve", "--sample", "thach-thanh", "--data", data, "--now", "2026-12-20 09:00",
		"--listen", addr, "--public-url", "http://"+addr, "--link-ttl", "4s", "--metrics", metrics)
	cmd.Env = append(os.Environ(), "ZALO_BOT_TOKEN="+srv.Token(), "ZALO_API_ENDPOINT="+srv.Endpoint(), "TELEGRAM_BOT_TOKEN=", "ZALO_WEBHOOK_SECRET=")
	p := &botProcess{cmd: cmd, stderr: &bytes.Buffer{}}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return p
}

// zaloPerson sends texts as one person and waits for the bot's answers.
type zaloPerson struct {
	t   *testing.T
	srv *zalotest.Server
	u   zalotest.User
}

// say sends text and waits for a message containing want; it returns it.
func (p zaloPerson) say(text, want string) zalotest.Message {
	p.t.Helper()
	from := len(p.srv.Messages(p.u.ID))
	p.srv.SendText(p.u, text)
	return p.await(from, want)
}

func (p zaloPerson) await(from int, want string) zalotest.Message {
	p.t.Helper()
	var found zalotest.Message
	waitFor(p.t, "a message to "+p.u.Name+" containing "+want, func() bool {
		msgs := p.srv.Messages(p.u.ID)
		for _, m := range msgs[min(from, len(msgs)):] {
			if strings.Contains(m.Text, want) || strings.Contains(m.Caption, want) {
				found = m
				return true
			}
		}
		return false
	})
	return found
}

func inviteCode(t *testing.T, bin, data, unit, role string) string {
	t.Helper()
	out, err := exec.Command(bin, "invite", "--sample", "thach-thanh", "--unit", unit, "--role", role, "--data", data).CombinedOutput()
	if err != nil {
		t.Fatalf("invite: %v\n%s", err, out)
	}
	return strings.SplitN(strings.TrimSpace(string(out)), "\n", 2)[0]
}

func TestZaloWebhookEndToEnd(t *testing.T) {
	bin := buildBinary(t)
	srv := zalotest.New(zalotest.Options{})
	defer srv.Close()
	data, addr, metrics := t.TempDir(), freeAddr(t), freeAddr(t)
	lan := zaloPerson{t, srv, zalotest.User{ID: "5f1b2c3d4e5f60718293", Name: "Lan"}}

	first := startZaloBot(t, bin, data, addr, metrics, srv)
	waitFor(t, "the webhook is registered", func() bool { url, _ := srv.Webhook(); return url != "" })
	if url, secret := srv.Webhook(); url != "http://"+addr+"/zalo/webhook" || len(secret) < 8 {
		t.Fatalf("webhook %q with a secret of %d characters", url, len(secret))
	} else {
		t.Logf("setWebhook %s, a stored secret of %d characters", url, len(secret))
	}

	// A stranger is told politely; typing the invite code links the chat.
	lan.say("xin chào", "chưa được kích hoạt")
	lan.say(inviteCode(t, bin, data, "15247", "officer"), "xã Thành Tâm")
	lan.say("/baocao thang 2026-11", "[1/6]")
	lan.say("12", "[2/6]")
	lan.say("200", "[3/6]")

	// SIGKILL between two messages, as a power cut would.
	time.Sleep(300 * time.Millisecond)
	first.cmd.Process.Signal(syscall.SIGKILL)
	first.cmd.Wait()
	t.Logf("SIGKILL after [3/6]; %d messages sent so far", len(srv.Messages(lan.u.ID)))
	second := startZaloBot(t, bin, data, addr, metrics, srv)
	waitFor(t, "the webhook is registered again", func() bool { return srv.Requests("setWebhook") == 2 })

	from := len(srv.Messages(lan.u.ID))
	id150 := srv.SendText(lan.u, "150")
	lan.await(from, "[4/6]")
	q5 := lan.say("1", "[5/6]") // "1. Có" of the yes/no question, typed
	if !strings.Contains(q5.Text, "✅ Đã ghi nhận: Có") {
		t.Errorf("the typed 1 was not read as Có:\n%s", q5.Text)
	}
	lan.say("Hội diễn văn nghệ mừng Xuân", "[6/6]")
	review := lan.say("bỏ qua", "kiểm tra lại trước khi nộp")
	if !strings.Contains(review.Text, "12 tin, bài") || !strings.Contains(review.Text, "150 hồ sơ") || !strings.Contains(review.Text, "\n1. ✅ Nộp báo cáo") {
		t.Fatalf("review lost answers given before the kill, or has no numbered choices:\n%s", review.Text)
	}

	// Zalo delivers "150" again: nothing changes, nothing is sent.
	before, deliveries := len(srv.Messages(lan.u.ID)), len(srv.Deliveries())
	if !srv.Redeliver(id150) {
		t.Fatal("no update to redeliver")
	}
	waitFor(t, "the redelivery is answered", func() bool { return len(srv.Deliveries()) > deliveries && srv.Pending() == 0 })
	// A delivery with a wrong or no secret is refused and changes nothing.
	for _, secret := range []string{"wrong-secret-value", ""} {
		if code, err := srv.Forge(lan.u, "/huy", secret); err != nil || (code != 401 && code != 403) {
			t.Errorf("a delivery with secret %q got %d %v, want 401 or 403", secret, code, err)
		} else {
			t.Logf("a delivery with secret %q: %d", secret, code)
		}
	}
	if ds := srv.Deliveries(); ds[len(ds)-1].Status != 200 {
		t.Errorf("the redelivery was answered %d", ds[len(ds)-1].Status)
	} else {
		t.Logf("\"150\" delivered again: answered %d", ds[len(ds)-1].Status)
	}
	// The outbox keeps one chat's messages in order: the next message Lan
	// gets must be the answer to what she types next.
	if m := lan.say("1", "Đã nhận"); len(srv.Messages(lan.u.ID)) != before+1 || srv.Messages(lan.u.ID)[before].ID != m.ID {
		for _, m := range srv.Messages(lan.u.ID)[before:] {
			t.Logf("sent: %.120q", m.Text)
		}
		t.Fatal("a redelivered or forged update caused messages")
	}
	t.Logf("the next message Lan got answers her next one: the redelivery and the forged ones changed and sent nothing")

	// A supervisor on Zalo: the chart is a URL the platform fetches (a
	// PNG), the export a link that works until it expires.
	hoa := zaloPerson{t, srv, zalotest.User{ID: "90a1b2c3d4e5f6071829", Name: "Hoa"}}
	hoa.say(inviteCode(t, bin, data, "391", "supervisor"), "huyện Thạch Thành")
	from = len(srv.Messages(hoa.u.ID))
	srv.SendText(hoa.u, "/bieudo thang 2026-11 391")
	waitFor(t, "a chart", func() bool {
		for _, m := range srv.Messages(hoa.u.ID)[from:] {
			if m.Method == "sendPhoto" {
				if m.PhotoType != "image/png" || !bytes.HasPrefix(m.PhotoData, []byte("\x89PNG\r\n\x1a\n")) {
					t.Fatalf("the chart URL gave %q, %d bytes", m.PhotoType, len(m.PhotoData))
				}
				t.Logf("sendPhoto %s: the fake fetched a %s of %d bytes", m.Photo[:strings.LastIndex(m.Photo, "/files/")+8]+"…", m.PhotoType, len(m.PhotoData))
				return true
			}
		}
		return false
	})
	if acts := srv.ChatActions(hoa.u.ID); len(acts) == 0 || acts[0] != "typing" {
		t.Errorf("no typing before the chart: %v", acts)
	}
	// The trend goes the same way: a photo by URL and its one line of text
	// (Zalo has no documents and no buttons).
	from = len(srv.Messages(hoa.u.ID))
	srv.SendText(hoa.u, "/xuhuong thang 391")
	waitFor(t, "a trend chart and its line", func() bool {
		photo, line := false, false
		for _, m := range srv.Messages(hoa.u.ID)[from:] {
			if m.Method == "sendPhoto" {
				if m.PhotoType != "image/png" || !bytes.HasPrefix(m.PhotoData, []byte("\x89PNG\r\n\x1a\n")) {
					t.Fatalf("the trend chart URL gave %q, %d bytes", m.PhotoType, len(m.PhotoData))
				}
				photo = true
			}
			line = line || strings.Contains(m.Text+m.Caption, "📈")
		}
		return photo && line
	})
	export := hoa.say("/xuat thang 2026-11 391", "/files/")
	link := export.Text[strings.LastIndex(export.Text, "\n")+1:]
	if !strings.HasPrefix(link, "http://"+addr+"/files/") || !strings.HasSuffix(link, ".xlsx") || !strings.Contains(export.Text, "4 giờ") && !strings.Contains(export.Text, "giờ") {
		t.Fatalf("export message:\n%s", export.Text)
	}
	resp, err := http.Get(link)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !bytes.HasPrefix(body, []byte("PK\x03\x04")) || !strings.Contains(resp.Header.Get("Content-Disposition"), ".xlsx") {
		t.Fatalf("the export link gave %d %q, %d bytes", resp.StatusCode, resp.Header.Get("Content-Disposition"), len(body))
	}
	t.Logf("export link: %d, %s, %d bytes", resp.StatusCode, resp.Header.Get("Content-Disposition"), len(body))
	expired := 0
	waitFor(t, "the link expires", func() bool {
		resp, err := http.Get(link)
		if err != nil {
			return false
		}
		resp.Body.Close()
		expired = resp.StatusCode
		return resp.StatusCode != http.StatusOK
	})
	if expired != http.StatusGone {
		t.Errorf("an expired link answered %d, want 410", expired)
	}

	// Ready (the webhook is registered), and the metrics name the channel.
	for path, want := range map[string]string{"/readyz": "ready", "/metrics": `baocao_channel_messages_handled_total{channel="zalo"}`} {
		resp, err := http.Get("http://" + metrics + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Errorf("%s: %d, lacks %q:\n%.300s", path, resp.StatusCode, want, body)
		}
	}
	second.cmd.Process.Signal(syscall.SIGTERM)
	exited := make(chan error, 1)
	go func() { exited <- second.cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("exit after SIGTERM: %v\n%s", err, second.stderr)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the bot did not stop after SIGTERM")
	}

	// No message sent twice, nothing the bot sent was refused.
	seen := map[string]bool{}
	for _, m := range srv.Messages(lan.u.ID) {
		if seen[m.Text] {
			t.Errorf("sent twice: %q", m.Text)
		}
		seen[m.Text] = true
	}
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("the bot made %d invalid requests, first: %+v", len(v), v[0])
	}
	t.Logf("after --link-ttl 4s the link answers 410 Gone; %d messages to Lan, none twice; %d invalid requests", len(srv.Messages(lan.u.ID)), len(srv.Violations()))
	db, err := store.Open(data, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var secret string
	db.View(func(tx *store.Tx) error {
		hist, err := tx.History("thang", "2026-11", "15247")
		if err != nil || len(hist) != 1 {
			t.Fatalf("history: %v, %d versions; want exactly 1", err, len(hist))
		}
		if s := hist[0]; s.Channel != "zalo" || s.ByName != "Lan" || *s.Answers["ho_so_truc_tuyen"].Num != 150 || s.Answers["co_hoat_dong"].Bool == nil {
			t.Errorf("stored %+v", s)
		} else {
			t.Logf("stored once: thang 2026-11 15247 by %s on %s, ho_so_truc_tuyen=%v", s.ByName, s.Channel, *s.Answers["ho_so_truc_tuyen"].Num)
		}
		secret = tx.Meta("zalo_webhook_secret")
		return nil
	})
	for _, p := range []*botProcess{first, second} {
		if strings.Contains(p.stderr.String(), srv.Token()) || secret == "" || strings.Contains(p.stderr.String(), secret) {
			t.Errorf("the token or the webhook secret appears in the log:\n%s", p.stderr)
		}
	}
}
