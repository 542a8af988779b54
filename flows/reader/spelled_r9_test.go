package reader

import "testing"

// Voice typing: punctuation said aloud, a pause written as a comma inside
// a figure, initials spelled by their letters, "chục lẻ": the figure is
// written down and offered. Two figures are never joined.
func TestVoiceTypingIsWrittenDownAndOffered(t *testing.T) {
	const words = "reading.number_words"
	checkR9(t, []ruleCase{
		{"hs", "Ba trăm, tám mươi sáu.", "? 386", words},
		{"hs", "ba trăm, tám mươi sáu hồ sơ", "? 386", words},
		{"hs", "hai nghìn, ba trăm hồ sơ", "? 2300", words},
		{"hs", "hai mươi, sáu", "? 26", words},
		{"hs", "Ba trăm. Tám mươi sáu.", "? 386", words},
		{"hs", "hai trăm. ba trăm", "!", ""},
		{"ho", "ba nghìn tám trăm bốn mươi lăm hộ chấm xuống dòng", "? 3845", words},
		{"ho", "hai trăm, ba trăm", "!", ""},
		{"ho", "hai trăm ba trăm", "!", ""},
		{"ho", "bốn chục năm chục", "!", ""},
		{"ho", "hai, ba", "!", ""},
		{"tt", "bốn chục lẻ hai", "? 42", words},
		{"tt", "ba chục linh năm", "? 35", words},
		{"clb", "sáu cái clb", "= 6", ""}, // said in full, its classifier and unit
		{"clb", "mười hai cê lê bê", "? 12", words},
		{"thon", "mười hai tê đê pê", "? 12", words},
		{"ho", "Dạ em xin báo cáo tổng số hộ là ba nghìn tám trăm bốn mươi lăm hộ ạ chấm", "? 3845", words},
		{"ho", "ba nghìn tám trăm bốn mươi lăm hộ ạ chấm hết", "? 3845", words},
		{"nguoi", "mười hai nghìn không trăm linh sáu người phẩy số liệu công an", "? 12006", ""},
		{"dec", "ba phẩy mười bốn", "? 3.14", words},
		{"dec", "hai phẩy năm", "= 2.5", ""}, // a decimal said in full (spelled_decimal.go)
		{"ho", "ba nghìn tám trăm bốn mươi lăm người", "!", ""},
		{"ho", "hai nghìn hộ, tăng ba trăm hộ", "!", ""},
		{"clb", "không biết", "!", ""},
		// round thirteen: this year, none (zero_reason.go), offered; never 5
		{"clb", "năm nay chưa có", "? 0", "reading.none_is_zero"},
		{"clb", "sáu bảy cái clb", "!", ""},
		// "chục" typed with its marks is ten, never the lead word "chức"
		{"tt", "chục hai", "!", ""},
		{"tt", "chục lẻ hai", "!", ""},
		{"tt", "một chục hai", "? 12", ""},
		{"clb", "tổ chức 3 clb", "= 3", ""},
	})
}
