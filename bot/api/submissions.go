package api

import (
	"sort"
	"strconv"
	"strings"

	"github.com/baocao/baocao/bot/wire"
	"github.com/baocao/baocao/flows"
)

// UnitSubmissions is a unit's report of a period: its current version and
// every version, oldest first, each in bot/wire's shape (the bytes a
// webhook sends for it).
type UnitSubmissions struct {
	Unit     string            `json:"unit"`
	UnitName string            `json:"unit_name"`
	Current  wire.Submission   `json:"current"`
	Versions []wire.Submission `json:"versions"`
}

// Submissions is the answer of /submissions.
type Submissions struct {
	Form        string            `json:"form"`
	Period      string            `json:"period"`
	Unit        string            `json:"unit"`
	Submissions []UnitSubmissions `json:"submissions"`
}

// reporters are the units whose own reports of p make up u: its reporting
// units and the offices above them that report for themselves, or, for a
// period of an earlier era, the old units that went into it (their reports
// are under their codes of then).
func reporters(cfg *flows.Config, u *flows.Unit, p flows.Period) []*flows.Unit {
	if cfg.Earlier(p) {
		return cfg.OldUnitsOf(u, p)
	}
	return append(u.Leaves(), flows.Offices(u)...)
}

// submissions: GET /api/v1/submissions?form=&period=&unit= — the reports
// of the units under the unit, with their versions.
func (c *call) submissions() (any, *table, error) {
	f, p, u, err := c.fpu()
	if err != nil {
		return nil, nil, err
	}
	cfg := c.h.Config
	units := reporters(cfg, u, p)
	subs, err := c.tx.SubmissionsFor(f.ID, p.Key, units)
	if err != nil {
		return nil, nil, err
	}
	out := Submissions{Form: f.ID, Period: p.Key, Unit: u.Code, Submissions: []UnitSubmissions{}}
	asked := askedQuestions(f)
	head := []string{"unit", "unit_name", "version", "current", "at", "by_name", "channel", "late", "imported_file"}
	for _, q := range asked {
		head = append(head, q.ID)
	}
	t := &table{head: head}
	seen := map[string]bool{}
	for _, x := range units {
		s := subs[x.Code]
		if s == nil || seen[x.Code] {
			continue
		}
		seen[x.Code] = true
		name := x.Name
		if n := cfg.UnitOf(x.Code, p); n != nil && n.Name != "" {
			name = n.Name
		}
		hist, err := c.tx.History(f.ID, p.Key, x.Code)
		if err != nil {
			return nil, nil, err
		}
		us := UnitSubmissions{Unit: x.Code, UnitName: name, Current: wire.SubmissionOf(f, *s, name), Versions: []wire.Submission{}}
		for _, h := range hist {
			w := wire.SubmissionOf(f, *h, name)
			us.Versions = append(us.Versions, w)
			row := []string{w.Unit, w.UnitName, itoa(w.Version), yes(w.Version == s.Version), when(w.At), w.ByName, w.Channel, yes(w.Late), ""}
			if w.Imported != nil {
				row[8] = w.Imported.File
			}
			for _, q := range asked {
				row = append(row, cell(w.Answers, q.ID))
			}
			t.add(row...)
		}
		out.Submissions = append(out.Submissions, us)
	}
	return out, t, nil
}

// askedQuestions are the columns of a submission: what wire sends.
func askedQuestions(f *flows.Form) []*flows.Question {
	var out []*flows.Question
	for _, q := range f.Questions {
		if q.Asked() && q.Type != flows.TypePhoto {
			out = append(out, q)
		}
	}
	return out
}

// cell is one answer of wire's shape as CSV text: "" for none or skipped.
func cell(answers map[string]any, id string) string {
	switch v := answers[id].(type) {
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return yes(v)
	case string:
		return v
	case []string:
		l := append([]string(nil), v...)
		sort.Strings(l)
		return strings.Join(l, " ")
	}
	return ""
}
