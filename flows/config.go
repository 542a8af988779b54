package flows

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
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
}

type configFile struct {
	Units       []*Unit    `yaml:"units"`
	Forms       []*Form    `yaml:"forms"`
	PublicRanks bool       `yaml:"public_ranks"`
	Targets     []*Target  `yaml:"targets"`
	Clusters    []*Cluster `yaml:"clusters"`
	// Reminders: ladders and quiet hours, checked in schedule.go.
	Reminders *Reminders `yaml:"reminders"`
}

// ConfigError lists every problem of a configuration file.
type ConfigError struct {
	File     string
	Problems []ConfigProblem
}

// ConfigProblem is one mistake: where, and what was expected.
type ConfigProblem struct {
	Line int
	Text string
}

func (e *ConfigError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		if p.Line > 0 {
			fmt.Fprintf(&b, "%s:%d: %s", e.File, p.Line, p.Text)
		} else {
			fmt.Fprintf(&b, "%s: %s", e.File, p.Text)
		}
	}
	return b.String()
}

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// ParseConfig reads and checks a configuration. name is used in messages.
func ParseConfig(name string, data []byte) (*Config, error) {
	cerr := &ConfigError{File: name}
	var raw configFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil {
		te, ok := err.(*yaml.TypeError)
		if !ok { // not YAML at all: nothing more can be checked
			cerr.add(err.Error())
			return nil, cerr
		}
		// Wrong fields and types: the decoder filled in what it could, so
		// go on and report the file's other mistakes too.
		for _, m := range te.Errors {
			cerr.add(m)
		}
	}
	cfg := &Config{Source: name, Units: newUnits(raw.Units), Forms: raw.Forms, PublicRanks: raw.PublicRanks,
		Targets: newTargets(raw.Targets), Clusters: raw.Clusters}
	checkUnits(cfg, cerr)
	checkForms(cfg, cerr)
	checkTargets(cfg, raw.Targets, cerr)
	checkClusters(cfg, cerr)
	prepareRatios(cfg)
	cfg.Reminders = raw.Reminders
	checkReminders(cfg, cerr)
	if len(cerr.Problems) > 0 {
		sort.SliceStable(cerr.Problems, func(i, j int) bool { return cerr.Problems[i].Line < cerr.Problems[j].Line })
		return nil, cerr
	}
	return cfg, nil
}

func (e *ConfigError) add(msg string) {
	msg = strings.TrimSpace(msg)
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		var line int
		fmt.Sscan(m[1], &line)
		e.Problems = append(e.Problems, ConfigProblem{Line: line, Text: m[2]})
		return
	}
	e.Problems = append(e.Problems, ConfigProblem{Text: msg})
}

func (e *ConfigError) addf(line int, format string, args ...any) {
	e.Problems = append(e.Problems, ConfigProblem{Line: line, Text: fmt.Sprintf(format, args...)})
}

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
	x.problems = decodeStrict(n, (*plain)(x), "a unit")
	return nil
}

var unitCode = regexp.MustCompile(`^[0-9A-Za-z_-]{1,16}$`)

func checkUnits(cfg *Config, e *ConfigError) {
	if len(cfg.Units.Roots) == 0 {
		e.addf(0, "no units: add a list under units: with at least one unit (code and name)")
	}
	seen := map[string]int{}
	var walk func(list []*Unit)
	walk = func(list []*Unit) {
		for _, u := range list {
			for _, p := range u.problems {
				e.add(p)
			}
			switch {
			case u.Code == "":
				e.addf(u.line, "a unit needs a code (the official NSO code, e.g. 15247)")
			case !unitCode.MatchString(u.Code):
				e.addf(u.line, "unit code %q: expected 1-16 letters, digits, - or _", u.Code)
			case seen[u.Code] > 0:
				e.addf(u.line, "unit code %s is already used at line %d", u.Code, seen[u.Code])
			default:
				seen[u.Code] = u.line
			}
			if strings.TrimSpace(u.Name) == "" {
				e.addf(u.line, "unit %s needs a name", u.Code)
			}
			walk(u.Children)
		}
	}
	walk(cfg.Units.Roots)
}
