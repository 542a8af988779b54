package bot

import (
	"testing"

	"github.com/baocao/baocao/bot/zalotest"
)

func TestTheLengthOfAZaloVoiceNoteIsReadFromItsFrames(t *testing.T) {
	for _, s := range []int{1, 7, 42, 65, 300} {
		if got := adtsSeconds(zalotest.VoiceNote(s)); got != s {
			t.Errorf("%d s read as %d s", s, got)
		}
	}
	cut := zalotest.VoiceNote(42)
	if got := adtsSeconds(cut[:len(cut)-5]); got != 42 {
		t.Errorf("a note cut short in its last frame: %d s", got)
	}
	for _, junk := range [][]byte{nil, []byte("OggS\x00\x02"), []byte("not audio at all, just text")} {
		if got := adtsSeconds(junk); got != 0 {
			t.Errorf("%q read as %d s", junk, got)
		}
	}
}
