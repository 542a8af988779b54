package reader

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

// readYN reads typed at a yes/no question and says it in the tables'
// notation: "= có", "? không reading.key", "! answer.key".
func readYN(typed string) string {
	q := &Question{Type: TypeYesNo, Label: locales.T("Xã đã tổ chức hội nghị trực tuyến chưa?", "")}
	r := Read(q, typed, tuesday, "vi")
	v := func() string {
		if *r.Bool {
			return "có"
		}
		return "không"
	}
	switch {
	case r.Problem != nil:
		return "! " + r.Problem.Key
	case r.Unsure != nil:
		return "? " + v() + " " + r.Unsure.Key
	}
	return "= " + v()
}

// Rules 1 and 2 of yesno_plain.go: a polite "yes I hear you" or one
// letter of several words is asked back at a question; the words
// themselves, and "k", are stored.
func TestAPoliteWordOrOneLetterIsAskedBack(t *testing.T) {
	for _, c := range [][2]string{
		{"dạ", "? có reading.yes_ack"}, {"Dạ ạ", "? có reading.yes_ack"}, {"vâng", "? có reading.yes_ack"},
		{"Vâng ạ", "? có reading.yes_ack"}, {"dạ vâng", "? có reading.yes_ack"}, {"vaang", "? có reading.yes_ack"},
		{"daj", "? có reading.yes_ack"}, {"ừ", "? có reading.yes_ack"}, {"uk", "? có reading.yes_ack"},
		{"ừm", "? có reading.yes_ack"}, {"Dạ em xin báo cáo ạ: vâng", "? có reading.yes_ack"},
		{"vâng 🙏", "? có reading.yes_ack"}, {"vâng 👍", "? có reading.yes_ack"}, {"dạ ✅", "? có reading.yes_ack"},
		{"c", "? có reading.one_letter"}, {"C", "? có reading.one_letter"}, {"dạ c ạ", "? có reading.one_letter"},
		{"dạ?", "! answer.not_yes_no"}, {"c?", "! answer.not_yes_no"}, {"Dạ em chào anh", "! answer.not_yes_no"},
		{"Kính gửi anh, vâng", "! answer.not_yes_no"}, {"vângg", "? có reading.yes_ack"}, {"dạaa", "? có reading.yes_ack"},
		// not bare: a word of the answer is there
		{"dạ có", "= có"}, {"vâng có ạ", "= có"}, {"ừ có", "= có"}, {"dạ rồi", "= có"}, {"dạ không", "= không"},
		{"vâng, chưa ạ", "= không"}, {"có", "= có"}, {"co", "= có"}, {"không", "= không"}, {"ko", "= không"},
		{"k", "= không"}, {"K ạ", "= không"}, {"có e", "= có"}, {"chưa e nhé", "= không"}, {"chưa", "= không"}, {"rồi", "= có"}, {"Dạ 👎 ạ", "? không reading.mark_only"},
	} {
		if got := readYN(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}

// Rule 1: to the bot's own "Ghi có?", "dạ" and "vâng" are the agreement
// asked for.
func TestDaAgreesToTheBotsOwnQuestion(t *testing.T) {
	for _, typed := range []string{"dạ", "vâng", "Vâng ạ", "ừ", "c", "dạ vâng"} {
		if yes, p := ReadYesNo(typed); p != nil || !yes {
			t.Errorf("ReadYesNo(%q) = %v, %v; want yes", typed, yes, p)
		}
	}
}

// To the bot's own "Ghi 12?", "không đúng" and "chưa chính xác" say no:
// whether the figure is right is what was asked.
func TestNotRightRefusesTheBotsOwnReading(t *testing.T) {
	for _, typed := range []string{"không đúng", "Không đúng ạ", "chưa chính xác", "sai"} {
		if yes, p := ReadYesNo(typed); p != nil || yes {
			t.Errorf("ReadYesNo(%q) = %v, %v; want no", typed, yes, p)
		}
	}
}

// Rule 3: a yes or a no typed with marks that make another word is
// asked; the word typed bare, with its own marks or keys, or with a key
// pressed twice is stored.
func TestAYesOrNoTypedAsAnotherWordIsAsked(t *testing.T) {
	for _, c := range [][2]string{
		{"cơ", "? có reading.yes_no_slip"}, {"cò", "? có reading.yes_no_slip"}, {"cô", "? có reading.yes_no_slip"},
		{"cow", "? có reading.yes_no_slip"}, {"Cơ ạ", "? có reading.yes_no_slip"}, {"cờ", "? có reading.yes_no_slip"},
		{"chứa", "? không reading.yes_no_slip"}, {"chùa ạ", "? không reading.yes_no_slip"},
		{"chuwas", "? không reading.yes_no_slip"}, {"khống", "? không reading.yes_no_slip"},
		{"rơi", "? có reading.yes_no_slip"}, {"dùng", "? có reading.yes_no_slip"}, {"đựng", "? có reading.yes_no_slip"},
		{"đúng", "= có"}, {"dung", "= có"}, {"ddungs", "= có"},
		// the word itself, however typed
		{"có", "= có"}, {"cos", "= có"}, {"co1", "? có reading.yes_no_figure_joined"}, {"Co'", "= có"}, {"chưa", "= không"}, {"chuwa", "= không"},
		{"chua", "= không"}, {"khoong", "= không"}, {"khoongf", "= không"}, {"rooif", "= có"}, {"roi", "= có"},
		{"Cô ơi, có ạ", "= có"}, // a person called
	} {
		if got := readYN(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}
