package main

import (
	"fmt"
	"time"

	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/locales"
)

// people prints who is linked to a unit and under it, and their chats.
func people(args []string) int {
	fs := newFlags("people")
	var c common
	c.register(fs, "./data")
	unit := fs.String("unit", "", help("flag.people_unit"))
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *unit == "" {
		return failMsg("op.people_usage")
	}
	return c.printAnswer(admin.Request{Op: "people", Unit: *unit, Lang: string(operatorLang())})
}

// revoke takes a person's access to a unit away (every unit without
// --unit), or unlinks one of their chats (--channel).
func revoke(args []string) int {
	fs := newFlags("revoke")
	var c common
	c.register(fs, "./data")
	person := fs.String("person", "", help("flag.revoke_person"))
	unit := fs.String("unit", "", help("flag.revoke_unit"))
	ch := fs.String("channel", "", help("flag.revoke_channel"))
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *person == "" {
		return failMsg("op.revoke_usage")
	}
	return c.printAnswer(admin.Request{Op: "revoke", Person: *person, Unit: *unit, Channel: *ch, Lang: string(operatorLang())})
}

// relink links a person of an old unit (merged on 01/07/2025) to the unit
// that took it, in place of the old link.
func relink(args []string) int {
	fs := newFlags("relink")
	var c common
	c.register(fs, "./data")
	person := fs.String("person", "", help("flag.relink_person"))
	unit := fs.String("unit", "", help("flag.relink_unit"))
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *person == "" || *unit == "" {
		return failMsg("op.relink_usage")
	}
	return c.printAnswer(admin.Request{Op: "relink", Person: *person, Unit: *unit, Lang: string(operatorLang())})
}

// audit prints the audit log.
func audit(args []string) int {
	fs := newFlags("audit")
	var c common
	c.register(fs, "./data")
	unit := fs.String("unit", "", help("flag.audit_unit"))
	since := fs.String("since", "", help("flag.audit_since"))
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	req := admin.Request{Op: "audit", Unit: *unit, Lang: string(operatorLang())}
	if *since != "" {
		t, err := time.ParseInLocation("2006-01-02", *since, locales.Zone)
		if err != nil {
			if t, err = time.ParseInLocation("02/01/2006", *since, locales.Zone); err != nil {
				return failMsg("op.bad_since", "value", *since)
			}
		}
		req.Since = t
	}
	return c.printAnswer(req)
}

// printAnswer asks the bot (or the data file) and prints the text.
func (c *common) printAnswer(req admin.Request) int {
	resp, code := c.askBot(req, nil)
	if code != 0 {
		return code
	}
	fmt.Print(resp.Text)
	return 0
}
