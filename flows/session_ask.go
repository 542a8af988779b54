package flows

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/baocao/baocao/locales"
)

// Asking: reading an answer, checking it against its question's rules and
// the other answers, moving on along the path the skip logic allows.

func (s *Session) handleAnswer(f *Form, in Input, c Context) Outcome {
	q := f.Question(s.Current)
	if q == nil { // the form changed under a stored draft
		s.advance(f, "")
		return s.again(f, c, locales.Msg{})
	}
	switch {
	case in.Kind == InputCommand && in.Command == CmdBack:
		return s.back(f, c)
	case in.Kind == InputCommand && in.Command == CmdSkip, in.Kind == InputButton && in.Data == "skip":
		if q.Required {
			return s.again(f, c, locales.M("session.cannot_skip"))
		}
		return s.accept(f, q, Value{Skipped: true}, c)
	case in.Kind == InputButton && in.Data == "review" && s.Editing:
		s.State = Reviewing
		s.Editing = false
		return s.out(s.Prompt(f, c)...)
	case in.Kind == InputVoice:
		return s.voice(f, q, in, c)
	case in.Kind == InputUnsupported:
		return s.again(f, c, locales.M("session.unsupported", "what", in.Text))
	case in.Kind == InputPhoto:
		if q.Type != TypePhoto {
			return s.again(f, c, locales.M("session.photo_not_expected"))
		}
		return s.accept(f, q, Value{Text: in.FileID}, c)
	case q.Type == TypePhoto:
		if in.Kind == InputText && isSkipWord(in.Text) && !q.Required {
			return s.accept(f, q, Value{Skipped: true}, c)
		}
		return s.again(f, c, locales.M("session.photo_expected"))
	}
	text := in.Text
	if in.Kind == InputButton {
		opt, ok := strings.CutPrefix(in.Data, "v:")
		if !ok {
			return s.again(f, c, locales.M("session.stale_button"))
		}
		text = opt
	}
	if !q.Required && isSkipWord(text) {
		return s.accept(f, q, Value{Skipped: true}, c)
	}
	r := Read(q, text, c.Now, c.Lang)
	if r.Problem != nil {
		return s.again(f, c, *r.Problem)
	}
	v := r.Value
	if msg, ok := s.violates(f, q, v, c.Lang); !ok {
		return s.again(f, c, msg)
	}
	if r.Unsure != nil {
		// Probable but not certain: ask with the value (session_confirm.go).
		s.Pending, s.Unsure = &v, r.Unsure
		s.State = ConfirmReading
		return s.out(s.Prompt(f, c)...)
	}
	return s.checked(f, q, v, c)
}

// checked takes a value read and within the rules: a value far from the
// previous period's is confirmed first; any other is accepted.
func (s *Session) checked(f *Form, q *Question, v Value, c Context) Outcome {
	if s.implausible(q, v, c) {
		s.Pending = &v
		s.State = ConfirmValue
		return s.out(s.Prompt(f, c)...)
	}
	return s.accept(f, q, v, c)
}

// isSkipWord accepts "bỏ qua"/"bo qua"/"skip" typed for an optional question.
func isSkipWord(s string) bool {
	switch Fold(s) {
	case "bo qua", "boqua", "skip", "khong co", "-":
		return true
	}
	return false
}

// violates checks q's constraint with v in place of its answer.
func (s *Session) violates(f *Form, q *Question, v Value, lang locales.Lang) (locales.Msg, bool) {
	if q.constraint == nil || v.Skipped {
		return locales.Msg{}, true
	}
	env := s.envFor(q.constraintReads)
	env[q.ID] = v.Any()
	ok, decided := evalBool(q.constraint, env)
	if !decided || ok {
		return locales.Msg{}, true
	}
	return locales.M("session.constraint", "message", q.Message, "value", v.Format(q, lang)), false
}

// retrace puts q on the path, followed by the answered questions that
// /quaylai stepped back over, each once.
func (s *Session) retrace(id string) {
	path := append([]string{id}, s.Ahead...)
	s.Ahead = nil
	for _, p := range path {
		if _, answered := s.Answers[p]; !answered {
			continue
		}
		s.Trail = slices.DeleteFunc(s.Trail, func(x string) bool { return x == p })
		s.Trail = append(s.Trail, p)
	}
}

// brokenBy finds another answered question whose constraint no longer
// holds now that q has its answer.
func (s *Session) brokenBy(f *Form, q *Question, lang locales.Lang) (*Question, locales.Msg, bool) {
	for _, other := range f.Questions {
		if other == q || other.constraint == nil || !other.Asked() {
			continue
		}
		v, ok := s.Answers[other.ID]
		if !ok || v.Skipped {
			continue
		}
		if _, fine := s.violates(f, other, v, lang); !fine {
			return other, s.ruleProblem(f, other, lang), true
		}
	}
	return nil, locales.Msg{}, false
}

