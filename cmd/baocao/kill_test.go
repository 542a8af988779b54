package main

// A real SIGKILL in the middle of a fan-out: the binary runs against the
// strict fake Bot API server, is killed while sending 5.000 reminders, and
// restarted. Every officer must get the reminder; the only repeats allowed
// are the outbox's window (sends Telegram accepted whose removal had not
// committed at the kill), which this test measures and bounds.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/telegramtest"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

func TestSIGKILLDuringAFanout(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and sends 5.000 messages")
	}
	const n = 5000
	dir := t.TempDir()
	bin := filepath.Join(dir, "baocao")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	// The configuration: n communes, a monthly form, a ladder.
	var b strings.Builder
	b.WriteString("units:\n  - code: \"391\"\n    name: Huyện\n    children:\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "      - {code: \"C%05d\", name: \"Xã %d\"}\n", i, i)
	}
	b.WriteString(`forms:
  - id: thang
    title: {vi: "Báo cáo tháng", en: "Monthly report"}
    period: month
    open_days: 5
    deadline_days: 20
    lock_days: 30
    questions:
      - {id: so, type: integer, label: {vi: "Số?", en: "Number?"}}
reminders:
  ladders:
    - form: thang
      rungs: [-3, -1, 0, 1, 3]
`)
	cfgPath := filepath.Join(dir, "fanout.yaml")
	if err := os.WriteFile(cfgPath, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "data")
	srv := telegramtest.New(telegramtest.Options{})
	defer srv.Close()
	db, err := store.Open(data, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *store.Tx) error {
		for i := 1; i <= n; i++ {
			chat := int64(100000 + i)
			srv.RegisterUser(telegramtest.User{ID: chat})
			p := &flows.Person{ID: "o" + strconv.Itoa(i), Name: "Cán bộ", Lang: "vi", Links: []flows.Link{{Unit: fmt.Sprintf("C%05d", i), Role: flows.Officer}}}
			if err := tx.PutPerson(p); err != nil {
				return err
			}
			if err := tx.Link(store.Identity{Channel: "telegram", ChatID: strconv.FormatInt(chat, 10)}, p.ID); err != nil {
				return err
			}
		}
		return nil
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	start := func() *exec.Cmd {
		cmd := exec.Command(bin, "serve", "--config", cfgPath, "--data", data, "--now", "2026-12-17 08:00", "--send-rate", "1000", "--chat-gap", "1ms", "--log-level", "warn")
		cmd.Env = append(os.Environ(), "TELEGRAM_BOT_TOKEN="+srv.Token(), "TELEGRAM_API_ENDPOINT="+srv.Endpoint())
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	waitSent := func(atLeast int, d time.Duration) {
		deadline := time.Now().Add(d)
		for srv.Stats().Sent < atLeast {
			if time.Now().After(deadline) {
				t.Fatalf("only %d sent, waited for %d", srv.Stats().Sent, atLeast)
			}
			time.Sleep(2 * time.Millisecond)
		}
	}

	first := start()
	waitSent(n/5, 60*time.Second)
	first.Process.Signal(syscall.SIGKILL)
	first.Wait()
	atKill := srv.Stats().Sent
	t.Logf("killed after %d of %d reminders were sent", atKill, n)

	second := start()
	distinct := func() int {
		k := 0
		for i := 1; i <= n; i++ {
			if len(srv.Messages(int64(100000+i))) > 0 {
				k++
			}
		}
		return k
	}
	deadline := time.Now().Add(60 * time.Second)
	for distinct() < n && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // anything more would be a repeat
	second.Process.Signal(syscall.SIGTERM)
	second.Wait()

	total, got := srv.Stats().Sent, distinct()
	repeats := total - got
	t.Logf("after the restart: %d officers reached, %d messages, %d repeats", got, total, repeats)
	if got != n {
		t.Errorf("%d of %d officers got their reminder", got, n)
	}
	// The outbox's window: the sends in flight (8 workers), the results on
	// their way to the recorder (16) and the sent messages whose strike has
	// not committed (the sender starts nothing new past 32 of those).
	if repeats > 64 {
		t.Errorf("%d reminders were sent twice; the crash window should be a few sends", repeats)
	}
	for i := 1; i <= n; i++ {
		if k := len(srv.Messages(int64(100000 + i))); k > 2 {
			t.Errorf("officer %d got %d messages", i, k)
		}
	}
}
