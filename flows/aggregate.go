package flows

// Aggregating figures up the unit tree.
//
// A district's share of "Cultured family" households is not the average of
// its communes' shares: a commune of 500 households would weigh as much as
// one of 5.000. It is the district's cultured households over the
// district's households, so a share whose formula is a ratio of two
// answers (calculate: gdvh / tong_ho * 100) is recomputed from the summed
// numerators and denominators. Counts are summed. Anything else (a share
// typed in directly, a computed figure that is not a ratio) cannot be
// rebuilt from parts, and is averaged over the units that reported it.

import (
	"math"
	"regexp"
	"strconv"
)

// Ratio is a share computed from two answers: Num / Den × Scale.
type Ratio struct {
	Num, Den string
	Scale    float64
}

// ratioRe reads "a / b * 100", "(a / b) * 100", "a * 100 / b" and "a / b".
var (
	ratioRe   = regexp.MustCompile(`^\(?\s*([a-z][a-z0-9_]*)\s*/\s*([a-z][a-z0-9_]*)\s*\)?\s*(?:\*\s*([0-9]+(?:\.[0-9]+)?))?$`)
	ratioPre  = regexp.MustCompile(`^([a-z][a-z0-9_]*)\s*\*\s*([0-9]+(?:\.[0-9]+)?)\s*/\s*([a-z][a-z0-9_]*)$`)
	ratioNone = Ratio{}
	// ratioGuarded reads "b > 0 ? a / b * 100 : nil": the ratio written so
	// that a unit answering 0 has no share, as checkDivisors asks.
	ratioGuarded = regexp.MustCompile(`^([a-z][a-z0-9_]*)\s*(?:>\s*0|!=\s*0)\s*\?\s*(.+?)\s*:\s*nil$`)
)

// parseRatio recognises a Calculate expression that is a ratio of two ids.
func parseRatio(calc string) (Ratio, bool) {
	calc = trimSpace(calc)
	if m := ratioGuarded.FindStringSubmatch(calc); m != nil {
		if r, ok := parseRatio(m[2]); ok && r.Den == m[1] {
			return r, true
		}
		return ratioNone, false
	}
	if m := ratioRe.FindStringSubmatch(calc); m != nil {
		scale := 1.0
		if m[3] != "" {
			scale, _ = strconv.ParseFloat(m[3], 64)
		}
		return Ratio{Num: m[1], Den: m[2], Scale: scale}, true
	}
	if m := ratioPre.FindStringSubmatch(calc); m != nil {
		scale, _ := strconv.ParseFloat(m[2], 64)
		return Ratio{Num: m[1], Den: m[3], Scale: scale}, true
	}
	return ratioNone, false
}

func trimSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}

// Ratio returns the ratio the question is computed as, if it is one.
func (q *Question) Ratio() (Ratio, bool) {
	if q.ratio == nil {
		return ratioNone, false
	}
	return *q.ratio, true
}

// Summable reports whether the question's values add up across units (a
// count of households, clubs, items).
func (q *Question) Summable() bool {
	return q.Calculate == "" && (q.Type == TypeInt || q.Type == TypeDecimal)
}

// prepareRatios records which calculated questions are ratios, once at
// load, so aggregation does not parse expressions per unit.
func prepareRatios(cfg *Config) {
	for _, f := range cfg.Forms {
		for _, q := range f.Questions {
			if q.Calculate == "" {
				continue
			}
			if r, ok := parseRatio(q.Calculate); ok && f.Question(r.Num) != nil && f.Question(r.Den) != nil {
				q.ratio = &r
			}
		}
	}
}

// Table is the current submissions of one form and period, for the units a
// question needs (a standing loads peers, a digest the units supervised).
type Table struct {
	Form   *Form
	Period Period
	Subs   map[string]*Submission // by unit code
}

// NewTable wraps submissions by unit code.
func NewTable(f *Form, p Period, subs map[string]*Submission) *Table {
	if subs == nil {
		subs = map[string]*Submission{}
	}
	return &Table{Form: f, Period: p, Subs: subs}
}

