package main

import (
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/bot/admin"
)

// invite prints a code alone on the first line and, when the bot has a
// Telegram name, its t.me link on the second. A running bot is asked through its admin socket; otherwise the
// data file is opened directly.
func invite(args []string) int {
	fs := flag.NewFlagSet("invite", flag.ContinueOnError)
	var c common
	c.register(fs, "./data")
	unit := fs.String("unit", "", "unit code, e.g. 15247")
	role := fs.String("role", "officer", "officer, supervisor or admin")
	ttl := fs.String("ttl", "14d", "how long the code stays valid, e.g. 14d or 48h")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *unit == "" {
		return failMsg("op.invite_usage")
	}
	d, err := parseTTL(*ttl)
	if err != nil {
		return failMsg("op.bad_ttl", "ttl", *ttl)
	}
	req := admin.Request{Op: "invite", Unit: *unit, Role: bot.ParseRole(*role), TTL: d, Lang: string(operatorLang())}
	resp, code := c.askBot(req, nil)
	if code != 0 {
		return code
	}
	fmt.Println(resp.Code)
	if resp.Link != "" { // none before the bot has run on Telegram: the code is typed (Zalo)
		fmt.Println(resp.Link)
	}
	return 0
}

// adminSocket is the socket's name inside the data directory.
const adminSocket = "admin.sock"

func parseTTL(s string) (time.Duration, error) {
	if days, ok := strings.CutSuffix(s, "d"); ok {
		var n int
		if _, err := fmt.Sscan(days, &n); err != nil || n <= 0 {
			return 0, fmt.Errorf("bad days")
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("bad duration")
	}
	return d, nil
}
