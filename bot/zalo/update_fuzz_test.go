package zalo

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/bot/channel"
)

// Whatever a webhook delivery holds, reading it never panics, and what
// reaches the app is whole: a chat, a photo or voice note with an address
// to fetch, nothing of a group but the fact that it is one.
func FuzzParseUpdate(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/zalo/*.json")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"ok":true,"result":{"event_name":"message.voice.received","message":{"chat":{"id":1},"from":{"id":"1"},"url":"https://x"}}}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		u, err := ParseUpdate(raw)
		if err != nil {
			return
		}
		in, ok := Translate(u)
		if !ok {
			return
		}
		if in.ChatID == "" || in.Channel != Name {
			t.Fatalf("an incoming without its chat: %+v", in)
		}
		if in.Group && (in.Text != "" || in.Kind != channel.KindUnsupported) {
			t.Fatalf("a group's message would be read: %+v", in)
		}
		if (in.Kind == channel.KindPhoto || in.Kind == channel.KindVoice) && !strings.HasPrefix(in.FileID, "http") {
			t.Fatalf("media without an address to fetch: %+v", in)
		}
	})
}
