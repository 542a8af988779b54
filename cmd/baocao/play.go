package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/console"
	"github.com/baocao/baocao/bot/outbox"
	"github.com/baocao/baocao/bot/public"
	"github.com/baocao/baocao/bot/zalo"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// play opens the terminal playground as a person of the configuration.
func play(args []string) int {
	fs := newFlags("play")
	var c common
	c.register(fs, filepath.Join("data", "playground"))
	as := fs.String("as", "", help("flag.play_as"))
	channelFlag := fs.String("channel", "console", help("flag.play_channel"))
	nowFlag := fs.String("now", "", help("flag.play_now"))
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if c.logLevel == "info" {
		c.logLevel = "warn" // the terminal is the chat: keep routine log lines out of it
	}
	log := c.logger()
	cfg, err := c.loadConfig()
	if err != nil {
		return configFail(err)
	}
	if *as == "" {
		*as = defaultPerson(cfg)
	}
	clock, err := shiftedClock(*nowFlag)
	if err != nil {
		return failMsg("op.bad_now", "value", *nowFlag)
	}
	db, err := c.openStore(cfg)
	if err != nil {
		return failWith(err)
	}
	defer db.Close()

	ch := &console.Channel{Out: os.Stdout, FileDir: filepath.Join(c.data, "files")}
	caps := console.Caps
	switch *channelFlag {
	case "console":
	case zalo.Name:
		// What a Zalo user sees: the app talks to the "zalo" channel, and
		// files become links on a local web server, as --public-url serves them.
		srv, err := public.New("127.0.0.1:0", "", log)
		if err != nil {
			return failWith(err)
		}
		links, err := public.NewLinks(srv, filepath.Join(c.data, "links"), clock, log)
		if err != nil {
			return failWith(err)
		}
		go srv.Serve(context.Background())
		ch.As, ch.Limit, ch.Links, caps = zalo.Name, zalo.MaxText, links, zalo.Caps
	default:
		return failMsg("op.bad_channel", "value", *channelFlag)
	}
	chat, name, err := playPerson(db, cfg, *as, ch.Name(), clock())
	if err != nil {
		code := failWith(err)
		c.configHint(cfg)
		return code
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	sender := &outbox.Sender{Store: db, Channels: map[string]channel.Channel{ch.Name(): ch}, Log: log, PerChat: time.Millisecond, PerSecond: 1000,
		Done: bot.CountDelivery} // announcements count their deliveries
	app := &bot.App{Store: db, Config: cfg, Log: log, Now: clock, Wake: sender.Wake, Caps: map[string]channel.Caps{ch.Name(): caps}}
	tellStale(app, cfg, clock(), log)
	if err := admin.Serve(ctx, filepath.Join(c.data, adminSocket), app.Admin); err != nil {
		log.Debug("admin socket unavailable", "err", err)
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); sender.Run(ctx) }()
	// Reminders and scheduled digests come here as they would on Telegram:
	// the playground is the same bot, not a separate path.
	go func() { defer wg.Done(); app.Scheduler().Run(ctx) }()

	prompt, paste := "", time.Duration(0)
	if fi, err := os.Stdin.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		// On a terminal a pasted block is one message, as on a phone: the
		// terminal marks pastes (bracketed paste), and lines arriving
		// within a moment of each other are taken together where it does not.
		prompt, paste = "> ", pasteWindow
		fmt.Print(console.BracketedPasteOn)
		defer fmt.Print(console.BracketedPasteOff)
		fmt.Println(locales.Render(locales.VI, locales.M("play.banner", "who", name, "data", locales.Plain(db.Path))))
	}
	if *as == "new" {
		if err := printTryInvite(db, cfg, clock()); err != nil {
			return failWith(err)
		}
	}
	handle := func(ctx context.Context, in channel.Incoming) error { return app.Handle(ctx, in, nil) }
	s := &console.Session{Handle: handle, Channel: ch, ChatID: chat, Name: name, Flush: sender.WaitIdle, Prompt: prompt, PasteWindow: paste}
	err = s.Run(ctx, os.Stdin)
	stop()
	wg.Wait()
	if err != nil {
		return failWith(err)
	}
	return 0
}

