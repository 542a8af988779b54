package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/flows/xlsform"
	"github.com/baocao/baocao/locales"
)

// formsCmd: baocao forms import FILE.xlsx [--config FILE] [--out FILE]
// puts a form designed in Excel into the configuration, checked;
// baocao forms export ID [--config FILE] [--out FILE.xlsx] writes one back.
func formsCmd(args []string) int {
	if len(args) == 0 || (args[0] != "import" && args[0] != "export") {
		return failMsg("xlsform.usage")
	}
	verb := args[0]
	fs := newFlags("forms " + verb)
	config := fs.String("config", "", help("flag.config"))
	out := fs.String("out", "", help("flag.forms_"+verb+"_out"))
	// The file or id may come before or after the flags.
	rest := args[1:]
	var arg string
	if len(rest) > 0 && rest[0] != "" && rest[0][0] != '-' {
		arg, rest = rest[0], rest[1:]
	}
	if code, ok := parseFlags(fs, rest); !ok {
		return code
	}
	if arg == "" && fs.NArg() > 0 {
		arg = fs.Arg(0)
	}
	if arg == "" {
		return failMsg("xlsform.usage")
	}
	cfgName, cfgYAML := sample.Name, sample.YAML
	if *config != "" {
		data, err := os.ReadFile(*config)
		if err != nil {
			return configFail(&configReadError{path: *config, err: err})
		}
		cfgName, cfgYAML = *config, data
	}
	if verb == "export" {
		return formsExport(arg, cfgName, cfgYAML, *out)
	}
	return formsImport(arg, cfgName, cfgYAML, *out)
}

func formsImport(file, cfgName string, cfgYAML []byte, out string) int {
	lang := operatorLang()
	in, err := os.Open(file)
	if err != nil {
		return failMsg("op.cannot_read", "file", file, "detail", err.Error())
	}
	defer in.Close()
	res, err := xlsform.Import(filepath.Base(file), in, cfgName, cfgYAML)
	var xe *xlsform.Error
	if errors.As(err, &xe) {
		fmt.Fprintln(os.Stderr, xe.Render(lang))
		fmt.Fprintln(os.Stderr, locales.Render(lang, locales.M("xlsform.summary", "count", len(xe.Problems))))
		return 1
	}
	if err != nil {
		return configFail(err)
	}
	key := "xlsform.imported"
	if res.Replaced {
		key = "xlsform.imported_replaced"
	}
	f := res.Form
	fmt.Fprintln(os.Stderr, "baocao: "+locales.Render(lang, locales.M(key, "file", file, "id", f.ID, "title", f.Title,
		"questions", len(f.Questions), "config", cfgName)))
	if res.Warnings != nil {
		fmt.Fprintln(os.Stderr, locales.Render(lang, locales.M("config.warnings", "count", len(res.Warnings.Problems))))
		fmt.Fprintln(os.Stderr, res.Warnings.Render(lang))
	}
	if out == "" {
		os.Stdout.Write(res.YAML)
		return 0
	}
	// Written beside and renamed: a failed write leaves the old file whole.
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, res.YAML, 0o644); err != nil {
		return failMsg("op.cannot_write", "file", out, "detail", err.Error())
	}
	if err := os.Rename(tmp, out); err != nil {
		os.Remove(tmp)
		return failMsg("op.cannot_write", "file", out, "detail", err.Error())
	}
	fmt.Fprintln(os.Stderr, "baocao: "+locales.Render(lang, locales.M("xlsform.written", "out", out)))
	return 0
}

func formsExport(id, cfgName string, cfgYAML []byte, out string) int {
	cfg, err := flows.ParseConfig(cfgName, cfgYAML)
	if err != nil {
		return configFail(err)
	}
	f := cfg.Form(id)
	if f == nil {
		var ids []string
		for _, x := range cfg.Forms {
			ids = append(ids, x.ID)
		}
		return failMsg("xlsform.form_unknown", "id", id, "ids", strings.Join(ids, ", "))
	}
	data, err := xlsform.Export(f)
	if err != nil {
		return failWith(err)
	}
	if out == "" {
		out = f.ID + ".xlsx"
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return failMsg("op.cannot_write", "file", out, "detail", err.Error())
	}
	fmt.Fprintln(os.Stderr, "baocao: "+locales.Render(operatorLang(), locales.M("xlsform.exported", "id", f.ID, "title", f.Title, "out", out)))
	return 0
}
