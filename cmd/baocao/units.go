package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/baocao/baocao/units"
)

// unitsCmd: baocao units import FILE [--province CODE] [--out FILE] —
// the units: section of a configuration from an official NSO list.
func unitsCmd(args []string) int {
	if len(args) == 0 || args[0] != "import" {
		return fail("units: expected \"baocao units import FILE [--province CODE] [--out config-units.yaml]\"")
	}
	fs := flag.NewFlagSet("units import", flag.ContinueOnError)
	province := fs.String("province", "", "only this province, by its NSO code (e.g. 38 for Thanh Hóa)")
	out := fs.String("out", "", "write the YAML here (default: standard output)")
	// Flags may come before or after the file name.
	rest := args[1:]
	var file string
	if len(rest) > 0 && rest[0] != "" && rest[0][0] != '-' {
		file, rest = rest[0], rest[1:]
	}
	if err := fs.Parse(rest); err != nil {
		return 2
	}
	if file == "" && fs.NArg() > 0 {
		file = fs.Arg(0)
	}
	if file == "" {
		return fail("units import: name the NSO list to read, e.g. baocao units import communes-2025-07.csv --province 38")
	}
	in, err := os.Open(file)
	if err != nil {
		return fail("units import: %v", err)
	}
	defer in.Close()
	roots, format, err := units.Parse(in, *province)
	if err != nil {
		return fail("units import %s: %v", file, err)
	}
	var buf bytes.Buffer
	if err := units.WriteYAML(&buf, roots, filepath.Base(file)); err != nil {
		return fail("units import: %v", err)
	}
	provinces, leaves := units.Count(roots)
	kind := map[units.Format]string{units.ThreeTier: "three-tier list (before 07/2025)", units.TwoTier: "two-tier list (from 07/2025)"}[format]
	if *out == "" {
		os.Stdout.Write(buf.Bytes())
	} else if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return fail("units import: %v", err)
	}
	fmt.Fprintf(os.Stderr, "baocao: %s: %s, %d provinces, %d reporting units. Add forms: and targets: to make it a configuration.\n", file, kind, provinces, leaves)
	return 0
}