// implausible reports whether v is far from the unit's previous value.
func (s *Session) implausible(q *Question, v Value, c Context) bool {
	if q.Plausible <= 0 || v.Num == nil {
		return false
	}
	old, ok := c.earlier(q.ID)
	if !ok || old.Value == 0 {
		return false
	}
	return math.Abs(*v.Num-old.Value)/math.Abs(old.Value) > q.Plausible
}

// accept stores v as q's answer, echoes it and moves on.
func (s *Session) accept(f *Form, q *Question, v Value, c Context) Outcome {
	s.Answers[q.ID] = v
	delete(s.Voices, q.ID) // a voice note answering q is set again by voice()
	s.Pending, s.Unsure = nil, nil
	s.compute(f)
	echo := locales.M("session.echo", "value", v.Format(q, c.Lang))
	switch {
	case v.Skipped:
		echo = locales.M("session.echo_skipped")
	case q.Type == TypePhoto:
		echo = locales.M("session.echo_photo")
	}
	if s.Editing {
		s.Editing = false
		s.State = Reviewing
		s.Step++
		return s.out(Reply{Msg: locales.M("session.note_then", "note", echo, "then", s.review(f, c).Msg), Buttons: s.reviewButtons()})
	}
	s.retrace(q.ID)
	// This answer may break a rule of an answer given earlier out of order
	// (the fast path took "tt" before "hs" was known): ask that one again.
	if other, msg, broken := s.brokenBy(f, q, c.Lang); broken {
		s.State, s.Current = Asking, other.ID
		replies := s.Prompt(f, c)
		replies[0].Msg = locales.M("session.note_then", "note", echo, "then", locales.M("session.note_then", "note", msg, "then", replies[0].Msg))
		return s.out(replies...)
	}
	// On to the first question still without an answer: after /quaylai or
	// the fast path, answers given earlier are kept, not asked again.
	s.nextUnanswered(f)
	replies := s.Prompt(f, c)
	replies[0].Msg = locales.M("session.note_then", "note", echo, "then", replies[0].Msg)
	return s.out(replies...)
}

// advance moves to the next relevant unanswered-or-later question after
// `after` (or the first), or to the review when there is none.
func (s *Session) advance(f *Form, after string) {
	started := after == ""
	for _, q := range f.Questions {
		if !started {
			started = q.ID == after
			continue
		}
		if q.Asked() && s.relevant(f, q) {
			s.State, s.Current = Asking, q.ID
			return
		}
	}
	s.State, s.Current = Reviewing, ""
}

// relevant reports whether q is to be asked. A condition that cannot be
// decided yet (it reads a question not answered yet) does not hide it: the
// total in "[3/15]" may then shrink as answers come in, but never grows.
func (s *Session) relevant(f *Form, q *Question) bool {
	if q.relevant == nil {
		return true
	}
	for _, id := range q.relevantReads {
		if _, answered := s.Answers[id]; !answered {
			return true
		}
	}
	ok, decided := evalBool(q.relevant, s.envFor(q.relevantReads))
	return !decided || ok
}

// compute refreshes every calculated field from the answers.
func (s *Session) compute(f *Form) {
	for _, q := range f.Questions {
		if q.calculate == nil {
			continue
		}
		if q.calculateArith && s.lacksAny(q.calculateReads) {
			delete(s.Answers, q.ID) // it would fail: arithmetic on a missing value
			continue
		}
		if v, ok := evalFloat(q.calculate, s.envFor(q.calculateReads)); ok {
			// Shares are reported with one decimal (93,1%), as in the
			// district reviews; other computed numbers keep two.
			if q.Type == TypePercent {
				v = math.Round(v*10) / 10
			} else if q.Type == TypeDecimal {
				v = math.Round(v*100) / 100
			} else {
				v = math.Round(v)
			}
			s.Answers[q.ID] = Value{Num: &v}
		} else {
			delete(s.Answers, q.ID)
		}
	}
}

// lacksAny reports whether one of the questions has no value (unanswered
// or skipped).
func (s *Session) lacksAny(ids []string) bool {
	for _, id := range ids {
		if v, ok := s.Answers[id]; !ok || v.Any() == nil {
			return true
		}
	}
	return false
}

// envFor is the answers an expression reads (its reads list, made at
// load) as its variables; unanswered ones are nil, so a condition that
// reads them cannot be decided yet. Only those: building every question's
// variable for each expression was a tenth of an answer's CPU.
func (s *Session) envFor(reads []string) map[string]any {
	env := make(map[string]any, len(reads)+1)
	for _, id := range reads {
		if v, ok := s.Answers[id]; ok {
			env[id] = v.Any()
		} else {
			env[id] = nil
		}
	}
	return env
}

func (s *Session) back(f *Form, c Context) Outcome {
	if len(s.Trail) == 0 {
		return s.again(f, c, locales.M("session.back_at_start"))
	}
	if s.Current != "" {
		s.Ahead = append([]string{s.Current}, s.Ahead...)
	}
	s.Current = s.Trail[len(s.Trail)-1]
	s.Trail = s.Trail[:len(s.Trail)-1]
	s.State = Asking
	return s.out(s.Prompt(f, c)...)
}

