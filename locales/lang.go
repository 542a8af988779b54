package locales

import (
	"strings"

	"golang.org/x/text/language"
)

// Lang is a catalog language. The zero value means Vietnamese.
type Lang string

const (
	VI Lang = "vi"
	EN Lang = "en"
)

// Default is the language of a person who has not chosen one.
const Default = VI

// Langs lists every language with a catalog, default first.
var Langs = []Lang{VI, EN}

// ParseLang maps a Telegram language_code or a config value to a catalog
// language; anything it does not know is Vietnamese, the product's default.
func ParseLang(code string) Lang {
	code = strings.ToLower(strings.TrimSpace(code))
	if strings.HasPrefix(code, "en") {
		return EN
	}
	return VI
}

func (l Lang) tag() language.Tag {
	if l == EN {
		return language.English
	}
	return language.Vietnamese
}

func (l Lang) orDefault() Lang {
	if l == "" {
		return Default
	}
	return l
}
