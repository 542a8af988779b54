package flows

import (
	"strings"

	"github.com/baocao/baocao/locales"
)

// Confirming a probable reading. The reader returns a value with a reason
// when it is probable but not certain: "32,657" typed for a count (an
// English phone's 32.657), "1o" (10), "3 thôn" where households are asked,
// "không có" for a count (0), "có chứ" (có), "20/12" far from today. The
// conversation asks once, with the value, for every question type alike:
//
//	“32,657” có dấu phẩy ở chỗ hàng nghìn…
//	Xin xác nhận: ghi 32.657 hộ?   [Đúng] [Nhập lại]
//
// Nothing is stored until the person says yes. Typing a new answer instead
// reads it as one; channels without buttons show them numbered.

func (s *Session) confirmReading(f *Form, c Context) Reply {
	q := f.Question(s.Current)
	if q == nil || s.Pending == nil || s.Unsure == nil {
		// A draft stored half-way (or a form changed under it): ask again.
		s.State, s.Pending, s.Unsure = Asking, nil, nil
		if q == nil {
			s.advance(f, "")
			return s.Prompt(f, c)[0]
		}
		return s.question(f, c, locales.Msg{})
	}
	value := locales.Plain(s.Pending.Format(q, c.Lang))
	return Reply{
		Msg: locales.M("reading.confirm", "reason", s.Unsure.Msg(value), "value", value),
		Buttons: [][]Button{{
			s.btn(locales.M("reading.yes_button"), "keep"),
			s.btn(locales.M("session.retype_button"), "retype"),
		}},
	}
}

func (s *Session) handleConfirmReading(f *Form, in Input, c Context) Outcome {
	q := f.Question(s.Current)
	if q == nil || s.Pending == nil || s.Unsure == nil {
		s.State, s.Pending, s.Unsure = Asking, nil, nil
		return s.again(f, c, locales.Msg{})
	}
	keep, decided := false, false
	switch {
	case in.Kind == InputButton:
		keep, decided = in.Data == "keep", in.Data == "keep" || in.Data == "retype"
	case in.Kind == InputCommand && in.Command == CmdBack:
		s.State, s.Pending, s.Unsure = Asking, nil, nil
		return s.out(s.Prompt(f, c)...)
	case in.Kind == InputText && !newAnswer(q, in.Text):
		if yes, problem := ReadYesNo(in.Text); problem == nil {
			keep, decided = yes, true
		}
	}
	if !decided && (in.Kind == InputText || in.Kind == InputPhoto || in.Kind == InputUnsupported) {
		// Anything else typed is another try at the question: it is read
		// (and refused, or asked about) as an answer.
		s.State, s.Pending, s.Unsure = Asking, nil, nil
		return s.handleAnswer(f, in, c)
	}
	if !decided {
		return s.again(f, c, locales.M("session.choose_one"))
	}
	v := *s.Pending
	s.State, s.Pending, s.Unsure = Asking, nil, nil
	if !keep {
		return s.out(s.Prompt(f, c)...)
	}
	return s.checked(f, q, v, c)
}

// newAnswer reports whether text typed at a confirmation is a new answer
// rather than a yes or no: a figure for a number question ("0" is the
// count zero, not "no").
func newAnswer(q *Question, text string) bool {
	switch q.Type {
	case TypeInt, TypeDecimal, TypePercent:
		return strings.ContainsFunc(Normalize(text), isASCIIDigit)
	}
	return false
}
