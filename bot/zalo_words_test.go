package bot

// Zalo has no buttons: a message that says "bấm nút bên dưới" sends the
// person looking for something that is not there. This test renders every
// catalog message a Zalo user can receive, the way the app words it for a
// channel without buttons (KEY.typed where the catalog has it, for the
// message and the messages inside it), and fails on a word for pressing
// or for a button.

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/baocao/baocao/locales"
)

// notForChats are catalog files no chat user reads: the operator's command
// line and configuration, the playground's banner, the Excel sheet's
// contents and the web pages (web.yaml's chat replies are listed below).
var notForChats = map[string]bool{
	"cmdline.yaml": true, "config.yaml": true, "operator.yaml": true,
	"play.yaml": true, "document.yaml": true, "web.yaml": true,
}

// chatWebKeys are web.yaml's messages that /web sends in the chat.
var chatWebKeys = regexp.MustCompile(`^web\.(link|ended|ended_none|usage|not_served)$`)

// buttonWords are what a person on Zalo must never be asked to do.
var buttonWords = map[locales.Lang]*regexp.Regexp{
	locales.VI: regexp.MustCompile(`(?i)(^|[^\p{L}])(bấm|nút)([^\p{L}]|$)`),
	locales.EN: regexp.MustCompile(`(?i)\b(press|pressed|button|buttons|click)\b`),
}

func TestZaloMessagesNeverSpeakOfButtons(t *testing.T) {
	keys := zaloKeys(t)
	if len(keys) < 300 {
		t.Fatalf("only %d keys found: the catalog files were not read", len(keys))
	}
	t.Logf("%d messages a Zalo user can receive, in %d languages", len(keys), len(locales.Langs))
	for _, lang := range locales.Langs {
		for _, k := range keys {
			m := locales.Msg{Key: k, Args: map[string]any{}}
			for _, p := range locales.Placeholders(locales.Std()[lang][k]) {
				m.Args[p] = "x"
			}
			out := locales.Render(lang, m.Typed())
			if w := buttonWords[lang].FindString(out); w != "" {
				t.Errorf("%s/%s on Zalo says %q: %q", lang, k, strings.TrimSpace(w), out)
			}
		}
	}
}

// A note inside a reply is worded for the channel too.
func TestTypedWordsTheMessagesInsideAMessage(t *testing.T) {
	m := locales.M("session.note_then", "note", locales.M("session.unsupported", "what", locales.M("what.voice")), "then", locales.M("session.hint_optional_text"))
	out := locales.Render(locales.VI, m.Typed())
	if buttonWords[locales.VI].MatchString(out) {
		t.Errorf("a nested message kept its button words: %q", out)
	}
	if plain := locales.Render(locales.VI, m); !buttonWords[locales.VI].MatchString(plain) {
		t.Errorf("the message with buttons lost its words, so the test above proves nothing: %q", plain)
	}
}

// zaloKeys lists the catalog's keys a chat user can receive, without their
// .typed variants (Typed picks them).
func zaloKeys(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../locales/vi/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no catalog files: %v", err)
	}
	var keys []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var entries map[string]string
		if err := yaml.Unmarshal(data, &entries); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for k := range entries {
			if strings.HasSuffix(k, locales.TypedSuffix) {
				continue
			}
			if notForChats[filepath.Base(f)] && !chatWebKeys.MatchString(k) {
				continue
			}
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}
