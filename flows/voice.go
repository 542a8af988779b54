package flows

// Voice notes. Many officers answer on Zalo by speaking, above all to say
// what went wrong and what they propose. At a question asked in words a
// voice note is the answer: its audio is kept by the app (store: the
// voices bucket), the answer's text says "🎤 ghi âm 0:42" wherever answers
// are shown, and Voices links the question to the audio, so that a
// supervisor can play it. At a question that wants a figure, a yes or no,
// a date or a choice, nothing can be read from a voice note, so the
// person is asked, kindly, to type it.

import (
	"fmt"

	"github.com/baocao/baocao/locales"
)

// Voice is a voice note kept as an answer.
type Voice struct {
	Key     string `json:"k"`           // the audio's key in the store
	Seconds int    `json:"s,omitempty"` // its length; 0 when not known
	// Label is the answer's text when the note was taken: the note
	// answers the question while the answer is still this text.
	Label string `json:"l"`
}

// TakesVoice reports whether a voice note can answer q: only a question
// asked in words.
func TakesVoice(q *Question) bool { return q != nil && q.Type == TypeText }

// VoiceClock is a voice note's length as a player shows it: "0:42", "12:05".
func VoiceClock(seconds int) string {
	return fmt.Sprintf("%d:%02d", seconds/60, seconds%60)
}

// VoiceLabel is the text a voice note's answer reads as.
func VoiceLabel(lang locales.Lang, seconds int) string {
	if seconds <= 0 {
		return locales.Render(lang, locales.M("answer.voice_unknown_length"))
	}
	return locales.Render(lang, locales.M("answer.voice", "length", locales.Plain(VoiceClock(seconds))))
}

// VoiceOf returns the voice note answering question id, if the answer is
// still that note.
func (s *Session) VoiceOf(id string) (Voice, bool) { return voiceOf(s.Voices, s.Answers, id) }

// VoiceOf returns the voice note answering question id, if any.
func (s *Submission) VoiceOf(id string) (Voice, bool) {
	if s == nil {
		return Voice{}, false
	}
	return voiceOf(s.Voices, s.Answers, id)
}

func voiceOf(voices map[string]Voice, answers map[string]Value, id string) (Voice, bool) {
	v, ok := voices[id]
	if !ok || v.Key == "" {
		return Voice{}, false
	}
	a, ok := answers[id]
	if !ok || a.Skipped || a.Text != v.Label {
		return Voice{}, false
	}
	return v, true
}

// voice takes a voice note sent while q is asked.
func (s *Session) voice(f *Form, q *Question, in Input, c Context) Outcome {
	switch q.Type {
	case TypeText:
	case TypeInt, TypeDecimal, TypePercent:
		return s.again(f, c, locales.M("session.voice_type_figure"))
	case TypeYesNo:
		return s.again(f, c, locales.M("session.voice_type_yesno"))
	case TypePhoto:
		return s.again(f, c, locales.M("session.photo_expected"))
	default:
		return s.again(f, c, locales.M("session.voice_type_answer"))
	}
	if in.FileID == "" { // the audio could not be fetched or was too long
		return s.again(f, c, locales.M("session.voice_not_kept", "minutes", MaxVoiceMinutes))
	}
	v := Voice{Key: in.FileID, Seconds: in.Seconds, Label: VoiceLabel(c.Lang, in.Seconds)}
	out := s.accept(f, q, Value{Text: v.Label}, c)
	if s.Voices == nil {
		s.Voices = map[string]Voice{}
	}
	s.Voices[q.ID] = v
	return out
}

// MaxVoiceMinutes is how long a voice note can be kept: the store bounds
// the audio's bytes (store.MaxVoiceBytes), which this many minutes of
// Zalo's 16 kHz AAC fit in.
const MaxVoiceMinutes = 5

// tidyVoices forgets the voice notes that no longer answer their question
// (the answer was replaced, skipped or dropped by the skip logic), so that
// what Voices lists is what the draft refers to: the app prunes the audio
// of the others.
func (s *Session) tidyVoices() {
	for id := range s.Voices {
		if _, ok := s.VoiceOf(id); !ok {
			delete(s.Voices, id)
		}
	}
}
