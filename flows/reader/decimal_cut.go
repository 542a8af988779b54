package reader

import "strings"

// A decimal answered with a whole figure and the decimal comma after it
// ("5,", "2, ha"): the decimals may have been cut off (sent before they
// were typed, or lost when pasting), so the clerk asks before writing the
// whole figure down. A dot after a figure ("5.") ends a sentence as
// often as it marks decimals, and batch C stores it: read as before. A
// count has no decimals to lose. A figure with its decimals ("2,5,") is
// read as before.

// decimalsMayBeCut reports s, at a decimal or percentage question, whose
// only figure is whole and ends in a comma.
func decimalsMayBeCut(q *Question, s string) bool {
	if q.Type != TypeDecimal && q.Type != TypePercent || !strings.Contains(s, ",") {
		return false
	}
	figure := ""
	for _, t := range Tokenize(s).Tokens {
		if strings.ContainsFunc(t.Typed, isASCIIDigit) {
			if figure != "" {
				return false
			}
			figure = t.Typed
		}
	}
	if figure == "" {
		return false
	}
	body := strings.TrimSuffix(figure, ",")
	if body == figure || body == "" || strings.HasSuffix(body, ",") {
		return false // "5", "5.", or "5,," trailing off
	}
	body = strings.TrimLeft(body, "+-−")
	for _, r := range body {
		if !isASCIIDigit(r) {
			return false // "2,5.", "5ha,": not a whole figure cut short
		}
	}
	return body != ""
}
