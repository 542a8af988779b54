package locales

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// Text is a configured phrase in several languages, such as a form title or
// a question label. In YAML it is either a plain string (Vietnamese only) or
// a map {vi: ..., en: ...}.
type Text map[Lang]string

// T builds a Text from a Vietnamese and an English phrase.
func T(vi, en string) Text { return Text{VI: vi, EN: en} }

// In returns the phrase in lang, falling back to Vietnamese, then to any.
func (t Text) In(lang Lang) string {
	if s, ok := t[lang.orDefault()]; ok && s != "" {
		return s
	}
	if s, ok := t[VI]; ok && s != "" {
		return s
	}
	for _, s := range t {
		if s != "" {
			return s
		}
	}
	return ""
}

// IsZero reports whether the text has no phrase at all.
func (t Text) IsZero() bool { return t.In(VI) == "" }

// UnmarshalYAML accepts a plain string or a map of language codes.
func (t *Text) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		*t = Text{VI: n.Value}
		return nil
	case yaml.MappingNode:
		out := Text{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Value != string(VI) && k.Value != string(EN) {
				return textErr(k.Line, "unknown language %q (expected vi or en)", k.Value)
			}
			if v.Kind != yaml.ScalarNode {
				return textErr(v.Line, "the %s text must be a string", k.Value)
			}
			out[Lang(k.Value)] = v.Value
		}
		if out[VI] == "" {
			return textErr(n.Line, "a Vietnamese text (vi) is required")
		}
		*t = out
		return nil
	}
	return textErr(n.Line, "expected a text or a map {vi: ..., en: ...}")
}

// textErr is a yaml.TypeError so the decoder collects it with the file's
// other mistakes instead of stopping at the first.
func textErr(line int, format string, args ...any) error {
	return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: ", line) + fmt.Sprintf(format, args...)}}
}
