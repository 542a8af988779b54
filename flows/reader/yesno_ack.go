package reader

import "strings"

// The sounds a chat types to say "I hear you", as a clerk reads them at a
// yes/no question (rule 1 of yesno_plain.go: offered as a yes, never
// stored), with their table test (yesno_ack_test.go):
//
//   - North, centre and south say it with one vowel and a low tone or
//     none: "ừ", "ừa" (the south's), "ờ", "ừm", "ờm", "uh", "um", "ừh",
//     typed with marks in any keyboard ("uwf", "uwaf", "owf", "u72a") or
//     held ("ừaa", "ờờ"). All are the same acknowledgement: offered.
//   - The same vowels with another tone are other words: "ứ" is a child's
//     no ("ứ chịu"), "ủa" surprise, "ú", "ụ" no answer. Not this rule's:
//     they stay refused, never offered as a yes.
//   - "ua", "o" typed bare may be "ủa", "ô", "ồ": not this rule's either.

// ackSounds are the acknowledgement sounds by their marked form's letters
// (Marked without the tone), read only with a low tone or none.
var ackSounds = setOf("ư", "ưa", "ơ", "ưm", "ơm", "ưh", "ơh", "ưmm", "ơmm")

// ackSound reports whether token t, folded to f, is an acknowledgement
// sound of this file's rules; known reports whether f is of the vowels
// this file decides (so that rule 1's other words are left to ackWords).
func ackSound(t Token, f string) (ack, known bool) {
	switch collapse(f) {
	case "u", "ua", "o", "um", "om", "uh", "oh", "uhm":
	default:
		return false, false
	}
	m, ok := Marked(strings.Trim(t.Lower, edgePunct))
	if !ok || m == "" {
		return false, true
	}
	letters, tone := m[:len(m)-1], m[len(m)-1:]
	if tone != " " && tone != "\\" {
		return false, true // "ứ", "ủa": other words
	}
	if ackSounds[collapse(letters)] || ackSounds[letters] {
		return true, true
	}
	// bare: "u", "uh", "um", "uhm" are the chats' spellings of "ừ"; "ua",
	// "o", "oh" may be "ủa", "ô", "ồ"
	return tone == " " && (letters == "u" || letters == "uh" || letters == "um" || letters == "uhm"), true
}

// ackSoundOf reports whether t, folded to f, is an acknowledgement sound.
func ackSoundOf(t Token, f string) bool {
	ack, _ := ackSound(t, f)
	return ack
}
