package reader

import "testing"

// Rule: what chats add (a mention, a quoted question, a first try taken
// back) is not the answer.
func TestWhatChatsAdd(t *testing.T) {
	for _, c := range []struct {
		name, raw, want string
		corrected       bool
	}{
		{"a mention of the bot", "@baocao_bot 2.345", "2.345", false},
		{"a quoted question line", "Tổng số hộ gia đình trên địa bàn xã?\n2.345", "2.345", false},
		{"a numbered question line", "[1/14] Tổng số hộ gia đình của xã?\n2.345", "2.345", false},
		{"a question quoted on the same line", "[1/14] Tổng số hộ gia đình của xã? 2.345", "2.345", false},
		{"a reply quote", "> Tổng số hộ gia đình của xã?\n2.345", "2.345", false},
		{"a correction", "32.567 à nhầm 32.657", "32.657", true},
		{"nhăm (five) is no nhầm (mistaken)", "hai mươi nhăm tin", "hai mươi nhăm tin", false},
		{"nhầm typed without marks is still a correction", "25 a nham 35", "35", true},
		{"a correction with sửa lại", "2.345 hộ, sửa lại 2.354 hộ", "2.354 hộ", true},
		{"a correction of a yes", "có à nhầm không", "không", true},
		{"à không between figures", "2345 à không 2354", "2354", true},
		{"a plain no is no correction", "không có", "không có", false},
		{"a doubt stays", "300?", "300?", false},
		{"a sign stays", ">300", ">300", false},
		{"nothing added", "2.345 hộ", "2.345 hộ", false},
		{"the first is the answer with chứ không phải", "2.345 chứ không phải 2.354", "2.345", true},
		{"không phải with a comma takes the first back", "2.354 không phải, 2.345", "2.345", true},
		{"không phải without a comma says neither", "2.345 không phải 2.354", "2.345 không phải 2.354", false},
		{"a line of politeness alone", "Dạ\n2.345", "2.345", false},
		{"a note of politeness after", "2.345\n(em gửi ạ)", "2.345", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Unwrap(c.raw)
			if got.Answer != c.want || got.Corrected != c.corrected {
				t.Errorf("Unwrap(%q) = %q %v, want %q %v", c.raw, got.Answer, got.Corrected, c.want, c.corrected)
			}
		})
	}
}

// Rule: a figure sent twice is that figure, asked once, never both glued.
func TestAFigureRepeated(t *testing.T) {
	for _, c := range []struct {
		typed, fig string
		ok         bool
	}{
		{"115 115", "115", true}, {"115, 115", "115", true}, {"2.345 2.345 hộ", "2.345", true},
		{"2 345", "", false}, {"115 116", "", false}, {"115 115 115 5", "", false}, {"hộ 115 115", "", false},
	} {
		fig, _, ok := Repeated(toks(c.typed))
		if fig != c.fig || ok != c.ok {
			t.Errorf("Repeated(%q) = %q %v, want %q %v", c.typed, fig, ok, c.fig, c.ok)
		}
	}
}
