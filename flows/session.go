package flows

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

// State is where a conversation stands.
type State string

const (
	Asking        State = "asking"         // waiting for the answer to Current
	ConfirmValue  State = "confirm_value"  // a far-off value awaits a yes/no
	Reviewing     State = "review"         // the review screen: send or edit
	ChoosingEdit  State = "choose_edit"    // "which question?" after the edit button
	ConfirmCancel State = "confirm_cancel" // /huy: keep, discard or go on
	ResumeOrNew   State = "resume_or_new"  // /baocao while a draft is open
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
	// Pending holds a value awaiting confirmation (plausibility check).
	Pending *Value `json:"pending,omitempty"`
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
	s.Updated = c.Now
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
	switch s.State {
	case Asking:
		return s.handleAnswer(f, in, c)
	case ConfirmValue:
		return s.handlePlausibility(f, in, c)
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

// --- asking ---------------------------------------------------------------

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
	v, problem := ReadAnswer(q, text, c.Now, c.Lang)
	if problem != nil {
		return s.again(f, c, *problem)
	}
	if msg, ok := s.violates(f, q, v, c.Lang); !ok {
		return s.again(f, c, msg)
	}
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
	env := s.env(f)
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
		if msg, fine := s.violates(f, other, v, lang); !fine {
			return other, msg, true
		}
	}
	return nil, locales.Msg{}, false
}

// implausible reports whether v is far from the unit's previous value.
func (s *Session) implausible(q *Question, v Value, c Context) bool {
	if q.Plausible <= 0 || v.Num == nil || c.Previous == nil {
		return false
	}
	old, ok := c.Previous.Num(q.ID)
	if !ok || old == 0 {
		return false
	}
	return math.Abs(*v.Num-old)/math.Abs(old) > q.Plausible
}

