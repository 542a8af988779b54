package flows

import (
	"regexp"
	"strings"

	"github.com/baocao/baocao/locales"
)

// The fast path, in the spirit of DHIS2's SMS data entry: an experienced
// officer sends "/nhanh ho=2345 gdvh=2100 clb=5" and the answers are filled
// at once, each checked as if typed; what is missing or wrong is then asked
// in the conversation as usual.

var quickKey = regexp.MustCompile(`(?i)(?:^|[\s,;])([a-z][a-z0-9_]*)\s*[=:]`)

// QuickPair is one key=value of a fast-path message.
type QuickPair struct{ Key, Value string }

// ParseQuick splits "ho=2.345 hộ, gdvh=2100; clb: 5" into pairs. A value
// runs to the next key, so units and spaces inside it are kept.
func ParseQuick(text string) []QuickPair {
	text = Normalize(text)
	locs := quickKey.FindAllStringSubmatchIndex(text, -1)
	out := make([]QuickPair, 0, len(locs))
	for i, l := range locs {
		end := len(text)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		val := strings.Trim(text[l[1]:end], " ,;")
		out = append(out, QuickPair{Key: strings.ToLower(text[l[2]:l[3]]), Value: val})
	}
	return out
}

// Quick fills answers from pairs. Each value is read and checked against
// its question's range and constraint; a constraint between two answers of
// the same message is checked once both are in. The reply lists what was
// recorded and what was not, then asks the first question still open (or
// shows the review).
func (s *Session) Quick(f *Form, pairs []QuickPair, c Context) Outcome {
	s.Updated = c.Now
	r := s.fill(f, pairs, c, func(p QuickPair, _ *Question) any { return locales.Plain(p.Key) })
	summary := locales.M("quick.summary", "count", len(r.done), "done", r.done)
	if len(r.failed) > 0 {
		summary = locales.M("quick.summary_with_problems", "count", len(r.done), "done", r.done, "failed", r.failed)
	}
	return s.afterFill(f, c, summary, r.warned)
}

// filled is what a message of several answers gave.
type filled struct {
	done, failed, warned []locales.Msg
}

// fill reads pairs into the answers; name says how a problem names the
// answer (the key typed, or the template line's label).
func (s *Session) fill(f *Form, pairs []QuickPair, c Context, name func(QuickPair, *Question) any) filled {
	var r filled
	var accepted []*Question
	typed := map[string]QuickPair{} // question id → the pair as typed
	for _, p := range pairs {
		q := f.Question(p.Key)
		switch {
		case q == nil:
			r.failed = append(r.failed, locales.M("quick.unknown_key", "key", locales.Plain(p.Key)))
			continue
		case !q.Asked():
			r.failed = append(r.failed, locales.M("quick.computed", "key", name(p, q), "label", q.ShortLabel()))
			continue
		case q.Type == TypePhoto:
			r.failed = append(r.failed, locales.M("quick.photo", "key", name(p, q)))
			continue
		}
		if !q.Required && (p.Value == "" || isSkipWord(p.Value)) {
			s.Answers[q.ID] = Value{Skipped: true}
			continue
		}
		if p.Value == "" {
			continue // a template line left empty: asked afterwards
		}
		v, problem := ReadAnswer(q, p.Value, c.Now, c.Lang)
		if problem != nil {
			r.failed = append(r.failed, locales.M("quick.problem", "key", name(p, q), "problem", *problem))
			continue
		}
		s.Answers[q.ID] = v
		accepted = append(accepted, q)
		typed[q.ID] = p
	}
	// Constraints once all values are in, so "gdvh=2100 ho=2345" works in
	// any order.
	for _, q := range accepted {
		v := s.Answers[q.ID]
		if msg, ok := s.violates(f, q, v, c.Lang); !ok {
			delete(s.Answers, q.ID)
			r.failed = append(r.failed, locales.M("quick.problem", "key", name(typed[q.ID], q), "problem", msg))
			continue
		}
		r.done = append(r.done, locales.M("quick.done_line", "label", q.ShortLabel(), "value", v.Format(q, c.Lang)))
		if s.implausible(q, v, c) {
			old, _ := c.earlier(q.ID)
			key := "quick.implausible"
			if old.Year {
				key = "compare.quick_implausible_year"
			}
			r.warned = append(r.warned, locales.M(key, "label", q.ShortLabel(), "value", v.Format(q, c.Lang), "old", old.Format(q, c.Lang), "period", old.Name))
		}
	}
	s.compute(f)
	s.Editing, s.Pending = false, nil
	return r
}

// afterFill moves to the first question still open, or the review, and
// puts summary (and the figures to check) before it.
func (s *Session) afterFill(f *Form, c Context, summary locales.Msg, warned []locales.Msg) Outcome {
	s.nextUnanswered(f)
	if len(warned) > 0 {
		summary = locales.M("session.with_lines", "first", summary, "lines", append([]locales.Msg{locales.M("quick.check_these")}, warned...))
	}
	replies := s.Prompt(f, c)
	replies[0].Msg = locales.M("session.note_then", "note", summary, "then", replies[0].Msg)
	return Outcome{Replies: replies}
}

// nextUnanswered moves to the first relevant question without an answer,
// or to the review.
func (s *Session) nextUnanswered(f *Form) {
	for _, q := range f.Questions {
		if _, ok := s.Answers[q.ID]; !ok && q.Asked() && s.relevant(f, q) {
			s.State, s.Current = Asking, q.ID
			return
		}
	}
	s.State, s.Current = Reviewing, ""
}

// QuickKeys lists the short keys of a form for the /nhanh help.
func (f *Form) QuickKeys(lang locales.Lang) []locales.Msg {
	var out []locales.Msg
	for _, q := range f.Asked() {
		if q.Type == TypePhoto {
			continue
		}
		key := q.Key
		if key == "" {
			key = q.ID
		}
		out = append(out, locales.M("quick.key_line", "key", locales.Plain(key), "label", q.ShortLabel()))
	}
	return out
}
