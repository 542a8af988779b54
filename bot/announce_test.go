package bot

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/outbox"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// announceChannel keeps what it sends; one chat has blocked the bot.
type announceChannel struct {
	mu      sync.Mutex
	blocked string
	got     []channel.Outgoing
}

func (c *announceChannel) Name() string { return "fake" }

func (c *announceChannel) Send(_ context.Context, m channel.Outgoing) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if m.ChatID == c.blocked {
		return &channel.SendError{Kind: channel.Stopped}
	}
	c.got = append(c.got, m)
	return nil
}

func (c *announceChannel) sent() []channel.Outgoing {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]channel.Outgoing(nil), c.got...)
}

// An announcement goes through the real sender: each delivery is counted,
// a person who blocked the bot counts as failed, and the sender is told the
// result once the last message is done.
func TestAnnouncementDeliveriesAreCountedAndReportedBack(t *testing.T) {
	db, err := store.Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cfg := FanoutConfig(t, 5)
	SeedPeople(t, db, "fake", 5)
	now := time.Date(2026, 12, 28, 10, 0, 0, 0, locales.Zone)
	ch := &announceChannel{blocked: "100003"} // the third officer blocked the bot
	o := &outbox.Sender{Store: db, Channels: map[string]channel.Channel{"fake": ch}, PerChat: time.Millisecond, PerSecond: 1e6, Done: CountDelivery}
	app := &App{Store: db, Config: cfg, Now: func() time.Time { return now }, Wake: o.Wake}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go o.Run(ctx)
	say := func(text string) {
		t.Helper()
		if err := app.Handle(ctx, channel.Incoming{Channel: "fake", ChatID: "99", Kind: channel.KindText, Text: text}, nil); err != nil {
			t.Fatal(err)
		}
		wait, stop := context.WithTimeout(ctx, 10*time.Second)
		defer stop()
		o.WaitIdle(wait)
	}
	say("/thongbao Họp giao ban sáng thứ Hai")
	var id string
	for _, m := range ch.sent() {
		for _, row := range m.Buttons {
			if strings.HasPrefix(row[0].Data, "/thongbao gui ") {
				id = strings.TrimPrefix(row[0].Data, "/thongbao gui ")
			}
		}
	}
	if id == "" {
		t.Fatalf("no confirmation: %+v", ch.sent())
	}
	say("/thongbao gui " + id)
	wait, stop := context.WithTimeout(ctx, 10*time.Second)
	defer stop()
	o.WaitIdle(wait) // the report back, queued by the last delivery
	var report string
	for _, m := range ch.sent() {
		if m.ChatID == "99" && strings.Contains(m.Text, "đã đến") {
			report = m.Text
		}
	}
	if !strings.Contains(report, "đã đến 4/5 người; 1 người không nhận được") {
		t.Errorf("report %q", report)
	}
	db.View(func(tx *store.Tx) error {
		a, err := tx.Announcement(id)
		if err != nil || a.Total != 5 || a.Delivered != 4 || a.Failed != 1 || !a.Reported {
			t.Errorf("announcement %+v (%v)", a, err)
		}
		p, _ := tx.Person("o3")
		if !p.Unreachable {
			t.Error("the officer who blocked the bot is not marked")
		}
		return nil
	})
}

func TestAnAnnouncementToAClusterReachesItsMembersOnly(t *testing.T) {
	h := newHarness(t)
	y := strings.Replace(string(thachThanhYAML()), "clusters: []", `clusters:
  - {id: cum_1, name: "Cụm thi đua số 1", units: ["15187", "15190"]}`, 1)
	cfg, err := flows.ParseConfig("clusters.yaml", []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	h.app.Config = cfg
	h.person("kt", "Cán bộ Kim Tân", "15187", flows.Officer)
	h.person("tt", "Cán bộ Thành Tâm", "15247", flows.Officer)
	h.person("sup", "Giám sát", "391", flows.Supervisor)
	h.person("hl", "Giám sát Hà Long", "15187", flows.Supervisor)
	got := texts(h.send("sup", "/thongbao cum_1 Họp cụm thi đua"))
	if !strings.Contains(got, "gửi tới 1 cán bộ của 2 đơn vị thuộc Cụm thi đua số 1") {
		t.Errorf("confirmation:\n%s", got)
	}
	if got := texts(h.send("hl", "/thongbao cum_1 Xin chào")); !strings.Contains(got, "không phụ trách hết các đơn vị của Cụm thi đua số 1") {
		t.Errorf("a supervisor of one member:\n%s", got)
	}
}
