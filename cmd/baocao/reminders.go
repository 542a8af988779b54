package main

import (
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
	fs := newFlags("reminders")
	var c common
	c.register(fs, "./data")
	at := fs.String("at", "", help("flag.reminders_at"))
	full := fs.Bool("text", false, help("flag.reminders_text"))
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	now := time.Now()
	if *at != "" {
		t, err := time.ParseInLocation("2006-01-02 15:04", *at, locales.Zone)
		if err != nil {
			return failMsg("op.bad_now", "value", *at)
		}
		now = t
	}
	req := admin.Request{Op: "reminders", At: now, Full: *full, Lang: string(operatorLang())}
	resp, code := c.askBot(req, nil)
	if code != 0 {
		return code
	}
	fmt.Print(resp.Text)
	return 0
}
