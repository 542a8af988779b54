package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// export writes a form's period as .xlsx or .csv, read straight from the
// data file (the bot must not be running on it: bbolt allows one process).
func export(args []string) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	var c common
	c.register(fs, "data")
	formID := fs.String("form", "", "form id, e.g. nam, so_ket, thang")
	period := fs.String("period", "", "period, e.g. 2026, 2026-H1, 2026-11")
	out := fs.String("out", "", "output file: .xlsx or .csv (default FORM-PERIOD-UNIT.xlsx)")
	unitCode := fs.String("unit", "", "the unit whose units are exported (default: every top-level unit)")
	lang := fs.String("lang", "vi", "language of the headers: vi or en")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	cfg, err := c.loadConfig()
	if err != nil {
		return fail("%v", err)
	}
	f := cfg.Form(*formID)
	if f == nil {
		return fail("export: --form %q is not a form of %s", *formID, cfg.Source)
	}
	p, err := f.Period(*period)
	if err != nil {
		return fail("export: --period: %v", err)
	}
	u := cfg.Units.Get(*unitCode)
	if *unitCode == "" && len(cfg.Units.Roots) == 1 {
		u = cfg.Units.Roots[0]
	}
	if u == nil {
		return fail("export: --unit %q is not a unit of %s", *unitCode, cfg.Source)
	}
	format := bot.FormatXLSX
	if strings.EqualFold(filepath.Ext(*out), ".csv") {
		format = bot.FormatCSV
	}
	db, err := store.Open(c.data, time.Second)
	if errors.Is(err, store.ErrLocked) {
		return fail("export: the bot is running on %s and holds its data file; stop it for a moment (or copy the file and use --data on the copy), then export again", c.data)
	}
	if err != nil {
		return fail("export: %v", err)
	}
	defer db.Close()
	var a bot.Attachment
	err = db.View(func(tx *store.Tx) error {
		a, err = bot.Export(tx, cfg, u, f, p, format, locales.ParseLang(*lang))
		return err
	})
	if err != nil {
		return fail("export: %v", err)
	}
	path := *out
	if path == "" {
		path = a.File.Name
	}
	if err := os.WriteFile(path, a.File.Data, 0o644); err != nil {
		return fail("export: %v", err)
	}
	fmt.Println(locales.Render(locales.ParseLang(*lang), a.Caption))
	fmt.Println(path)
	return 0
}
