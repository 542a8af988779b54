package locales

import (
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// Address is how the Vietnamese catalog addresses the reader: "anh/chị"
// (the default, the register of a state office writing to a colleague),
// "đồng chí" (inside the Party and state apparatus) or "bạn" (for a
// lighter deployment). Templates never write the pronoun themselves: they
// say {addr} mid-sentence and {Addr} at the start of one, and leave it out
// wherever Vietnamese reads better without it ("Vui lòng…"). The system
// calls itself "hệ thống". English says "you" and ignores the setting.
type Address string

const (
	AnhChi  Address = "anh/chị"
	DongChi Address = "đồng chí"
	Ban     Address = "bạn"
)

// DefaultAddress is used when the configuration names none.
const DefaultAddress = AnhChi

// Addresses lists the forms of address a deployment may choose.
var Addresses = []Address{AnhChi, DongChi, Ban}

// ParseAddress reads a configured form of address, with or without
// diacritics or capitals ("Anh/Chị", "dong chi"); ok is false for anything else.
func ParseAddress(s string) (Address, bool) {
	key := strings.Join(strings.Fields(strings.ToLower(strings.TrimSpace(s))), " ")
	key = strings.NewReplacer(" / ", "/", "chị", "chi", "đồng", "dong", "chí", "chi", "bạn", "ban").Replace(key)
	switch key {
	case "anh/chi", "anh chi":
		return AnhChi, true
	case "dong chi":
		return DongChi, true
	case "ban":
		return Ban, true
	}
	return "", false
}

// address is the deployment's form of address. It is one setting for the
// whole process (the configuration is loaded once), so the renderers need
// no extra argument; SetAddress is called by the wiring after the
// configuration loads, and by tests that show another form.
var address atomic.Value

func init() { address.Store(DefaultAddress) }

// SetAddress makes a the form of address of every rendering that follows;
// it returns the previous one so a test can restore it.
func SetAddress(a Address) Address {
	if a == "" {
		a = DefaultAddress
	}
	return address.Swap(a).(Address)
}

// CurrentAddress is the form of address in use.
func CurrentAddress() Address { return address.Load().(Address) }

// addressIn is the pronoun a template's {addr} becomes in lang.
func addressIn(lang Lang) string {
	if lang == EN {
		return "you"
	}
	return string(CurrentAddress())
}

// capitalize upper-cases the first letter of s: "anh/chị" → "Anh/chị",
// "xã Thành Tâm" → "Xã Thành Tâm".
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// UnitName is the official name of an administrative unit ("Xã Thành
// Tâm"). Inside a Vietnamese sentence its level is written in lowercase
// ("báo cáo của xã Thành Tâm", Decree 30/2020 on administrative style);
// a template puts {Unit} (capitalised) where a sentence or a list line
// starts with it, and gets the official form back.
type UnitName string

// levelWords are the level words a unit's official name starts with.
var levelWords = []string{"thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "huyện", "quận", "tỉnh", "xã"}

// inSentence is the name as written mid-sentence in lang; a parent in
// brackets ("Xã Thành Tâm (Huyện Thạch Thành)") lowers its level too.
func (u UnitName) inSentence(lang Lang) string {
	s := string(u)
	if lang == EN {
		return s
	}
	if name, parent, ok := strings.Cut(s, " ("); ok {
		return lowerLevel(name) + " (" + lowerLevel(parent)
	}
	return lowerLevel(s)
}

// lowerLevel writes the level word a name starts with in lowercase.
func lowerLevel(s string) string {
	low := strings.ToLower(s)
	for _, w := range levelWords {
		if strings.HasPrefix(low, w+" ") && len(low) == len(s) {
			return w + s[len(w):]
		}
	}
	return s
}
