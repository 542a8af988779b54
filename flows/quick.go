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
	var done, failed, warned []locales.Msg
	var accepted []*Question
	typed := map[string]string{} // question id → the key the person typed
	for _, p := range pairs {
		q := f.Question(p.Key)
		switch {
		case q == nil:
			failed = append(failed, locales.M("quick.unknown_key", "key", locales.Plain(p.Key)))
			continue
		case !q.Asked():
			failed = append(failed, locales.M("quick.computed", "key", locales.Plain(p.Key), "label", q.Label))
			continue
		case q.Type == TypePhoto:
			failed = append(failed, locales.M("quick.photo", "key", locales.Plain(p.Key)))
			continue
		}
		v, problem := ReadAnswer(q, p.Value, c.Now, c.Lang)
		if problem != nil {
			failed = append(failed, locales.M("quick.problem", "key", locales.Plain(p.Key), "problem", *problem))
			continue
		}
		s.Answers[q.ID] = v
		accepted = append(accepted, q)
		typed[q.ID] = p.Key
	}
	// Constraints once all values are in, so "gdvh=2100 ho=2345" works in
	// any order.
	for _, q := range accepted {
		v := s.Answers[q.ID]
		if msg, ok := s.violates(f, q, v, c.Lang); !ok {
			delete(s.Answers, q.ID)
			failed = append(failed, locales.M("quick.problem", "key", locales.Plain(typed[q.ID]), "problem", msg))
			continue
		}
		done = append(done, locales.M("quick.done_line", "label", bareLabel(q.Label), "value", v.Format(q, c.Lang)))
		if s.implausible(q, v, c) {
			old, _ := c.Previous.Num(q.ID)
			warned = append(warned, locales.M("quick.implausible", "label", q.Label, "value", v.Format(q, c.Lang), "old", Value{Num: &old}.Format(q, c.Lang), "period", c.PrevName))
		}
	}
	s.compute(f)
	s.Editing, s.Pending = false, nil
	s.nextUnanswered(f)
	summary := locales.M("quick.summary", "count", len(done), "done", done)
	if len(failed) > 0 {
		summary = locales.M("quick.summary_with_problems", "count", len(done), "done", done, "failed", failed)
	}
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
		out = append(out, locales.M("quick.key_line", "key", locales.Plain(key), "label", q.Label))
	}
	return out
}
