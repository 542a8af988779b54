package bot

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/outbox"
	"github.com/baocao/baocao/bot/schedule"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

var errKilled = errors.New("killed")

// crashingStore commits the first `commits` write transactions, then runs
// the next one to its end and throws it away: the process died before the
// commit reached the disk. Every later write fails.
type crashingStore struct {
	store.Store
	mu      sync.Mutex
	commits int
}

func (c *crashingStore) Update(fn func(*store.Tx) error) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.commits <= 0 {
		return c.Store.Update(func(tx *store.Tx) error {
			if err := fn(tx); err != nil {
				return err
			}
			return errKilled // rolled back: as if killed before the commit
		})
	}
	c.commits--
	return c.Store.Update(fn)
}

// outboxByChat counts the waiting messages per chat.
func outboxByChat(t *testing.T, db store.Store) map[string]int {
	t.Helper()
	out := map[string]int{}
	db.View(func(tx *store.Tx) error {
		items, _ := tx.OutboxSince(0)
		for _, it := range items {
			var m channel.Outgoing
			if err := json.Unmarshal(it.Data, &m); err != nil {
				t.Fatal(err)
			}
			out[m.ChatID]++
		}
		return nil
	})
	return out
}

// TestFanoutSurvivesACrash: a fan-out of 5.000 reminders dies between two
// transactions, or inside one; after the restart every officer has
// exactly one reminder queued. The mark and the message commit together,
// so no crash point can leave one without the other.
func TestFanoutSurvivesACrash(t *testing.T) {
	const n = 5000
	cfg := FanoutConfig(t, n)
	for _, tc := range []struct {
		name    string
		crash   func(s *schedule.Scheduler, db *store.DB) store.Store
		wantErr bool
	}{
		{
			name: "killed between the fourth and fifth transactions",
			crash: func(s *schedule.Scheduler, db *store.DB) store.Store {
				SetAfterBatch(s, func(b int) error {
					if b == 3 {
						return errKilled
					}
					return nil
				})
				return db
			},
		},
		{
			name: "killed inside the seventh transaction, before its commit",
			crash: func(s *schedule.Scheduler, db *store.DB) store.Store {
				return &crashingStore{Store: db, commits: 6}
			},
		},
	} {
		t.Run("a fan-out "+tc.name+" resumes after the restart and reaches everyone exactly once", func(t *testing.T) {
			db := MustOpen(t)
			SeedPeople(t, db, "telegram", n)
			now := At("2026-12-17 08:00") // thang 2026-11: 3 days before the 20th
			first := (&App{Config: cfg, Now: func() time.Time { return now }, Log: discardLogger()}).Scheduler()
			first.Batch = 500
			first.Store = tc.crash(first, db)
			res, err := first.Tick(context.Background())
			if !errors.Is(err, errKilled) {
				t.Fatalf("first run: %v", err)
			}
			if res.Reminders == 0 || res.Reminders >= n {
				t.Fatalf("the crash left %d of %d reminders queued; want some but not all", res.Reminders, n)
			}
			// The restart: a new process, a minute later.
			now = now.Add(time.Minute)
			second := (&App{Store: db, Config: cfg, Now: func() time.Time { return now }, Log: discardLogger()}).Scheduler()
			second.Batch = 500
			res2, err := second.Tick(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if res.Reminders+res2.Reminders != n {
				t.Errorf("%d before the crash + %d after = %d, want %d", res.Reminders, res2.Reminders, res.Reminders+res2.Reminders, n)
			}
			byChat := outboxByChat(t, db)
			if len(byChat) != n {
				t.Errorf("%d chats have a reminder, want %d", len(byChat), n)
			}
			for chat, k := range byChat {
				if k != 1 {
					t.Errorf("chat %s has %d reminders", chat, k)
				}
			}
			if res3, _ := second.Tick(context.Background()); res3.Messages != 0 {
				t.Errorf("a third tick queued %d more", res3.Messages)
			}
		})
	}
}

// recordingChannel accepts everything and remembers it.
type recordingChannel struct {
	mu   sync.Mutex
	sent map[string]int
}

func (c *recordingChannel) Name() string { return "telegram" }
func (c *recordingChannel) Send(_ context.Context, m channel.Outgoing) error {
	c.mu.Lock()
	c.sent[m.ChatID]++
	c.mu.Unlock()
	return nil
}

func TestOutboxDeliversAQueuedFanoutOnce(t *testing.T) {
	t.Run("every queued reminder is sent once and removed from the store", func(t *testing.T) {
		const n = 2000
		db := MustOpen(t)
		SeedPeople(t, db, "telegram", n)
		now := At("2026-12-17 08:00")
		s := (&App{Store: db, Config: FanoutConfig(t, n), Now: func() time.Time { return now }, Log: discardLogger()}).Scheduler()
		if _, err := s.Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
		ch := &recordingChannel{sent: map[string]int{}}
		o := &outbox.Sender{Store: db, Channels: map[string]channel.Channel{"telegram": ch}, PerSecond: 1e6, PerChat: time.Millisecond}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { o.Run(ctx); close(done) }()
		o.WaitIdle(ctx)
		cancel()
		<-done
		if len(ch.sent) != n {
			t.Errorf("%d chats reached, want %d", len(ch.sent), n)
		}
		for chat, k := range ch.sent {
			if k != 1 {
				t.Errorf("chat %s got %d", chat, k)
			}
		}
		if left := outboxByChat(t, db); len(left) != 0 {
			t.Errorf("%d messages left in the outbox", len(left))
		}
	})
}

func TestSchedulerRun(t *testing.T) {
	t.Run("the scheduler ticks at start, so a restart catches up at once, and stops with its context", func(t *testing.T) {
		db := MustOpen(t)
		SeedPeople(t, db, "telegram", 3)
		now := At("2026-12-21 10:00") // thang 2026-11 is a day late
		s := (&App{Store: db, Config: FanoutConfig(t, 3), Now: func() time.Time { return now }, Log: discardLogger()}).Scheduler()
		s.Spec = "@every 1h"
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error)
		go func() { done <- s.Run(ctx) }()
		deadline := time.After(10 * time.Second)
		for len(outboxByChat(t, db)) < 4 { // three officers and the supervisor's digest
			select {
			case <-deadline:
				t.Fatalf("queued: %v", outboxByChat(t, db))
			case <-time.After(5 * time.Millisecond):
			}
		}
		cancel()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	})
	t.Run("a bad cron spec is an error", func(t *testing.T) {
		s := (&App{Store: MustOpen(t), Config: FanoutConfig(t, 1)}).Scheduler()
		s.Spec = "every minute"
		if err := s.Run(context.Background()); err == nil {
			t.Fatal("accepted")
		}
	})
}

