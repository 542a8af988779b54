package flows

import (
	"slices"
	"strconv"
	"strings"

	"github.com/baocao/baocao/locales"
)

// The review screen: every answer numbered, "sửa 3" or a button to change
// one, and the final check before the report is stored.

// reviewLines lists the answers numbered the way "sửa N" refers to them;
// computed values follow the answers they come from, unnumbered.
func (s *Session) reviewLines(f *Form, c Context) ([]locales.Msg, []string) {
	lang := c.Lang
	var lines []locales.Msg
	var numbered []string
	for _, q := range f.Questions {
		if !s.relevant(f, q) {
			continue
		}
		v, ok := s.Answers[q.ID]
		if !q.Asked() {
			if ok {
				lines = append(lines, locales.M("session.review_computed", "label", q.ShortLabel(), "value", s.reviewFigure(f, q, v, c)))
			}
			continue
		}
		numbered = append(numbered, q.ID)
		val := locales.M("session.review_missing")
		if ok {
			val = locales.M("session.plain", "text", v.Format(q, lang))
		}
		lines = append(lines, locales.M("session.review_line", "n", locales.Plain(strconv.Itoa(len(numbered))), "label", q.ShortLabel(), "value", val))
		if ok {
			// An edit can break another answer's rule (fewer households
			// than "Gia đình văn hóa"): say so here, not only at sending,
			// naming the answers to look at.
			if _, fine := s.violates(f, q, v, lang); !fine {
				lines = append(lines, locales.M("session.review_problem", "problem", s.ruleProblem(f, q, lang)))
			} else if s.implausible(q, v, c) {
				// Far from last period (a filled form is not asked one by
				// one): flagged where the officer reads it.
				old, _ := c.earlier(q.ID)
				key := "session.review_doubtful"
				if old.Year {
					key = "compare.review_doubtful_year"
				}
				lines = append(lines, locales.M("session.review_problem", "problem",
					locales.M(key, "period", old.Name, "old", old.Format(q, lang))))
			}
		}
	}
	return lines, numbered
}

// reviewFigure is a computed figure as the review shows it: as the form
// stores it (a share with one decimal, 93,1%), unless that would read as
// the unit's target while the figure is not the target: 2.149 of 2.500
// households is 85,96%, stored 86,0 and shown "86%" beside a target of
// "≥ 86%" it misses. Then the exact figure is shown, with the decimals
// that tell it from its target (DigitsApart, the standing's rule): the
// officer reads 85,96% before sending, as the result after it says.
func (s *Session) reviewFigure(f *Form, q *Question, v Value, c Context) string {
	text := v.Format(q, c.Lang)
	if v.Num == nil || c.Targets == nil || c.Unit == nil || q.calculate == nil || !q.Numeric() {
		return text
	}
	p, err := f.Period(s.Period)
	if err != nil {
		return text
	}
	tg := c.Targets.For(f.ID, q.ID, c.Unit, p.Start.Year())
	if tg == nil {
		return text
	}
	exact, ok := evalFloat(q.calculate, s.envFor(q.calculateReads))
	if !ok {
		return text
	}
	d := DigitsApart(q, exact, []float64{tg.Value()})
	if d <= usualDigits(q) {
		return text
	}
	return locales.Render(c.Lang, FigureDigits(q, exact, d))
}

// numberOf is the review number of question id ("câu 3"), or 0.
func (s *Session) numberOf(f *Form, id string) int {
	n := 0
	for _, q := range f.Questions {
		if !q.Asked() || !s.relevant(f, q) {
			continue
		}
		n++
		if q.ID == id {
			return n
		}
	}
	return 0
}

