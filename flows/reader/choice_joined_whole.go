package reader

import (
	"strings"
	"unicode"

	"github.com/baocao/baocao/locales"
)

// Labels run together with nothing between them, each written whole
// ("văn nghệ thể thao đọc sách", "van nghe the thao doc sach"), are the
// options they name (the clerk's rule of round thirteen; the lead's
// policy: several picks by their names are the ids; every blind batch
// writes them "= …"). Labels cut short or left without their kind (rule
// 8's other readings) are still offered.
// joinedWhole marks, inside the reader only, labels run together whole:
// readChoices stores them once the boxes and asides around have been
// weighed (choice_aside.go), for "☑ Văn nghệ ☐ Thể thao" is one pick.
const joinedWhole = "reading.choices_joined_whole"

func wholeLabelsJoined(part string, idx []int, options []Option) bool {
	if len(idx) < 2 || strings.ContainsFunc(part, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsSpace(r) }) {
		return false // letters and spaces only: a box, a mark, a figure leave it to the other rules
	}
	var names []string
	for _, i := range idx {
		names = append(names, strings.Join(foldWords(options[i].Label.In(locales.VI)), " "))
	}
	return strings.Join(names, " ") == strings.Join(foldWords(cleanAnswer(part, nil).text), " ")
}