// Sub returns a unit's submission, or nil.
func (t *Table) Sub(code string) *Submission {
	if t == nil {
		return nil
	}
	return t.Subs[code]
}

// Value is a unit's figure for q: its own answer for a reporting unit, the
// aggregate of the units under it otherwise. ok is false when nothing under
// the unit reported the figure: "not reported", never 0.
//
// A reporting unit's calculated share is the ratio of its own parts, as
// exact as the district's: the share stored with the submission was
// rounded by the form's calculation (85,24% and 85,18% are both stored as
// 85,2) and would tie units that differ in the second decimal. Only a
// share the form asks for itself (no calculate) is taken as typed.
func (t *Table) Value(u *Unit, q *Question) (v float64, ok bool) {
	if t == nil {
		return 0, false
	}
	if u.IsLeaf() {
		s := t.Subs[u.Code]
		if s == nil {
			return 0, false
		}
		if r, isRatio := q.Ratio(); isRatio {
			// As aggregateCodes computes it for one unit: no parts or no
			// denominator, no figure.
			n, ok1 := s.Num(r.Num)
			d, ok2 := s.Num(r.Den)
			if !ok1 || !ok2 || d == 0 {
				return 0, false
			}
			return n / d * r.Scale, true
		}
		return leafNum(s, q)
	}
	a := t.Aggregate(u, q)
	return a.Value, a.Units > 0
}

// leafNum is a reporting unit's own figure for q. A calculated share or
// decimal that is not a plain ratio ("(a + b) / c * 100") is computed
// again from the answers it reads, since the session stored it rounded;
// when that cannot be done (an answer it reads is missing), the stored
// figure stands.
func leafNum(s *Submission, q *Question) (float64, bool) {
	if q.calculate != nil && (q.Type == TypePercent || q.Type == TypeDecimal) {
		env := make(map[string]any, len(q.calculateReads))
		complete := true
		for _, id := range q.calculateReads {
			v, ok := s.Answers[id]
			if !ok || v.Skipped {
				complete = false
				break
			}
			env[id] = v.Any()
		}
		if complete {
			if v, ok := evalFloat(q.calculate, env); ok {
				return v, true
			}
		}
	}
	return s.Num(q.ID)
}

// Aggregate is a figure summed or recomputed over the units under one.
type Aggregate struct {
	Value    float64
	Num, Den float64 // for a ratio: the summed parts
	Units    int     // reporting units that contributed
}

// Aggregate computes q over the reporting units at or under u.
func (t *Table) Aggregate(u *Unit, q *Question) Aggregate {
	leaves := u.Leaves()
	codes := make([]string, len(leaves))
	for i, l := range leaves {
		codes[i] = l.Code
	}
	return t.aggregateCodes(codes, q)
}

// aggregateCodes computes q over the submissions of the units with codes.
func (t *Table) aggregateCodes(codes []string, q *Question) Aggregate {
	var a Aggregate
	r, isRatio := q.Ratio()
	sum := 0.0
	for _, code := range codes {
		s := t.Subs[code]
		if s == nil {
			continue
		}
		if isRatio {
			n, ok1 := s.Num(r.Num)
			d, ok2 := s.Num(r.Den)
			if !ok1 || !ok2 {
				continue
			}
			a.Num += n
			a.Den += d
			a.Units++
			continue
		}
		if v, ok := leafNum(s, q); ok {
			sum += v
			a.Units++
		}
	}
	switch {
	case a.Units == 0:
	case isRatio:
		if a.Den == 0 {
			a.Units = 0 // no denominator: the share is undefined
			return a
		}
		a.Value = a.Num / a.Den * r.Scale
	case q.Summable():
		a.Value = sum
	default:
		a.Value = sum / float64(a.Units)
	}
	return a
}

// precision is how a figure is compared and shown: shares with one
// decimal, as the reviews print them, other numbers with two.
func (q *Question) round(v float64) float64 {
	if q.Type == TypePercent {
		return math.Round(v*10) / 10
	}
	return math.Round(v*100) / 100
}
