package main

import (
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/telegramtest"
	"github.com/baocao/baocao/bot/webhook/webhooktest"
	"github.com/baocao/baocao/locales"
)

// The operator adds a receiver (the secret printed once, alone on the
// last line), starts the bot, and an officer's report reaches the
// receiver signed; list and log read it while the bot serves, and the
// secret is in none of their output nor in the bot's log.
func TestAReportReachesAWebhookReceiverFromTheRunningBot(t *testing.T) {
	bin := buildBinary(t)
	data := t.TempDir()
	// The bot runs at --now 2026-12-20 09:00; the receiver judges its
	// timestamps by the same shifted clock.
	start, _ := time.ParseInLocation("2006-01-02 15:04", "2026-12-20 09:00", locales.Zone)
	shift := time.Until(start)
	r := webhooktest.New(t, func() time.Time { return time.Now().Add(shift) })

	out, err := runBin(bin, nil, "webhooks", "add", r.URL(), "--events", "submission,revision", "--data", data)
	if err != nil {
		t.Fatalf("webhooks add: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	secret := lines[len(lines)-1]
	if !regexp.MustCompile(`^[0-9a-f]{64}$`).MatchString(secret) || !strings.Contains(out, "Đã thêm nơi nhận wh_") {
		t.Fatalf("webhooks add printed:\n%s\nwant the secret alone on the last line", out)
	}
	if strings.Count(out, secret) != 1 {
		t.Errorf("the secret is printed %d times", strings.Count(out, secret))
	}
	r.SetSecret(secret)
	if out, err := runBin(bin, nil, "webhooks", "add", "ftp://example.org", "--data", data); err == nil || !strings.Contains(out, "không phải là một địa chỉ") {
		t.Errorf("an ftp URL was taken: %v\n%s", err, out)
	}

	srv := telegramtest.New(telegramtest.Options{})
	defer srv.Close()
	bot := startBot(t, bin, data, srv)
	waitFor(t, "the bot polls", func() bool { return srv.Requests("getUpdates") > 0 })
	out, err = runBin(bin, nil, "invite", "--unit", "15187", "--data", data)
	if err != nil {
		t.Fatalf("invite: %v\n%s", err, out)
	}
	officer := telegramtest.User{ID: 4343, FirstName: "Lan", LanguageCode: "vi"}
	srv.SendText(officer, "/start "+strings.SplitN(out, "\n", 2)[0])
	srv.SendText(officer, "/nhanh tin=12 hs=200 tt=150 hd=khong kien_nghi=Không")
	srv.SendText(officer, "gửi")
	waitFor(t, "the receiver gets the report", func() bool { return len(r.Delivered()) == 1 })
	got := r.Delivered()[0]
	if got.Body.Event != "submission" || got.Sub.Unit != "15187" || got.Sub.Version != 1 || got.Sub.Answers["tin_cds"] != 12.0 {
		t.Errorf("delivered %+v %+v", got.Body, got.Sub)
	}

	for _, args := range [][]string{{"list"}, {"log"}} {
		out, err := runBin(bin, nil, append(append([]string{"webhooks"}, args...), "--data", data)...)
		if err != nil || !strings.Contains(out, r.URL()) || strings.Contains(out, secret) {
			t.Errorf("webhooks %s while serving: %v\n%s", args[0], err, out)
		}
		if args[0] == "log" && !strings.Contains(out, "đã nhận (HTTP 200)") {
			t.Errorf("log:\n%s", out)
		}
	}
	bot.cmd.Process.Signal(syscall.SIGTERM)
	bot.cmd.Wait()
	if strings.Contains(bot.stderr.String(), secret) {
		t.Errorf("the secret is in the bot's log")
	}
}
