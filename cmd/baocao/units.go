package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/baocao/baocao/flows/units"
	"github.com/baocao/baocao/locales"
)

// unitsCmd: baocao units import FILE [--province CODE] [--out FILE] —
// the units: section of a configuration from an official NSO list.
func unitsCmd(args []string) int {
	if len(args) == 0 || args[0] != "import" {
		return failMsg("op.units_usage")
	}
	fs := newFlags("units import")
	province := fs.String("province", "", help("flag.units_province"))
	out := fs.String("out", "", help("flag.units_out"))
	// Flags may come before or after the file name.
	rest := args[1:]
	var file string
	if len(rest) > 0 && rest[0] != "" && rest[0][0] != '-' {
		file, rest = rest[0], rest[1:]
	}
	if code, ok := parseFlags(fs, rest); !ok {
		return code
	}
	if file == "" && fs.NArg() > 0 {
		file = fs.Arg(0)
	}
	if file == "" {
		return failMsg("op.units_file")
	}
	in, err := os.Open(file)
	if err != nil {
		return failMsg("op.cannot_read", "file", file, "detail", err.Error())
	}
	defer in.Close()
	roots, format, err := units.Parse(in, *province)
	var nf *units.NotFound
	if errors.As(err, &nf) {
		// Name what the list does have, from the embedded one of its era.
		if o, lerr := units.Lists(); lerr == nil {
			if _, perr := o.Province(*province, format == units.ThreeTier); errors.As(perr, &nf) {
				return notFoundFail(nf)
			}
		}
	}
	if err != nil {
		return failMsg("op.cannot_read", "file", file, "detail", err.Error())
	}
	var buf bytes.Buffer
	if err := units.WriteYAML(&buf, roots, filepath.Base(file)); err != nil {
		return failWith(err)
	}
	provinces, leaves := units.Count(roots)
	kind := locales.M(map[units.Format]string{units.ThreeTier: "op.units_three_tier", units.TwoTier: "op.units_two_tier"}[format])
	if *out == "" {
		os.Stdout.Write(buf.Bytes())
	} else if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return failMsg("op.cannot_write", "file", *out, "detail", err.Error())
	}
	fmt.Fprintln(os.Stderr, "baocao: "+locales.Render(operatorLang(), locales.M("op.units_done", "file", file, "kind", kind, "provinces", provinces, "leaves", leaves)))
	return 0
}
