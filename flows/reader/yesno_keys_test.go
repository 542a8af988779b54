package reader

import "testing"

// Keyboard leftovers and forms copied into the chat (yesno_keys.go).
func TestKeysAndFormsAtAYesNo(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		// may be a unit or two keys: offered, not stored
		{"KG", "? không reading.yes_no_typo"}, {"kc ạ", "? không reading.yes_no_typo"},
		{"k0", "? không reading.yes_no_typo"}, {"kh0ng", "? không reading.yes_no_typo"},
		{"chuwa", "= không"}, {"chựa", "? không reading.yes_no_slip"}, {"cgua", "? không reading.yes_no_typo"}, {"khonh", "? không reading.yes_no_typo"},
		{"khồng", "? không reading.yes_no_slip"}, {"khộng ạ", "? không reading.yes_no_slip"},
		{"không phải", "? không reading.yes_no_right"}, {"ko phải", "? không reading.yes_no_right"},
		{"done", "= có"}, {"Done ạ", "= có"},
		// a face or a sticker's code after the answer
		{"có :))", "= có"}, {"không ạ :(", "= không"}, {"có rồi /-strong", "= có"}, {"chưa ^^", "= không"},
		// a form's boxes
		{"[x] Có", "= có"}, {"[X] Không", "= không"}, {"[ ] Có [x] Không", "= không"}, {"☑ Có ☐ Không", "= có"},
		{"Không: x", "= không"}, {"Có (x)", "= có"}, {"[x] Có [x] Không", "?!"},
		// a shorthand beside an unknown word may be part of a word
		{"Hong Kong", "?!"}, {"dj co", "?!"},
	})
}
