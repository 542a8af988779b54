package reader

import (
	"fmt"
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

func TestSpellVi(t *testing.T) {
	for n, want := range map[int64]string{
		0: "không", 5: "năm", 10: "mười", 15: "mười lăm", 21: "hai mươi mốt", 24: "hai mươi tư",
		105: "một trăm linh năm", 1250: "một nghìn hai trăm năm mươi", 3250: "ba nghìn hai trăm năm mươi",
		1005: "một nghìn không trăm linh năm", 1015: "một nghìn không trăm mười lăm",
		12000: "mười hai nghìn", 100500: "một trăm nghìn năm trăm", 2000001: "hai triệu không trăm linh một",
	} {
		if got := spellVi(n); got != want {
			t.Errorf("spellVi(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestDotTwoReadingsNamesBoth(t *testing.T) {
	for typed, want := range map[string][3]string{
		"1.250":    {"1,25", "1.250", "một nghìn hai trăm năm mươi"},
		"3.250 ha": {"3,25", "3.250", "ba nghìn hai trăm năm mươi"},
		"1.234":    {"1,234", "1.234", "một nghìn hai trăm ba mươi tư"},
		"2.000":    {"2", "2.000", "hai nghìn"},
	} {
		r := Read(numberQuestions["ha"], typed, time.Date(2027, 1, 5, 9, 0, 0, 0, locales.Zone), locales.VI)
		if r.Problem == nil || r.Problem.Key != "answer.dot_two_readings" {
			t.Errorf("%q: got %+v, want answer.dot_two_readings", typed, r)
			continue
		}
		got := [3]string{fmt.Sprint(r.Problem.Args["dec"]), fmt.Sprint(r.Problem.Args["whole"]), fmt.Sprint(r.Problem.Args["words"])}
		if got != want {
			t.Errorf("%q: got %v, want %v", typed, got, want)
		}
	}
}
