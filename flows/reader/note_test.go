package reader

import "testing"

// Rule: a note in brackets after the answer is a note, unless it
// qualifies the answer.
func TestNotesInBrackets(t *testing.T) {
	for _, c := range []struct {
		typed, answer, note string
		ok                  bool
	}{
		{"2,5 ha (sân vận động xã)", "2,5 ha", "sân vận động xã", true},
		{"Dạ 3 giải (bóng đá, cầu lông, kéo co) ạ", "Dạ 3 giải", "bóng đá, cầu lông, kéo co", true},
		{"có (lắp năm 2024)", "có", "lắp năm 2024", true},
		{"(2.345)", "", "", false},
		{"2.345 (hộ) nữa", "", "", false},
		{"2.345", "", "", false},
	} {
		a, n, ok := CutNote(c.typed)
		if ok != c.ok || a != c.answer || n != c.note {
			t.Errorf("CutNote(%q) = %q %q %v, want %q %q %v", c.typed, a, n, ok, c.answer, c.note, c.ok)
		}
	}
	for _, c := range []struct {
		note  string
		yesNo bool
		aside bool
	}{
		{"sân vận động xã", false, true}, {"bóng đá, cầu lông, kéo co", false, true},
		{"sửa lại", false, true}, {"tăng 12 hộ so với năm 2025", false, true},
		{"lắp năm 2024", true, true}, {"kéo co", false, true},
		{"tạm tính", false, false}, {"khoảng", false, false}, {"chưa tính thôn 5", false, false},
		{"trừ tổ dân phố", false, false}, {"ước", false, false}, {"kể cả TDP", false, false},
		{"nhưng chưa dùng", true, false}, {"chưa kết nối", true, false}, {"đang sửa", true, false},
		{"có thể", true, false}, {"kéo co", true, false},
		// a figure in a note with words that make it a second answer
		{"đúng ra 2.354", false, false}, {"sửa thành 2.354", false, false}, {"8.100 hộ", false, true},
	} {
		if got := NoteAside(c.note, c.yesNo); got != c.aside {
			t.Errorf("NoteAside(%q, yes/no %v) = %v, want %v", c.note, c.yesNo, got, c.aside)
		}
	}
}
