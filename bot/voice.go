package bot

// Voice notes. A voice note sent at a question asked in words is its
// answer (flows/voice.go): its audio is fetched through the channel's own
// way before the transaction, like a photo (Zalo's link may expire, so
// only now), bounded in size, kept in the same commit as the answer, and
// played by supervisors in the web view. Its length is what the channel
// says (Telegram) or what the audio's frames add up to (Zalo's ADTS AAC).

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/url"
	"slices"
	"strings"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

// fetchVoice downloads a voice note that answers the question the person
// is being asked; a voice note anywhere else is not fetched (the person is
// asked to type). A failed download leaves VoiceData empty, and the person
// is asked to send it again or type.
func (a *App) fetchVoice(ctx context.Context, in *channel.Incoming) {
	if in.Kind != channel.KindVoice || in.Fetch == nil || in.FileID == "" {
		return
	}
	wanted := flows.TakesVoice(a.askedOf(in))
	if !wanted {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, photoFetchTime)
	defer cancel()
	data, err := in.Fetch(ctx, store.MaxVoiceBytes)
	switch {
	case errors.Is(err, channel.ErrPhotoTooBig), err == nil && len(data) > store.MaxVoiceBytes:
		a.log().Warn("voice note over the bound, not kept", "channel", in.Channel, "chat", in.ChatID)
	case err != nil:
		a.log().Warn("voice note download failed", "channel", in.Channel, "chat", in.ChatID, "err", err)
	case len(data) == 0:
		a.log().Warn("voice note download was empty", "channel", in.Channel, "chat", in.ChatID)
	default:
		in.VoiceData = data
		if in.Seconds <= 0 {
			in.Seconds = adtsSeconds(data)
		}
	}
}

// voiceKey is the key a voice note's audio is kept under: short, the same
// for a redelivery of the same message, and no secret (it names the audio
// in the web view's addresses, which check the viewer's rights).
func voiceKey(in *channel.Incoming) string {
	sum := sha256.Sum256([]byte(in.Channel + "\x00" + in.ChatID + "\x00" + in.FileID))
	return "v" + hex.EncodeToString(sum[:10])
}

// keepVoice stores fetched audio in the message's transaction.
func (r *request) keepVoice() error {
	if len(r.in.VoiceData) == 0 || r.person == nil {
		return nil
	}
	return r.tx.PutVoice(voiceKey(&r.in), r.in.VoiceData)
}

// voiceInput is a voice note as the conversation sees it: the key of its
// kept audio, or none when it could not be kept.
func (r *request) voiceInput(in *flows.Input) {
	in.FileID, in.Seconds = "", r.in.Seconds
	if len(r.in.VoiceData) > 0 {
		in.FileID = voiceKey(&r.in)
	}
}

// adtsRates are the sampling frequencies an ADTS header's index names.
var adtsRates = [...]int{96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350}

// adtsSeconds is the length of raw ADTS AAC audio (what Zalo's voice notes
// are), rounded to the second: each frame's header says how long the
// frame is and how many blocks of 1,024 samples it holds. Audio that is not
// ADTS reads as 0 (length unknown).
func adtsSeconds(b []byte) int {
	samples, rate := 0, 0
	for len(b) >= 7 {
		if b[0] != 0xFF || b[1]&0xF6 != 0xF0 {
			return 0 // not a frame's sync word: not ADTS, or broken
		}
		idx := int(b[2]>>2) & 0x0F
		if idx >= len(adtsRates) {
			return 0
		}
		rate = adtsRates[idx]
		n := int(b[3]&0x03)<<11 | int(b[4])<<3 | int(b[5]>>5)
		if n < 7 {
			return 0
		}
		samples += (int(b[6]&0x03) + 1) * 1024
		if n > len(b) {
			break // a last frame cut short: count it, as a player would
		}
		b = b[n:]
	}
	if rate == 0 {
		return 0
	}
	return (samples + rate/2) / rate
}

// what names a message the bot cannot read, for the reply.
func (r *request) what() string {
	if r.in.Kind == channel.KindVoice {
		return "voice"
	}
	return r.in.What
}

// answeringVoices are the draft's voice notes that still answer their
// question: a submission keeps only those.
func answeringVoices(s *flows.Session) map[string]flows.Voice {
	var out map[string]flows.Voice
	for id := range s.Voices {
		if v, ok := s.VoiceOf(id); ok {
			if out == nil {
				out = map[string]flows.Voice{}
			}
			out[id] = v
		}
	}
	return out
}

// VoicePath is where the web view plays the voice note answering question
// of a unit's report (bot/web serves it, to the unit's supervisors).
func VoicePath(form, period, unit, question string) string {
	q := url.Values{"form": {form}, "period": {period}, "unit": {unit}}
	return "/web/ghi-am/" + url.PathEscape(unit) + "/" + url.PathEscape(question) + "?" + q.Encode()
}

// voiceLink gives the written-answers sheet the address of each kept voice
// note in the web view at publicURL; none without a web view.
func voiceLink(tx *store.Tx, publicURL string) func(*flows.Submission, *flows.Question) string {
	if publicURL == "" {
		return nil
	}
	base := strings.TrimRight(publicURL, "/")
	return func(s *flows.Submission, q *flows.Question) string {
		vo, ok := s.VoiceOf(q.ID)
		if !ok {
			return ""
		}
		if _, err := tx.Voice(vo.Key); err != nil {
			return ""
		}
		return base + VoicePath(s.Form, s.Period, s.Unit, q.ID)
	}
}

// mediaKeys are the keys of the photos and voice notes a draft's answers
// refer to; nil, without allocating, when there are none.
func mediaKeys(f *flows.Form, s *flows.Session) []string {
	var keys []string
	for _, q := range f.Questions {
		if q.Type != flows.TypePhoto {
			continue
		}
		if v, ok := s.Answers[q.ID]; ok && !v.Skipped && v.Text != "" {
			keys = append(keys, v.Text)
		}
	}
	for _, v := range s.Voices {
		keys = append(keys, v.Key)
	}
	return keys
}

// droppedKeys are the keys in before that are not in after.
func droppedKeys(before, after []string) []string {
	var out []string
	for _, k := range before {
		if !slices.Contains(after, k) {
			out = append(out, k)
		}
	}
	return out
}
