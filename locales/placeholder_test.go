package locales

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The hand-written placeholder scanner finds exactly what the placeholder
// regexp finds, in templates made of braces, names and Vietnamese text.
func TestPlaceholdersAreFoundAsTheRegexpFindsThem(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	parts := []string{"{", "}", "a", "Z", "_", "9", "đ", "ơn vị ", " ", "{x}", "{title}", "{}", "{{", "}}", "-", "{a b}"}
	mark := func(ph string) string { return "<" + strings.ToUpper(ph) + ">" }
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		tmpl := b.String()
		want := placeholder.ReplaceAllStringFunc(tmpl, mark)
		if got := replacePlaceholders(tmpl, mark); got != want {
			t.Fatalf("%q: got %q, want %q", tmpl, got, want)
		}
	}
}
