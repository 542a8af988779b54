package console

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/baocao/baocao/bot/channel"
)

// playgroundVoice is how the playground "sends" a voice note: "!ghiam
// FILE" reads an audio file from disk (a Zalo voice note is raw ADTS AAC),
// "!ghiam" alone records five seconds of silence in that format, so that
// the review, the web view's player and the export have one to show.
func playgroundVoice(path string) func(context.Context, int) ([]byte, error) {
	return func(_ context.Context, max int) ([]byte, error) {
		if path == "" {
			return silence(5), nil
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("console voice: %w", err)
		}
		defer f.Close()
		data, err := io.ReadAll(io.LimitReader(f, int64(max)+1))
		if err != nil {
			return nil, fmt.Errorf("console voice: %w", err)
		}
		if len(data) > max {
			return nil, channel.ErrPhotoTooBig
		}
		return data, nil
	}
}

// silence is seconds of silent ADTS AAC-LC, 16 kHz mono, as Zalo records
// voice notes: a 7-byte header per frame of 1,024 samples and a short
// silent payload (bot/zalotest.VoiceNote makes the same for tests).
func silence(seconds int) []byte {
	payload := []byte{0x00, 0xc8, 0x00, 0x80, 0x23, 0x80}
	n := 7 + len(payload)
	var out []byte
	for range (seconds*16000 + 512) / 1024 {
		out = append(out, 0xFF, 0xF1, 1<<6|8<<2, byte(1<<6|n>>11), byte(n>>3), byte(n<<5|0x1F), 0xFC)
		out = append(out, payload...)
	}
	return out
}
