package reader

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

// Rule: a refused answer at a count names what is asked, in the question's
// own unit, and a share typed there is told it is a share.
func TestARefusedCountNamesWhatIsAsked(t *testing.T) {
	households := unitRule{unit: locales.T("hộ", "households")}
	for _, c := range []struct {
		typed string
		rule  unitRule
		want  string
	}{
		{"93,1%", households, "answer.share_at_count"},
		{"93,1 phần trăm", households, "answer.share_at_count"},
		{"93,1 percent", households, "answer.share_at_count"},
		{"93,1%", unitRule{}, "answer.share_at_count_plain"},
		{"nhiều lắm", households, "answer.not_a_count_unit"},
		{"nhiều lắm", unitRule{}, "answer.not_a_count"},
	} {
		if got := notACount(c.typed, c.rule, locales.Plain(c.typed)); got.Key != c.want {
			t.Errorf("notACount(%q) = %s, want %s", c.typed, got.Key, c.want)
		}
	}
}
