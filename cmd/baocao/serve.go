package main

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/outbox"
	"github.com/baocao/baocao/bot/public"
	"github.com/baocao/baocao/bot/telegram"
	"github.com/baocao/baocao/bot/webhook"
	"github.com/baocao/baocao/bot/zalo"
	"github.com/baocao/baocao/store"
)

// serve runs the bot on Telegram, Zalo or both until SIGINT or SIGTERM.
// With --listen it also runs the public web server: file links, and with
// --public-url the channels' webhooks instead of polling.
func serve(args []string) int {
	fs := newFlags("serve")
	var c common
	c.register(fs, "./data")
	rate := fs.Float64("send-rate", 30, "messages per second across all chats (Telegram allows about 30)")
	chatGap := fs.Duration("chat-gap", time.Second, help("flag.serve_chat_gap"))
	metricsAddr := fs.String("metrics", "", help("flag.serve_metrics"))
	listen := fs.String("listen", "", help("flag.serve_listen"))
	publicURL := fs.String("public-url", "", help("flag.serve_public_url"))
	linkTTL := fs.Duration("link-ttl", 24*time.Hour, help("flag.serve_link_ttl"))
	nowFlag := fs.String("now", "", help("flag.serve_now"))
	backupDir := fs.String("backup-dir", "", help("flag.serve_backup_dir"))
	backupEvery := fs.Duration("backup-every", 24*time.Hour, help("flag.serve_backup_every"))
	backupKeep := fs.Int("backup-keep", 14, help("flag.serve_backup_keep"))
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	clock, err := shiftedClock(*nowFlag)
	if err != nil {
		return failMsg("op.bad_now", "value", *nowFlag)
	}
	tgToken, zToken := os.Getenv("TELEGRAM_BOT_TOKEN"), os.Getenv("ZALO_BOT_TOKEN")
	zSecret, tgSecret := os.Getenv("ZALO_WEBHOOK_SECRET"), os.Getenv("TELEGRAM_WEBHOOK_SECRET")
	log := c.logger(tgToken, zToken, zSecret, tgSecret)
	if tgToken == "" && zToken == "" {
		return failMsg("op.no_tokens")
	}
	if *publicURL != "" && *listen == "" {
		return failMsg("op.public_url_needs_listen")
	}
	if *publicURL != "" {
		if _, err := public.ParsePublicURL(*publicURL); err != nil {
			return failMsg("op.bad_public_url", "value", *publicURL)
		}
	}
	if n := len([]rune(zSecret)); zSecret != "" && (n < 8 || n > 256) {
		return failMsg("op.bad_zalo_secret", "n", n)
	}
	if tgSecret != "" && !telegramSecretRE.MatchString(tgSecret) {
		return failMsg("op.bad_telegram_secret")
	}
	if *backupDir != "" && (*backupEvery < time.Minute || *backupKeep < 1) {
		return failMsg("op.bad_backup_schedule", "every", backupEvery.String(), "keep", *backupKeep)
	}
	cfg, err := c.loadConfig()
	if err != nil {
		return configFail(err)
	}
	// The whole file is read before anything is written or anyone is
	// answered (0.24 s to 1.8 s for 30,000 people, docs/ARCHITECTURE.md): damage in the
	// middle stops here, naming the backup to restore, instead of at the
	// first message that reads the damaged page.
	c.backupDir = *backupDir // a damaged file's message names its latest good backup
	db, err := c.openStoreWith(cfg, store.OpenChecked)
	if err != nil {
		return failWith(err)
	}
	defer db.Close()
	var backups *scheduledBackups
	if *backupDir != "" {
		backups = &scheduledBackups{db: db, dir: *backupDir, every: *backupEvery, keep: *backupKeep, clock: clock, log: log}
	}
	// Damage met while serving: no more writes are taken (the store
	// refuses them; updates stay unconfirmed at the platforms, each
	// sender is told once) and the operator reads what to do.
	db.OnDamaged = func(err error) {
		go func() { // checking the backups takes a moment: not on the writer's time
			restore := "baocao restore BACKUP_FILE --data " + c.data
			if b := latestGood(*backupDir); b != "" {
				restore = "baocao restore " + b + " --data " + c.data
			}
			log.Error("the data file is damaged: no more messages are taken (they wait, unconfirmed, at Telegram and Zalo); stop baocao and restore the latest good backup", "restore", restore, "err", err)
		}()
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	var web *public.Server
	var links *public.Links
	if *listen != "" {
		if web, err = public.New(*listen, *publicURL, log); err != nil {
			return failMsg("op.listen_failed", "addr", *listen, "detail", err.Error())
		}
		if links, err = public.NewLinks(web, filepath.Join(c.data, "links"), clock, log); err != nil {
			return failWith(err)
		}
	}
	webhooks := *publicURL != ""

	channels := map[string]channel.Channel{}
	caps := map[string]channel.Caps{}
	var tg *telegram.Channel
	if tgToken != "" {
		if tg, err = telegram.New(tgToken, os.Getenv("TELEGRAM_API_ENDPOINT"), log); err != nil {
			return failMsg("op.telegram_unreachable", "detail", err.Error())
		}
		db.Update(func(tx *store.Tx) error { return tx.SetMeta("bot_username", tg.Username()) })
		if err := tg.SetCommands(bot.Menu("vi"), bot.Menu("en")); err != nil {
			log.Warn("command menu not registered", "err", err)
		}
		channels[telegram.Name] = tg
	}
	var zc *zalo.Channel
	if zToken != "" {
		if zc, err = zalo.New(ctx, zToken, os.Getenv("ZALO_API_ENDPOINT"), log); err != nil {
			if errors.Is(err, zalo.ErrUnauthorized) {
				return failMsg("op.zalo_token_rejected")
			}
			return failMsg("op.zalo_unreachable", "detail", err.Error())
		}
		if links != nil {
			zc.Files = links
		}
		zc.LinkTTL = *linkTTL
		log.Info("zalo: bot account", "account", zc.Account())
		channels[zalo.Name] = zc
		caps[zalo.Name] = zalo.Caps
	}

	sender := &outbox.Sender{Store: db, Log: log, PerSecond: *rate, PerChat: *chatGap,
		Done: bot.CountDelivery} // announcements count their deliveries
	// Signed webhooks of every submission (baocao webhooks), sent after
	// the commits that queue them, as the outbox sends messages.
	hooks := &webhook.Driver{Store: db, Log: log, Now: clock}
	wake := func() { sender.Wake(); hooks.Wake() }
	app := &bot.App{Store: db, Config: cfg, Log: log, Wake: wake, Now: clock, Caps: caps, LinkTTL: *linkTTL}
	sender.Channels = map[string]channel.Channel{}
	for name, ch := range channels {
		sender.Channels[name] = app.CountSends(ch) // per-channel metrics
	}
	if tg != nil {
		app.BotName = tg.Username()
	}
	app.Typing = func(ch, chat string) { typing(channels[ch], chat) }
	app.Direct = func(ctx context.Context, out channel.Outgoing) error {
		if ch := channels[out.Channel]; ch != nil {
			return ch.Send(ctx, out)
		}
		return fmt.Errorf("no channel %q", out.Channel)
	}
	app.Receiving = map[string]*channel.Outage{}
	if tg != nil {
		app.Receiving[telegram.Name] = tg.Outage()
	}
	if zc != nil {
		app.Receiving[zalo.Name] = zc.Outage()
	}
	sender.OnStall = func(s outbox.Stall) { app.OutboxStalled(s.PersonID, s.Since) }
	if web != nil { // the supervisors' web view, on the one public server
		h := webView(app, web.URL(""))
		web.Handle("/web/", h)
		web.Handle("/web", h)
		log.Info("web view served", "public", app.PublicURL+"/web/")
	}
	if web != nil { // the read-only API for the province's systems (bot/api)
		web.Handle("/api/v1/", apiHandler(app, web.URL("")))
	}
	tellStale(app, cfg, clock(), log)
	var tgHooked, zHooked atomic.Bool // webhooks registered
	if *metricsAddr != "" {
		checks := []readyCheck{
			{"store", func() error {
				if err := db.Damaged(); err != nil {
					return fmt.Errorf("the data file is damaged, restore a backup (baocao restore): %v", err)
				}
				if err := app.StoreReady(); err != nil {
					return err
				}
				return db.View(func(*store.Tx) error { return nil })
			}},
			{"outbox", sender.Ready},
		}
		if backups != nil {
			checks = append(checks, readyCheck{"backup", backups.Ready})
		}
		// Polling is alive while getUpdates answers; a webhook once it is
		// registered (the platform then calls us).
		if tg != nil && webhooks {
			checks = append(checks, readyCheck{"telegram", registered(&tgHooked)})
		} else if tg != nil {
			checks = append(checks, readyCheck{"telegram", tg.Alive})
		}
		if zc != nil && webhooks {
			checks = append(checks, readyCheck{"zalo", registered(&zHooked)})
		} else if zc != nil {
			checks = append(checks, readyCheck{"zalo", zc.Alive})
		}
		if err := serveMetrics(ctx, *metricsAddr, bot.MetricsHandler(app, sender, hooks), checks); err != nil {
			return failMsg("op.metrics_failed", "addr", *metricsAddr, "detail", err.Error())
		}
		log.Info("metrics served", "addr", *metricsAddr, "paths", "/metrics /healthz /readyz")
	}
	if err := admin.Serve(ctx, filepath.Join(c.data, adminSocket), tokenAdmin(app, app.Admin)); err != nil {
		log.Warn("admin socket unavailable: `baocao invite` needs the bot stopped", "err", err)
	}
	// Webhooks are mounted before the server answers, and registered
	// once it does (the platform may call at once).
	messages := func(ctx context.Context, u channel.Update) error {
		if u.In == nil {
			return nil
		}
		return app.Handle(ctx, *u.In, nil)
	}
	if zc != nil && webhooks {
		if zSecret == "" {
			if zSecret, err = storedSecret(db, "zalo_webhook_secret"); err != nil {
				return failWith(err)
			}
		}
		// Mounted for every method: ReadDelivery answers anything but POST
		// with 405, where a "POST " pattern would leave GET to the 404 of "/".
		web.Handle(zalo.WebhookPath, &zalo.Webhook{Secret: zSecret, Handle: messages, Log: log, Channel: zc})
	}
	if tg != nil && webhooks {
		if tgSecret == "" {
			if tgSecret, err = storedSecret(db, "telegram_webhook_secret"); err != nil {
				return failWith(err)
			}
		}
		web.Handle(telegram.WebhookPath, &telegram.Webhook{Channel: tg, Secret: tgSecret, Handle: app.Deliveries(telegram.Name)})
	}

	var wg sync.WaitGroup
	run := func(f func()) {
		wg.Add(1)
		go func() { defer wg.Done(); f() }()
	}
	if web != nil {
		run(func() {
			if err := web.Serve(ctx); err != nil {
				log.Error("the web server stopped", "err", err)
				stop()
			}
		})
		log.Info("web server listening", "addr", web.Addr(), "public", web.URL(""))
	}
	run(func() { housekeeping(ctx, db, links, clock, log) })
	if backups != nil {
		run(func() { backups.run(ctx) })
	}
	run(func() { sender.Run(ctx) })
	sender.Wake()                            // what a previous run left unsent
	run(func() { hooks.Run(ctx) })           // starts with what a previous run left unsent
	run(func() { app.Scheduler().Run(ctx) }) // ticks at once: catches up after downtime

	// Receivers: a webhook registered, or a polling loop per channel. The
	// first to fail for good (a rejected token) stops the bot.
	var failed error
	var failMu sync.Mutex
	fatal := func(err error) {
		if err == nil {
			return
		}
		failMu.Lock()
		if failed == nil {
			failed = err
		}
		failMu.Unlock()
		stop()
	}
	if zc != nil {
		if webhooks {
			if err := zc.Register(ctx, web.URL(zalo.WebhookPath), zSecret); err != nil {
				log.Error("zalo: setWebhook failed", "err", err)
				fatal(err)
			} else {
				zHooked.Store(true)
				log.Info("zalo: webhook registered", "url", web.URL(zalo.WebhookPath))
			}
		} else {
			run(func() { fatal(zc.Poll(ctx, messages)) })
		}
	}
	if tg != nil && webhooks {
		if err := tg.Register(ctx, web.URL(telegram.WebhookPath), tgSecret); err != nil {
			log.Error("telegram: setWebhook failed", "err", err)
			fatal(err)
		} else {
			tgHooked.Store(true)
			log.Info("telegram: webhook registered", "url", web.URL(telegram.WebhookPath))
		}
	} else if tg != nil {
		run(func() {
			offset, err := app.Offset(telegram.Name)
			if err == nil {
				err = tg.Poll(ctx, offset, app.Batch(telegram.Name))
			}
			fatal(err)
		})
	}
	log.Info("baocao is serving", "telegram", tg != nil, "zalo", zc != nil, "webhooks", webhooks, "data", db.Path, "config", cfg.Source, "units", cfg.Units.Len())
	<-ctx.Done()
	wg.Wait()
	switch {
	case errors.Is(failed, telegram.ErrUnauthorized):
		return failMsg("op.token_rejected")
	case errors.Is(failed, zalo.ErrUnauthorized):
		return failMsg("op.zalo_token_rejected")
	case failed != nil:
		return failWith(failed)
	}
	log.Info("baocao stopped", "at", time.Now().Format(time.RFC3339))
	return 0
}

// registered is a readiness check that passes once a webhook is registered.
func registered(done *atomic.Bool) func() error {
	return func() error {
		if !done.Load() {
			return errors.New("webhook not registered")
		}
		return nil
	}
}

// telegramSecretRE is what Telegram accepts as a webhook secret_token.
var telegramSecretRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)

