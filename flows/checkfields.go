package flows

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// decodeStrict decodes a YAML mapping into v, a pointer to a struct, and
// returns every key the struct does not declare and every value of the
// wrong type, as "line N: …" problems. yaml.v3's KnownFields does not reach
// into custom unmarshalers; and an unmarshaler that returns an error makes
// yaml.v3 drop the whole element, which would turn one misspelt field into
// "no units". So the problems travel with the decoded value instead and the
// config checks report them, together with the file's other mistakes.
func decodeStrict(n *yaml.Node, v any, what string) []string {
	if n.Kind != yaml.MappingNode {
		return []string{fmt.Sprintf("line %d: %s must be a map of fields", n.Line, what)}
	}
	allowed := yamlFields(reflect.TypeOf(v).Elem())
	var problems []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if !allowed[k.Value] {
			problems = append(problems, fmt.Sprintf("line %d: unknown field %q in %s (expected one of: %s)", k.Line, k.Value, what, strings.Join(sortedKeys(allowed), ", ")))
		}
	}
	if err := n.Decode(v); err != nil {
		if te, ok := err.(*yaml.TypeError); ok {
			problems = append(problems, te.Errors...)
		} else {
			problems = append(problems, fmt.Sprintf("line %d: %v", n.Line, err))
		}
	}
	return problems
}

func yamlFields(t reflect.Type) map[string]bool {
	out := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if tag == "-" || !f.IsExported() {
			continue
		}
		if tag == "" {
			tag = strings.ToLower(f.Name)
		}
		out[tag] = true
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// typeErr is a yaml.TypeError for a scalar's own unmarshaler (a reminder
// rung): yaml.v3 collects it with the file's other mistakes.
func typeErr(line int, format string, args ...any) error {
	return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: ", line) + fmt.Sprintf(format, args...)}}
}
