package main

import (
	"flag"
	"fmt"
	"time"

	"github.com/baocao/baocao/bot/admin"
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
	req := admin.Request{Op: "reminders", At: now, Full: *full}
	resp, code := c.askBot(req, nil)
	if code != 0 {
		return code
	}
	fmt.Print(resp.Text)
	return 0
}
