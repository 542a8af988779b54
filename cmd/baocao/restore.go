package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// restore: baocao restore FILE [--data DIR] puts a backup in place of the
// data file. It checks the backup whole first, refuses while a bot serves
// on the directory, and keeps the replaced file under a dated name.
func restore(args []string) int {
	fs := newFlags("restore")
	var c common
	c.register(fs, "./data")
	// The file may come before or after the flags.
	var file string
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		file, args = args[0], args[1:]
	}
	for _, a := range args {
		if a == "-h" || a == "-help" || a == "--help" || a == "--h" {
			// The file argument first, then the flags, as other commands.
			fmt.Println(locales.Render(operatorLang(), locales.M("op.restore_usage")))
			fmt.Println()
		}
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if file == "" && fs.NArg() > 0 {
		file = fs.Arg(0)
	}
	if file == "" {
		return failMsg("op.restore_usage")
	}
	kept, err := store.Restore(c.data, file, time.Now().In(locales.Zone))
	switch {
	case errors.Is(err, store.ErrLocked):
		return failMsg("op.restore_serving", "data", c.data)
	case errors.Is(err, store.ErrLiveFile):
		return failMsg("op.backup_live", "file", file)
	case errors.Is(err, store.ErrTooNew):
		return failMsg("op.restore_too_new", "file", file)
	case errors.Is(err, store.ErrDamaged):
		return failMsg("op.restore_bad_backup", "file", file, "detail", reason(err))
	case err != nil: // the backup passed its check: the failure is the directory's
		return failMsg("op.restore_failed", "file", file, "data", c.data, "detail", err.Error())
	}
	lang := operatorLang()
	if kept == "" {
		fmt.Println(locales.Render(lang, locales.M("op.restore_done_new", "file", file, "data", c.data)))
	} else {
		fmt.Println(locales.Render(lang, locales.M("op.restore_done", "file", file, "kept", filepath.Clean(kept))))
	}
	return 0
}
