package main

// The operator's side of damage found in the middle of the file, and of
// scheduled backups, with the real binary.

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/telegramtest"
	"github.com/baocao/baocao/store"
)

func TestServeRefusesAFileDamagedMidFileNamingTheLatestGoodBackup(t *testing.T) {
	bin := buildBinary(t)
	data, backups := t.TempDir(), t.TempDir()
	db, err := store.Open(data, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *store.Tx) error {
		for i := range 3000 {
			tx.SetMeta(fmt.Sprintf("k%04d", i), strings.Repeat("x", 100))
		}
		return nil
	})
	older, newer := filepath.Join(backups, "baocao-20261218-020000.db"), filepath.Join(backups, "baocao-20261219-020000.db")
	db.Backup(older)
	db.Backup(newer)
	db.Close()
	os.WriteFile(filepath.Join(backups, "baocao-20261220-020000.db"), []byte("torn"), 0o600) // not a good one
	// Random bytes over the pages that hold k1500, size unchanged, the
	// meta pages intact: bbolt opens it.
	path := filepath.Join(data, store.FileName)
	raw, _ := os.ReadFile(path)
	n := 0
	for off := 8192; off+4096 <= len(raw); off += 4096 {
		if bytes.Contains(raw[off:off+4096], []byte("k1500")) {
			for i := range 4096 {
				raw[off+i] = byte(i*131 + 17)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no page holds k1500")
	}
	os.WriteFile(path, raw, 0o600)
	out, err := runBin(bin, []string{"TELEGRAM_BOT_TOKEN=1:x", "TELEGRAM_API_ENDPOINT=http://127.0.0.1:1/bot%s/%s"},
		"serve", "--data", data, "--backup-dir", backups)
	if err == nil {
		t.Fatalf("serve on a damaged file started:\n%s", out)
	}
	if !strings.Contains(out, "bị hỏng") || !strings.Contains(out, "baocao restore "+newer+" --data "+data) {
		t.Errorf("the message does not name the latest good backup (%s):\n%s", newer, out)
	}
	if strings.Contains(out, "panic") || strings.Contains(out, "goroutine ") || strings.Contains(out, "baocao is serving") {
		t.Errorf("served or panicked:\n%s", out)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, raw) {
		t.Error("the damaged file was written to")
	}
	out, err = runBin(bin, nil, "restore", newer, "--data", data)
	if err != nil {
		t.Fatalf("restore: %v\n%s", err, out)
	}
	if db, err := store.Open(data, time.Second); err != nil || db.Check() != nil {
		t.Fatalf("after the restore: %v", err)
	} else {
		db.Close()
	}
}

func TestServeWritesScheduledBackups(t *testing.T) {
	bin := buildBinary(t)
	srv := telegramtest.New(telegramtest.Options{})
	defer srv.Close()
	data, backups, metrics := t.TempDir(), filepath.Join(t.TempDir(), "b"), freeAddr(t)
	cmd := exec.Command(bin, "serve", "--data", data, "--backup-dir", backups, "--backup-every", "1m", "--backup-keep", "2", "--metrics", metrics)
	cmd.Env = append(os.Environ(), "TELEGRAM_BOT_TOKEN="+srv.Token(), "TELEGRAM_API_ENDPOINT="+srv.Endpoint(), "ZALO_BOT_TOKEN=")
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	// The first backup is written at once (none in the directory yet).
	waitFor(t, "the first scheduled backup", func() bool { return len(backupsIn(backups)) == 1 })
	if err := store.CheckBackup(backupsIn(backups)[0]); err != nil {
		t.Errorf("the scheduled backup does not open: %v", err)
	}
	waitFor(t, "its log line", func() bool { return strings.Contains(stderr.String(), "backups: written and checked") })
	waitFor(t, "readyz", func() bool {
		resp, err := http.Get("http://" + metrics + "/readyz")
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode == 200 && strings.TrimSpace(string(body)) == "ready"
	})
	// Invalid schedules are refused in the operator's language.
	out, err := runBin(bin, []string{"TELEGRAM_BOT_TOKEN=1:x"}, "serve", "--data", t.TempDir(), "--backup-dir", backups, "--backup-every", "10s")
	if err == nil || !strings.Contains(out, "Lịch sao lưu chưa hợp lệ") {
		t.Errorf("--backup-every 10s: %v\n%s", err, out)
	}
}

// Pages damaged while the bot serves (a disk fault under a running bot):
// the officer who writes is told once that the message is kept, the log
// names the restore command with the scheduled backup, /readyz fails, no
// panic; after the operator stops the bot, restores and starts it, the
// message kept at Telegram is handled.
func TestDamageMetWhileServingIsRestoredAndTheMessageKeptIsHandled(t *testing.T) {
	bin := buildBinary(t)
	srv := telegramtest.New(telegramtest.Options{})
	defer srv.Close()
	data, backups, metrics := t.TempDir(), filepath.Join(t.TempDir(), "b"), freeAddr(t)
	code := inviteCode(t, bin, data, "15247", "officer") // before the bot: in the first backup
	start := func() (*exec.Cmd, *lockedBuffer) {
		cmd := exec.Command(bin, "serve", "--sample", "thach-thanh", "--data", data, "--backup-dir", backups, "--metrics", metrics)
		cmd.Env = append(os.Environ(), "TELEGRAM_BOT_TOKEN="+srv.Token(), "TELEGRAM_API_ENDPOINT="+srv.Endpoint(), "ZALO_BOT_TOKEN=")
		var stderr lockedBuffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
		return cmd, &stderr
	}
	bot, log := start()
	waitFor(t, "the first scheduled backup", func() bool { return len(backupsIn(backups)) == 1 })
	waitFor(t, "the bot polls", func() bool { return srv.Requests("getUpdates") > 0 })
	good := backupsIn(backups)[0]

	path := filepath.Join(data, store.FileName)
	raw, _ := os.ReadFile(path)
	f, _ := os.OpenFile(path, os.O_WRONLY, 0)
	n := 0
	for off := 8192; off+4096 <= len(raw); off += 4096 {
		if bytes.Contains(raw[off:off+4096], []byte(code)) {
			f.WriteAt(bytes.Repeat([]byte{0xa5}, 4096), int64(off))
			n++
		}
	}
	f.Close()
	if n == 0 {
		t.Fatal("no page holds the invite")
	}
	officer := telegramtest.User{ID: 6262, FirstName: "Thu", LanguageCode: "vi"}
	srv.SendText(officer, "/start "+code)
	waitFor(t, "the officer is told the message is kept", func() bool {
		ms := srv.Messages(officer.ID)
		return len(ms) > 0 && strings.Contains(ms[0].Text, "sẽ được xử lý")
	})
	srv.SendText(officer, "/toila")
	waitFor(t, "the log names the restore", func() bool {
		return strings.Contains(log.String(), "baocao restore "+good+" --data "+data)
	})
	resp, err := http.Get("http://" + metrics + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 503 || !strings.Contains(string(body), "damaged") {
		t.Errorf("readyz: %d %s", resp.StatusCode, body)
	}
	time.Sleep(2 * time.Second)
	if ms := srv.Messages(officer.ID); len(ms) != 1 {
		t.Errorf("the officer read %d messages, want the one note", len(ms))
	}
	if srv.PendingUpdates() != 2 {
		t.Errorf("%d updates pending, want both kept", srv.PendingUpdates())
	}
	if strings.Contains(log.String(), "panic") || strings.Contains(log.String(), "goroutine ") {
		t.Errorf("the bot panicked:\n%s", log)
	}
	bot.Process.Signal(syscall.SIGTERM)
	bot.Wait()
	if out, err := runBin(bin, nil, "restore", good, "--data", data); err != nil {
		t.Fatalf("restore: %v\n%s", err, out)
	}
	_, log2 := start()
	defer func() {
		if t.Failed() {
			t.Logf("after the restore:\n%s\nmessages: %+v", log2, srv.Messages(officer.ID))
		}
	}()
	waitFor(t, "the kept /start is handled after the restore", func() bool {
		for _, m := range srv.Messages(officer.ID) {
			if strings.Contains(m.Text, "Tài khoản đã được kích hoạt cho xã Thành Tâm") {
				return true
			}
		}
		return false
	})
	waitFor(t, "nothing pending", func() bool { return srv.PendingUpdates() == 0 })
}

// lockedBuffer is a process's stderr that a test reads while the process
// still writes it (exec copies into it from its own goroutine).
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
