package main

import (
	"context"
	"errors"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/outbox"
	"github.com/baocao/baocao/bot/telegram"
	"github.com/baocao/baocao/store"
)

// serve runs the Telegram bot until SIGINT or SIGTERM.
func serve(args []string) int {
	fs := newFlags("serve")
	var c common
	c.register(fs, "./data")
	rate := fs.Float64("send-rate", 30, "messages per second across all chats (Telegram allows about 30)")
	chatGap := fs.Duration("chat-gap", time.Second, help("flag.serve_chat_gap"))
	metricsAddr := fs.String("metrics", "", help("flag.serve_metrics"))
	nowFlag := fs.String("now", "", help("flag.serve_now"))
	listen := fs.String("listen", "", help("flag.serve_listen"))
	publicURL := fs.String("public-url", "", help("flag.serve_public_url"))
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	var public *url.URL
	if *publicURL != "" || *listen != "" {
		var ok bool
		if public, ok = parsePublicURL(*publicURL); !ok || *listen == "" {
			return failMsg("op.web_flags", "value", *publicURL)
		}
	}
	clock, err := shiftedClock(*nowFlag)
	if err != nil {
		return failMsg("op.bad_now", "value", *nowFlag)
	}
	token := os.Getenv("TELEGRAM_BOT_TOKEN")
	log := c.logger(token)
	if token == "" {
		return failMsg("op.no_token")
	}
	cfg, err := c.loadConfig()
	if err != nil {
		return configFail(err)
	}
	db, err := c.openStore()
	if err != nil {
		return failWith(err)
	}
	defer db.Close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	tg, err := telegram.New(token, os.Getenv("TELEGRAM_API_ENDPOINT"), log)
	if err != nil {
		return failMsg("op.telegram_unreachable", "detail", err.Error())
	}
	db.Update(func(tx *store.Tx) error { return tx.SetMeta("bot_username", tg.Username()) })
	if err := tg.SetCommands(bot.Menu("vi"), bot.Menu("en")); err != nil {
		log.Warn("command menu not registered", "err", err)
	}

	sender := &outbox.Sender{Store: db, Channels: map[string]channel.Channel{telegram.Name: tg}, Log: log, PerSecond: *rate, PerChat: *chatGap,
		Done: bot.CountDelivery} // announcements count their deliveries
	app := &bot.App{Store: db, Config: cfg, Log: log, BotName: tg.Username(), Wake: sender.Wake, Now: clock}
	sender.OnStall = func(s outbox.Stall) { app.OutboxStalled(s.PersonID, s.Since) }
	if public != nil {
		addr, err := serveWeb(ctx, *listen, public, webView(app, *publicURL))
		if err != nil {
			return failMsg("op.listen_failed", "addr", *listen, "detail", err.Error())
		}
		log.Info("web view served", "addr", addr.String(), "public", app.PublicURL+"/web/")
	}
	tellStale(app, cfg, clock(), log)
	if *metricsAddr != "" {
		checks := []readyCheck{
			{"store", func() error { return db.View(func(*store.Tx) error { return nil }) }},
			{"telegram", tg.Alive},
			{"outbox", sender.Ready},
		}
		if err := serveMetrics(ctx, *metricsAddr, bot.MetricsHandler(app, sender), checks); err != nil {
			return failMsg("op.metrics_failed", "addr", *metricsAddr, "detail", err.Error())
		}
		log.Info("metrics served", "addr", *metricsAddr, "paths", "/metrics /healthz /readyz")
	}
	if err := admin.Serve(ctx, filepath.Join(c.data, adminSocket), app.Admin); err != nil {
		log.Warn("admin socket unavailable: `baocao invite` needs the bot stopped", "err", err)
	}

	log.Info("baocao is serving Telegram", "bot", "@"+tg.Username(), "data", db.Path, "config", cfg.Source, "units", cfg.Units.Len())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		sender.Run(ctx)
	}()
	sender.Wake() // what a previous run left unsent
	wg.Add(1)
	go func() {
		defer wg.Done()
		app.Scheduler().Run(ctx) // ticks at once: catches up after downtime
	}()
	offset, err := app.Offset(telegram.Name)
	if err == nil {
		err = tg.Poll(ctx, offset, app.Batch(telegram.Name))
	}
	stop()
	wg.Wait()
	if errors.Is(err, telegram.ErrUnauthorized) {
		return failMsg("op.token_rejected")
	}
	if err != nil {
		return failWith(err)
	}
	log.Info("baocao stopped", "at", time.Now().Format(time.RFC3339))
	return 0
}
