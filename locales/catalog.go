package locales

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

//go:embed vi/*.yaml en/*.yaml
var files embed.FS

// Msg is a sentence to show a person: a catalog key and its arguments. The
// pure packages return Msgs; only the edge renders them, in the reader's
// language.
type Msg struct {
	Key  string         `json:"k"`
	Args map[string]any `json:"a,omitempty"`
}

// M builds a Msg from a key and name/value pairs: M("greet", "unit", name).
func M(key string, kv ...any) Msg {
	m := Msg{Key: key}
	if len(kv) > 0 {
		m.Args = make(map[string]any, len(kv)/2)
		for i := 0; i+1 < len(kv); i += 2 {
			k, ok := kv[i].(string)
			if !ok {
				k = fmt.Sprint(kv[i])
			}
			m.Args[k] = kv[i+1]
		}
	}
	return m
}

// Catalog maps each language's keys to templates.
type Catalog map[Lang]map[string]string

var placeholder = regexp.MustCompile(`\{([a-zA-Z0-9_]+)\}`)

// Load reads every vi/*.yaml and en/*.yaml in fsys. A key defined twice in
// one language is an error.
func Load(fsys fs.FS) (Catalog, error) {
	c := Catalog{}
	for _, lang := range Langs {
		c[lang] = map[string]string{}
		names, err := fs.Glob(fsys, string(lang)+"/*.yaml")
		if err != nil {
			return nil, err
		}
		sort.Strings(names)
		for _, name := range names {
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				return nil, err
			}
			var entries map[string]string
			if err := yaml.Unmarshal(data, &entries); err != nil {
				return nil, fmt.Errorf("locales/%s: %w", name, err)
			}
			for k, v := range entries {
				if _, dup := c[lang][k]; dup {
					return nil, fmt.Errorf("locales/%s: key %q is defined twice in %s", name, k, path.Dir(name))
				}
				c[lang][k] = strings.TrimRight(v, "\n")
			}
		}
	}
	return c, nil
}

var std = mustLoad()

func mustLoad() Catalog {
	c, err := Load(files)
	if err != nil {
		panic(err) // the catalogs are embedded; TestCatalogs catches this first
	}
	return c
}

// Std is the embedded catalog.
func Std() Catalog { return std }

// Has reports whether key exists in the embedded catalog.
func Has(key string) bool { _, ok := std[VI][key]; return ok }

// TypedSuffix names a message's wording for a channel without buttons
// (Zalo), where choices come as a numbered list or as words to type: "press
// the button below" would send the person looking for a button that is
// not there. A key without such a variant reads the same everywhere.
const TypedSuffix = ".typed"

// Typed is m worded for a channel without buttons, where the catalog has
// that wording (KEY.typed), and m itself otherwise.
// The messages it carries as arguments are worded so too: a note inside a
// reply ("session.note_then") must not speak of buttons either.
func (m Msg) Typed() Msg {
	t, _ := m.typed()
	return t
}

// typed is Typed, and whether anything changed: the arguments are copied
// only then (most messages have no wording of their own for Zalo).
func (m Msg) typed() (Msg, bool) {
	changed := false
	if Has(m.Key + TypedSuffix) {
		m.Key += TypedSuffix
		changed = true
	}
	var args map[string]any
	for k, v := range m.Args {
		var t any
		switch x := v.(type) {
		case Msg:
			tm, ok := x.typed()
			if !ok {
				continue
			}
			t = tm
		case []Msg:
			var ts []Msg
			for i, sub := range x {
				if tm, ok := sub.typed(); ok {
					if ts == nil {
						ts = append([]Msg(nil), x...)
					}
					ts[i] = tm
				}
			}
			if ts == nil {
				continue
			}
			t = ts
		default:
			continue
		}
		if args == nil { // copied on write: the caller's Msg stays as it was
			args = make(map[string]any, len(m.Args))
			for k2, v2 := range m.Args {
				args[k2] = v2
			}
		}
		args[k] = t
	}
	if args != nil {
		m.Args = args
		changed = true
	}
	return m, changed
}

