package channel

import (
	"strings"
	"unicode/utf16"
)

// Split cuts text into pieces of at most limit UTF-16 units (the way
// Telegram and Zalo count a message's length), at a blank
// line where possible, else at a line end, else at a space, so a long
// review or digest arrives as readable messages.
func Split(text string, limit int) []string {
	if text == "" {
		return []string{"…"}
	}
	var out []string
	for units(text) > limit {
		cut := cutPoint(text, limit)
		out = append(out, strings.TrimRight(text[:cut], " \n"))
		text = strings.TrimLeft(text[cut:], " \n")
	}
	if text != "" {
		out = append(out, text)
	}
	return out
}

func units(s string) int {
	n := 0
	for _, r := range s {
		n += len(utf16.Encode([]rune{r}))
	}
	return n
}

// cutPoint is the byte index of the best place to cut within limit units.
func cutPoint(text string, limit int) int {
	end, n := 0, 0
	for i, r := range text {
		w := len(utf16.Encode([]rune{r}))
		if n+w > limit {
			break
		}
		n += w
		end = i + len(string(r))
	}
	head := text[:end]
	for _, sep := range []string{"\n\n", "\n", " "} {
		if i := strings.LastIndex(head, sep); i > end/2 {
			return i + len(sep)
		}
	}
	return end
}
