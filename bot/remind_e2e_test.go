package bot_test

// End-to-end tests of reminders through the real Telegram adapter against
// the strict fake Bot API server: a controllable clock drives the
// scheduler; what people receive is read from the fake server.

import (
	"context"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/outbox"
	"github.com/baocao/baocao/bot/schedule"
	"github.com/baocao/baocao/bot/telegram"
	"github.com/baocao/baocao/bot/telegramtest"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

type harness struct {
	srv    *telegramtest.Server
	db     *store.DB
	app    *bot.App
	outbox *outbox.Sender
	sched  *schedule.Scheduler
	tg     *telegram.Channel

	mu  sync.Mutex
	now time.Time
	// drain bounds how long idle waits for the outbox.
	drain time.Duration
}

func (h *harness) clock() time.Time { h.mu.Lock(); defer h.mu.Unlock(); return h.now }

func (h *harness) set(s string) {
	h.mu.Lock()
	h.now = bot.At(s)
	h.mu.Unlock()
}

// tick sets the clock, runs the scheduler and waits until the outbox has
// sent everything.
func (h *harness) tick(t *testing.T, at string) schedule.TickResult {
	t.Helper()
	h.set(at)
	res, err := h.sched.Tick(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	h.idle(t)
	return res
}

func (h *harness) idle(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), max(h.drain, 60*time.Second))
	defer cancel()
	h.outbox.WaitIdle(ctx)
	if ctx.Err() != nil {
		t.Fatal("the outbox did not drain")
	}
}

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// newHarness starts a fake server, the Telegram adapter, the outbox and the
// poller, with n communes each with one officer and a district supervisor.
func newHarness(t testing.TB, n int, opts telegramtest.Options, perSecond float64, perChat time.Duration, configure ...func(*outbox.Sender)) *harness {
	srv := telegramtest.New(opts)
	t.Cleanup(srv.Close)
	for i := 1; i <= n; i++ {
		srv.RegisterUser(telegramtest.User{ID: bot.OfficerChat(i), FirstName: "Cán bộ " + strconv.Itoa(i), LanguageCode: "vi"})
	}
	srv.RegisterUser(telegramtest.User{ID: bot.SupervisorChat, FirstName: "Giám sát", LanguageCode: "vi"})
	tg, err := telegram.New(srv.Token(), srv.Endpoint(), quietLog())
	if err != nil {
		t.Fatal(err)
	}
	db := bot.MustOpen(t)
	bot.SeedPeople(t, db, telegram.Name, n)
	h := &harness{srv: srv, db: db, tg: tg}
	h.outbox = &outbox.Sender{Store: db, Channels: map[string]channel.Channel{telegram.Name: tg}, Log: quietLog(), PerSecond: perSecond, PerChat: perChat}
	for _, c := range configure {
		c(h.outbox)
	}
	h.app = &bot.App{Store: db, Config: bot.FanoutConfig(t, n), Now: h.clock, Log: quietLog(), Wake: h.outbox.Wake}
	h.sched = h.app.Scheduler()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); h.outbox.Run(ctx) }()
	go func() { defer wg.Done(); tg.Poll(ctx, 0, h.app.Batch(telegram.Name)) }()
	t.Cleanup(func() { cancel(); wg.Wait() })
	return h
}

// fast is an outbox rate for tests that do not measure it.
const fast, fastGap = 1000.0, time.Millisecond

func texts(ms []telegramtest.Message) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text)
	}
	return out
}

