package flows

import (
	"regexp"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/vm"
)

var identRe = regexp.MustCompile(`^[a-z][a-z0-9_]{0,31}$`)

func checkForms(cfg *Config, e *ConfigError) {
	if len(cfg.Forms) == 0 {
		e.addf(0, "no forms: add at least one form under forms:")
	}
	ids := map[string]int{}
	for _, f := range cfg.Forms {
		for _, p := range f.problems {
			e.add(p)
		}
		if !identRe.MatchString(f.ID) {
			e.addf(f.line, "form id %q: expected lower-case letters, digits and _ (e.g. nam, thang)", f.ID)
		} else if l, dup := ids[f.ID]; dup {
			e.addf(f.line, "form id %s is already used at line %d", f.ID, l)
		}
		ids[f.ID] = f.line
		if f.Title.IsZero() {
			f.Title = nil
			e.addf(f.line, "form %s needs a title", f.ID)
		}
		if !f.Every.valid() {
			e.addf(f.line, "form %s: period %q is not one of month, quarter, half, year", f.ID, f.Every)
		}
		// deadline_days may be negative (due before the period ends); the
		// deadline is then checked against the opening in checkFormDates.
		if f.OpenDays < 0 || f.LockDays < 0 {
			e.addf(f.line, "form %s: open_days and lock_days count days and cannot be negative", f.ID)
		}
		if f.LockDays < f.DeadlineDays {
			e.addf(f.line, "form %s: lock_days (%d) must not come before deadline_days (%d): a report cannot lock before it is due", f.ID, f.LockDays, f.DeadlineDays)
		}
		checkQuestions(f, e)
	}
}

func checkQuestions(f *Form, e *ConfigError) {
	if len(f.Asked()) == 0 {
		e.addf(f.line, "form %s asks nothing: add questions", f.ID)
	}
	f.index = map[string]int{}
	for i, q := range f.Questions {
		for _, p := range q.problems {
			e.add(p)
		}
		for _, o := range q.Options {
			for _, p := range o.problems {
				e.add(p)
			}
		}
		if !identRe.MatchString(q.ID) {
			e.addf(q.line, "question id %q: expected lower-case letters, digits and _ (e.g. tong_ho)", q.ID)
			continue
		}
		for _, name := range []string{q.ID, q.Key} {
			if name == "" {
				continue
			}
			if j, dup := f.index[name]; dup && j != i {
				e.addf(q.line, "form %s: %q is already the id or key of the question at line %d", f.ID, name, f.Questions[j].line)
			}
			f.index[name] = i
		}
		if q.Label.IsZero() {
			e.addf(q.line, "question %s needs a label", q.ID)
		}
		checkQuestionType(q, e)
	}
	env := exprEnv(f)
	for _, q := range f.Questions {
		q.constraint = compileExpr(q, "constraint", q.Constraint, env, expr.AsBool(), e)
		q.relevant = compileExpr(q, "relevant", q.Relevant, env, expr.AsBool(), e)
		q.relevantReads = reads(q.Relevant, env)
		q.calculate = compileExpr(q, "calculate", q.Calculate, env, expr.AsFloat64(), e)
		if q.Constraint != "" && q.Message.IsZero() {
			e.addf(q.line, "question %s has a constraint but no message saying what is wrong", q.ID)
		}
		if q.Calculate != "" && q.Type != TypeDecimal && q.Type != TypePercent && q.Type != TypeInt {
			e.addf(q.line, "question %s is calculated, so its type must be integer, decimal or percent", q.ID)
		}
	}
}

func checkQuestionType(q *Question, e *ConfigError) {
	switch q.Type {
	case TypeInt, TypeDecimal, TypePercent, TypeYesNo, TypeDate, TypeText, TypePhoto:
		if len(q.Options) > 0 {
			e.addf(q.line, "question %s: options are only for choice and multi questions", q.ID)
		}
	case TypeChoice, TypeMulti:
		if len(q.Options) < 2 {
			e.addf(q.line, "question %s: a %s question needs at least two options", q.ID, q.Type)
		}
		seen := map[string]bool{}
		for _, o := range q.Options {
			if !identRe.MatchString(o.ID) || seen[o.ID] {
				e.addf(q.line, "question %s: option id %q must be unique, lower-case letters, digits and _", q.ID, o.ID)
			}
			seen[o.ID] = true
			if o.Label.IsZero() {
				e.addf(q.line, "question %s: option %s needs a label", q.ID, o.ID)
			}
		}
	default:
		e.addf(q.line, "question %s: type %q is not one of integer, decimal, percent, yesno, choice, multi, date, text, photo", q.ID, q.Type)
	}
	if (q.Min != nil || q.Max != nil) && !q.Numeric() {
		e.addf(q.line, "question %s: min and max are only for numbers", q.ID)
	}
	if q.Min != nil && q.Max != nil && *q.Min > *q.Max {
		e.addf(q.line, "question %s: min (%v) is greater than max (%v)", q.ID, *q.Min, *q.Max)
	}
	if q.Plausible < 0 {
		e.addf(q.line, "question %s: plausible is a relative change such as 0.5 and cannot be negative", q.ID)
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
		e.addf(q.line, "question %s: %s %q: %s", q.ID, field, src, firstLine(err.Error()))
		return nil
	}
	return p
}

// reads lists the question ids an expression mentions as whole words.
func reads(src string, env map[string]any) []string {
	var out []string
	for _, w := range regexp.MustCompile(`[a-z][a-z0-9_]*`).FindAllString(src, -1) {
		if _, ok := env[w]; ok {
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
