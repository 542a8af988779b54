package reader

import (
	"regexp"
	"strings"
)

// A rate is not the period's count (figure_rate_test.go). Rule a clerk
// states: "2 chương trình/tuần", "3 buổi mỗi tuần", "khoảng 4 chương
// trình/tháng" says how often, not how many in the period the report is
// for; multiplying it out is the officer's to do, with the weeks that
// really had a programme. It is refused, saying the total is wanted.
// A month or a year after the slash is left alone: "45 hồ sơ/tháng" at a
// monthly question, "24 chương trình/năm" in a year report, are the
// period's own count said with its period.

// rateAfterFigure is the first figure, its unit words (letters only: a
// comma or a bracket ends them), then "/tuần", "/ngày", "mỗi tuần",
// "hàng ngày" and their bare forms. A rate in a note after the total
// ("104 chương trình (2 chương trình/tuần)") is the total explained.
var rateAfterFigure = regexp.MustCompile(`^\D*\d[\d.,]*[\p{L}\s]*?(?:/\s*(?:tuần|tuan|ngày|ngay|buổi|buoi)\b|\b(?:mỗi|moi|hàng|hang|hằng|mỗi một|một|mot)\s+(?:tuần|tuan|ngày|ngay)\b)`)

// isRate reports a count said as a rate per week or per day.
func isRate(q *Question, s string) bool {
	if q.Type != TypeInt || !strings.ContainsAny(s, "/ ") {
		return false
	}
	return rateAfterFigure.MatchString(strings.ToLower(Normalize(s)))
}