// accept stores v as q's answer, echoes it and moves on.
func (s *Session) accept(f *Form, q *Question, v Value, c Context) Outcome {
	s.Answers[q.ID] = v
	s.Pending = nil
	s.compute(f)
	echo := locales.M("session.echo", "value", v.Format(q, c.Lang))
	if v.Skipped {
		echo = locales.M("session.echo_skipped")
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
	ok, decided := evalBool(q.relevant, s.env(f))
	return !decided || ok
}

// compute refreshes every calculated field from the answers.
func (s *Session) compute(f *Form) {
	for _, q := range f.Questions {
		if q.calculate == nil {
			continue
		}
		if v, ok := evalFloat(q.calculate, s.env(f)); ok {
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

// env is the answers as expression variables; unanswered ones are absent
// (nil), so a condition that reads them cannot be decided yet.
func (s *Session) env(f *Form) map[string]any {
	env := make(map[string]any, len(f.Questions))
	for _, q := range f.Questions {
		if v, ok := s.Answers[q.ID]; ok {
			env[q.ID] = v.Any()
		} else {
			env[q.ID] = nil
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
	msg := locales.M("session.question", "n", locales.Plain(strconv.Itoa(at)), "total", locales.Plain(strconv.Itoa(n)), "label", q.Label)
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
	r := Reply{Msg: msg}
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

// --- plausibility ----------------------------------------------------------

func (s *Session) plausibility(f *Form, c Context) Reply {
	q := f.Question(s.Current)
	old, _ := c.Previous.Num(q.ID)
	oldV := Value{Num: &old}
	return Reply{
		Msg: locales.M("session.implausible", "value", s.Pending.Format(q, c.Lang), "old", oldV.Format(q, c.Lang), "period", c.PrevName),
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
		} else if _, problem := ReadAnswer(q, in.Text, c.Now, c.Lang); problem == nil {
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

// --- review ----------------------------------------------------------------

// reviewLines lists the answers numbered the way "sửa N" refers to them;
// computed values follow the answers they come from, unnumbered.
func (s *Session) reviewLines(f *Form, lang locales.Lang) ([]locales.Msg, []string) {
	var lines []locales.Msg
	var numbered []string
	for _, q := range f.Questions {
		if !s.relevant(f, q) {
			continue
		}
		v, ok := s.Answers[q.ID]
		if !q.Asked() {
			if ok {
				lines = append(lines, locales.M("session.review_computed", "label", bareLabel(q.Label), "value", v.Format(q, lang)))
			}
			continue
		}
		numbered = append(numbered, q.ID)
		val := locales.M("session.review_missing")
		if ok {
			val = locales.M("session.plain", "text", v.Format(q, lang))
		}
		lines = append(lines, locales.M("session.review_line", "n", locales.Plain(strconv.Itoa(len(numbered))), "label", bareLabel(q.Label), "value", val))
		if ok {
			// An edit can break another answer's rule (fewer households
			// than "Gia đình văn hóa"): say so here, not only at sending.
			if msg, fine := s.violates(f, q, v, lang); !fine {
				lines = append(lines, locales.M("session.review_problem", "problem", msg))
			}
		}
	}
	return lines, numbered
}

func (s *Session) review(f *Form, c Context) Reply {
	lines, _ := s.reviewLines(f, c.Lang)
	key := "session.review"
	if s.Version > 0 {
		key = "session.review_revision"
	}
	return Reply{Msg: locales.M(key, "title", f.Title, "lines", lines, "version", s.Version), Buttons: s.reviewButtons()}
}

func (s *Session) reviewButtons() [][]Button {
	return [][]Button{{s.btn(locales.M("session.send_button"), "send"), s.btn(locales.M("session.edit_button"), "edit")}}
}

func (s *Session) handleReview(f *Form, in Input, c Context) Outcome {
	_, numbered := s.reviewLines(f, c.Lang)
	switch {
	case in.Kind == InputButton && in.Data == "send", in.Kind == InputText && isSendWord(in.Text):
		return s.submit(f, c)
	case in.Kind == InputButton && in.Data == "edit":
		s.State = ChoosingEdit
		return s.out(s.Prompt(f, c)...)
	case in.Kind == InputCommand && in.Command == CmdBack:
		if len(numbered) == 0 {
			return s.again(f, c, locales.Msg{})
		}
		return s.edit(f, numbered[len(numbered)-1], c)
	case in.Kind == InputText:
		if n, ok := editNumber(in.Text); ok {
			if n < 1 || n > len(numbered) {
				return s.again(f, c, locales.M("session.no_such_question", "max", locales.Plain(strconv.Itoa(len(numbered)))))
			}
			return s.edit(f, numbered[n-1], c)
		}
	}
	return s.again(f, c, locales.M("session.review_help"))
}

// isSendWord accepts the ways people confirm in text: "gửi", "gui", "ok"…
func isSendWord(s string) bool {
	switch Fold(s) {
	case "gui", "gui bao cao", "xac nhan", "ok", "dong y", "nop", "nop bao cao", "send", "submit":
		return true
	}
	return false
}

// editNumber reads "sửa 3", "sua 3", "sửa câu 3", "edit 3".
func editNumber(s string) (int, bool) {
	f := Fold(s)
	for _, p := range []string{"sua cau ", "sua so ", "sua ", "edit "} {
		if rest, ok := strings.CutPrefix(f, p); ok {
			n, err := strconv.Atoi(strings.TrimSpace(rest))
			return n, err == nil
		}
	}
	return 0, false
}

func (s *Session) edit(f *Form, id string, c Context) Outcome {
	s.State, s.Current, s.Editing = Asking, id, true
	return s.out(s.Prompt(f, c)...)
}

func (s *Session) chooseEdit(f *Form) Reply {
	var numbered []string
	_, numbered = s.reviewLines(f, locales.VI)
	var rows [][]Button
	var row []Button
	for i := range numbered {
		row = append(row, s.btn(locales.M("session.plain", "text", locales.Plain(strconv.Itoa(i+1))), "q"+strconv.Itoa(i+1)))
		if len(row) == 6 {
			rows, row = append(rows, row), nil
		}
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	rows = append(rows, []Button{s.btn(locales.M("session.back_to_review_button"), "review")})
	return Reply{Msg: locales.M("session.which_question", "max", locales.Plain(strconv.Itoa(len(numbered)))), Buttons: rows}
}

func (s *Session) handleChooseEdit(f *Form, in Input, c Context) Outcome {
	_, numbered := s.reviewLines(f, c.Lang)
	text := in.Text
	if in.Kind == InputButton {
		if in.Data == "review" {
			s.State = Reviewing
			return s.out(s.Prompt(f, c)...)
		}
		text = strings.TrimPrefix(in.Data, "q")
	}
	n, err := strconv.Atoi(strings.TrimSpace(text))
	if m, ok := editNumber(text); ok {
		n, err = m, nil
	}
	if err != nil || n < 1 || n > len(numbered) {
		return s.again(f, c, locales.M("session.no_such_question", "max", locales.Plain(strconv.Itoa(len(numbered)))))
	}
	return s.edit(f, numbered[n-1], c)
}

// submit checks the whole report once more (an edit may have broken a
// constraint of another question) and, if it holds, asks the caller to
// store it.
func (s *Session) submit(f *Form, c Context) Outcome {
	for _, q := range f.Questions {
		if !q.Asked() || !s.relevant(f, q) {
			continue
		}
		v, ok := s.Answers[q.ID]
		if !ok || (v.Skipped && q.Required) {
			s.State, s.Current, s.Editing = Asking, q.ID, true
			return s.again(f, c, locales.M("session.missing_answer"))
		}
		if msg, ok := s.violates(f, q, v, c.Lang); !ok {
			s.State, s.Current, s.Editing = Asking, q.ID, true
			return s.again(f, c, msg)
		}
	}
	// Answers to questions no longer relevant are dropped from the report.
	for _, q := range f.Questions {
		if q.Asked() && !s.relevant(f, q) {
			delete(s.Answers, q.ID)
		}
	}
	s.compute(f)
	return Outcome{Submit: true, Close: true}
}

// --- cancel and resume -----------------------------------------------------

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
	return Reply{Msg: locales.M("session.resume_or_new", "title", f.Title, "answered", answered, "updated", locales.DateTime(s.Updated)),
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
		s.State, s.Paused = s.Prior, false
		if s.State == "" || s.State == ResumeOrNew || s.State == ConfirmCancel {
			s.State = Asking
			if s.Current == "" {
				s.State = Reviewing
			}
		}
		return s.out(s.Prompt(f, c)...)
	case "restart":
		fresh := &Session{Form: s.Form, Period: s.Period, Unit: s.Unit, Answers: map[string]Value{}, Version: s.Version, Step: s.Step, Started: c.Now, Updated: c.Now}
		fresh.advance(f, "")
		*s = *fresh
		return s.out(append([]Reply{{Msg: locales.M("session.restarted")}}, s.Prompt(f, c)...)...)
	}
	return s.again(f, c, locales.M("session.choose_one"))
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

// bareLabel drops a question's final "?" so it reads as a heading in the
// review: "Tổng số hộ gia đình: 2.345 hộ".
func bareLabel(t locales.Text) locales.Text {
	out := locales.Text{}
	for lang, s := range t {
		out[lang] = strings.TrimRight(strings.TrimSpace(s), "?.：: ")
	}
	return out
}
