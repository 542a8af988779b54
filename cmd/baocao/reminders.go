package main

import (
	"flag"
	"fmt"
	"path/filepath"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/locales"
)

// reminders prints who would receive which reminder or digest at a given
// moment, without sending or marking anything. A running bot holds the
// data file, so it is asked through its admin socket; otherwise the file
// is opened directly.
func reminders(args []string) int {
	fs := flag.NewFlagSet("reminders", flag.ContinueOnError)
	var c common
	c.register(fs, "./data")
	at := fs.String("at", "", "the moment, e.g. \"2026-12-17 08:00\" (Asia/Ho_Chi_Minh); default now")
	full := fs.Bool("text", false, "print each message in full")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	now := time.Now()
	if *at != "" {
		t, err := time.ParseInLocation("2006-01-02 15:04", *at, locales.Zone)
		if err != nil {
			return failMsg("op.bad_now", "value", *at)
		}
		now = t
	}
	req := bot.AdminRequest{Op: "reminders", At: now, Full: *full}
	resp, reached, err := bot.AskAdmin(filepath.Join(c.data, adminSocket), req)
	if err != nil {
		return failMsg("op.bot_silent", "detail", err.Error())
	}
	if !reached {
		cfg, err := c.loadConfig()
		if err != nil {
			return configFail(err)
		}
		db, err := c.openStore()
		if err != nil {
			return failWith(err)
		}
		defer db.Close()
		app := &bot.App{Store: db, Config: cfg, Log: c.logger()}
		if resp.Text, err = app.RemindersReport(now, *full); err != nil {
			return failWith(err)
		}
	}
	if resp.Error != "" {
		return failMsg("op.refused", "detail", resp.Error)
	}
	fmt.Print(resp.Text)
	return 0
}