// pasteWindow: lines typed this close together were pasted, not typed
// (nobody types a line and Enter in 30 ms).
const pasteWindow = 30 * time.Millisecond

// printTryInvite makes a fresh invite code for the default person's unit
// and prints it, so that "--as new" has a code to try.
func printTryInvite(db *store.DB, cfg *flows.Config, now time.Time) error {
	_, code, _ := strings.Cut(defaultPerson(cfg), ":")
	if cfg.Units.Get(code) == nil {
		return nil // no reporting unit to invite to
	}
	var inv *flows.Invite
	err := db.Update(func(tx *store.Tx) error {
		var err error
		inv, err = bot.CreateInvite(tx, cfg, nil, code, flows.Officer, flows.TTL{}, now, rand.Reader)
		return err
	})
	if err != nil {
		return fmt.Errorf("play: %w", err)
	}
	fmt.Println(locales.Render(locales.VI, locales.M("play.try_invite", "code", locales.Plain(inv.Code),
		"unit", cfg.Units.Get(code).Named(), "expires", locales.Date(inv.ExpiresAt.Add(-time.Second)))))
	return nil
}

// playName is how the playground's person is called: an officer by the
// unit ("Cán bộ Xã Kim Tân"), a supervisor by the office ("Sở Văn hóa,
// Thể thao và Du lịch tỉnh Thanh Hóa"; a cluster's by the office of the
// unit its members lie in).
func playName(u *flows.Unit, role flows.Role) string {
	if role == flows.Officer {
		return "Cán bộ " + u.Name
	}
	office := u
	if u.IsCluster() && len(u.Children) > 0 && u.Children[0].Parent != nil {
		office = u.Children[0].Parent
	}
	if office.Office != "" {
		return office.Office
	}
	return "Cán bộ " + u.Name
}

// shiftedClock runs from the given moment on, or is the real clock.
func shiftedClock(at string) (func() time.Time, error) {
	if at == "" {
		return time.Now, nil
	}
	t, err := time.ParseInLocation("2006-01-02 15:04", at, locales.Zone)
	if err != nil {
		return nil, err
	}
	offset := time.Until(t)
	return func() time.Time { return time.Now().Add(offset) }, nil
}

// playPerson links the playground chat to the chosen unit and role (the
// playground needs no invite), or leaves it unlinked for "new".
func playPerson(db *store.DB, cfg *flows.Config, as, channelName string, now time.Time) (chat, name string, err error) {
	if as == "new" {
		return "new", "Người dùng mới", nil
	}
	roleStr, unitCode, ok := strings.Cut(as, ":")
	role := bot.ParseRole(roleStr)
	if !ok || !role.Valid() {
		return "", "", opErr("op.bad_as", "value", as)
	}
	u := cfg.Units.Get(unitCode)
	if u == nil {
		return "", "", opErr("op.no_unit", "unit", unitCode, "file", cfg.Source)
	}
	if u.IsCluster() && role == flows.Officer {
		return "", "", opErr("op.cluster_officer", "unit", u.Code)
	}
	chat = string(role) + "-" + u.Code
	name = playName(u, role)
	err = db.Update(func(tx *store.Tx) error {
		id := store.Identity{Channel: channelName, ChatID: chat}
		if _, err := tx.PersonByIdentity(id); err == nil {
			return nil
		}
		p := &flows.Person{ID: "play-" + chat, Name: name, Lang: "vi", Links: []flows.Link{{Unit: u.Code, Role: role}}, CreatedAt: now}
		if err := tx.PutPerson(p); err != nil {
			return err
		}
		return tx.Link(id, p.ID)
	})
	return chat, name, err
}

// defaultPerson is who the playground opens as: the officer of 15187 (Xã
// Kim Tân in the Thanh Hóa sample, which kept its code when it absorbed
// five communes in 2025; Thị trấn Kim Tân in the Thạch Thành one), else of
// the first reporting unit.
func defaultPerson(cfg *flows.Config) string {
	for _, code := range []string{"15187"} {
		if u := cfg.Units.Get(code); u != nil && u.IsLeaf() {
			return "officer:" + code
		}
	}
	for _, r := range cfg.Units.Roots {
		if l := r.Leaves(); len(l) > 0 {
			return "officer:" + l[0].Code
		}
	}
	return "new"
}
