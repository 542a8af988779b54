package reader

import "testing"

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
