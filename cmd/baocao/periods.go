package main

import (
	"fmt"

	"github.com/baocao/baocao/bot/admin"
)

// periodsCmd: baocao periods open --form nam --period 2023 [--unit CODE]
// opens a period outside its dates for the reporting units under a unit
// (default: the configuration's top unit), through a running bot or on the
// data file; each unit may then send it once, marked as a late entry.
func periodsCmd(args []string) int {
	if len(args) == 0 || args[0] != "open" {
		return failMsg("op.periods_usage")
	}
	fs := newFlags("periods open")
	var c common
	c.register(fs, "./data")
	formID := fs.String("form", "", help("flag.export_form"))
	period := fs.String("period", "", help("flag.export_period"))
	unitCode := fs.String("unit", "", help("flag.periods_unit"))
	if code, ok := parseFlags(fs, args[1:]); !ok {
		return code
	}
	if *formID == "" || *period == "" {
		return failMsg("op.periods_usage")
	}
	cfg, f, p, u, code := c.reportOf(*formID, *period, *unitCode)
	if code != 0 {
		return code
	}
	resp, code := c.askBot(admin.Request{Op: "open_period", Form: f.ID, Period: p.Key, Unit: u.Code, Lang: string(operatorLang())}, cfg)
	if code != 0 {
		return code
	}
	fmt.Println(resp.Text)
	return 0
}