// ruleProblem says which rule of q the answers break, with the answers
// it compares by their numbers, and which to correct: "Số hộ gia đình văn
// hóa không thể lớn hơn tổng số hộ (câu 1: 2.345 hộ; câu 2: 3.000 hộ).
// Sửa câu 1 hoặc câu 2." Nothing was "just typed" on the review screen.
func (s *Session) ruleProblem(f *Form, q *Question, lang locales.Lang) locales.Msg {
	ids := append([]string{q.ID}, q.constraintReads...)
	type ref struct {
		n int
		q *Question
	}
	var refs []ref
	seen := map[string]bool{}
	for _, id := range ids {
		o := f.Question(id)
		if o == nil || seen[o.ID] || !o.Asked() {
			continue
		}
		seen[o.ID] = true
		if n := s.numberOf(f, o.ID); n > 0 {
			refs = append(refs, ref{n, o})
		}
	}
	slices.SortFunc(refs, func(a, b ref) int { return a.n - b.n })
	var shown, fix []locales.Msg
	for _, r := range refs {
		val := locales.Msg(locales.M("session.review_missing"))
		if v, ok := s.Answers[r.q.ID]; ok {
			val = locales.M("session.plain", "text", v.Format(r.q, lang))
		}
		num := locales.Plain(strconv.Itoa(r.n))
		shown = append(shown, locales.M("session.rule_ref", "n", num, "value", val))
		fix = append(fix, locales.M("session.rule_number", "n", num))
	}
	return locales.M("session.rule", "message", bareLabel(q.Message), "refs", joinList(shown, "session.rule_ref_sep", "session.rule_ref_sep"),
		"fix", joinList(fix, "session.list_comma", "session.list_or"))
}

// joinList joins messages as a list: "a, b hoặc c" (sep between all but
// the last two, last between those).
func joinList(items []locales.Msg, sep, last string) locales.Msg {
	if len(items) == 0 {
		return locales.M("standing.empty")
	}
	out := items[len(items)-1]
	if len(items) > 1 {
		out = locales.M(last, "a", items[len(items)-2], "b", out)
		for i := len(items) - 3; i >= 0; i-- {
			out = locales.M(sep, "a", items[i], "b", out)
		}
	}
	return out
}

func (s *Session) review(f *Form, c Context) Reply {
	lines, _ := s.reviewLines(f, c)
	key := "session.review"
	if s.Version > 0 {
		key = "session.review_revision"
	}
	var period any = locales.Plain(s.Period)
	if p, err := f.Period(s.Period); err == nil {
		period = p.Label()
	}
	unit := locales.UnitName(s.Unit)
	if c.Unit != nil {
		unit = c.Unit.Named()
	}
	return Reply{Msg: locales.M(key, "title", f.Title, "period", period, "unit", unit, "lines", lines, "version", s.Version), Buttons: s.reviewButtons()}
}

func (s *Session) reviewButtons() [][]Button {
	return [][]Button{{s.btn(locales.M("session.send_button"), "send"), s.btn(locales.M("session.edit_button"), "edit")}}
}

func (s *Session) handleReview(f *Form, in Input, c Context) Outcome {
	_, numbered := s.reviewLines(f, c)
	switch {
	case in.Kind == InputButton && in.Data == "send", in.Kind == InputText && isSendWord(in.Text):
		return s.submit(f, c)
	case in.Kind == InputPhoto:
		// After a copied template, the photo comes while the review shows.
		for _, q := range f.Asked() {
			if q.Type == TypePhoto && s.relevant(f, q) {
				s.Answers[q.ID] = Value{Text: in.FileID}
				return s.again(f, c, locales.M("session.echo_photo"))
			}
		}
		return s.again(f, c, locales.M("session.photo_not_expected"))
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
	_, numbered = s.reviewLines(f, Context{Lang: locales.VI})
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
	_, numbered := s.reviewLines(f, c)
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
		if _, ok := s.violates(f, q, v, c.Lang); !ok {
			s.State, s.Current, s.Editing = Asking, q.ID, true
			return s.again(f, c, s.ruleProblem(f, q, c.Lang))
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

// bareLabel drops a question's final "?" so it reads as a heading in the
// review: "Tổng số hộ gia đình: 2.345 hộ".
func bareLabel(t locales.Text) locales.Text {
	out := locales.Text{}
	for lang, s := range t {
		out[lang] = strings.TrimRight(strings.TrimSpace(s), "?.：: ")
	}
	return out
}
