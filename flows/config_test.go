package flows

import (
	"errors"
	"strings"
	"testing"

	"github.com/baocao/baocao/locales"
)

const brokenConfig = `units:
  - code: "391"
    name: Huyện Thạch Thành
    colour: blue
    children:
      - {code: "15247", name: Xã Thành Tâm}
      - {code: "15247", name: Xã Thành An}
forms:
  - id: nam
    title: Báo cáo năm
    period: yearly
    deadline_days: 40
    lock_days: 10
    questions:
      - id: tong_ho
        type: integer
        label: Tổng số hộ?
      - id: gdvh
        type: number
        label: Số hộ gia đình văn hóa?
        constraint: gdvh <= tong_hoo
        message: Không thể lớn hơn tổng số hộ.
      - id: ty_le
        type: percent
        calculate: gdvh / tong_ho * 100
`

func TestABrokenConfigListsEveryMistakeWithItsLine(t *testing.T) {
	_, err := ParseConfig("province.yaml", []byte(brokenConfig))
	var ce *ConfigError
	if !errors.As(err, &ce) {
		t.Fatalf("got %v, want a *ConfigError", err)
	}
	want := []struct {
		line int
		text string
	}{
		{4, `unknown field "colour"`},
		{7, "unit code 15247 is already used at line 6"},
		{9, `period "yearly" is not one of month, quarter, half, first_half, year`},
		{9, "lock_days (10) must not come before deadline_days (40)"},
		{18, `type "number" is not one of`},
		{18, `constraint "gdvh <= tong_hoo"`},
		{23, "ty_le needs a label"},
	}
	for _, w := range want {
		found := false
		for _, p := range ce.Problems {
			if p.Line == w.line && strings.Contains(locales.Render(locales.EN, p.Msg), w.text) {
				found = true
			}
		}
		if !found {
			t.Errorf("missing problem at line %d containing %q; got:\n%s", w.line, w.text, ce.Error())
		}
	}
	if !strings.HasPrefix(ce.Error(), "province.yaml:") {
		t.Errorf("problems do not start with the file name:\n%s", ce.Error())
	}
}

func TestConfigMistakesAreExplainedPlainly(t *testing.T) {
	cases := []struct {
		name, yaml, want string
	}{
		{"a file that is not YAML", "units: [", "did not find expected"},
		{"no units at all", "forms: []\n", "no units"},
		{"a question without an id", "units: [{code: '1', name: X}]\nforms:\n  - id: f\n    title: F\n    period: month\n    questions:\n      - type: integer\n        label: Q\n", "question id"},
		{"a choice question with one option", "units: [{code: '1', name: X}]\nforms:\n  - id: f\n    title: F\n    period: month\n    questions:\n      - id: q\n        type: choice\n        label: Q\n        options: [{id: a, label: A}]\n", "at least two options"},
		{"a constraint without a message", "units: [{code: '1', name: X}]\nforms:\n  - id: f\n    title: F\n    period: month\n    questions:\n      - id: q\n        type: integer\n        label: Q\n        constraint: q > 0\n", "no message"},
		{"a condition that is not true or false", "units: [{code: '1', name: X}]\nforms:\n  - id: f\n    title: F\n    period: month\n    questions:\n      - id: q\n        type: integer\n        label: Q\n        relevant: q + 1\n", "relevant"},
		{"a text in a language the bot does not know", "units: [{code: '1', name: X}]\nforms:\n  - id: f\n    title: {vi: F, fr: G}\n    period: month\n    questions: []\n", "unknown language"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseConfig("c.yaml", []byte(c.yaml))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want a problem mentioning %q", err, c.want)
			}
		})
	}
}

func TestABrokenConfigIsExplainedInVietnamese(t *testing.T) {
	_, err := ParseConfig("province.yaml", []byte(brokenConfig))
	var ce *ConfigError
	if !errors.As(err, &ce) {
		t.Fatalf("got %v, want a *ConfigError", err)
	}
	vi := ce.Render(locales.VI)
	for _, want := range []string{
		"province.yaml:7: Mã đơn vị 15247 đã được dùng ở dòng 6.",
		"province.yaml:4: Trường “colour” không dùng được trong đơn vị",
		"province.yaml:18: Câu hỏi gdvh: biểu thức constraint “gdvh <= tong_hoo” chưa đúng",
	} {
		if !strings.Contains(vi, want) {
			t.Errorf("the Vietnamese rendering lacks %q:\n%s", want, vi)
		}
	}
	if strings.Contains(vi, "already used") {
		t.Errorf("English left in the Vietnamese rendering:\n%s", vi)
	}
	if en := ce.Error(); !strings.Contains(en, "province.yaml:7: unit code 15247 is already used at line 6") {
		t.Errorf("Error() is not the English rendering:\n%s", en)
	}
	for _, p := range ce.Problems {
		if !strings.HasPrefix(p.Msg.Key, "config.") || !locales.Has(p.Msg.Key) {
			t.Errorf("line %d: problem key %q is not in the catalog", p.Line, p.Msg.Key)
		}
	}
}

func TestMessagesOfCustomUnmarshalersSurviveTheDecoder(t *testing.T) {
	// A reminder rung and a multilingual text report through yaml.v3's
	// TypeError; their catalog messages must come back, with their lines.
	src := "units: [{code: '1', name: X}]\nforms:\n  - id: f\n    title: {vi: F, fr: G}\n    period: month\n    questions: [{id: q, type: integer, label: Q}]\nreminders:\n  ladders:\n    - form: f\n      rungs: [-3, x1]\n"
	_, err := ParseConfig("c.yaml", []byte(src))
	var ce *ConfigError
	if !errors.As(err, &ce) {
		t.Fatalf("got %v, want a *ConfigError", err)
	}
	got := map[string]int{}
	for _, p := range ce.Problems {
		got[p.Msg.Key] = p.Line
	}
	if got["config.text_lang_unknown"] != 4 || got["config.rung_days_bad"] != 10 {
		t.Errorf("got %v; want config.text_lang_unknown at 4 and config.rung_days_bad at 10:\n%s", got, ce.Error())
	}
	if vi := ce.Render(locales.VI); !strings.Contains(vi, "c.yaml:10: Mốc nhắc “x1” chưa hợp lệ") {
		t.Errorf("Vietnamese rendering:\n%s", vi)
	}
}
