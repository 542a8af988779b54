package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/locales"
)

// webhooksCmd is `baocao webhooks add URL [--events …] | list | log
// [--failed] | resend ID | resend --since DATE [--to ID] | remove ID`,
// through a running bot's admin socket or on the data file when none
// runs. add prints the receiver's secret once, alone on its last line.
func webhooksCmd(args []string) int {
	if len(args) == 0 {
		return failMsg("webhooks.usage")
	}
	switch args[0] {
	case "help", "-h", "--help":
		fmt.Println(locales.Render(operatorLang(), locales.M("webhooks.usage")))
		return 0
	}
	sub, args := args[0], args[1:]
	// URL or ID may come before the flags, as the usage line writes it.
	var arg string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		arg, args = args[0], args[1:]
	}
	fs := newFlags("webhooks " + sub)
	var c common
	c.register(fs, "./data")
	w := &admin.WebhooksArgs{Cmd: sub}
	var events, since *string
	var failed *bool
	switch sub {
	case "add":
		events = fs.String("events", "", help("flag.webhooks_events"))
	case "log":
		failed = fs.Bool("failed", false, help("flag.webhooks_failed"))
	case "resend":
		since = fs.String("since", "", help("flag.webhooks_since"))
		fs.StringVar(&w.To, "to", "", help("flag.webhooks_to"))
	case "list", "remove":
	default:
		return failMsg("webhooks.usage")
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if arg == "" && fs.NArg() > 0 {
		arg = fs.Arg(0)
	}
	switch sub {
	case "add":
		if arg == "" {
			return failMsg("webhooks.usage")
		}
		w.URL = arg
		if *events != "" {
			w.Events = strings.Split(*events, ",")
		}
	case "log":
		w.Failed = *failed
	case "resend":
		if (arg == "") == (*since == "") { // one or the other
			return failMsg("webhooks.usage")
		}
		w.ID = arg
		if *since != "" {
			t, err := time.ParseInLocation("2006-01-02", *since, locales.Zone)
			if err != nil {
				if t, err = time.ParseInLocation("02/01/2006", *since, locales.Zone); err != nil {
					return failMsg("op.bad_since", "value", *since)
				}
			}
			w.Since = t
		}
	case "remove":
		if arg == "" {
			return failMsg("webhooks.usage")
		}
		w.ID = arg
	}
	resp, code := c.askBot(admin.Request{Op: "webhooks", Webhooks: w, Operator: operatorName(), Lang: string(operatorLang())}, nil)
	if code != 0 {
		return code
	}
	fmt.Print(resp.Text)
	if resp.Code != "" { // the secret: once, alone on the last line
		fmt.Println(resp.Code)
	}
	return 0
}
