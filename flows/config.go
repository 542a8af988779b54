package flows

import (
	"bytes"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/baocao/baocao/locales"
)

// Config is everything an operator configures: the unit tree and the forms.
// It is data, checked when it loads: ParseConfig reports every mistake with
// its line, so `baocao config check` can list them all at once.
type Config struct {
	Source string // the file name, for messages
	Units  *Units
	Forms  []*Form
	// PublicRanks lets officers see the figures of their peers, not only
	// their own unit's rank.
	PublicRanks bool
	// Targets are the configured goals per indicator and year; Clusters
	// the named groups of units ranked together ("cụm thi đua").
	Targets  *Targets
	Clusters []*Cluster
	// Reminders is the reminder ladders and quiet hours; nil sends none.
	Reminders *Reminders
	// Address is how the Vietnamese catalog addresses people: anh/chị
	// (default), đồng chí or bạn. The wiring hands it to
	// locales.SetAddress when the configuration loads.
	Address locales.Address
	// Eras are the first days of the eras after the first (era.go),
	// ascending: the configuration's units are valid from the last. Before
	// is the units of the era before theirs, for names, when the wiring
	// attached the official list (SetBefore); nil otherwise.
	Eras   []time.Time
	Before *Units
	// Warnings are what the file should say better but can be served as
	// it is (a share that cannot be computed when its divisor is 0: the
	// figure is then left out, never wrong). `baocao config check` prints
	// them, and the bot logs them at start, instead of refusing a file the
	// last release accepted.
	Warnings *ConfigError
}

type configFile struct {
	Units       []*Unit    `yaml:"units"`
	Forms       []*Form    `yaml:"forms"`
	PublicRanks bool       `yaml:"public_ranks"`
	Targets     []*Target  `yaml:"targets"`
	Clusters    []*Cluster `yaml:"clusters"`
	// Reminders: ladders and quiet hours, checked in schedule.go.
	Reminders *Reminders `yaml:"reminders"`
	// Address: "anh/chị", "đồng chí" or "bạn".
	Address addressSetting `yaml:"address"`
	// Eras: the first days of later eras ("2025-07-01"), checked in era.go.
	Eras []eraSetting `yaml:"eras"`
}

// addressSetting is the configured form of address, checked as it decodes.
type addressSetting locales.Address

// UnmarshalYAML accepts anh/chị, đồng chí or bạn (with or without diacritics).
func (a *addressSetting) UnmarshalYAML(n *yaml.Node) error {
	v, ok := locales.ParseAddress(n.Value)
	if n.Kind != yaml.ScalarNode || !ok {
		return locales.YAMLError(n.Line, locales.M("config.address_bad", "value", n.Value))
	}
	*a = addressSetting(v)
	return nil
}

// ConfigError lists every problem of a configuration file.
type ConfigError struct {
	File     string
	Problems []ConfigProblem
	// warnings are collected beside the problems while checking, and
	// handed to Config.Warnings when the file has no problem.
	warnings []ConfigProblem
}

// ConfigProblem is one mistake: where, and what was expected, as a
// catalog message (keys config.*) rendered in the reader's language.
type ConfigProblem struct {
	Line int
	Msg  locales.Msg
}

// Error lists the problems in English, "file:line: text", for logs and Go
// callers; Render gives the same in a person's language.
func (e *ConfigError) Error() string { return e.Render(locales.EN) }

// Render lists the problems in lang, one "file:line: text" line each.
func (e *ConfigError) Render(lang locales.Lang) string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		text := locales.Render(lang, p.Msg)
		if p.Line > 0 {
			fmt.Fprintf(&b, "%s:%d: %s", e.File, p.Line, text)
		} else {
			fmt.Fprintf(&b, "%s: %s", e.File, text)
		}
	}
	return b.String()
}

// topField is yaml.v3's KnownFields message for the file's top level.
var topField = regexp.MustCompile(`^line (\d+): field (\S+) not found in type flows\.configFile$`)

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// ParseConfig reads and checks a configuration. name is used in messages.
func ParseConfig(name string, data []byte) (*Config, error) {
	cerr := &ConfigError{File: name}
	if p, ok := topLevelProblem(data); !ok {
		cerr.Problems = append(cerr.Problems, p)
		return nil, cerr
	}
	var raw configFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil {
		te, ok := err.(*yaml.TypeError)
		if !ok { // not YAML at all: nothing more can be checked
			cerr.Problems = append(cerr.Problems, yamlProblem(err.Error(), "config.yaml_syntax"))
			return nil, cerr
		}
		// Wrong fields and types: the decoder filled in what it could, so
		// go on and report the file's other mistakes too.
		for _, m := range te.Errors {
			if f := topField.FindStringSubmatch(m); f != nil {
				line, _ := strconv.Atoi(f[1])
				cerr.addm(line, "config.unknown_field", "field", f[2], "what", locales.M("config.what.file"),
					"fields", strings.Join(sortedKeys(yamlFields(reflect.TypeOf(configFile{}))), ", "))
				continue
			}
			cerr.add(m)
		}
	}
	// An empty list item ("-" alone) decodes as nil: drop it, so that no
	// check meets a nil unit, form, question, target or cluster.
	raw.Units, raw.Forms, raw.Targets, raw.Clusters = dropNil(raw.Units), dropNil(raw.Forms), dropNil(raw.Targets), dropNil(raw.Clusters)
	for _, f := range raw.Forms {
		f.Questions = dropNil(f.Questions)
	}
	cfg := &Config{Source: name, Units: newUnits(raw.Units), Forms: raw.Forms, PublicRanks: raw.PublicRanks,
		Targets: newTargets(raw.Targets), Clusters: raw.Clusters, Address: locales.Address(raw.Address)}
	if cfg.Address == "" {
		cfg.Address = locales.DefaultAddress
	}
	checkUnits(cfg, cerr)
	checkForms(cfg, cerr)
	checkTargets(cfg, raw.Targets, cerr)
	checkClusters(cfg, cerr)
	registerClusters(cfg)
	prepareRatios(cfg)
	cfg.Reminders = raw.Reminders
	checkReminders(cfg, cerr)
	cfg.Eras = checkEras(raw.Eras, cfg.Units, cerr)
	if len(cerr.Problems) > 0 {
		sort.SliceStable(cerr.Problems, func(i, j int) bool { return cerr.Problems[i].Line < cerr.Problems[j].Line })
		return nil, cerr
	}
	if len(cerr.warnings) > 0 {
		sort.SliceStable(cerr.warnings, func(i, j int) bool { return cerr.warnings[i].Line < cerr.warnings[j].Line })
		cfg.Warnings = &ConfigError{File: name, Problems: cerr.warnings}
	}
	return cfg, nil
}

