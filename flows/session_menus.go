package flows

import (
	"strings"

	"github.com/baocao/baocao/locales"
)

// The small menus around a draft: stop (keep or discard), and continue or
// start over when /baocao finds a draft open.

func (s *Session) confirmCancel() Reply {
	return Reply{Msg: locales.M("session.confirm_cancel"), Buttons: [][]Button{
		{s.btn(locales.M("session.continue_button"), "continue")},
		{s.btn(locales.M("session.keep_draft_button"), "keep")},
		{s.btn(locales.M("session.discard_button"), "discard")},
	}}
}

func (s *Session) handleCancel(f *Form, in Input, c Context) Outcome {
	choice := in.Data
	if in.Kind == InputText {
		choice = map[string]string{"1": "continue", "2": "keep", "3": "discard"}[strings.TrimSpace(in.Text)]
	}
	switch choice {
	case "continue":
		s.State = s.Prior
		if s.State == "" || s.State == ConfirmCancel {
			s.State = Asking
		}
		return s.out(s.Prompt(f, c)...)
	case "keep":
		s.State, s.Paused = s.Prior, true
		if s.State == "" || s.State == ConfirmCancel {
			s.State = Asking
		}
		return Outcome{Close: true, Replies: []Reply{{Msg: locales.M("session.cancelled_kept")}}}
	case "discard":
		return Outcome{Close: true, Discard: true, Replies: []Reply{{Msg: locales.M("session.cancelled_discarded")}}}
	}
	return s.again(f, c, locales.M("session.choose_one"))
}

func (s *Session) resumeOrNew(f *Form, c Context) Reply {
	answered := 0
	for _, q := range f.Questions {
		if _, ok := s.Answers[q.ID]; ok && q.Asked() {
			answered++
		}
	}
	var period any = locales.Plain(s.Period)
	if p, err := f.Period(s.Period); err == nil {
		period = p.Label()
	}
	return Reply{Msg: locales.M("session.resume_or_new", "title", f.Title, "period", period, "answered", answered, "updated", locales.DateTime(s.Updated)),
		Buttons: [][]Button{{s.btn(locales.M("session.resume_button"), "resume"), s.btn(locales.M("session.restart_button"), "restart")}}}
}

func (s *Session) handleResumeOrNew(f *Form, in Input, c Context) Outcome {
	choice := in.Data
	if in.Kind == InputText {
		choice = map[string]string{"1": "resume", "2": "restart"}[strings.TrimSpace(in.Text)]
		switch Fold(in.Text) {
		case "tiep tuc", "tiep", "resume", "continue":
			choice = "resume"
		case "lam lai", "lam lai tu dau", "restart":
			choice = "restart"
		}
	}
	switch choice {
	case "resume":
		return s.out(s.Resume(f, c)...)
	case "restart":
		fresh := &Session{Form: s.Form, Period: s.Period, Unit: s.Unit, Answers: map[string]Value{}, Version: s.Version, Step: s.Step, Started: c.Now, Updated: c.Now}
		fresh.advance(f, "")
		*s = *fresh
		return s.out(append([]Reply{{Msg: locales.M("session.restarted")}}, s.Prompt(f, c)...)...)
	}
	return s.again(f, c, locales.M("session.choose_one"))
}

// Resume continues a draft where it stood, without asking "continue or
// start over?": the person has just said which (a "Điền tiếp" button).
func (s *Session) Resume(f *Form, c Context) []Reply {
	if s.State != ResumeOrNew && s.State != ConfirmCancel {
		s.Prior = s.State
	}
	s.State, s.Paused = s.Prior, false
	if s.State == "" || s.State == ResumeOrNew || s.State == ConfirmCancel {
		s.State = Asking
		if s.Current == "" {
			s.State = Reviewing
		}
	}
	return s.Prompt(f, c)
}

// Progress is "answered/total" of the questions asked so far, for /hanchot.
func (s *Session) Progress(f *Form) (answered, total int) {
	_, total = s.position(f, "")
	for _, q := range f.Questions {
		if _, ok := s.Answers[q.ID]; ok && q.Asked() {
			answered++
		}
	}
	return answered, total
}