// Render renders m in lang from the embedded catalog. A missing key renders
// as the key itself so a gap is visible, never a crash; tests forbid gaps.
func Render(lang Lang, m Msg) string { return std.Render(lang, m) }

// Render renders m in lang.
//
// Besides the message's own arguments, a template may say {addr} (the
// configured form of address, see Address) and, for any argument, the
// same name capitalised, {Addr} or {Unit}, for its value with a capital
// first letter where a sentence starts with it. Where {title} {period}
// stand side by side they are said as one name, the title's last words
// not repeated by the period: "Báo cáo hoạt động tháng" and "tháng
// 11/2026" make "Báo cáo hoạt động tháng 11/2026".
func (c Catalog) Render(lang Lang, m Msg) string {
	lang = lang.orDefault()
	tmpl, ok := c[lang][m.Key]
	if !ok {
		if tmpl, ok = c[Default][m.Key]; !ok {
			return m.Key
		}
	}
	args := m.Args
	if t, ok := args["title"]; ok && strings.Contains(tmpl, titlePeriod) {
		if p, ok := args["period"]; ok {
			args = make(map[string]any, len(m.Args)+1)
			for k, v := range m.Args {
				args[k] = v
			}
			args["_report"] = Plain(ReportName(Value(lang, t), Value(lang, p)))
			tmpl = strings.ReplaceAll(tmpl, titlePeriod, "{_report}")
		}
	}
	return fill(lang, tmpl, args)
}

// titlePeriod is the pair of placeholders said as one report name.
const titlePeriod = "{title} {period}"

// fill replaces the {name}s of tmpl with args rendered in lang.
func fill(lang Lang, tmpl string, args map[string]any) string {
	return replacePlaceholders(tmpl, func(ph string) string {
		name := ph[1 : len(ph)-1]
		if v, ok := args[name]; ok {
			return Value(lang, v)
		}
		lower := strings.ToLower(name[:1]) + name[1:]
		if lower == "addr" {
			if name == "addr" {
				return addressIn(lang)
			}
			return capitalize(addressIn(lang))
		}
		if lower != name {
			if v, ok := args[lower]; ok {
				if u, isUnit := v.(UnitName); isUnit {
					return capitalize(string(u)) // the official form
				}
				return capitalize(Value(lang, v))
			}
		}
		return ph
	})
}

// replacePlaceholders is placeholder.ReplaceAllStringFunc written out:
// every reply fills a template, and the regexp machinery was a tenth of
// a reply's allocations.
func replacePlaceholders(tmpl string, repl func(ph string) string) string {
	if strings.IndexByte(tmpl, '{') < 0 {
		return tmpl
	}
	var b strings.Builder
	b.Grow(len(tmpl) + 32)
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := i + 1
		for j < len(tmpl) && isNameByte(tmpl[j]) {
			j++
		}
		if j == i+1 || j == len(tmpl) || tmpl[j] != '}' {
			b.WriteString(tmpl[:i+1]) // not a placeholder: go on after its "{"
			tmpl = tmpl[i+1:]
			continue
		}
		b.WriteString(tmpl[:i])
		b.WriteString(repl(tmpl[i : j+1]))
		tmpl = tmpl[j+1:]
	}
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// ReportName joins a report's title and its period into one name: the
// title's last words that the period starts with are said once
// ("Báo cáo tổng kết năm" + "năm 2026" → "Báo cáo tổng kết năm 2026";
// "Báo cáo sơ kết 6 tháng" + "6 tháng đầu năm 2026" → "Báo cáo sơ kết 6
// tháng đầu năm 2026").
func ReportName(title, period string) string {
	tw, pw := strings.Fields(title), strings.Fields(period)
	for n := min(len(tw), len(pw)); n > 0; n-- {
		if strings.EqualFold(strings.Join(tw[len(tw)-n:], " "), strings.Join(pw[:n], " ")) {
			return strings.Join(append(tw[:len(tw)-n:len(tw)-n], pw...), " ")
		}
	}
	if title == "" {
		return period
	}
	return title + " " + period
}

// Placeholders lists the {names} a template uses.
func Placeholders(tmpl string) []string {
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(tmpl, -1) {
		out = append(out, m[1])
	}
	sort.Strings(out)
	return out
}
