package flows

import (
	"strings"

	"github.com/baocao/baocao/locales"
)

// The copy-and-fill report, the way officials already report in Zalo
// groups: the bot sends the form as plain text, one "short label: " line
// per question (with last period's figure as a hint); the officer
// long-presses, copies, fills in after each colon and sends it back in one
// message. Every line is read with the answer reader, as if typed one by
// one; what is missing or doubtful is asked for, and the review follows.
// It is text only, so it works the same on channels without buttons.

// Template is the form as a message to copy: a first line naming the
// report and the unit, then a line per question that is asked in a
// conversation (photos excepted: they are sent as photos).
func (s *Session) Template(f *Form, c Context) locales.Msg {
	var lines []locales.Msg
	for _, q := range f.Asked() {
		if q.Type == TypePhoto {
			continue
		}
		key := "template.line"
		args := []any{"label", q.ShortLabel()}
		switch {
		case q.Type == TypeYesNo:
			key = "template.line_yes_no"
		case q.Type == TypeChoice || q.Type == TypeMulti:
			key = "template.line_choice"
			var opts []string
			for _, o := range q.Options {
				opts = append(opts, o.Label.In(c.Lang))
			}
			args = append(args, "options", locales.Plain(strings.Join(opts, " / ")))
		}
		if old, ok := c.earlier(q.ID); ok && q.Numeric() {
			key = "template.line_hint"
			if old.Year && !old.Yearly {
				key = "compare.line_hint_year"
			}
			args = append(args, "period", old.Name, "old", old.Format(q, c.Lang))
		}
		lines = append(lines, locales.M(key, args...))
	}
	var period any = locales.Plain(s.Period)
	if p, err := f.Period(s.Period); err == nil {
		period = p.Label()
	}
	unit := locales.UnitName(s.Unit)
	if c.Unit != nil {
		unit = c.Unit.Named()
	}
	return locales.M("template.text", "title", f.Title, "period", period, "unit", unit, "lines", lines)
}

// ReadTemplate reads a filled template: every line "label: answer" whose
// label names a question of f (its short label or label in either
// language, its key or id; a hint in brackets is ignored). ok is false
// unless two lines name questions, or the one line given names one and
// has an answer: an ordinary answer that happens to contain a colon
// ("Khó khăn: thiếu kinh phí") names no question and is never taken.
func ReadTemplate(f *Form, text string) (pairs []QuickPair, ok bool) {
	names := map[string]*Question{}
	for _, q := range f.Asked() {
		for _, t := range []locales.Text{q.ShortLabel(), bareLabel(q.Label)} {
			for _, s := range t {
				names[labelKey(s)] = q
			}
		}
		names[labelKey(q.ID)] = q
		if q.Key != "" {
			names[labelKey(q.Key)] = q
		}
	}
	seen := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		label, value, found := cutFormLine(line)
		if !found {
			continue
		}
		q := names[labelKey(label)]
		if q == nil || seen[q.ID] {
			continue
		}
		seen[q.ID] = true
		pairs = append(pairs, QuickPair{Key: q.ID, Value: strings.TrimSpace(value)})
	}
	// One line naming a question is taken too: a terminal (the playground)
	// delivers a pasted form line by line.
	single := len(pairs) == 1 && !strings.Contains(strings.TrimSpace(text), "\n") && pairs[0].Value != ""
	return pairs, len(pairs) >= 2 || single
}

// readTemplateMessage takes a message that is a filled template, or one
// line of it: a terminal, or an officer who sends each line on its own,
// delivers the template line by line. ok is false when the message is an
// answer to the question asked (in, then, is what the reader reads).
//
//   - A line naming the question being asked is its answer. The reader
//     reads a figure with its label ("Dân số: 32,657"); any other answer
//     loses its label, as it does in a pasted template, so "Các hoạt động
//     đã tổ chức: Giải bóng chuyền xã" is stored as "Giải bóng chuyền xã".
//   - A line left empty ("Khó khăn, kiến nghị:") is not an answer: an
//     optional question reads as "không có", as in a pasted template; a
//     required one is said to be still empty, and nothing is stored.
func (s *Session) readTemplateMessage(f *Form, in *Input, c Context) (Outcome, bool) {
	if s.isTemplateHead(f, in.Text) {
		return s.again(f, c, locales.M("template.head_seen")), true
	}
	if !strings.ContainsAny(in.Text, ":：") {
		return Outcome{}, false
	}
	pairs, ok := ReadTemplate(f, in.Text)
	if len(pairs) == 1 && !strings.Contains(strings.TrimSpace(in.Text), "\n") {
		p, q := pairs[0], f.Question(pairs[0].Key)
		if p.Value == "" {
			return s.emptyTemplateLine(f, q, c), true
		}
		if s.State == Asking && p.Key == s.Current {
			if !q.Numeric() {
				in.Text = p.Value
			}
			return Outcome{}, false
		}
	}
	if ok {
		return s.FillTemplate(f, pairs, c), true
	}
	return Outcome{}, false
}

