package main

import (
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"strings"

	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/bot/channel"
)

// figuresCmd is `baocao figures import FILE --form ID --period P
// [--dry-run] [--replace]`: last years' figures from a spreadsheet, through
// a running bot's admin socket or on the data file when none runs.
func figuresCmd(args []string) int {
	if len(args) == 0 || args[0] != "import" {
		return failMsg("import.usage")
	}
	args = args[1:]
	// The file may come before the flags, as the usage line writes it.
	var file string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		file, args = args[0], args[1:]
	}
	fs := newFlags("figures import")
	var c common
	c.register(fs, "./data")
	formID := fs.String("form", "", help("flag.export_form"))
	period := fs.String("period", "", help("flag.export_period"))
	dry := fs.Bool("dry-run", false, help("flag.import_dry_run"))
	replace := fs.Bool("replace", false, help("flag.import_replace"))
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if file == "" && fs.NArg() > 0 {
		file = fs.Arg(0)
	}
	if file == "" || *formID == "" || *period == "" {
		return failMsg("import.usage")
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return failMsg("import.unreadable", "file", file, "detail", err.Error())
	}
	req := admin.Request{Op: "import", Form: *formID, Period: *period, Lang: string(operatorLang()),
		File: &channel.File{Name: filepath.Base(file), Data: data}, DryRun: *dry, Replace: *replace, Operator: operatorName()}
	resp, code := c.askBot(req, nil)
	if code != 0 {
		return code
	}
	fmt.Println(resp.Text)
	return 0
}

// operatorName is the account running the command, for the audit log.
func operatorName() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "cli"
}
