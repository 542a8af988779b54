package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// echoBot is the ceiling: the same Telegram library polling the same fake
// and answering every message at once with its own text, storing nothing.
// Run as "baocao-load echo" with TELEGRAM_BOT_TOKEN and
// TELEGRAM_API_ENDPOINT set, like baocao serve.
func echoBot() int {
	client := &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	api, err := tgbotapi.NewBotAPIWithClient(os.Getenv("TELEGRAM_BOT_TOKEN"), os.Getenv("TELEGRAM_API_ENDPOINT"), client)
	if err != nil {
		fmt.Fprintln(os.Stderr, "echo:", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	offset := 0
	for ctx.Err() == nil {
		u := tgbotapi.NewUpdate(offset)
		u.Timeout = 1 // short, so SIGTERM ends it quickly
		updates, err := api.GetUpdates(u)
		if err != nil {
			time.Sleep(100 * time.Millisecond)
			continue
		}
		for _, up := range updates {
			offset = max(offset, up.UpdateID+1)
			if up.Message == nil || up.Message.Chat == nil {
				continue
			}
			if _, err := api.Send(tgbotapi.NewMessage(up.Message.Chat.ID, up.Message.Text)); err != nil {
				fmt.Fprintln(os.Stderr, "echo: send:", err)
			}
		}
	}
	return 0
}