// isTemplateHead reports whether text is the template's first line alone
// ("Báo cáo hoạt động tháng 11/2026 — Xã Thành Tâm"), which names the
// report and answers nothing: sent on its own, it is no figure to read.
func (s *Session) isTemplateHead(f *Form, text string) bool {
	text = strings.TrimSpace(text)
	if text == "" || strings.Contains(text, "\n") {
		return false
	}
	if !strings.ContainsAny(text, "—–") && !strings.Contains(text, " - ") {
		return false
	}
	folded := Fold(text)
	for _, title := range f.Title {
		if t := Fold(title); t != "" && strings.HasPrefix(folded, t) {
			return true
		}
	}
	return false
}

// emptyTemplateLine answers a template line sent on its own with nothing
// after its colon.
func (s *Session) emptyTemplateLine(f *Form, q *Question, c Context) Outcome {
	if q.Required {
		return s.again(f, c, locales.M("template.line_empty", "label", q.ShortLabel()))
	}
	if s.State == Asking && q.ID == s.Current {
		return s.accept(f, q, Value{Skipped: true}, c)
	}
	s.Answers[q.ID] = Value{Skipped: true}
	s.compute(f)
	return s.again(f, c, locales.M("template.line_none", "label", q.ShortLabel()))
}

// cutFormLine splits "Tổng số hộ (năm 2025: 2.300): 2.345" at the first colon
// outside brackets; the label comes back without its bracketed hint.
func cutFormLine(line string) (label, value string, ok bool) {
	depth := 0
	var b strings.Builder
	for i, r := range line {
		switch {
		case r == '(' || r == '[':
			depth++
		case r == ')' || r == ']':
			if depth > 0 {
				depth--
			}
		case (r == ':' || r == '：') && depth == 0:
			return b.String(), line[i+len(string(r)):], true
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return "", "", false
}

// labelKey folds a label for matching: no diacritics, no case, no
// bullets or quotes, single spaces.
func labelKey(s string) string {
	s = strings.TrimLeft(strings.TrimSpace(s), "-•*+·>0123456789. ")
	s = strings.NewReplacer("\"", "", "“", "", "”", "", "?", "").Replace(s)
	return strings.Join(strings.Fields(Fold(s)), " ")
}

// maxReadListed: up to this many answers read from a template are listed.
const maxReadListed = 3

// FillTemplate takes a filled template: the answers it gives are read
// and checked like typed ones; an optional line left empty reads as "none".
// Questions not in the template (a photo) are left for after: a photo can
// be sent while the review is shown.
func (s *Session) FillTemplate(f *Form, pairs []QuickPair, c Context) Outcome {
	s.Updated = c.Now
	r := s.fill(f, pairs, c, func(_ QuickPair, q *Question) any { return q.ShortLabel() })
	for _, q := range f.Asked() {
		if _, ok := s.Answers[q.ID]; !ok && q.Type == TypePhoto && !q.Required {
			s.Answers[q.ID] = Value{Skipped: true}
		}
	}
	summary := locales.M("template.read", "count", len(r.done))
	if len(r.done) > 0 && len(r.done) <= maxReadListed {
		// A line or two sent on their own: say what was understood (a whole
		// template is shown by the review that follows).
		summary = locales.M("template.read_lines", "count", len(r.done), "lines", r.done)
	}
	if len(r.failed) > 0 {
		lines := make([]locales.Msg, len(r.failed))
		for i, m := range r.failed {
			lines[i] = locales.M("template.failed_line", "line", m)
		}
		summary = locales.M("template.read_with_problems", "count", len(r.done), "failed", lines)
	}
	// Figures far from last period are flagged on the review itself.
	return s.afterFill(f, c, summary, nil)
}
