package flows

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/baocao/baocao/locales"
)

// Official titles change: Decree 86/2023/NĐ-CP calls the village title
// "Thôn, Tổ dân phố văn hóa" where older configurations (and the district
// reviews they were copied from) say "Khu dân cư văn hóa". Both are
// accepted in a configuration; people are shown the current one.
var renamedTitles = strings.NewReplacer(
	"Khu dân cư văn hóa", "Thôn, Tổ dân phố văn hóa",
	"Khu dân cư văn hoá", "Thôn, Tổ dân phố văn hóa",
	"khu dân cư văn hóa", "thôn, tổ dân phố văn hóa",
	"khu dân cư văn hoá", "thôn, tổ dân phố văn hóa",
)

// currentTitles rewrites the Vietnamese phrase of t to the current titles,
// in place.
func currentTitles(t locales.Text) {
	if s, ok := t[locales.VI]; ok {
		t[locales.VI] = renamedTitles.Replace(norm.NFC.String(s))
	}
}
