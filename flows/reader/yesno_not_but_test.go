package reader

import "testing"

// "Không phải A mà là B" answers with B, offered; a hedge in either half
// leaves it to the other rules (yesno_not_but.go).
func TestNotAButB(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		{"không phải chưa mà là có rồi", "? có"}, {"ko phải chưa mà có rồi", "? có"},
		{"không phải có mà là chưa", "? không"}, {"chẳng phải chưa mà là đã có", "? có"},
		{"không phải chưa mà là đang lắp", "!"}, {"không phải không có mà là chưa", "!"},
	})
}

// The answer with "that is more accurate" is the answer, offered as a
// correction (yesno_not_but.go).
func TestTheAnswerThatIsMoreAccurate(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		{"chưa có thì đúng hơn", "? không reading.corrected"}, {"chưa thì chính xác hơn ạ", "? không reading.corrected"},
		{"có mới đúng", "? có reading.corrected"}, {"đúng hơn là chưa", "? không reading.corrected"},
		{"nói đúng hơn là có rồi", "? có reading.corrected"}, {"đang lắp thì đúng hơn", "!"},
	})
}
