package reader

import "testing"

// Signals of doubt at a yes/no question (yesno_doubt.go).
func TestYesNoDoubtSignals(t *testing.T) {
	for _, c := range [][2]string{
		// 1: a question particle closing the reply is a question back
		{"có rồi hả anh?", "! answer.yes_no_question_back"}, {"co roi ha anh?", "! answer.yes_no_question_back"},
		{"chưa hở chị", "! answer.yes_no_question_back"}, {"có rồi ư", "! answer.yes_no_question_back"},
		{"có rồi nhỉ?", "! answer.yes_no_question_back"}, {"có rồi hỉ?", "! answer.yes_no_question_back"}, {"có rồi hỉ", "= có"},
		{"đã kết nối rồi à?", "! answer.yes_no_question_back"}, {"cos rooif har", "! answer.yes_no_question_back"},
		{"chưa hả chị?", "! answer.yes_no_question_back"}, {"có rồi hen?", "! answer.yes_no_question_back"},
		// … and not: politeness, a yes asked back, a rhetorical yes, "có" itself last
		{"có ạ", "= có"}, {"Có ạ?", "? có reading.yes_no_asked"}, {"có rồi anh", "= có"}, {"dạ có cô", "= có"},
		{"chẳng phải có rồi à", "? có reading.yes_no_turned"}, {"có chứ sao không", "= có"}, {"có rồi nha", "= có"},
		// 2: a word that asks why, beside words not known: refused
		{"Răng lại chưa", "! answer.not_yes_no"}, {"rang lai chua?", "! answer.not_yes_no"},
		{"tại sao lại chưa", "! answer.not_yes_no"}, {"sao lại không", "? có reading.yes_no_turned"},
		{"răng mà có được", "? không reading.yes_no_turned"},
		// 3: a reference to a document: alone refused, beside a yes a source
		{"theo KH", "! answer.yes_no_reference"}, {"Theo kế hoạch số 12/KH-UBND", "! answer.yes_no_reference"},
		{"căn cứ QĐ 123", "! answer.yes_no_reference"}, {"theo qđ", "! answer.yes_no_reference"},
		{"Đã có, theo Kế hoạch số 45/KH-UBND", "= có"}, {"Đã có, theo QĐ 123/QĐ-UBND ngày 20/10/2025", "= có"},
		{"có (theo CV 88/UBND)", "= có"}, {"Đã thực hiện theo KH 45", "= có"}, {"kh", "= không"}, {"theo kh", "! answer.yes_no_reference"},
	} {
		if got := readYN(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}
