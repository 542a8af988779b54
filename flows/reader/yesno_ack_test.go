package reader

import "testing"

// The sounds of "I hear you" at a yes/no question (yesno_ack.go).
func TestAcknowledgementSounds(t *testing.T) {
	for _, c := range [][2]string{
		{"ừ", "? có reading.yes_ack"}, {"ừa", "? có reading.yes_ack"}, {"uwaf", "? có reading.yes_ack"}, {"u72a", "? có reading.yes_ack"},
		{"ờ", "? có reading.yes_ack"}, {"owf", "? có reading.yes_ack"}, {"ừm", "? có reading.yes_ack"}, {"ờm", "? có reading.yes_ack"},
		{"ừa ạ", "? có reading.yes_ack"}, {"Ừa anh", "? có reading.yes_ack"}, {"ừaaa", "? có reading.yes_ack"}, {"uh", "? có reading.yes_ack"},
		{"um", "? có reading.yes_ack"}, {"dạ", "? có reading.yes_ack"}, {"vâng", "? có reading.yes_ack"},
		// other tones, other words: never offered as a yes
		{"ứ", "! answer.not_yes_no"}, {"ủa", "! answer.not_yes_no"}, {"ua", "! answer.not_yes_no"}, {"ú", "! answer.not_yes_no"},
		// with the word itself the answer is plain
		{"ừ có", "= có"}, {"ừa, chưa", "= không"},
	} {
		if got := readYN(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}
