package flows

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/baocao/baocao/locales"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/vm"
)

var identRe = regexp.MustCompile(`^[a-z][a-z0-9_]{0,31}$`)

func checkForms(cfg *Config, e *ConfigError) {
	if len(cfg.Forms) == 0 {
		e.addm(0, "config.no_forms")
	}
	ids := map[string]int{}
	shared := sharedProblems{e: e, seen: map[string]int{}, forms: map[int][]string{}}
	for _, f := range cfg.Forms {
		e.addp(f.problems)
		if !identRe.MatchString(f.ID) {
			e.addm(f.line, "config.form_id_bad", "id", f.ID)
		} else if l, dup := ids[f.ID]; dup {
			e.addm(f.line, "config.form_id_used", "id", f.ID, "other", ln(l))
		}
		ids[f.ID] = f.line
		if f.Title.IsZero() {
			f.Title = nil
			e.addm(f.line, "config.form_title_missing", "id", f.ID)
		}
		if !f.Every.valid() {
			e.addm(f.line, "config.form_period_bad", "id", f.ID, "period", string(f.Every))
		}
		// deadline_days may be negative (due before the period ends); the
		// deadline is then checked against the opening in checkFormDates.
		if f.OpenDays < 0 || f.LockDays < 0 {
			e.addm(f.line, "config.form_days_negative", "id", f.ID)
		}
		if f.LockDays < f.DeadlineDays {
			e.addm(f.line, "config.form_lock_before_deadline", "id", f.ID, "lock", f.LockDays, "deadline", f.DeadlineDays)
		}
		qe := &ConfigError{}
		checkQuestions(f, qe)
		shared.add(f.ID, qe.Problems)
		for _, w := range qe.warnings {
			// A question shared by YAML anchors warns once, at its line.
			if !slices.ContainsFunc(e.warnings, func(x ConfigProblem) bool {
				return x.Line == w.Line && locales.Render(locales.EN, x.Msg) == locales.Render(locales.EN, w.Msg)
			}) {
				e.warnings = append(e.warnings, w)
			}
		}
	}
	shared.name()
}

// sharedProblems gathers the question problems of every form into e, in
// order. A question shared by YAML anchors (&q … *q) is decoded once per
// form that uses it, at the same line: its problems are reported once,
// naming the forms.
type sharedProblems struct {
	e     *ConfigError
	seen  map[string]int // problem → index in e.Problems
	forms map[int][]string
}

func (s *sharedProblems) add(form string, ps []ConfigProblem) {
	for _, p := range ps {
		k := fmt.Sprint(p.Line, "\x00", locales.Render(locales.EN, p.Msg))
		if i, ok := s.seen[k]; ok {
			if !slices.Contains(s.forms[i], form) {
				s.forms[i] = append(s.forms[i], form)
			}
			continue
		}
		s.seen[k] = len(s.e.Problems)
		s.forms[len(s.e.Problems)] = []string{form}
		s.e.Problems = append(s.e.Problems, p)
	}
}

// name prefixes the problems met in more than one form with the forms.
func (s *sharedProblems) name() {
	for i, forms := range s.forms {
		if len(forms) > 1 {
			p := &s.e.Problems[i]
			p.Msg = locales.M("config.in_forms", "forms", locales.Plain(strings.Join(forms, ", ")), "problem", p.Msg)
		}
	}
}

func checkQuestions(f *Form, e *ConfigError) {
	if len(f.Asked()) == 0 {
		e.addm(f.line, "config.form_no_questions", "id", f.ID)
	}
	f.index = map[string]int{}
	for i, q := range f.Questions {
		e.addp(q.problems)
		for _, o := range q.Options {
			e.addp(o.problems)
		}
		if !identRe.MatchString(q.ID) {
			e.addm(q.line, "config.question_id_bad", "id", q.ID)
			continue
		}
		for _, name := range []string{q.ID, q.Key} {
			if name == "" {
				continue
			}
			if j, dup := f.index[name]; dup && j != i {
				e.addm(q.line, "config.question_id_used", "form", f.ID, "name", name, "other", ln(f.Questions[j].line))
			}
			f.index[name] = i
		}
		if q.Label.IsZero() {
			e.addm(q.line, "config.question_label_missing", "id", q.ID)
		}
		for _, t := range []locales.Text{q.Label, q.Short, q.Help, q.Message} {
			currentTitles(t)
		}
		checkQuestionType(q, e)
	}
	env := exprEnv(f)
	for _, q := range f.Questions {
		q.constraint = compileExpr(q, "constraint", q.Constraint, env, expr.AsBool(), e)
		q.relevant = compileExpr(q, "relevant", q.Relevant, env, expr.AsBool(), e)
		q.relevantReads = reads(q.Relevant, env)
		q.constraintReads = reads(q.Constraint, env)
		q.calculateReads = reads(q.Calculate, env)
		q.calculateArith = arithmeticOnly(q.Calculate)
		q.calculate = compileExpr(q, "calculate", q.Calculate, env, expr.AsFloat64(), e)
		checkDivisions(q, q.calculate, e)
		checkDivisors(f, q, q.calculate, e)
		if q.Constraint != "" && q.Message.IsZero() {
			e.addm(q.line, "config.constraint_no_message", "id", q.ID)
		}
		if q.Calculate != "" && q.Type != TypeDecimal && q.Type != TypePercent && q.Type != TypeInt {
			e.addm(q.line, "config.calculate_type", "id", q.ID)
		}
	}
	checkCycles(f, env, e)
}

