package flows

import "github.com/baocao/baocao/flows/reader"

// The text stage of the reader lives in flows/reader (text.go there says
// why text from phones needs it); these are its names inside flows.

// Normalize returns s in NFC, invisible marks out, one space between words.
func Normalize(s string) string { return reader.Normalize(s) }

// Fold returns Normalize(s) lowercased, without diacritics, đ as d.
func Fold(s string) string { return reader.Fold(s) }

func untelex(w string) string        { return reader.Skeleton(w) }
func shorten(s string, n int) string { return reader.Shorten(s, n) }