// topLevelProblem reports a file that has nothing to check: empty (or
// comments only), or whose top level is not the mapping of units:, forms:
// and the rest (a list, a single value). Said at the line where the
// content starts, so the author finds it; the decoder would only say
// "EOF" or name a Go type. ok is true when the file is a mapping, or is
// not YAML at all (the decoder then says where).
func topLevelProblem(data []byte) (p ConfigProblem, ok bool) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return p, true
	}
	if len(doc.Content) == 0 {
		return ConfigProblem{Line: 1, Msg: locales.M("config.empty_file")}, false
	}
	top := doc.Content[0]
	switch top.Kind {
	case yaml.MappingNode:
		return p, true
	case yaml.SequenceNode:
		return ConfigProblem{Line: top.Line, Msg: locales.M("config.top_is_list")}, false
	}
	return ConfigProblem{Line: top.Line, Msg: locales.M("config.top_is_value", "value", top.Value)}, false
}

// add records a message produced by yaml.v3 ("line N: …"), or one of
// ours that travelled through it (see problemText).
func (e *ConfigError) add(msg string) {
	e.Problems = append(e.Problems, yamlProblem(msg, "config.yaml_type"))
}

// addm records a problem at line from a catalog key and name/value pairs.
func (e *ConfigError) addm(line int, key string, kv ...any) {
	e.Problems = append(e.Problems, ConfigProblem{Line: line, Msg: locales.M(key, kv...)})
}

// warn records something the file should say better, at line, which does
// not stop it from being served (see Config.Warnings).
func (e *ConfigError) warn(line int, key string, kv ...any) {
	e.warnings = append(e.warnings, ConfigProblem{Line: line, Msg: locales.M(key, kv...)})
}

// addp records problems found while decoding.
func (e *ConfigError) addp(ps []ConfigProblem) { e.Problems = append(e.Problems, ps...) }

// yamlProblem turns a yaml.v3 message into a problem: its "line N:" prefix
// becomes the line, and the rest, yaml's own English, is wrapped in key.
// A message of ours carried inside a yaml.TypeError is decoded back.
func yamlProblem(msg, key string) ConfigProblem {
	msg = strings.TrimSpace(msg)
	line := 0
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		fmt.Sscan(m[1], &line)
		msg = m[2]
	}
	if m, ok := locales.MsgOfYAMLError(msg); ok {
		return ConfigProblem{Line: line, Msg: m}
	}
	return ConfigProblem{Line: line, Msg: locales.M(key, "line", ln(line), "detail", msg)}
}

// ln is a line number as a message argument: printed as is, never grouped.
func ln(n int) locales.Plain { return locales.Plain(strconv.Itoa(n)) }

// Form returns the form with id, or nil.
func (c *Config) Form(id string) *Form {
	for _, f := range c.Forms {
		if f.ID == id {
			return f
		}
	}
	return nil
}

// UnmarshalYAML records where the unit is declared and rejects unknown fields.
func (x *Unit) UnmarshalYAML(n *yaml.Node) error {
	type plain Unit
	x.line = n.Line
	x.problems = decodeStrict(n, (*plain)(x), "unit")
	return nil
}

var unitCode = regexp.MustCompile(`^[0-9A-Za-z_-]{1,16}$`)

func checkUnits(cfg *Config, e *ConfigError) {
	if len(cfg.Units.Roots) == 0 {
		e.addm(0, "config.no_units")
	}
	seen := map[string]int{}
	var walk func(list []*Unit)
	walk = func(list []*Unit) {
		for _, u := range list {
			e.addp(u.problems)
			switch {
			case u.Code == "":
				e.addm(u.line, "config.unit_code_missing")
			case !unitCode.MatchString(u.Code):
				e.addm(u.line, "config.unit_code_bad", "code", u.Code)
			case seen[u.Code] > 0:
				e.addm(u.line, "config.unit_code_used", "code", u.Code, "other", ln(seen[u.Code]))
			default:
				seen[u.Code] = u.line
			}
			if strings.TrimSpace(u.Name) == "" {
				e.addm(u.line, "config.unit_name_missing", "code", u.Code)
			}
			for _, old := range append(append([]string(nil), u.Formerly...), u.Partly...) {
				if !unitCode.MatchString(old) {
					e.addm(u.line, "config.unit_formerly_bad", "code", u.Code, "old", old)
				}
			}
			walk(u.Children)
		}
	}
	walk(cfg.Units.Roots)
}

// dropNil removes the nil entries of a decoded list.
func dropNil[T any](xs []*T) []*T {
	out := xs[:0]
	for _, x := range xs {
		if x != nil {
			out = append(out, x)
		}
	}
	return out
}
