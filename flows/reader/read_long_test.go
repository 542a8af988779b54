package reader

import (
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

// A pasted page at a figure, a yes/no, a date or a choice is refused as
// too long before any reader tries it; free text keeps its own, longer
// limit; an answer just under the limit is still read.
func TestAPageIsRefusedAsTooLongBeforeAnyReaderTriesIt(t *testing.T) {
	now := time.Date(2027, 1, 5, 9, 0, 0, 0, locales.Zone)
	page := strings.Repeat("có 12/12/2026 ", 400)
	for _, k := range []Kind{TypeInt, TypeDecimal, TypePercent, TypeYesNo, TypeDate, TypeChoice, TypeMulti} {
		q := &Question{Type: k, Options: []Option{{ID: "a", Label: locales.T("Văn nghệ", "Arts")}}}
		r := Read(q, page, now, locales.VI)
		if r.Problem == nil || r.Problem.Key != "answer.too_long" {
			t.Errorf("%s: a page read as %+v, want answer.too_long", k, r)
		}
	}
	long := strings.Repeat(" ", MaxAnswer-10) + "2.345"
	if r := Read(&Question{Type: TypeInt}, long, now, locales.VI); r.Problem != nil || r.Num == nil || *r.Num != 2345 {
		t.Errorf("an answer under the limit: %+v, want 2345", r)
	}
	if r := Read(&Question{Type: TypeText}, strings.Repeat("Khó khăn. ", 150), now, locales.VI); r.Problem != nil {
		t.Errorf("free text of 1.500 runes refused: %v", r.Problem)
	}
}