func TestRemindersEndToEnd(t *testing.T) {
	h := newHarness(t, 3, telegramtest.Options{GlobalPerSecond: 30, PerChatPerSecond: 1}, 30, time.Second)
	got := func(i int) []string { return texts(h.srv.Messages(bot.OfficerChat(i))) }
	sup := func() []string { return texts(h.srv.Messages(bot.SupervisorChat)) }

	t.Run("nothing goes before the first rung", func(t *testing.T) {
		h.tick(t, "2026-12-17 07:59")
		if n := h.srv.Stats().Sent; n != 0 {
			t.Fatalf("%d messages sent", n)
		}
	})
	t.Run("three days before the deadline every officer is reminded once", func(t *testing.T) {
		h.tick(t, "2026-12-17 08:00")
		h.tick(t, "2026-12-17 08:01") // a second tick sends nothing more
		for i := 1; i <= 3; i++ {
			if g := got(i); len(g) != 1 || !strings.Contains(g[0], "còn 3 ngày") {
				t.Errorf("officer %d got %q", i, g)
			}
		}
		m, _ := h.srv.LastMessage(bot.OfficerChat(1))
		if len(m.Buttons) != 1 || m.Buttons[0][0].Data != "/baocao thang 2026-11" {
			t.Errorf("buttons = %+v", m.Buttons)
		}
	})
	t.Run("a commune that submits drops out of the ladder", func(t *testing.T) {
		err := h.db.Update(func(tx *store.Tx) error {
			return tx.PutSubmission(&flows.Submission{Form: "thang", Period: "2026-11", Unit: bot.CommuneCode(1), By: "o1", At: h.clock(),
				Answers: map[string]flows.Value{}})
		})
		if err != nil {
			t.Fatal(err)
		}
		h.tick(t, "2026-12-19 08:00")
		if len(got(1)) != 1 || len(got(2)) != 2 || len(got(3)) != 2 {
			t.Errorf("counts: %d %d %d", len(got(1)), len(got(2)), len(got(3)))
		}
	})
	t.Run("a draft is offered to be continued", func(t *testing.T) {
		// Officer 2 presses the reminder's button: the report starts, a draft.
		m, _ := h.srv.LastMessage(bot.OfficerChat(2))
		if _, err := h.srv.PressButton(telegramtest.User{ID: bot.OfficerChat(2)}, m.ID, m.Buttons[0][0].Data); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := h.srv.WaitMessages(ctx, bot.OfficerChat(2), 4); err != nil {
			t.Fatalf("the button did not start the report: %v %q", err, got(2))
		}
		h.tick(t, "2026-12-20 07:30")
		g := got(2)
		if last := g[len(g)-1]; !strings.Contains(last, "đang điền dở") || !strings.Contains(last, "hết ngày hôm nay (20/12/2026)") {
			t.Errorf("officer 2's last message: %q", last)
		}
		if m, _ := h.srv.LastMessage(bot.OfficerChat(2)); m.Buttons[0][0].Text != "Điền tiếp báo cáo" {
			t.Errorf("button %+v", m.Buttons)
		}
	})
	t.Run("nothing goes at night; the overdue rung goes at 08:00 with one digest", func(t *testing.T) {
		before := h.srv.Stats().Sent
		h.tick(t, "2026-12-20 23:00")
		h.tick(t, "2026-12-21 06:59")
		if n := h.srv.Stats().Sent; n != before {
			t.Fatalf("%d messages at night", n-before)
		}
		h.tick(t, "2026-12-21 08:00")
		if s := sup(); len(s) != 1 || !strings.Contains(s[0], "còn 2 đơn vị chưa nộp") || !strings.Contains(s[0], "Xã số 2 (C00002): đang điền dở") {
			t.Errorf("supervisor got %q", s)
		}
		if g := got(3); !strings.Contains(g[len(g)-1], "quá hạn 1 ngày") {
			t.Errorf("officer 3: %q", g)
		}
		if len(got(1)) != 1 {
			t.Errorf("officer 1, who submitted, got %q", got(1))
		}
	})
	t.Run("a supervisor reminds one commune by hand after confirming, once however often they press", func(t *testing.T) {
		before := len(got(3))
		h.srv.SendText(telegramtest.User{ID: bot.SupervisorChat}, "/nhac "+bot.CommuneCode(3))
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		ms, err := h.srv.WaitMessages(ctx, bot.SupervisorChat, 2)
		if err != nil {
			t.Fatal(err)
		}
		confirm := ms[1]
		if !strings.Contains(confirm.Text, "1 đơn vị chưa nộp") || len(confirm.Buttons) != 2 {
			t.Fatalf("confirmation: %q %+v", confirm.Text, confirm.Buttons)
		}
		for range 2 {
			if _, err := h.srv.PressButton(telegramtest.User{ID: bot.SupervisorChat}, confirm.ID, confirm.Buttons[0][0].Data); err != nil {
				t.Fatal(err)
			}
		}
		ms, err = h.srv.WaitMessages(ctx, bot.SupervisorChat, 4)
		if err != nil {
			t.Fatal(err)
		}
		h.idle(t)
		if !strings.Contains(ms[2].Text, "Đã gửi lời nhắc tới 1 đơn vị (1 người nhận)") || !strings.Contains(ms[3].Text, "đã được gửi.") {
			t.Errorf("replies: %q / %q", ms[2].Text, ms[3].Text)
		}
		if g := got(3); len(g) != before+1 || !strings.Contains(g[len(g)-1], "cán bộ theo dõi") {
			t.Errorf("officer 3 got %d new: %q", len(g)-before, g[len(g)-1])
		}
	})
	t.Run("a confirmation button pressed after an hour is refused", func(t *testing.T) {
		before := len(h.srv.Messages(bot.SupervisorChat))
		h.srv.SendText(telegramtest.User{ID: bot.SupervisorChat}, "/nhac")
		ms, err := h.srv.WaitMessagesFor(10*time.Second, bot.SupervisorChat, before+1)
		if err != nil {
			t.Fatal(err)
		}
		confirm := ms[before]
		if len(confirm.Buttons) != 2 {
			t.Fatalf("not a confirmation: %q", confirm.Text)
		}
		sent := h.srv.Stats().Sent
		h.set("2026-12-21 10:01")
		if _, err := h.srv.PressButton(telegramtest.User{ID: bot.SupervisorChat}, confirm.ID, confirm.Buttons[0][0].Data); err != nil {
			t.Fatal(err)
		}
		ms, err = h.srv.WaitMessagesFor(10*time.Second, bot.SupervisorChat, len(h.srv.Messages(bot.SupervisorChat))+1)
		if err != nil {
			t.Fatal(err)
		}
		h.idle(t)
		if last := ms[len(ms)-1].Text; !strings.Contains(last, "quá một giờ") || h.srv.Stats().Sent != sent+1 {
			t.Errorf("%q; %d sent", last, h.srv.Stats().Sent-sent)
		}
	})
	t.Run("/hanchot tells each officer where their unit stands, and the supervisor how many reported", func(t *testing.T) {
		for _, tc := range []struct {
			chat int64
			want string
		}{
			{bot.OfficerChat(1), "✅ đã nộp lúc"},
			{bot.OfficerChat(2), "✏️ đang điền dở (0/1 câu)"},
			{bot.OfficerChat(3), "⚠️ chưa nộp, đã quá hạn 1 ngày"},
			{bot.SupervisorChat, "Báo cáo hoạt động tháng 11/2026, đã quá hạn nộp (20/12/2026): 1/3 đơn vị đã nộp"},
		} {
			before := len(h.srv.Messages(tc.chat))
			h.srv.SendText(telegramtest.User{ID: tc.chat}, "/hanchot")
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			ms, err := h.srv.WaitMessages(ctx, tc.chat, before+1)
			cancel()
			if err != nil {
				t.Fatal(err)
			}
			if last := ms[len(ms)-1].Text; !strings.Contains(last, tc.want) || !strings.Contains(last, "20/12/2026") {
				t.Errorf("chat %d: %q, want %q", tc.chat, last, tc.want)
			}
		}
	})
	for _, v := range h.srv.Violations() {
		// The double press above races the adapter's removal of the used
		// keyboard: the second removal is "not modified", which the real
		// Bot API answers too and the adapter ignores.
		if !strings.Contains(v.Description, "message is not modified") {
			t.Errorf("the bot broke the Bot API: %+v", v)
		}
	}
	if s := h.srv.Stats(); s.TooMany429 != 0 {
		t.Errorf("%d answers 429", s.TooMany429)
	}
}

