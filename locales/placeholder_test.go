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

// A wording for channels without buttons replaces a message that exists,
// uses the same placeholders, and never sends the person to a button.
func TestTypedWordingsReplaceAMessageAndMentionNoButton(t *testing.T) {
	n := 0
	for _, lang := range Langs {
		for key, text := range std[lang] {
			base, typed := strings.CutSuffix(key, TypedSuffix)
			if !typed {
				continue
			}
			n++
			orig, ok := std[lang][base]
			if !ok {
				t.Errorf("%s %s: no message %s to replace", lang, key, base)
				continue
			}
			if got, want := strings.Join(Placeholders(text), ","), strings.Join(Placeholders(orig), ","); got != want {
				t.Errorf("%s %s: placeholders %s, the message has %s", lang, key, got, want)
			}
			low := strings.ToLower(text)
			if strings.Contains(low, "nút") || strings.Contains(low, "button") {
				t.Errorf("%s %s mentions a button: %q", lang, key, text)
			}
		}
	}
	if n == 0 {
		t.Fatal("no typed wordings found")
	}
	if M("remind.draft").Typed().Key != "remind.draft.typed" || M("session.back_at_start").Typed().Key != "session.back_at_start" {
		t.Error("Typed does not pick the wording only where there is one")
	}
}
