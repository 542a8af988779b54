package flows

import (
	"errors"
	"strings"
	"testing"

	"github.com/baocao/baocao/locales"
)

func problemsOf(t *testing.T, yaml string) []string {
	t.Helper()
	_, err := ParseConfig("t.yaml", []byte(yaml))
	var ce *ConfigError
	if err != nil && !errors.As(err, &ce) {
		t.Fatal(err)
	}
	if ce == nil {
		return nil
	}
	return strings.Split(ce.Render(locales.EN), "\n")
}

const exprUnits = `units:
  - {code: "391", name: Huyện, children: [{code: "A", name: Xã A}]}
forms:
`

func TestConfigCheckCatchesAConstantDivisionByZero(t *testing.T) {
	for _, calc := range []string{"a / 0 * 100", "a / (2 - 2)", "a / 0.0", "1 / 0", "(a + 1) / (3 * 0)"} {
		got := problemsOf(t, exprUnits+`  - id: thang
    title: Tháng
    period: month
    questions:
      - {id: a, type: integer, label: "A?"}
      - {id: r, type: percent, label: "R", calculate: "`+calc+`"}
`)
		if len(got) != 1 || !strings.Contains(got[0], "t.yaml:9:") || !strings.Contains(got[0], "divides by zero") {
			t.Errorf("calculate %q: %q", calc, got)
		}
	}
	t.Run("a divisor that is a question is fine (checked when computed)", func(t *testing.T) {
		if got := problemsOf(t, exprUnits+`  - id: thang
    title: Tháng
    period: month
    questions:
      - {id: a, type: integer, label: "A?"}
      - {id: b, type: integer, label: "B?"}
      - {id: r, type: percent, label: "R", calculate: "a / (b - 0) * 100"}
`); got != nil {
			t.Errorf("%q", got)
		}
	})
}

func TestConfigCheckCatchesCircularRelevantAndCalculate(t *testing.T) {
	cases := map[string]string{
		"relevant of two questions": `      - {id: a, type: integer, label: "A?", relevant: "b > 0"}
      - {id: b, type: integer, label: "B?", relevant: "a > 0"}
`,
		"a question relevant on itself": `      - {id: a, type: integer, label: "A?", relevant: "a > 0"}
`,
		"two calculations": `      - {id: a, type: integer, label: "A?"}
      - {id: x, type: decimal, label: "X", calculate: "y + a"}
      - {id: y, type: decimal, label: "Y", calculate: "x * 2"}
`,
		"relevant through a calculation": `      - {id: a, type: integer, label: "A?", relevant: "x > 1"}
      - {id: x, type: decimal, label: "X", calculate: "a * 2"}
`,
	}
	for name, qs := range cases {
		t.Run(name, func(t *testing.T) {
			got := problemsOf(t, exprUnits+"  - id: thang\n    title: Tháng\n    period: month\n    questions:\n"+qs)
			n := 0
			for _, g := range got {
				if strings.Contains(g, "in a circle") {
					n++
				}
			}
			if n != 1 {
				t.Errorf("want one circle reported, got %q", got)
			}
		})
	}
	t.Run("a chain without a circle is fine", func(t *testing.T) {
		if got := problemsOf(t, exprUnits+`  - id: thang
    title: Tháng
    period: month
    questions:
      - {id: a, type: integer, label: "A?"}
      - {id: b, type: integer, label: "B?", relevant: "a > 0"}
      - {id: x, type: decimal, label: "X", calculate: "a + b"}
      - {id: c, type: integer, label: "C?", relevant: "x > 0 && b > 0"}
`); got != nil {
			t.Errorf("%q", got)
		}
	})
}

func TestAnErrorInASharedQuestionIsReportedOnceNamingTheForms(t *testing.T) {
	got := problemsOf(t, exprUnits+`  - id: thang
    title: Tháng
    period: month
    questions:
      - &chung {id: so_tin, type: integr, label: "Số tin?"}
      - {id: a, type: integer, label: "A?"}
  - id: nam
    title: Năm
    period: year
    questions:
      - *chung
      - {id: b, type: integer}
`)
	if len(got) != 2 {
		t.Fatalf("want the shared mistake once and b's missing label, got %q", got)
	}
	if !strings.Contains(got[0], "t.yaml:8:") || !strings.Contains(got[0], "in forms thang, nam") || !strings.Contains(got[0], `"integr"`) {
		t.Errorf("shared: %q", got[0])
	}
	if strings.Contains(got[1], "in forms") {
		t.Errorf("a mistake of one form names forms: %q", got[1])
	}
	vi := func() string {
		_, err := ParseConfig("t.yaml", []byte(exprUnits+"  - id: thang\n    title: T\n    period: month\n    questions:\n      - &c {id: x, type: integr, label: X}\n  - id: nam\n    title: N\n    period: year\n    questions:\n      - *c\n"))
		var ce *ConfigError
		errors.As(err, &ce)
		return ce.Render(locales.VI)
	}()
	if !strings.Contains(vi, "Trong các biểu mẫu thang, nam") {
		t.Errorf("vi: %s", vi)
	}
}

