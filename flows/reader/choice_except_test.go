package reader

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

// Words that take options away at a several-choice question (choice_except.go).
func TestWordsThatTakeOptionsAway(t *testing.T) {
	for _, c := range [][2]string{
		// a word that takes away, not read as every option but some: refused
		{"trừ 4", "!"}, {"tru 4", "!"}, {"trừ lễ hội", "!"}, {"ngoại trừ 2 và 4", "!"}, {"except 4", "!"}, {"truwf 4", "!"},
		// anywhere in the reply
		{"ngoài 4", "!"}, {"không có 4", "!"}, {"ko có lễ hội", "!"}, {"bỏ 4", "!"}, {"văn nghệ, thể thao, trừ đọc sách", "!"},
		{"1, 2 (chưa có 4)", "!"}, {"trừ", "!"}, {"trừ hết", "!"},
		// not: nothing taken away
		{"1 3, bổ sung 5", "? van_nghe,doc_sach,vh_dl"}, {"1, 3", "= van_nghe,doc_sach"}, {"tất cả trừ 4", "? van_nghe,the_thao,doc_sach,vh_dl"},
	} {
		ids, u, p := readChoices(c[0], r9Activities, locales.VI)
		if got := r9Outcome(ids, u, p); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
	for _, f := range []string{"van nghe ngoai troi", "1 3, bo sung 5", "tat ca"} {
		if _, _, _, ok := exceptOrRefuse(f, f, r9Activities, locales.VI); ok {
			t.Errorf("%q takes options away, want not", f)
		}
	}
}
