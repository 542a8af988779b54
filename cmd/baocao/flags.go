package main

// The operator's flags in the operator's language: the flag package's own
// help and complaints are English ("flag provided but not defined"), so
// each command's flag set stays silent and these print catalog messages
// instead (Vietnamese by default, English with BAOCAO_LANG=en).

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/baocao/baocao/locales"
)

// help renders a flag's description in the operator's language.
func help(key string) string { return locales.Render(operatorLang(), locales.M(key)) }

// newFlags is a flag set that prints nothing itself: parseFlags speaks.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseFlags parses args. When ok is false the command ends with code:
// 0 after -h printed the command's flags, 2 after a wrong flag was
// explained.
func parseFlags(fs *flag.FlagSet, args []string) (code int, ok bool) {
	err := fs.Parse(args)
	if err == nil {
		return 0, true
	}
	if errors.Is(err, flag.ErrHelp) {
		printFlags(os.Stdout, fs)
		return 0, false
	}
	lang := operatorLang()
	fmt.Fprintln(os.Stderr, "baocao: "+locales.Render(lang, flagProblem(err)))
	fmt.Fprintln(os.Stderr, locales.Render(lang, locales.M("op.flag_see_help", "cmd", fs.Name())))
	return 2, false
}

// flagProblem turns the flag package's error into a catalog message. Its
// errors are plain strings, so they are recognised by their wording
// (flag.FlagSet.failf and parseOne in the standard library).
func flagProblem(err error) locales.Msg {
	s := err.Error()
	switch {
	case strings.HasPrefix(s, "flag provided but not defined: "):
		return locales.M("op.flag_unknown", "flag", strings.TrimPrefix(s, "flag provided but not defined: "))
	case strings.HasPrefix(s, "flag needs an argument: "):
		return locales.M("op.flag_needs_value", "flag", strings.TrimPrefix(s, "flag needs an argument: "))
	case strings.HasPrefix(s, "invalid value "), strings.HasPrefix(s, "invalid boolean value "):
		// invalid value "x" for flag -chat-gap: parse error
		value, rest, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(s, "invalid boolean value "), "invalid value "), " for flag ")
		name, _, _ := strings.Cut(rest, ":")
		return locales.M("op.flag_bad_value", "flag", name, "value", strings.Trim(value, `"`))
	case strings.HasPrefix(s, "bad flag syntax: "):
		return locales.M("op.flag_syntax", "arg", strings.TrimPrefix(s, "bad flag syntax: "))
	}
	return locales.M("op.flag_other", "detail", s)
}

// printFlags lists a command's flags with their descriptions and defaults.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	lang := operatorLang()
	fmt.Fprintln(w, locales.Render(lang, locales.M("op.flags_usage", "cmd", fs.Name())))
	fs.VisitAll(func(f *flag.Flag) {
		line := "  --" + f.Name
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !b.IsBoolFlag() {
			line += " " + locales.Render(lang, locales.M("op.flag_arg"))
		}
		fmt.Fprintln(w, line)
		desc := f.Usage
		if f.DefValue != "" && f.DefValue != "false" {
			desc += " " + locales.Render(lang, locales.M("op.flag_default", "value", f.DefValue))
		}
		fmt.Fprintln(w, "      "+desc)
	})
}
