package flows

import (
	"reflect"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/baocao/baocao/locales"
)

// decodeStrict decodes a YAML mapping into v, a pointer to a struct, and
// returns every key the struct does not declare and every value of the
// wrong type, as problems with their lines; what names the element in the
// messages (config.what.<what>). yaml.v3's KnownFields does not reach
// into custom unmarshalers; and an unmarshaler that returns an error makes
// yaml.v3 drop the whole element, which would turn one misspelt field into
// "no units". So the problems travel with the decoded value instead and the
// config checks report them, together with the file's other mistakes.
func decodeStrict(n *yaml.Node, v any, what string) []ConfigProblem {
	kind := locales.M("config.what." + what)
	if n.Kind != yaml.MappingNode {
		return []ConfigProblem{{Line: n.Line, Msg: locales.M("config.not_a_map", "what", kind)}}
	}
	allowed := yamlFields(reflect.TypeOf(v).Elem())
	var problems []ConfigProblem
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if !allowed[k.Value] {
			problems = append(problems, ConfigProblem{Line: k.Line, Msg: locales.M("config.unknown_field",
				"field", k.Value, "what", kind, "fields", strings.Join(sortedKeys(allowed), ", "))})
		}
	}
	if err := n.Decode(v); err != nil {
		if te, ok := err.(*yaml.TypeError); ok {
			for _, m := range te.Errors {
				problems = append(problems, yamlProblem(m, "config.yaml_type"))
			}
		} else {
			problems = append(problems, ConfigProblem{Line: n.Line, Msg: locales.M("config.yaml_type", "line", ln(n.Line), "detail", err.Error())})
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
// rung): yaml.v3 collects it with the file's other mistakes, and
// yamlProblem decodes the catalog message back.
func typeErr(line int, key string, kv ...any) error {
	return locales.YAMLError(line, locales.M(key, kv...))
}
