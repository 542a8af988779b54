package locales

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

func TestEveryKeyExistsInEveryCatalog(t *testing.T) {
	c, err := Load(files)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range Langs {
		for _, b := range Langs {
			for k := range c[a] {
				if _, ok := c[b][k]; !ok {
					t.Errorf("key %q is in %s but missing from %s", k, a, b)
				}
			}
		}
	}
}

func TestTemplatesUseTheSamePlaceholdersInEveryLanguage(t *testing.T) {
	for k, vi := range std[VI] {
		en, ok := std[EN][k]
		if !ok {
			continue
		}
		if a, b := Placeholders(vi), Placeholders(en); !reflect.DeepEqual(uniq(a), uniq(b)) {
			t.Errorf("%s: vi uses %v, en uses %v", k, a, b)
		}
	}
}

func TestEveryTemplateRendersWithoutLeftovers(t *testing.T) {
	for _, lang := range Langs {
		for k, tmpl := range std[lang] {
			args := map[string]any{}
			for _, p := range Placeholders(tmpl) {
				args[p] = "x"
			}
			out := Render(lang, Msg{Key: k, Args: args})
			if strings.Contains(out, "{") && strings.Contains(out, "}") && placeholder.MatchString(out) {
				t.Errorf("%s/%s renders with a leftover placeholder: %q", lang, k, out)
			}
			if strings.TrimSpace(out) == "" {
				t.Errorf("%s/%s renders empty", lang, k)
			}
		}
	}
}

func TestVietnameseCatalogIsPolite(t *testing.T) {
	// Officials are addressed as "Bạn"; the familiar pronouns never appear.
	for k, tmpl := range std[VI] {
		low := " " + strings.ToLower(tmpl) + " "
		for _, bad := range []string{" mày ", " tao ", " cậu "} {
			if strings.Contains(low, bad) {
				t.Errorf("vi/%s uses %q: %q", k, strings.TrimSpace(bad), tmpl)
			}
		}
	}
}

func TestNumbersPrintTheVietnameseWay(t *testing.T) {
	cases := []struct {
		name string
		got  string
		want string
	}{
		{"thousands are grouped with a dot", Int(VI, 32657), "32.657"},
		{"a million has two dots", Int(VI, 1234567), "1.234.567"},
		{"english groups with commas", Int(EN, 32657), "32,657"},
		{"the decimal mark is a comma", Decimal(VI, 93.1), "93,1"},
		{"a percentage keeps one decimal", Pct(VI, 93.14), "93,1%"},
		{"a whole percentage has no decimals", Pct(VI, 80), "80%"},
		{"english percentage", Pct(EN, 93.1), "93.1%"},
		{"years are not grouped", Value(VI, Plain("2025")), "2025"},
		{"dates are dd/mm/yyyy", FormatDate(time.Date(2026, 1, 10, 23, 30, 0, 0, time.UTC)), "11/01/2026"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.got != c.want {
				t.Errorf("got %q, want %q", c.got, c.want)
			}
		})
	}
}

func uniq(s []string) []string {
	m := map[string]bool{}
	for _, x := range s {
		m[x] = true
	}
	out := make([]string, 0, len(m))
	for x := range m {
		out = append(out, x)
	}
	sort.Strings(out)
	return out
}
