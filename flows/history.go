package flows

// A report's history (/lichsu): every version /sua kept, who sent it and
// when, and which answers changed from the version before, old → new.
// Supervisors see what was corrected after the deadline; officers see what
// their colleague changed.

import (
	"sort"
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

// Change is one answer that differs between two versions of a report.
type Change struct {
	ID       string
	Question *Question // nil for an answer the form no longer asks
	Old, New *Value    // nil when there was none
}

// Changes lists the asked answers that differ from prev to cur, in the
// form's order (computed shares follow their counts and are left out).
func Changes(f *Form, prev, cur *Submission) []Change {
	var out []Change
	seen := map[string]bool{}
	get := func(s *Submission, id string) *Value {
		if s == nil {
			return nil
		}
		if v, ok := s.Answers[id]; ok {
			return &v
		}
		return nil
	}
	add := func(id string, q *Question) {
		seen[id] = true
		o, n := get(prev, id), get(cur, id)
		if !equalValues(o, n) {
			out = append(out, Change{ID: id, Question: q, Old: o, New: n})
		}
	}
	for _, q := range f.Questions {
		if q.Asked() {
			add(q.ID, q)
		} else {
			seen[q.ID] = true
		}
	}
	var rest []string
	for _, s := range []*Submission{prev, cur} {
		if s == nil {
			continue
		}
		for id := range s.Answers {
			if !seen[id] {
				seen[id] = true
				rest = append(rest, id)
			}
		}
	}
	sort.Strings(rest)
	for _, id := range rest {
		add(id, nil)
	}
	return out
}

func equalValues(a, b *Value) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a.Skipped != b.Skipped || a.Text != b.Text || a.Date != b.Date || strings.Join(a.Picks, "\x00") != strings.Join(b.Picks, "\x00") {
		return false
	}
	if (a.Num == nil) != (b.Num == nil) || (a.Num != nil && *a.Num != *b.Num) {
		return false
	}
	return (a.Bool == nil) == (b.Bool == nil) && (a.Bool == nil || *a.Bool == *b.Bool)
}

// Bounds on what one history message lists, so it stays one message to
// read on a phone.
const (
	HistoryVersions = 8  // the newest versions shown
	historyChanges  = 12 // changes listed per version
	historyText     = 60 // runes of a text answer quoted
)

// HistoryMessage is the history of one report, newest version first.
func HistoryMessage(f *Form, p Period, u *Unit, versions []*Submission) locales.Msg {
	if len(versions) == 0 {
		return locales.M("history.none", "title", f.Title, "period", p.Label(), "unit", u.Named())
	}
	var blocks []locales.Msg
	for i := len(versions) - 1; i >= 0 && len(blocks) < HistoryVersions; i-- {
		v := versions[i]
		head := versionHead(v)
		if i == 0 {
			blocks = append(blocks, locales.M("history.first", "head", head, "count", answered(f, v)))
			continue
		}
		changes := Changes(f, versions[i-1], v)
		if len(changes) == 0 {
			blocks = append(blocks, locales.M("history.same", "head", head))
			continue
		}
		var lines []locales.Msg
		for j, c := range changes {
			if j == historyChanges {
				lines = append(lines, locales.M("history.more", "count", len(changes)-historyChanges))
				break
			}
			lines = append(lines, c.Msg())
		}
		blocks = append(blocks, locales.M("history.changed", "head", head, "lines", lines))
	}
	older := len(versions) - len(blocks)
	m := locales.M("history.header", "title", f.Title, "period", p.Label(), "unit", u.Name, "count", len(versions),
		"blocks", joinBlocks(blocks))
	if older > 0 {
		m = locales.M("history.header_older", "header", m, "older", older)
	}
	return m
}

// joinBlocks separates versions by a blank line.
func joinBlocks(b []locales.Msg) []locales.Msg {
	out := make([]locales.Msg, 0, len(b))
	for i, m := range b {
		if i > 0 {
			m = locales.M("history.next", "block", m)
		}
		out = append(out, m)
	}
	return out
}

// answered counts the asked questions a version answers.
func answered(f *Form, s *Submission) int {
	n := 0
	for _, q := range f.Questions {
		if v, ok := s.Answers[q.ID]; ok && q.Asked() && !v.Skipped {
			n++
		}
	}
	return n
}

// Msg is the change as a line: "Số hộ đạt …: 2.100 → 2.150".
func (c Change) Msg() locales.Msg {
	label := any(locales.Plain(c.ID))
	if c.Question != nil {
		// A label may be a request ("Vui lòng nêu … đã tổ chức."): no full
		// stop before the colon.
		t := locales.Text{}
		for lang, s := range Label(c.Question) {
			t[lang] = strings.TrimRight(s, ". ")
		}
		label = t
	}
	return locales.M("history.change", "label", label, "old", valueArg(c.Question, c.Old), "new", valueArg(c.Question, c.New))
}

// valueArg is an answer as a message argument that renders in the
// reader's language.
func valueArg(q *Question, v *Value) any {
	switch {
	case v == nil:
		return locales.M("history.empty")
	case v.Skipped:
		return locales.M("answer.skipped")
	case v.Num != nil && q != nil:
		return FigureWithUnit(q, *v.Num)
	case v.Num != nil:
		return numberArg(TypeDecimal, *v.Num)
	case v.Bool != nil:
		if *v.Bool {
			return locales.M("history.yes")
		}
		return locales.M("history.no")
	case v.Date != "":
		if d, err := time.Parse(dateLayout, v.Date); err == nil {
			return locales.Date(d)
		}
		return locales.Plain(v.Date)
	case v.Picks != nil:
		return picksText(q, v.Picks)
	case q != nil && q.Type == TypePhoto:
		return locales.M("history.photo")
	}
	return locales.Plain("“" + shorten(v.Text, historyText) + "”")
}

// picksText names chosen options in every language the options have.
func picksText(q *Question, picks []string) locales.Text {
	out := locales.Text{}
	for _, lang := range locales.Langs {
		var names []string
		for _, id := range picks {
			name := id
			if q != nil {
				for _, o := range q.Options {
					if o.ID == id {
						name = o.Label.In(lang)
					}
				}
			}
			names = append(names, name)
		}
		out[lang] = strings.Join(names, ", ")
	}
	return out
}

// versionHead says who sent a version and when; an imported one says it
// came from a file, when it was imported and by which operator (its At is
// the period's end, since when the unit reported is not known).
func versionHead(v *Submission) locales.Msg {
	im := v.Imported
	if im == nil {
		return locales.M("history.version", "version", v.Version, "at", locales.DateTime(v.At), "by", locales.Plain(v.ByName))
	}
	by := any(locales.M("history.operator"))
	if im.By != "" && im.By != "cli" {
		by = locales.M("history.operator_named", "name", locales.Plain(im.By))
	}
	if im.At.IsZero() {
		return locales.M("history.version_imported_untimed", "version", v.Version, "file", locales.Plain(im.File), "by", by)
	}
	return locales.M("history.version_imported", "version", v.Version, "file", locales.Plain(im.File), "at", locales.DateTime(im.At), "by", by)
}
