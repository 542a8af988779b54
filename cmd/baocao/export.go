package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/bot/channel"
)

// export writes a form's period as .xlsx or .csv: through a running bot's
// admin socket, or from the data file when no bot runs.
func export(args []string) int {
	fs := newFlags("export")
	var c common
	c.register(fs, "data")
	formID := fs.String("form", "", help("flag.export_form"))
	period := fs.String("period", "", help("flag.export_period"))
	out := fs.String("out", "", help("flag.export_out"))
	unitCode := fs.String("unit", "", help("flag.export_unit"))
	lang := fs.String("lang", "vi", help("flag.export_lang"))
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	cfg, f, p, u, code := c.exportOf(*formID, *period, *unitCode)
	if code != 0 {
		return code
	}
	format := bot.FormatXLSX
	if strings.EqualFold(filepath.Ext(*out), ".csv") {
		format = bot.FormatCSV
	}
	// A running bot holds the data file: ask it over the admin socket,
	// where the export is made in a read-only transaction while it serves.
	req := admin.Request{Op: "export", Form: f.ID, Period: p.Key, Unit: u.Code, Format: format, Lang: *lang}
	resp, code := c.askBot(req, cfg)
	if code != 0 {
		return code
	}
	a := struct {
		File    channel.File
		Caption string
	}{*resp.File, resp.Text}
	path := *out
	if path == "" {
		path = a.File.Name
	}
	if err := os.WriteFile(path, a.File.Data, 0o644); err != nil {
		return failMsg("op.cannot_write", "file", path, "detail", err.Error())
	}
	fmt.Println(a.Caption)
	fmt.Println(path)
	return 0
}