// typing shows "typing…" on channels that can, without holding up the
// reply: it runs on its own with a short deadline.
func typing(ch channel.Channel, chat string) {
	t, ok := ch.(interface {
		Typing(ctx context.Context, chat string)
	})
	if !ok {
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		t.Typing(ctx, chat)
	}()
}

// storedSecret returns the webhook secret kept in the store under key,
// creating one (256 random bits, 43 characters of A-Za-z0-9_-, valid for
// Zalo and Telegram alike) on first use. It never reaches the log.
func storedSecret(db *store.DB, key string) (string, error) {
	var secret string
	err := db.Update(func(tx *store.Tx) error {
		if secret = tx.Meta(key); secret != "" {
			return nil
		}
		b := make([]byte, 32)
		if _, err := rand.Read(b); err != nil {
			return err
		}
		secret = base64.RawURLEncoding.EncodeToString(b)
		return tx.SetMeta(key, secret)
	})
	return secret, err
}

// seenFor is how long a delivered message id is remembered: far longer
// than any platform retries a delivery.
const seenFor = 30 * 24 * time.Hour

// deliveryLogFor is how long a finished webhook delivery stays in the log
// (`baocao webhooks log`): two review seasons, long enough to answer "did
// the province's system get the June report?", without the log growing
// for ever (a province with one receiver queues about 8.000 a year).
const deliveryLogFor = 400 * 24 * time.Hour

// housekeeping, every ten minutes: expired file links are deleted, the
// message ids kept against redelivery are forgotten after seenFor, and
// finished webhook deliveries leave the log after deliveryLogFor.
func housekeeping(ctx context.Context, db *store.DB, links *public.Links, clock func() time.Time, log *slog.Logger) {
	t := time.NewTicker(10 * time.Minute)
	defer t.Stop()
	for {
		if links != nil {
			links.Sweep()
		}
		err := db.Update(func(tx *store.Tx) error {
			_, err := tx.PruneMarks("seen/", clock().Add(-seenFor))
			return err
		})
		if err != nil {
			log.Warn("forgetting old message ids failed", "err", err)
		}
		err = db.Update(func(tx *store.Tx) error {
			n, err := tx.PruneDeliveries(clock().Add(-deliveryLogFor))
			if n > 0 {
				log.Info("webhook delivery log pruned", "deliveries", n)
			}
			return err
		})
		if err != nil {
			log.Warn("pruning the webhook delivery log failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
