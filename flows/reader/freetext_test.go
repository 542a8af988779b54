package reader

import "testing"

// Rule: a free text needs a letter or a digit; a key pressed to get past
// (".", "...", "?", "-", "👍") is asked for again, never kept.
func TestFreeTextNeedsWords(t *testing.T) {
	for _, c := range []struct {
		typed string
		ok    bool
	}{
		{".", false}, {"...", false}, {"?", false}, {"-", false}, {" . ", false}, {"--", false}, {"…", false},
		{"Không", true}, {"0", true}, {"k", true}, {"Thiếu kinh phí.", true}, {"- Thiếu kinh phí", true},
	} {
		_, p := ReadText(c.typed)
		if (p == nil) != c.ok {
			t.Errorf("ReadText(%q): problem %v, want kept %v", c.typed, p, c.ok)
		}
	}
}
