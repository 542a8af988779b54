package main

import (
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/telegramtest"
)

// A real full disk, with the real binary: opt-in, since making a small
// filesystem needs root. Give it one:
//
//	mount -t tmpfs -o size=3m tmpfs /mnt/small
//	BAOCAO_SMALL_FS=/mnt/small go test ./cmd/baocao -run RealFullDisk -v
//
// Forty officers link their accounts and write while the disk is full (0
// bytes free, a filler file taking the rest): no update is confirmed, each
// officer whose message the bot read is told once that it is kept, /readyz
// says the disk is full; once the filler is deleted every message is
// handled. (bot/unsaved_test.go checks the same with the failure injected
// at the commit, in every run.)
func TestARealFullDiskLosesNothing(t *testing.T) {
	dir := os.Getenv("BAOCAO_SMALL_FS")
	if dir == "" {
		t.Skip("set BAOCAO_SMALL_FS to a small filesystem (a tmpfs of a few MB) to run")
	}
	bin := buildBinary(t)
	srv := telegramtest.New(telegramtest.Options{})
	defer srv.Close()
	data := filepath.Join(dir, "data")
	os.RemoveAll(data)
	metrics := freeAddr(t)
	cmd := exec.Command(bin, "serve", "--sample", "thach-thanh", "--data", data, "--now", "2026-12-20 09:00", "--metrics", metrics)
	cmd.Env = append(os.Environ(), "TELEGRAM_BOT_TOKEN="+srv.Token(), "TELEGRAM_API_ENDPOINT="+srv.Endpoint(), "ZALO_BOT_TOKEN=")
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	waitFor(t, "the bot polls", func() bool { return srv.Requests("getUpdates") > 0 })
	var codes []string
	for range 40 {
		codes = append(codes, inviteCode(t, bin, data, "15247", "officer"))
	}
	filler := filepath.Join(dir, "filler")
	f, err := os.Create(filler)
	if err != nil {
		t.Fatal(err)
	}
	defer os.Remove(filler)
	for buf := make([]byte, 4096); ; {
		if _, err := f.Write(buf); err != nil {
			break // 0 bytes free
		}
	}
	f.Close()
	officer := func(i int) telegramtest.User {
		return telegramtest.User{ID: int64(7000 + i), FirstName: "Cán bộ", LanguageCode: "vi"}
	}
	for i, c := range codes {
		srv.SendText(officer(i), "/start "+c)
		srv.SendText(officer(i), "/baocao")
		srv.SendText(officer(i), "/toila")
	}
	readyz := func() string {
		resp, err := http.Get("http://" + metrics + "/readyz")
		if err != nil {
			return err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	waitFor(t, "/readyz says the disk is full", func() bool { return strings.Contains(readyz(), "the disk is full") })
	time.Sleep(3 * time.Second) // tries go on; nobody is told twice
	told := 0
	for i := range codes {
		notes := 0
		for _, m := range srv.Messages(officer(i).ID) {
			if strings.Contains(m.Text, "sẽ được xử lý") {
				notes++
			} else {
				t.Errorf("officer %d read %q while the disk was full", i, m.Text)
			}
		}
		if notes > 1 {
			t.Errorf("officer %d was told %d times", i, notes)
		}
		told += notes
	}
	if told == 0 || srv.PendingUpdates() != 3*len(codes) {
		t.Fatalf("%d officers told, %d updates pending (want all %d unconfirmed)", told, srv.PendingUpdates(), 3*len(codes))
	}
	os.Remove(filler) // space returns
	waitFor(t, "every officer linked", func() bool {
		for i := range codes {
			linked := false
			for _, m := range srv.Messages(officer(i).ID) {
				linked = linked || strings.Contains(m.Text, "Tài khoản đã được kích hoạt cho xã Thành Tâm")
			}
			if !linked {
				return false
			}
		}
		return true
	})
	waitFor(t, "nothing pending", func() bool { return srv.PendingUpdates() == 0 })
	if !strings.Contains(stderr.String(), "the disk is full") || !strings.Contains(stderr.String(), "the store saves again") {
		t.Errorf("the log does not tell the spell:\n%s", stderr.String())
	}
	t.Logf("%d of %d officers told while the disk was full (the others' messages were past the first getUpdates batch)", told, len(codes))
}
