package flows

import (
	"strconv"
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

// State is where a conversation stands.
type State string

const (
	Asking       State = "asking"        // waiting for the answer to Current
	ConfirmValue State = "confirm_value" // a far-off value awaits a yes/no
	// ConfirmReading: a probable reading ("32,657" → 32.657) awaits a yes/no.
	ConfirmReading State = "confirm_reading"
	Reviewing      State = "review"         // the review screen: send or edit
	ChoosingEdit   State = "choose_edit"    // "which question?" after the edit button
	ConfirmCancel  State = "confirm_cancel" // /huy: keep, discard or go on
	ResumeOrNew    State = "resume_or_new"  // /baocao while a draft is open
)

// Session is one person's draft of one report: the conversation state that
// survives restarts. It is plain data (stored as JSON); the methods below
// are the state machine, pure, with time passed in.
type Session struct {
	Form    string           `json:"form"`
	Period  string           `json:"period"`
	Unit    string           `json:"unit"`
	State   State            `json:"state"`
	Current string           `json:"current,omitempty"` // question being asked
	Answers map[string]Value `json:"answers"`
	// Trail is the questions answered, in order, so /quaylai can go back
	// along the path actually taken (skip logic makes it vary).
	Trail []string `json:"trail,omitempty"`
	// Ahead holds the questions stepped back over with /quaylai, so that
	// after the correction the path is whole again and /quaylai retraces it.
	Ahead []string `json:"ahead,omitempty"`
	// Pending holds a value awaiting confirmation (plausibility check, or
	// a probable reading).
	Pending *Value `json:"pending,omitempty"`
	// Unsure says why Pending is a probable reading, in ConfirmReading.
	Unsure *Unsure `json:"unsure,omitempty"`
	// Editing is set when a question is answered from the review screen:
	// after it the conversation returns to the review.
	Editing bool `json:"editing,omitempty"`
	// Prior is the state to return to when a cancel is called off.
	Prior State `json:"prior,omitempty"`
	// Version is the submitted version being revised (0 for a new report).
	Version int `json:"version,omitempty"`
	// Paused is set when the person stopped with /huy and kept the draft:
	// their messages are no longer read as answers until /baocao resumes.
	Paused bool `json:"paused,omitempty"`
	// Voices are the voice notes kept as answers, by question (voice.go).
	Voices map[string]Voice `json:"voices,omitempty"`
	// Step counts prompts. Buttons carry it, so a press on an old message
	// is recognised as stale instead of answering the wrong question.
	Step    int       `json:"step"`
	Started time.Time `json:"started"`
	Updated time.Time `json:"updated"`
}

// Outcome is what handling one input produced.
type Outcome struct {
	Replies []Reply
	// Submit: the person confirmed; store Answers as a new version.
	Submit bool
	// Close: the conversation is over (submitted or cancelled); Discard:
	// the draft is to be deleted, not kept.
	Close, Discard bool
}

// NewSession starts an empty draft of f for unit in period p.
func NewSession(f *Form, p Period, unit string, now time.Time) *Session {
	s := &Session{Form: f.ID, Period: p.Key, Unit: unit, Answers: map[string]Value{}, Started: now, Updated: now}
	s.advance(f, "")
	return s
}

// Revise starts a session that edits a submitted report: it opens on the
// review screen with the submitted answers.
func Revise(f *Form, sub *Submission, now time.Time) *Session {
	s := &Session{Form: f.ID, Period: sub.Period, Unit: sub.Unit, Answers: map[string]Value{}, Version: sub.Version, Started: now, Updated: now, State: Reviewing}
	for k, v := range sub.Answers {
		s.Answers[k] = v
	}
	for k, v := range sub.Voices {
		if s.Voices == nil {
			s.Voices = map[string]Voice{}
		}
		s.Voices[k] = v
	}
	return s
}

// Prompt says again what the session is waiting for, e.g. after /baocao
// resumes a draft or after a restart.
func (s *Session) Prompt(f *Form, c Context) []Reply {
	s.Step++
	switch s.State {
	case Asking:
		return []Reply{s.question(f, c, locales.Msg{})}
	case ConfirmValue:
		return []Reply{s.plausibility(f, c)}
	case ConfirmReading:
		return []Reply{s.confirmReading(f, c)}
	case Reviewing:
		return []Reply{s.review(f, c)}
	case ChoosingEdit:
		return []Reply{s.chooseEdit(f)}
	case ConfirmCancel:
		return []Reply{s.confirmCancel()}
	case ResumeOrNew:
		return []Reply{s.resumeOrNew(f, c)}
	}
	return nil
}

// AskResumeOrNew puts the session in the "continue or start over?" menu.
func (s *Session) AskResumeOrNew(f *Form, c Context) []Reply {
	if s.State != ResumeOrNew {
		s.Prior = s.State
	}
	s.State, s.Paused = ResumeOrNew, false
	return s.Prompt(f, c)
}

// Handle takes one input and returns what to say.
func (s *Session) Handle(f *Form, in Input, c Context) Outcome {
	defer s.tidyVoices()
	s.Updated = c.Now
	if in.Kind == InputVoice && s.State != Asking {
		// Only a question asked in words takes a voice note; anywhere
		// else it is a message the bot cannot read.
		in.Kind = InputUnsupported
	}
	if in.Kind == InputButton {
		action, ok := s.button(in.Data)
		if !ok {
			return s.again(f, c, locales.M("session.stale_button"))
		}
		in = Input{Kind: InputButton, Data: action}
	}
	if in.Kind == InputCommand && in.Command == CmdCancel && s.State != ConfirmCancel {
		if s.State != ResumeOrNew {
			s.Prior = s.State
		}
		s.State = ConfirmCancel
		return s.out(s.Prompt(f, c)...)
	}
	// A filled copy of the template (/mau), pasted back in one message,
	// while a question or the review is shown.
	if in.Kind == InputText && (s.State == Asking || s.State == Reviewing) {
		// One line naming the question being asked is an answer to it
		// (template.go: readTemplateMessage).
		if o, ok := s.readTemplateMessage(f, &in, c); ok {
			return o
		}
	}
	switch s.State {
	case Asking:
		return s.handleAnswer(f, in, c)
	case ConfirmValue:
		return s.handlePlausibility(f, in, c)
	case ConfirmReading:
		return s.handleConfirmReading(f, in, c)
	case Reviewing:
		return s.handleReview(f, in, c)
	case ChoosingEdit:
		return s.handleChooseEdit(f, in, c)
	case ConfirmCancel:
		return s.handleCancel(f, in, c)
	case ResumeOrNew:
		return s.handleResumeOrNew(f, in, c)
	}
	return s.again(f, c, locales.Msg{})
}

// button checks a button's step and returns its action.
func (s *Session) button(data string) (string, bool) {
	step, action, ok := strings.Cut(data, ":")
	if !ok || step != strconv.Itoa(s.Step) {
		return "", false
	}
	return action, true
}

func (s *Session) btn(label locales.Msg, action string) Button {
	return Button{Label: label, Data: strconv.Itoa(s.Step) + ":" + action}
}

func (s *Session) out(r ...Reply) Outcome { return Outcome{Replies: r} }

// again re-sends the current prompt, prefixed with a note (a problem).
func (s *Session) again(f *Form, c Context, note locales.Msg) Outcome {
	replies := s.Prompt(f, c)
	if note.Key != "" && len(replies) > 0 {
		replies[0].Msg = locales.M("session.note_then", "note", note, "then", replies[0].Msg)
	}
	return s.out(replies...)
}