func checkQuestionType(q *Question, e *ConfigError) {
	switch q.Type {
	case TypeInt, TypeDecimal, TypePercent, TypeYesNo, TypeDate, TypeText, TypePhoto:
		if len(q.Options) > 0 {
			e.addm(q.line, "config.options_not_choice", "id", q.ID)
		}
	case TypeChoice, TypeMulti:
		if len(q.Options) < 2 {
			e.addm(q.line, "config.options_too_few", "id", q.ID, "type", string(q.Type))
		}
		seen := map[string]bool{}
		for _, o := range q.Options {
			if !identRe.MatchString(o.ID) || seen[o.ID] {
				e.addm(q.line, "config.option_id_bad", "id", q.ID, "option", o.ID)
			}
			seen[o.ID] = true
			if o.Label.IsZero() {
				e.addm(q.line, "config.option_label_missing", "id", q.ID, "option", o.ID)
			}
		}
	default:
		e.addm(q.line, "config.question_type_bad", "id", q.ID, "type", string(q.Type))
	}
	if (q.Min != nil || q.Max != nil) && !q.Numeric() {
		e.addm(q.line, "config.minmax_not_number", "id", q.ID)
	}
	if q.Min != nil && q.Max != nil && *q.Min > *q.Max {
		e.addm(q.line, "config.question_min_gt_max", "id", q.ID, "min", *q.Min, "max", *q.Max)
	}
	if q.Plausible < 0 {
		e.addm(q.line, "config.plausible_negative", "id", q.ID)
	}
}

// exprEnv declares every question id with a value of its type, so that
// expressions are type-checked at load: a misspelt id is a config error.
func exprEnv(f *Form) map[string]any {
	env := map[string]any{}
	for _, q := range f.Questions {
		env[q.ID] = sampleValue(q.Type)
	}
	return env
}

func sampleValue(t QuestionType) any {
	switch t {
	case TypeInt, TypeDecimal, TypePercent:
		return float64(0)
	case TypeYesNo:
		return false
	case TypeMulti:
		return []string{}
	case TypeChoice, TypeDate, TypeText, TypePhoto:
		return ""
	}
	return nil // an unknown type, already reported: do not cascade
}

func compileExpr(q *Question, field, src string, env map[string]any, kind expr.Option, e *ConfigError) *vm.Program {
	if strings.TrimSpace(src) == "" {
		return nil
	}
	p, err := expr.Compile(src, expr.Env(env), kind)
	if err != nil {
		e.addm(q.line, "config.expr_bad", "id", q.ID, "field", field, "expr", src, "detail", firstLine(err.Error()))
		return nil
	}
	return p
}

// wordRe finds the words of an expression that may be question ids.
var wordRe = regexp.MustCompile(`[a-z][a-z0-9_]*`)

// reads lists the question ids an expression mentions as whole words, once
// each.
func reads(src string, env map[string]any) []string {
	var out []string
	for _, w := range wordRe.FindAllString(src, -1) {
		if _, ok := env[w]; ok && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// evalBool runs a condition over the answers. A condition that cannot be
// decided because something it reads is unanswered returns ok=false.
func evalBool(p *vm.Program, env map[string]any) (val, ok bool) {
	out, err := expr.Run(p, env)
	if err != nil {
		return false, false
	}
	b, isBool := out.(bool)
	return b, isBool
}

// evalFloat runs a calculation; ok is false when it cannot be computed
// (an input is missing, or a division by zero).
func evalFloat(p *vm.Program, env map[string]any) (float64, bool) {
	out, err := expr.Run(p, env)
	if err != nil {
		return 0, false
	}
	f, isFloat := out.(float64)
	if !isFloat || f != f || f > 1e300 || f < -1e300 {
		return 0, false
	}
	return f, true
}
