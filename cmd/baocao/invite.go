package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/flows"
)

// invite prints a code alone on the first line and, when the bot has a
// Telegram name, its t.me link on the second. A running bot is asked through its admin socket; otherwise the
// data file is opened directly.
func invite(args []string) int {
	fs := newFlags("invite")
	var c common
	c.register(fs, "./data")
	unit := fs.String("unit", "", help("flag.invite_unit"))
	role := fs.String("role", "officer", help("flag.invite_role"))
	ttl := fs.String("ttl", "14d", help("flag.invite_ttl"))
	days := fs.Int("days", 0, help("flag.invite_days"))
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *unit == "" {
		return failMsg("op.invite_usage")
	}
	d, err := parseTTL(*ttl)
	if err != nil {
		return failMsg("op.bad_ttl", "ttl", *ttl)
	}
	req := admin.Request{Op: "invite", Unit: *unit, Role: bot.ParseRole(*role), TTL: d.Exact, TTLDays: d.Days, Days: *days, Lang: string(operatorLang())}
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

// parseTTL reads "14d" (days, each to the end of the Vietnamese day) or a
// Go duration such as "48h" or "30m" (exact).
func parseTTL(s string) (flows.TTL, error) {
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n <= 0 || n > 3660 {
			return flows.TTL{}, fmt.Errorf("bad days")
		}
		return flows.TTL{Days: n}, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return flows.TTL{}, fmt.Errorf("bad duration")
	}
	return flows.TTL{Exact: d}, nil
}