// TestSendingFailures: a 429 storm pauses everything for retry_after and
// loses nothing; a 403 marks the person unreachable and is not retried.
func TestSendingFailures(t *testing.T) {
	t.Run("a 429 storm pauses all sending for retry_after and loses nothing", func(t *testing.T) {
		const n = 60
		// Send by send (one worker): with several, a send already on its
		// way when a 429 arrives cannot be called back, so "no send starts
		// after a 429" holds only up to the sends in flight.
		rec := &timingChannel{}
		h := newHarness(t, n, telegramtest.Options{}, fast, fastGap, func(o *outbox.Sender) {
			o.Workers = 1
			rec.Channel = o.Channels[telegram.Name]
			o.Channels[telegram.Name] = rec
		})
		h.srv.Inject("sendMessage", telegramtest.TooManyRequests(1).Times(3))
		h.tick(t, "2026-12-17 08:00")
		for i := 1; i <= n; i++ {
			if k := len(h.srv.Messages(bot.OfficerChat(i))); k != 1 {
				t.Errorf("officer %d got %d messages", i, k)
			}
		}
		if s := h.outbox.Stats(); s.Throttled != 3 || s.Sent != n {
			t.Errorf("outbox stats %+v", s)
		}
		// After each 429 no send started before retry_after had passed.
		for _, gap := range rec.gapsAfterThrottle() {
			if gap < time.Second {
				t.Errorf("a send started %v after a 429 asking for 1s", gap)
			}
		}
	})
	t.Run("a 429 storm with eight workers in flight loses nothing and sends nothing twice", func(t *testing.T) {
		const n = 200
		h := newHarness(t, n, telegramtest.Options{}, fast, fastGap)
		h.srv.Inject("sendMessage", telegramtest.TooManyRequests(1).Times(8))
		h.tick(t, "2026-12-17 08:00")
		for i := 1; i <= n; i++ {
			if k := len(h.srv.Messages(bot.OfficerChat(i))); k != 1 {
				t.Errorf("officer %d got %d messages", i, k)
			}
		}
		if s := h.outbox.Stats(); s.Throttled < 1 || s.Sent != n || s.Dropped != 0 {
			t.Errorf("outbox stats %+v", s)
		}
	})
	t.Run("server errors are retried with backoff until the message goes", func(t *testing.T) {
		const n = 4
		h := newHarness(t, n, telegramtest.Options{}, fast, fastGap)
		h.srv.Inject("sendMessage", telegramtest.ServerError().Times(2))
		h.tick(t, "2026-12-17 08:00")
		for i := 1; i <= n; i++ {
			if k := len(h.srv.Messages(bot.OfficerChat(i))); k != 1 {
				t.Errorf("officer %d got %d messages", i, k)
			}
		}
		if s := h.outbox.Stats(); s.Retried != 2 || s.Sent != n || s.Dropped != 0 {
			t.Errorf("outbox stats %+v", s)
		}
	})
	t.Run("a reply overtakes a fan-out still being sent", func(t *testing.T) {
		const n = 100
		h := newHarness(t, n, telegramtest.Options{}, 50, fastGap) // 2 s of bulk
		h.set("2026-12-17 08:00")
		if _, err := h.sched.Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
		h.srv.SendText(telegramtest.User{ID: bot.SupervisorChat}, "/hanchot")
		if _, err := h.srv.WaitMessagesFor(10*time.Second, bot.SupervisorChat, 1); err != nil {
			t.Fatal(err)
		}
		if sent := h.srv.Stats().Sent; sent >= n {
			t.Errorf("the reply came after all %d reminders", sent-1)
		}
		h.idle(t)
	})
	t.Run("a person who blocked the bot is marked unreachable, not retried, and named in the next digest", func(t *testing.T) {
		const n = 5
		h := newHarness(t, n, telegramtest.Options{}, fast, fastGap)
		h.srv.Block(bot.OfficerChat(2))
		h.tick(t, "2026-12-17 08:00")
		if s := h.srv.Stats(); s.Forbidden403 != 1 {
			t.Errorf("%d answers 403, want 1 (no retry)", s.Forbidden403)
		}
		var p *flows.Person
		h.db.View(func(tx *store.Tx) error { p, _ = tx.Person("o2"); return nil })
		if !p.Unreachable {
			t.Fatal("officer 2 is not marked unreachable")
		}
		var under []*flows.Person
		h.db.View(func(tx *store.Tx) (err error) { under, err = tx.UnreachableUnder(h.app.Config.Units, "391"); return })
		if len(under) != 1 || under[0].ID != "o2" {
			t.Errorf("UnreachableUnder = %v", under)
		}
		h.tick(t, "2026-12-19 08:00")
		if s := h.srv.Stats(); s.Forbidden403 != 1 {
			t.Errorf("officer 2 was tried again: %d answers 403", s.Forbidden403)
		}
		h.tick(t, "2026-12-21 08:00")
		m, _ := h.srv.LastMessage(bot.SupervisorChat)
		if !strings.Contains(m.Text, "không liên lạc được với Cán bộ 2") || !strings.Contains(m.Text, "Đề nghị liên hệ trực tiếp") {
			t.Errorf("digest: %q", m.Text)
		}
	})
}

