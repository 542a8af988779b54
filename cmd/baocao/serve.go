package main

import (
	"context"
	"errors"
	"flag"
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
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	var c common
	c.register(fs, "./data")
	rate := fs.Float64("send-rate", 30, "messages per second across all chats (Telegram allows about 30)")
	chatGap := fs.Duration("chat-gap", time.Second, "least time between two messages to one chat (Telegram: about 1s)")
	metricsAddr := fs.String("metrics", "", "serve Prometheus metrics on this address, e.g. 127.0.0.1:9464 (off by default)")
	nowFlag := fs.String("now", "", "pretend it is this time, e.g. \"2026-12-17 08:00\" (for tests of reminders)")
	if err := fs.Parse(args); err != nil {
		return 2
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

	sender := &outbox.Sender{Store: db, Channels: map[string]channel.Channel{telegram.Name: tg}, Log: log, PerSecond: *rate, PerChat: *chatGap}
	app := &bot.App{Store: db, Config: cfg, Log: log, BotName: tg.Username(), Wake: sender.Wake, Now: clock}
	if *metricsAddr != "" {
		if err := serveMetrics(ctx, *metricsAddr, bot.MetricsHandler(app, sender)); err != nil {
			return failMsg("op.metrics_failed", "addr", *metricsAddr, "detail", err.Error())
		}
		log.Info("metrics served", "addr", *metricsAddr, "path", "/metrics")
	}
	if err := admin.Serve(ctx, filepath.Join(c.data, adminSocket), app.Admin); err != nil {
		log.Warn("admin socket unavailable: `baocao invite` needs the bot stopped", "err", err)
	}

	go func() { // so the first /ketqua after a restart is as quick as the rest
		start := time.Now()
		if n, err := db.Warm(cfg, clock()); err != nil {
			log.Warn("warming the standings cache failed", "err", err)
		} else {
			log.Debug("standings cache warmed", "reports", n, "took", time.Since(start))
		}
	}()
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
		err = tg.Poll(ctx, offset, app.Updates(telegram.Name))
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
