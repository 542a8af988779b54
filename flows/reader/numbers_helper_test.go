package reader

import (
	"strconv"
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

// Questions of the number kinds, for the rule tables of number.go,
// spelled.go and approx.go: "= V" stored, "? V" offered, "!" refused.
var numberQuestions = map[string]*Question{
	"ho":  {Type: TypeInt, Label: locales.T("Tổng số hộ gia đình trên địa bàn xã?", ""), Unit: locales.T("hộ", "households"), Min: ptrF(0)},
	"clb": {Type: TypeInt, Label: locales.T("Số câu lạc bộ thể dục thể thao?", ""), Unit: locales.T("CLB", "clubs"), Min: ptrF(0)},
	"hs":  {Type: TypeInt, Label: locales.T("Tổng số hồ sơ đã tiếp nhận?", ""), Unit: locales.T("hồ sơ", "applications"), Min: ptrF(0)},
	"so":  {Type: TypeInt, Label: locales.T("Số hoạt động đã tổ chức?", ""), Min: ptrF(0)},
	"ha":  {Type: TypeDecimal, Label: locales.T("Diện tích đất dành cho thể dục thể thao?", ""), Unit: locales.T("ha", "ha"), Min: ptrF(0)},
	"dec": {Type: TypeDecimal, Label: locales.T("Số liệu đo được?", "")},
	"pct": {Type: TypePercent, Label: locales.T("Tỷ lệ hộ đạt danh hiệu?", "")},
}

func ptrF(f float64) *float64 { return &f }

// readNotation reads typed at question q and writes the outcome the way
// the tables do, with the reason or problem key after it.
func readNotation(t *testing.T, q, typed string) (outcome, key string) {
	t.Helper()
	r := Read(numberQuestions[q], typed, time.Date(2027, 1, 5, 9, 0, 0, 0, locales.Zone), locales.VI)
	switch {
	case r.Problem != nil:
		return "!", r.Problem.Key
	case r.Num == nil:
		return "= ?", ""
	case r.Unsure != nil:
		return "? " + strconv.FormatFloat(*r.Num, 'f', -1, 64), r.Unsure.Key
	}
	return "= " + strconv.FormatFloat(*r.Num, 'f', -1, 64), ""
}

// ruleCase is one line of a rule's table: at question q, typed is read
// as want ("= 7", "? 4500", "!"); key, when set, is the reason or problem.
type ruleCase struct {
	q, typed, want, key string
}

func checkRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		got, key := readNotation(t, c.q, c.typed)
		if got != c.want || c.key != "" && key != c.key {
			t.Errorf("%s %q: got %s %s, want %s %s", c.q, c.typed, got, key, c.want, c.key)
		}
	}
}
