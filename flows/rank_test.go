package flows

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/locales"
)

func TestRanksAreOnExactFiguresAndTiesAreListedTogether(t *testing.T) {
	q := &Question{ID: "r", Type: TypePercent}
	us := map[string]*Unit{}
	var rk []Ranked
	for i, v := range []float64{90, 90, 85.24, 2011.0 / 2361 * 100, 83.3, 80, 80} {
		u := &Unit{Code: string(rune('a' + i)), Name: string(rune('A' + i))}
		us[u.Code] = u
		rk = append(rk, Ranked{Unit: u, Value: v})
	}
	sortRanked(rk, false)
	for i := range rk {
		if i > 0 && sameFigure(rk[i].Value, rk[i-1].Value) {
			rk[i].Rank = rk[i-1].Rank
		} else {
			rk[i].Rank = i + 1
		}
	}
	want := []int{1, 1, 3, 4, 5, 6, 6}
	for i, r := range rk {
		if r.Rank != want[i] {
			t.Errorf("%s: rank %d, want %d", r.Unit.Name, r.Rank, want[i])
		}
	}
	vals := make([]float64, len(rk))
	for i, r := range rk {
		vals[i] = r.Value
	}
	if d := Digits(q, vals); d != 2 {
		t.Errorf("digits %d, want 2 (85,24 and 85,18 both show 85,2)", d)
	}
	if d := Digits(q, []float64{90, 90, 85.2, 80}); d != 1 {
		t.Errorf("digits %d, want 1 when the shown figures differ", d)
	}
	top, bottom := topBottom(rk, 3)
	if len(top) != 3 || top[2].Unit.Name != "C" {
		t.Errorf("top %v", top)
	}
	if len(bottom) != 3 || bottom[0].Unit.Name != "F" || bottom[1].Unit.Name != "G" || bottom[2].Unit.Name != "E" {
		t.Errorf("bottom %v: want F, G (tied 6th, in order) then E", bottom)
	}
	allTied := []Ranked{{Unit: us["a"], Value: 5, Rank: 1}, {Unit: us["b"], Value: 5, Rank: 1}, {Unit: us["c"], Value: 5, Rank: 1}, {Unit: us["d"], Value: 5, Rank: 1}}
	if top, bottom := topBottom(allTied, 3); len(top) != 4 || bottom != nil {
		t.Errorf("all tied: top %d, bottom %v; want all four on top and no bottom list", len(top), bottom)
	}
	lines := rankedLines(q, allTied, 1)
	if got := locales.Render(locales.VI, lines[0]); got != "1. A, B, C, D: 5% (đồng hạng)" {
		t.Errorf("tied line %q", got)
	}
}

func TestEveryAnswerReachesTheDigest(t *testing.T) {
	cfg, err := ParseConfig("t.yaml", []byte(`units:
  - code: "391"
    name: Huyện Thạch Thành
    children:
      - {code: "1", name: Xã A}
      - {code: "2", name: Xã B}
      - {code: "3", name: Xã C}
forms:
  - id: nam
    title: Báo cáo năm
    period: year
    deadline_days: 10
    lock_days: 31
    questions:
      - {id: dc, type: yesno, summary: "có điểm cầu", label: "Có điểm cầu?"}
      - {id: tt, type: choice, label: "Tình trạng nhà văn hóa?", options: [{id: tot, label: Tốt}, {id: xuong_cap, label: Xuống cấp}]}
      - {id: kn, type: text, indicator: true, label: "Kiến nghị?"}
`))
	if err != nil {
		t.Fatal(err)
	}
	f := cfg.Form("nam")
	p, _ := f.Period("2026")
	yes, no := true, false
	subs := map[string]*Submission{
		"1": {Unit: "1", Answers: map[string]Value{"dc": {Bool: &yes}, "tt": {Picks: []string{"tot"}}, "kn": {Text: "Thiếu kinh phí"}}},
		"2": {Unit: "2", Answers: map[string]Value{"dc": {Bool: &no}, "tt": {Picks: []string{"xuong_cap"}}, "kn": {Text: "Không"}}},
		"3": {Unit: "3", Answers: map[string]Value{"dc": {Bool: &yes}, "tt": {Picks: []string{"tot"}}}},
	}
	d := cfg.BuildDigest(DigestInput{Unit: cfg.Units.Get("391"), Table: NewTable(f, p, subs), Now: p.Deadline})
	got := locales.Render(locales.VI, d.Reply().Msg)
	for _, want := range []string{"• 2/3 đơn vị có điểm cầu", "Tình trạng nhà văn hóa (3 đơn vị trả lời): Tốt: 2 · Xuống cấp: 1", "💬 1 ý kiến"} {
		if !strings.Contains(got, want) {
			t.Errorf("digest lacks %q:\n%s", want, got)
		}
	}
	if ops := NewTable(f, p, subs).Opinions(cfg.Units.Get("391")); len(ops) != 1 || ops[0].Text != "Thiếu kinh phí" {
		t.Errorf("opinions %+v: \"Không\" is not a proposal", ops)
	}
}
