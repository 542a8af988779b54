package locales

import (
	"encoding/json"
	"fmt"
	"strings"

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

// Filled is a configured phrase whose {name}s are filled from Args when it
// is rendered, e.g. a question label saying {level}.
type Filled struct {
	Text Text
	Args map[string]any
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
				return YAMLError(k.Line, M("config.text_lang_unknown", "lang", k.Value))
			}
			if v.Kind != yaml.ScalarNode {
				return YAMLError(v.Line, M("config.text_not_string", "lang", k.Value))
			}
			out[Lang(k.Value)] = v.Value
		}
		if out[VI] == "" {
			return YAMLError(n.Line, M("config.text_vi_missing"))
		}
		*t = out
		return nil
	}
	return YAMLError(n.Line, M("config.text_bad"))
}

// YAMLError is a yaml.TypeError carrying a catalog message, for a custom
// unmarshaler: the decoder collects it with the file's other mistakes
// instead of stopping at the first, and MsgOfYAMLError reads the message
// back from the collected "line N: …" text.
func YAMLError(line int, m Msg) error {
	b, _ := json.Marshal(m)
	return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: %s%s", line, yamlMsgMarker, b)}}
}

// yamlMsgMarker starts a Msg encoded as JSON in a yaml.TypeError text.
const yamlMsgMarker = "\x1fmsg:"

// MsgOfYAMLError decodes the text of a YAMLError once its "line N: "
// prefix is removed; ok is false for yaml.v3's own messages.
func MsgOfYAMLError(text string) (m Msg, ok bool) {
	rest, ok := strings.CutPrefix(text, yamlMsgMarker)
	if !ok || json.Unmarshal([]byte(rest), &m) != nil {
		return Msg{}, false
	}
	return m, true
}
