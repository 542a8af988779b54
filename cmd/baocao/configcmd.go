package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/baocao/baocao/flows/units"
	"github.com/baocao/baocao/locales"
)

// configCmd: baocao config check [FILE] lists every mistake of a file;
// baocao config init --province 38 [--district 391] [--out FILE] writes a
// starter configuration.
func configCmd(args []string) int {
	if len(args) > 0 && args[0] == "init" {
		return configInit(args[1:])
	}
	if len(args) > 0 && args[0] == "show" {
		return configShow(args[1:])
	}
	if len(args) == 0 || args[0] != "check" {
		return failMsg("op.config_usage")
	}
	var c common
	fs := newFlags("config check")
	c.register(fs, "./data")
	rest, file := args[1:], ""
	if len(rest) > 0 && !strings.HasPrefix(rest[0], "-") {
		file, rest = rest[0], rest[1:]
	}
	if code, ok := parseFlags(fs, rest); !ok {
		return code
	}
	if file == "" && fs.NArg() > 0 {
		file = fs.Arg(0)
	}
	if file != "" {
		c.config = file
	}
	cfg, err := c.loadConfig()
	if err != nil {
		return configFail(err)
	}
	leaves := 0
	for _, u := range cfg.Units.All() {
		if u.IsLeaf() {
			leaves++
		}
	}
	fmt.Println(locales.Render(operatorLang(), locales.M("config.ok", "file", cfg.Source,
		"units", cfg.Units.Len(), "leaves", leaves, "forms", len(cfg.Forms))))
	if len(cfg.Clusters) > 0 {
		fmt.Println(locales.Render(operatorLang(), locales.M("op.config_clusters", "count", len(cfg.Clusters))))
	}
	return 0
}

// configInit writes the starter configuration of a province (or of one
// district of the list before 07/2025) to --out, or, without it, to the
// data directory, where every command then finds it.
func configInit(args []string) int {
	fs := newFlags("config init")
	province := fs.String("province", "", help("flag.init_province"))
	district := fs.String("district", "", help("flag.init_district"))
	out := fs.String("out", "", help("flag.init_out"))
	data := fs.String("data", "./data", help("flag.data"))
	force := fs.Bool("force", false, help("flag.init_force"))
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *province == "" {
		return failMsg("op.init_usage")
	}
	s, err := units.NewStarter(units.StarterOptions{Province: *province, District: *district})
	var nf *units.NotFound
	if errors.As(err, &nf) {
		return notFoundFail(nf)
	}
	if err != nil {
		return failWith(err)
	}
	path := *out
	if path == "" {
		path = filepath.Join(*data, dataConfigName)
		if _, err := os.Stat(path); err == nil && !*force {
			return failMsg("op.init_exists", "file", path)
		}
		if err := os.MkdirAll(*data, 0o755); err != nil {
			return failMsg("op.cannot_write", "file", path, "detail", err.Error())
		}
	}
	if err := writeFileAtomic(path, s.YAML); err != nil {
		return failMsg("op.cannot_write", "file", path, "detail", err.Error())
	}
	lang := operatorLang()
	fmt.Println(locales.Render(lang, locales.M("op.init_done", "file", path, "unit", s.Top.Name, "leaves", s.Leaves, "clusters", s.Clusters)))
	if *out == "" {
		fmt.Println(locales.Render(lang, locales.M("op.init_kept", "data", *data)))
	} else {
		fmt.Println(locales.Render(lang, locales.M("op.init_use", "file", path)))
	}
	return 0
}

// notFoundFail says which province or district is not in the lists, and
// what is.
func notFoundFail(nf *units.NotFound) int {
	if nf.What == "district" {
		return failMsg("op.init_no_district", "query", nf.Query, "province", nf.In, "choices", locales.Plain(strings.Join(nf.Choices, "; ")))
	}
	key := "op.init_no_province"
	if nf.Before {
		key = "op.init_no_province_before"
	}
	return failMsg(key, "query", nf.Query, "choices", locales.Plain(strings.Join(nf.Choices, "; ")))
}

// writeFileAtomic writes through a temporary file and a rename, so a
// failure leaves the old file or none, never half of one.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".baocao-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// configShow prints the configuration every command would read (or the
// sample named with --sample), and on stderr which one it is and why.
func configShow(args []string) int {
	var c common
	fs := newFlags("config show")
	c.register(fs, "./data")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	name, data, err := c.configText()
	if err != nil {
		return configFail(err)
	}
	os.Stdout.Write(data)
	fmt.Fprintln(os.Stderr, "baocao: "+locales.Render(operatorLang(), locales.M("op.config_shown", "file", name, "how", locales.M(c.chosen, "data", c.data))))
	return 0
}
