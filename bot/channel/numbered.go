package channel

import (
	"fmt"
	"strings"
)

// Flatten lists a message's buttons in reading order, row by row: the
// order in which channels without buttons number them (1 is the first).
// The app reads a typed number with the same order, so both agree.
func Flatten(rows [][]OutButton) []OutButton {
	var flat []OutButton
	for _, row := range rows {
		flat = append(flat, row...)
	}
	return flat
}

// Numbered is text with its buttons as a numbered list below it, what a
// person on a channel without buttons (Zalo, the playground) reads:
//
//	Anh/chị muốn làm gì?
//
//	1. Gửi báo cáo
//	2. Sửa một câu
func Numbered(text string, rows [][]OutButton) string {
	flat := Flatten(rows)
	if len(flat) == 0 {
		return text
	}
	var b strings.Builder
	b.WriteString(strings.TrimRight(text, "\n"))
	b.WriteString("\n")
	for i, btn := range flat {
		fmt.Fprintf(&b, "\n%d. %s", i+1, btn.Text)
	}
	return b.String()
}
