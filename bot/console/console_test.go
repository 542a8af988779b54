package console

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/outbox"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

func TestThePlaygroundNumbersChoicesAndATypedNumberPressesOne(t *testing.T) {
	db, err := store.Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.Update(func(tx *store.Tx) error {
		tx.PutPerson(&flows.Person{ID: "p", Name: "Lan", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}}})
		return tx.Link(store.Identity{Channel: Name, ChatID: "me"}, "p")
	})
	var out bytes.Buffer
	ch := &Channel{Out: &out}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ob := &outbox.Sender{Store: db, Channels: map[string]channel.Channel{Name: ch}, Log: log, PerChat: time.Millisecond, PerSecond: 1000}
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	app := &bot.App{Store: db, Config: sample.MustNamed("thach-thanh"), Log: log, Now: func() time.Time { return now }, Wake: ob.Wake, Caps: map[string]channel.Caps{Name: Caps}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { ob.Run(ctx); close(done) }()
	handle := func(ctx context.Context, in channel.Incoming) error { return app.Handle(ctx, in, nil) }
	s := &Session{Handle: handle, Channel: ch, ChatID: "me", Name: "Lan", Flush: ob.WaitIdle}
	err = s.Run(ctx, strings.NewReader("/baocao\n1\n!sticker\n"))
	cancel()
	<-done
	if err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"< 1. Báo cáo hoạt động tháng 11/2026",      // choices are numbered, the one due first first
		"[1/6] Số tin, bài về chuyển đổi số",        // "1" pressed the monthly report
		"Hệ thống chưa đọc được nhãn dán (sticker)", // "!sticker" sends one
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the playground did not show %q:\n%s", want, got)
		}
	}
}

// links is a Files that hands out a fixed address.
type links struct{}

func (links) Publish(name, _ string, _ []byte, _ time.Duration) (string, time.Time, error) {
	return "http://127.0.0.1:8080/files/TOKEN/" + name, time.Time{}, nil
}

func TestThePlaygroundShowsWhatAZaloUserSees(t *testing.T) {
	var out bytes.Buffer
	ch := &Channel{Out: &out, As: "zalo", Limit: 60, Links: links{}}
	if ch.Name() != "zalo" {
		t.Fatalf("name %q", ch.Name())
	}
	ch.Send(context.Background(), channel.Outgoing{Text: "Đoạn thứ nhất khá dài, hơn ba mươi ký tự.\n\nĐoạn thứ hai cũng dài như thế."})
	ch.Send(context.Background(), channel.Outgoing{Text: "Bảng số liệu:", File: &channel.File{Name: "so-lieu.xlsx", Data: []byte("PK")}})
	ch.Send(context.Background(), channel.Outgoing{Text: "Biểu đồ", File: &channel.File{Name: "bieu-do.png", Photo: true, Data: []byte("png")}})
	want := "< Đoạn thứ nhất khá dài, hơn ba mươi ký tự.\n<   ─── (2/2) ───\n< Đoạn thứ hai cũng dài như thế.\n" +
		"< Bảng số liệu:\n< http://127.0.0.1:8080/files/TOKEN/so-lieu.xlsx\n" +
		"🖼  http://127.0.0.1:8080/files/TOKEN/bieu-do.png\n< Biểu đồ\n"
	if got := out.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// received records the texts a Session hands on.
type received struct{ texts chan string }

func (r received) handle(_ context.Context, in channel.Incoming) error {
	r.texts <- in.Text
	return nil
}

func TestABracketedPasteIsOneMessage(t *testing.T) {
	r := received{make(chan string, 10)}
	s := &Session{Handle: r.handle, Channel: &Channel{Out: io.Discard}, ChatID: "me"}
	in := "/mau\n\x1b[200~Xã Thành Tâm\nSo tin bai: 3\n\nKho khan, kien nghi:\x1b[201~\n1\n"
	if err := s.Run(context.Background(), strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	close(r.texts)
	var got []string
	for text := range r.texts {
		got = append(got, text)
	}
	want := []string{"/mau", "Xã Thành Tâm\nSo tin bai: 3\n\nKho khan, kien nghi:", "1"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("messages %q, want %q", got, want)
	}
}

func TestLinesThatArriveTogetherAreOneMessageAsOnAPhone(t *testing.T) {
	r := received{make(chan string, 10)}
	pr, pw := io.Pipe()
	s := &Session{Handle: r.handle, Channel: &Channel{Out: io.Discard}, ChatID: "me", PasteWindow: 500 * time.Millisecond}
	done := make(chan error)
	go func() { done <- s.Run(context.Background(), pr) }()
	io.WriteString(pw, "Xã Thành Tâm\nSo tin bai: 3\nKho khan, kien nghi:\n") // pasted: one write
	if got := <-r.texts; got != "Xã Thành Tâm\nSo tin bai: 3\nKho khan, kien nghi:" {
		t.Errorf("the pasted block came as %q", got)
	}
	io.WriteString(pw, "/xemlai\n") // typed after the reply: a message of its own
	if got := <-r.texts; got != "/xemlai" {
		t.Errorf("the next line came as %q", got)
	}
	pw.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