// position is the question's number among those that will be asked, and
// how many that is in all, for "[3/15]".
func (s *Session) position(f *Form, id string) (int, int) {
	n, at := 0, 0
	for _, q := range f.Questions {
		if !q.Asked() {
			continue
		}
		if q.ID != id && !s.relevant(f, q) {
			continue
		}
		n++
		if q.ID == id {
			at = n
		}
	}
	return at, n
}

func (s *Session) question(f *Form, c Context, _ locales.Msg) Reply {
	q := f.Question(s.Current)
	at, n := s.position(f, q.ID)
	msg := locales.M("session.question", "n", locales.Plain(strconv.Itoa(at)), "total", locales.Plain(strconv.Itoa(n)), "label", q.Prompt(c.Unit))
	var extra []locales.Msg
	if !q.Help.IsZero() {
		extra = append(extra, locales.M("session.help", "help", q.Help))
	}
	if v, ok := s.Answers[q.ID]; ok && !v.Skipped {
		extra = append(extra, locales.M("session.current_answer", "value", v.Format(q, c.Lang)))
	}
	hint := hintFor(q)
	if hint.Key != "" {
		extra = append(extra, hint)
	}
	if len(extra) > 0 {
		msg = locales.M("session.with_lines", "first", msg, "lines", extra)
	}
	r := Reply{Msg: msg, Typed: q.Type != TypeYesNo && q.Type != TypeChoice}
	switch q.Type {
	case TypeYesNo:
		r.Buttons = [][]Button{{s.btn(locales.M("answer.yes"), "v:có"), s.btn(locales.M("answer.no"), "v:không")}}
	case TypeChoice, TypeMulti:
		if q.Type == TypeChoice {
			for i, o := range q.Options {
				r.Buttons = append(r.Buttons, []Button{s.btn(locales.M("session.option", "label", o.Label), "v:"+strconv.Itoa(i+1))})
			}
		}
	}
	var row []Button
	if !q.Required {
		row = append(row, s.btn(locales.M("session.skip_button"), "skip"))
	}
	if s.Editing {
		row = append(row, s.btn(locales.M("session.back_to_review_button"), "review"))
	}
	if len(row) > 0 {
		r.Buttons = append(r.Buttons, row)
	}
	return r
}

// hintFor tells how to type the answer, with an example the Vietnamese way.
func hintFor(q *Question) locales.Msg {
	switch q.Type {
	case TypeDecimal:
		return locales.M("session.hint_decimal")
	case TypePercent:
		return locales.M("session.hint_percent")
	case TypeDate:
		return locales.M("session.hint_date")
	case TypeMulti:
		return locales.M("session.hint_multi", "options", numberedOptions(q))
	case TypePhoto:
		return locales.M("session.hint_photo")
	case TypeText:
		if !q.Required {
			return locales.M("session.hint_optional_text")
		}
	}
	return locales.Msg{}
}

func numberedOptions(q *Question) []locales.Msg {
	out := make([]locales.Msg, len(q.Options))
	for i, o := range q.Options {
		out[i] = locales.M("session.numbered", "n", locales.Plain(strconv.Itoa(i+1)), "label", o.Label)
	}
	return out
}

func (s *Session) plausibility(f *Form, c Context) Reply {
	q := f.Question(s.Current)
	old, _ := c.earlier(q.ID)
	key := "session.implausible"
	if old.Year {
		key = "compare.implausible_year"
	}
	return Reply{
		Msg: locales.M(key, "value", s.Pending.Format(q, c.Lang), "old", old.Format(q, c.Lang), "period", old.Name),
		Buttons: [][]Button{{
			s.btn(locales.M("session.keep_value_button"), "keep"),
			s.btn(locales.M("session.retype_button"), "retype"),
		}},
	}
}

func (s *Session) handlePlausibility(f *Form, in Input, c Context) Outcome {
	q := f.Question(s.Current)
	if q == nil || s.Pending == nil {
		s.State = Asking
		return s.again(f, c, locales.Msg{})
	}
	keep, decided := false, false
	switch {
	case in.Kind == InputButton:
		keep, decided = in.Data == "keep", in.Data == "keep" || in.Data == "retype"
	case in.Kind == InputText:
		if yes, problem := ReadYesNo(in.Text); problem == nil {
			keep, decided = yes, true
		} else if Read(q, in.Text, c.Now, c.Lang).Problem == nil {
			// A new figure typed straight away replaces the pending one.
			s.State, s.Pending = Asking, nil
			return s.handleAnswer(f, in, c)
		}
	case in.Kind == InputCommand && in.Command == CmdBack:
		s.State, s.Pending = Asking, nil
		return s.out(s.Prompt(f, c)...)
	}
	if !decided {
		return s.again(f, c, locales.M("session.choose_one"))
	}
	v := *s.Pending
	s.State = Asking
	if !keep {
		s.Pending = nil
		return s.out(s.Prompt(f, c)...)
	}
	return s.accept(f, q, v, c)
}