func TestRemindersReport(t *testing.T) {
	db := MustOpen(t)
	SeedPeople(t, db, "telegram", 2)
	app := &App{Store: db, Config: FanoutConfig(t, 3)}
	t.Run("the report lists who would be reminded of what, and sends nothing", func(t *testing.T) {
		text, err := app.RemindersReport(At("2026-12-21 08:00"), true, locales.EN)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"2 reminders, 1 overdue lists", "C00001 Xã số 1", "reminder +1", "→ Cán bộ 1", "telegram:100001", "digest +1 (3 units)", "chưa có cán bộ báo cáo sử dụng hệ thống"} {
			if !strings.Contains(text, want) {
				t.Errorf("report lacks %q:\n%s", want, text)
			}
		}
		if n := len(outboxByChat(t, db)); n != 0 {
			t.Errorf("%d messages queued", n)
		}
	})
	t.Run("a running bot answers it over the admin socket", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		sock := filepath.Join(t.TempDir(), "admin.sock")
		if err := admin.Serve(ctx, sock, app.Admin); err != nil {
			t.Skip("no unix sockets here:", err)
		}
		resp, ok, err := admin.Ask(sock, admin.Request{Op: "reminders", At: At("2026-12-21 23:00")})
		if err != nil || !ok || !strings.Contains(resp.Text, "giờ nghỉ (21:00-07:00), không gửi gì") {
			t.Errorf("%+v %v %v", resp, ok, err)
		}
		resp, ok, err = admin.Ask(sock, admin.Request{Op: "reminders", At: At("2026-12-21 23:00"), Lang: "en"})
		if err != nil || !ok || !strings.Contains(resp.Text, "quiet hours (21:00-07:00), nothing goes out") {
			t.Errorf("%+v %v %v", resp, ok, err)
		}
	})
}
