package flows

import (
	"testing"

	"github.com/expr-lang/expr"
)

// A calculation that is arithmetic alone can be skipped when an input is
// missing, because running it would fail; anything that may deal with a
// missing value must be run.
func TestOnlyPureArithmeticIsSkippedWhenAnInputIsMissing(t *testing.T) {
	for src, want := range map[string]bool{
		"gdvh / tong_ho * 100":    true,
		"-(a - b) % 7 + 2.5 ** 2": true,
		"a ?? 0":                  false,
		"a == nil ? 0 : a / b":    false,
		"max(a, b)":               false,
		"len(c) * 1.0":            false,
		"x.y + 1":                 false,
		"a > 0 ? 1 : 0":           false,
		"not a":                   false,
		"(":                       false,
	} {
		if got := arithmeticOnly(src); got != want {
			t.Errorf("arithmeticOnly(%q) = %v, want %v", src, got, want)
		}
		if !want {
			continue
		}
		// And such an expression does fail on a missing input.
		env := map[string]any{"gdvh": 1.0, "tong_ho": nil, "a": 1.0, "b": nil}
		if _, err := expr.Eval(src, env); err == nil {
			t.Errorf("%q ran with an input missing", src)
		}
	}
}
