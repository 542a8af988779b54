package main

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// backup writes a consistent copy of the data file: through a running
// bot's admin socket (it keeps serving), or from the file when no bot runs.
// Copying baocao.db with cp while the bot writes can give a torn copy.
func backup(args []string) int {
	fs := newFlags("backup")
	var c common
	c.register(fs, "./data")
	out := fs.String("out", "", help("flag.backup_out"))
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	path := *out
	if path == "" {
		path = "baocao-" + time.Now().In(locales.Zone).Format("20060102-1504") + ".db"
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return failMsg("op.cannot_write", "file", path, "detail", err.Error())
	}
	// Refused here already, in the operator's language; the store refuses
	// too, whoever asks it.
	if store.SameFile(abs, filepath.Join(c.data, store.FileName)) {
		return failMsg("op.backup_live", "file", path)
	}
	req := admin.Request{Op: "backup", Path: abs}
	resp, code := c.askBot(req, nil)
	if code != 0 {
		return code
	}
	var n int64
	fmt.Sscan(resp.Text, &n)
	fmt.Println(locales.Render(operatorLang(), locales.M("op.backup_done", "file", abs, "size", n)))
	return 0
}
