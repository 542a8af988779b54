package flows

import (
	"errors"
	"os"
	"testing"

	"github.com/baocao/baocao/locales"
)

// FuzzParseConfig loads arbitrary bytes as a configuration: it must give a
// configuration or a *ConfigError listing problems that render in both
// languages, never a panic and never another kind of error.
func FuzzParseConfig(f *testing.F) {
	if y, err := os.ReadFile("sample/thach-thanh.yaml"); err == nil {
		f.Add(y)
	}
	f.Add([]byte(brokenConfig))
	f.Add([]byte(exprUnits + "  - id: t\n    title: T\n    period: month\n    questions:\n      - &q {id: a, type: integer, label: A, relevant: \"a > 0\"}\n      - {id: r, type: percent, label: R, calculate: \"a / (1 - 1)\"}\n"))
	f.Add([]byte("units: [{code: x, name: y, children: *a}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := ParseConfig("fuzz.yaml", data)
		if err == nil {
			if cfg == nil || cfg.Units == nil {
				t.Fatal("no error and no configuration")
			}
			return
		}
		var ce *ConfigError
		if !errors.As(err, &ce) || len(ce.Problems) == 0 {
			t.Fatalf("not a ConfigError with problems: %v", err)
		}
		for _, lang := range locales.Langs {
			if ce.Render(lang) == "" {
				t.Fatal("empty rendering")
			}
		}
	})
}
