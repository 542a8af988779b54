package flows

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// decodeStrict decodes a YAML mapping into v, a pointer to a struct, and
// reports every key the struct does not declare. yaml.v3's KnownFields does
// not reach into custom unmarshalers, so each config type calls this instead.
// Errors are yaml.TypeErrors so the decoder keeps going and a person sees
// every mistake of the file at once, not only the first.
func decodeStrict(n *yaml.Node, v any, what string) error {
	if n.Kind != yaml.MappingNode {
		return typeErr(n.Line, "%s must be a map of fields", what)
	}
	allowed := yamlFields(reflect.TypeOf(v).Elem())
	var errs []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if !allowed[k.Value] {
			errs = append(errs, fmt.Sprintf("line %d: unknown field %q in %s (expected one of: %s)", k.Line, k.Value, what, strings.Join(sortedKeys(allowed), ", ")))
		}
	}
	if err := n.Decode(v); err != nil {
		if te, ok := err.(*yaml.TypeError); ok {
			errs = append(errs, te.Errors...)
		} else {
			errs = append(errs, fmt.Sprintf("line %d: %v", n.Line, err))
		}
	}
	if len(errs) > 0 {
		return &yaml.TypeError{Errors: errs}
	}
	return nil
}

func typeErr(line int, format string, args ...any) error {
	return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: ", line) + fmt.Sprintf(format, args...)}}
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
