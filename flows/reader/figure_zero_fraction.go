package reader

import "regexp"

// "1245,0" at a count: a spreadsheet's decimal, or 12450 with a slip of
// the comma. A count has no decimals to show, so a clerk asks which; a
// grouped "1.245,0" is plainly a spreadsheet's 1245, and is read.

// zeroFraction is a figure of four digits or more, not grouped, with ",0"
// after it.
var zeroFraction = regexp.MustCompile(`(^|\s)\d{4,},0($|\s|\pL)`)