func TestConfigCheckCatchesADivisionByAQuestionThatCanBe0(t *testing.T) {
	form := func(b, calc string) string {
		return exprUnits + `  - id: thang
    title: Tháng
    period: month
    questions:
      - {id: a, type: integer, label: "A?"}
      - ` + b + `
      - {id: r, type: percent, label: "R", calculate: "` + calc + `"}
`
	}
	warned := map[string][2]string{
		"a divisor without a min":     {`{id: b, type: integer, label: "B?"}`, "a / b * 100"},
		"a divisor whose min is 0":    {`{id: b, type: integer, min: 0, label: "B?"}`, "a / b * 100"},
		"a calculated divisor":        {`{id: b, type: integer, label: "B", calculate: "a - 1"}`, "a / b"},
		"a guard on another question": {`{id: b, type: integer, label: "B?"}`, "a > 0 ? a / b * 100 : nil"},
		"a constraint that allows 0":  {`{id: b, type: integer, label: "B?", constraint: "b >= 0", message: {vi: "Không âm.", en: "Not negative."}}`, "a / b * 100"},
	}
	for name, c := range warned {
		t.Run(name+" is served, with a warning at its line", func(t *testing.T) {
			cfg, err := ParseConfig("t.yaml", []byte(form(c[0], c[1])))
			if err != nil {
				t.Fatalf("refused: %v", err)
			}
			if cfg.Warnings == nil {
				t.Fatal("no warning")
			}
			got := strings.Split(cfg.Warnings.Render(locales.EN), "\n")
			if len(got) != 1 || !strings.Contains(got[0], "t.yaml:10:") || !strings.Contains(got[0], "divides by b, which can be 0") || !strings.Contains(got[0], "b > 0 ?") {
				t.Errorf("%q", got)
			}
		})
	}
	accepted := map[string][2]string{
		"a divisor with min 1":              {`{id: b, type: integer, min: 1, label: "B?"}`, "a / b * 100"},
		"a constraint above 0":              {`{id: b, type: integer, label: "B?", constraint: "b >= 1", message: {vi: "Ít nhất 1.", en: "At least 1."}}`, "a / b * 100"},
		"a division guarded by a condition": {`{id: b, type: integer, label: "B?"}`, "b > 0 ? a / b * 100 : nil"},
		"a share relevant only above 0":     {`{id: b, type: integer, label: "B?"}`, `a / b * 100", relevant: "b > 0`},
	}
	for name, c := range accepted {
		t.Run(name+" is accepted", func(t *testing.T) {
			cfg, err := ParseConfig("t.yaml", []byte(form(c[0], c[1])))
			if err != nil || cfg.Warnings != nil {
				t.Errorf("%v; warnings %v", err, cfg.Warnings)
			}
		})
	}
	t.Run("a guarded share is still summed from its parts", func(t *testing.T) {
		r, ok := parseRatio("b > 0 ? a / b * 100 : nil")
		if !ok || r.Num != "a" || r.Den != "b" || r.Scale != 100 {
			t.Errorf("%+v %v", r, ok)
		}
		if _, ok := parseRatio("c > 0 ? a / b * 100 : nil"); ok {
			t.Error("a guard on another question is taken for the ratio's")
		}
	})
}

func TestAnEmptyFileOrATopLevelListIsRefusedWithALine(t *testing.T) {
	cases := map[string]struct{ yaml, line, says string }{
		"an empty file":           {"", "t.yaml:1:", "empty"},
		"only comments":           {"# units and forms to come\n\n", "t.yaml:1:", "empty"},
		"a list at the top level": {"\n- units: []\n- forms: []\n", "t.yaml:2:", "a list"},
		"a single value":          {"# a note\nbaocao\n", "t.yaml:2:", "a single value"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			got := problemsOf(t, c.yaml)
			if len(got) != 1 || !strings.HasPrefix(got[0], c.line) || !strings.Contains(got[0], c.says) {
				t.Errorf("%q, want one problem at %s saying %q", got, c.line, c.says)
			}
		})
	}
}
