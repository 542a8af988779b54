package reader

import (
	"regexp"
	"strings"
)

// Where a figure came from, said after it (figure_source_after_test.go).
// Rule a clerk states: "2.318 hộ, số liệu của công an xã", "2.318 hộ,
// nguồn: trưởng thôn báo lên", "2.318 hộ, theo cơ quan thống kê" is
// 2.318 hộ and where it came from; the police, the village head or an
// office named there is the source, not another unit counted. Before the
// figure a source was already read through (figure_reason.go, sourceLead);
// after it, the words were taken for another unit ("cơ quan", "thôn") and
// the answer refused. Tried only where the whole answer is refused: the
// clause is set aside and the figure before it read as if typed alone,
// with every rule that reading brings (an estimate is still asked).

// sourceAfter is a comma, then a clause that names a source and runs to
// the end: "số liệu (của)", "nguồn", "theo", "do … cung cấp/báo".
var sourceAfter = regexp.MustCompile(`(?i)^(.*\d[^,;]*?)\s*[,;]\s*(?:(?:theo\s+)?(?:số liệu|so lieu|nguồn|nguon)\b|theo\s|do\s+.*\b(?:cung cấp|cung cap|báo|bao)\b).*$`)

// withoutSourceAfter is s without a source clause after its figure.
func withoutSourceAfter(s string) (string, bool) {
	m := sourceAfter.FindStringSubmatch(strings.TrimSpace(Normalize(s)))
	if m == nil || strings.TrimSpace(m[1]) == "" {
		return "", false
	}
	return m[1], true
}
