package flows

// What /xuhuong is asked: "[chỉ tiêu] [đơn vị]", in the words an officer
// types. The indicator is named by its id, its short label or words of its
// label, with or without diacritics ("ho gia dinh van hoa", "ty_le_gdvh");
// a form's id in front picks the form ("thang truc tuyen"); none is the
// main indicator of the first form. The unit comes last: a code, a
// cluster's id or "cụm 11", a commune's name ("Kim Tân", "xa ngoc trao"),
// "tỉnh"; none is the person's own.

import (
	"regexp"
	"strings"

	"github.com/baocao/baocao/locales"
)

// TrendQuery is what /xuhuong was asked.
type TrendQuery struct {
	Form     *Form
	Question *Question
	Unit     *Unit // nil: the person's own unit
	// Unknown holds the words that named neither an indicator nor a unit:
	// nothing is drawn, the person is told what can be asked.
	Unknown string
}

// ParseTrend reads /xuhuong's arguments.
func (c *Config) ParseTrend(args string) TrendQuery {
	words := strings.Fields(args)
	// The longest tail of the words that names a unit, when what is in
	// front of it names an indicator (or is empty): "dân số Kim Tân".
	for k := len(words); k >= 1; k-- {
		u := c.trendUnit(strings.Join(words[len(words)-k:], " "))
		if u == nil {
			continue
		}
		if f, q, ok := c.TrendIndicator(strings.Join(words[:len(words)-k], " ")); ok {
			return TrendQuery{Form: f, Question: q, Unit: u}
		}
	}
	if f, q, ok := c.TrendIndicator(args); ok {
		return TrendQuery{Form: f, Question: q}
	}
	return TrendQuery{Unknown: strings.TrimSpace(args)}
}

// clusterWords is a cluster as typed: "cụm 11", "cụm thi đua số 11".
var clusterWords = regexp.MustCompile(`^(cum|khoi)( thi dua)?( so)? (\d+)$`)

// trendUnit finds the unit a tail of /xuhuong's words names, or nil.
func (c *Config) trendUnit(s string) *Unit {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if u := c.Units.Get(s); u != nil {
		return u
	}
	f := Fold(s)
	if f == "tinh" || f == "toan tinh" {
		if len(c.Units.Roots) == 1 {
			return c.Units.Roots[0]
		}
		return nil
	}
	if m := clusterWords.FindStringSubmatch(f); m != nil {
		for _, cl := range c.Clusters {
			for _, name := range cl.Name {
				n := Fold(name)
				for _, lead := range []string{"cum thi dua so ", "khoi thi dua so ", "cum so ", "cum "} {
					if rest, ok := strings.CutPrefix(n, lead); ok && (rest == m[4] || strings.HasPrefix(rest, m[4]+" ")) {
						return cl.Scope()
					}
				}
			}
		}
		return nil
	}
	u, _ := pickNamed(c.Units.All(), s, "")
	return u
}

// TrendIndicator finds the indicator words name: a form's id first picks
// the form; no words are the form's (or the first form's) main indicator.
// Among the numeric questions of the forms, an id beats a whole short
// label or label, which beat words found in a label; a key indicator and
// the first form win a tie.
func (c *Config) TrendIndicator(words string) (*Form, *Question, bool) {
	ws := strings.Fields(Fold(words))
	forms := c.Forms
	if len(ws) > 0 {
		for _, f := range c.Forms {
			if ws[0] == Fold(f.ID) {
				forms, ws = []*Form{f}, ws[1:]
				break
			}
		}
	}
	if len(ws) == 0 {
		for _, f := range forms {
			if ind := f.Indicators(); len(ind) > 0 {
				return f, ind[0], true
			}
		}
		return nil, nil, false
	}
	query := strings.Join(ws, " ")
	var bestF *Form
	var bestQ *Question
	best := 0
	for _, f := range forms {
		for _, q := range f.Questions {
			if !q.Numeric() {
				continue
			}
			s := indicatorScore(q, query, ws)
			if q.Indicator && s > 0 {
				s++ // half a step: a key indicator wins a tie
			}
			if s > best {
				bestF, bestQ, best = f, q, s
			}
		}
	}
	return bestF, bestQ, bestQ != nil
}

// indicatorScore is how well query names q: 6 its id, 4 a whole label,
// 2 words all found in a label, 0 not at all (doubled, so that a key
// indicator's extra point only breaks ties).
func indicatorScore(q *Question, query string, ws []string) int {
	if query == Fold(q.ID) || query == Fold(strings.ReplaceAll(q.ID, "_", " ")) {
		return 6
	}
	score := 0
	for _, t := range []locales.Text{q.ShortLabel(), q.Label} {
		for _, s := range t {
			label := strings.TrimSuffix(Fold(s), "?")
			if label == query {
				return 4
			}
			have := map[string]bool{}
			for _, w := range strings.FieldsFunc(label, func(r rune) bool {
				return r == ' ' || r == ',' || r == '"' || r == '(' || r == ')' || r == '“' || r == '”'
			}) {
				have[w] = true
			}
			all := true
			for _, w := range ws {
				if !have[w] {
					all = false
					break
				}
			}
			if all {
				score = 2
			}
		}
	}
	return score
}