// timingChannel records when each send started and which ones were throttled.
type timingChannel struct {
	channel.Channel
	mu     sync.Mutex
	starts []time.Time
	thr    []time.Time
}

func (c *timingChannel) Send(ctx context.Context, m channel.Outgoing) error {
	start := time.Now()
	err := c.Channel.Send(ctx, m)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.starts = append(c.starts, start)
	if se := channel.AsSendError(err); err != nil && se.Kind == channel.Throttled {
		c.thr = append(c.thr, time.Now())
	}
	return err
}

// gapsAfterThrottle is, for each 429, the time to the next send started
// after it.
func (c *timingChannel) gapsAfterThrottle() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []time.Duration
	for _, th := range c.thr {
		next := time.Duration(-1)
		for _, s := range c.starts {
			if s.After(th) && (next < 0 || s.Sub(th) < next) {
				next = s.Sub(th)
			}
		}
		if next >= 0 {
			out = append(out, next)
		}
	}
	return out
}

// TestFanoutThroughput sends a fan-out through the real adapter against
// the fake server enforcing Telegram's limits, scaled tenfold (300/s
// overall, 10/s per chat), and reports the completion time as a ratio of
// N ÷ rate. By default it sends 900 (3 s); BAOCAO_FANOUT=30000 runs the
// full benchmark (about 100 s) and requires the ratio to be at most 1,05:
//
//	BAOCAO_FANOUT=30000 go test ./bot -run TestFanoutThroughput -v
func TestFanoutThroughput(t *testing.T) {
	n, full := 900, false
	if v := os.Getenv("BAOCAO_FANOUT"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			t.Fatalf("BAOCAO_FANOUT=%q: expected a number", v)
		}
		full = true
	} else if testing.Short() {
		t.Skip("takes 3 seconds")
	}
	const rate = 300.0
	h := newHarness(t, n, telegramtest.Options{GlobalPerSecond: rate, PerChatPerSecond: 10},
		rate, 100*time.Millisecond)
	h.drain = 3 * time.Duration(float64(n)/rate*float64(time.Second))
	h.set("2026-12-17 08:00")
	queued := time.Now()
	res, err := h.sched.Tick(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now() // the first batches are already being sent
	h.idle(t)
	elapsed := time.Since(queued) // from the tick's start: queuing counts
	st := h.srv.Stats()
	ideal := time.Duration(float64(n) / rate * float64(time.Second))
	ratio := elapsed.Seconds() / ideal.Seconds()
	t.Logf("fan-out of %d reminders: queued in %v, delivered %d in %v; N÷rate = %v; ratio %.3f; 429s %d",
		res.Messages, start.Sub(queued).Round(time.Millisecond), st.Sent, elapsed.Round(time.Millisecond), ideal, ratio, st.TooMany429)
	if st.Sent != n || res.Messages != n {
		t.Errorf("sent %d, queued %d, want %d", st.Sent, res.Messages, n)
	}
	if st.TooMany429 != 0 {
		t.Errorf("%d answers 429", st.TooMany429)
	}
	if full && ratio > 1.05 {
		t.Errorf("ratio %.3f > 1,05", ratio)
	}
}
