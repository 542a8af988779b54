package flows

import (
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/flows/internal/fuzzform"
	"github.com/baocao/baocao/locales"
)

// FuzzSession types arbitrary messages into the monthly report and checks,
// after every one, that no stored answer breaks its question's range or
// constraint — whatever order and whatever mix of commands and buttons.
func FuzzSession(f *testing.F) {
	for _, seed := range []string{
		"12|200|150|co|Hội diễn|bo qua|gui",
		"12|200|250|150|khong|/back|/skip|sua 2|100|gui",
		"/cancel|1|-3|2.000|1.800,5|1.800|có|/skip|/skip|send",
		"/nhanh tin=1 hs=10 tt=20|15|sua 3|5|ok",
		// A filled copy of /mau's form, lines joined by "\n" in one message.
		"Báo cáo\ntin_cds (tháng 10/2026: 8): 12\nho_so_dvc: 200\nho_so_truc_tuyen: 250\nkien_nghi:|150|gui",
		// Probable readings, confirmed, refused and replaced.
		"1o|đúng|2,000 hồ sơ|200|150 hộ|không|150|có xe|ok|bo qua|bo qua|gui",
		"hai nghìn|/back|12|không có|có|3 thôn|1|/cancel|1",
		"12a|sai|12|2,000|ok|2.500|có chứ|đúng",
	} {
		f.Add(seed)
	}
	cfg, err := ParseConfig("fuzz.yaml", []byte(fuzzform.Monthly))
	if err != nil {
		f.Fatal(err)
	}
	form := cfg.Form("thang")
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	f.Fuzz(func(t *testing.T, script string) {
		s := NewSession(form, form.PeriodAt(now), "1", now)
		c := Context{Now: now, Lang: locales.VI}
		for _, msg := range strings.Split(script, "|") {
			var in Input
			switch {
			case strings.HasPrefix(msg, "/nhanh "):
				s.Quick(form, ParseQuick(strings.TrimPrefix(msg, "/nhanh ")), c)
				checkAnswers(t, s, form)
				continue
			case msg == "/back" || msg == "/skip" || msg == "/cancel":
				in = Input{Kind: InputCommand, Command: map[string]string{"/back": CmdBack, "/skip": CmdSkip, "/cancel": CmdCancel}[msg]}
			case strings.HasPrefix(msg, "btn:"):
				in = Input{Kind: InputButton, Data: strings.TrimPrefix(msg, "btn:")}
			default:
				in = Input{Kind: InputText, Text: msg}
			}
			out := s.Handle(form, in, c)
			if len(out.Replies) == 0 && !out.Submit {
				t.Fatalf("no reply to %q in state %s", msg, s.State)
			}
			checkAnswers(t, s, form)
			if out.Close {
				return
			}
		}
	})
}

func checkAnswers(t *testing.T, s *Session, f *Form) {
	t.Helper()
	// An expression sees the same values from its reads alone as from
	// every answer.
	for _, q := range f.Questions {
		if q.relevant != nil {
			a, da := evalBool(q.relevant, s.envFor(q.relevantReads))
			b, db := evalBool(q.relevant, s.env(f))
			if a != b || da != db {
				t.Fatalf("%s: relevant %q is %v/%v from its reads, %v/%v from every answer", q.ID, q.Relevant, a, da, b, db)
			}
		}
		if q.calculate != nil {
			a, oka := evalFloat(q.calculate, s.envFor(q.calculateReads))
			b, okb := evalFloat(q.calculate, s.env(f))
			if a != b || oka != okb {
				t.Fatalf("%s: calculate %q is %v/%v from its reads, %v/%v from every answer", q.ID, q.Calculate, a, oka, b, okb)
			}
			if q.calculateArith && s.lacksAny(q.calculateReads) && okb {
				t.Fatalf("%s: %q computes with a value missing, so compute may not skip it", q.ID, q.Calculate)
			}
		}
	}
	for id, v := range s.Answers {
		q := f.Question(id)
		if q == nil || v.Skipped {
			continue
		}
		// What the person confirmed is what is kept: a stored answer reads
		// back from its own echo as itself.
		if q.Asked() && q.Type != TypePhoto {
			back := Read(q, v.Format(q, locales.VI), s.Updated, locales.VI)
			if back.Problem != nil || back.Unsure != nil || !sameStored(back.Value, v) {
				t.Fatalf("%s = %+v echoes as %q, read back %+v", id, v, v.Format(q, locales.VI), back)
			}
		}
		if v.Num == nil {
			continue
		}
		if q.Min != nil && *v.Num < *q.Min || q.Max != nil && *v.Num > *q.Max {
			t.Fatalf("%s = %v is out of range", id, *v.Num)
		}
		if q.constraint != nil && q.Asked() {
			if ok, decided := evalBool(q.constraint, s.env(f)); decided && !ok && s.State != Reviewing && s.Current != id {
				// A later edit of another answer may break it; the review
				// flags that and sending refuses it, so only a question
				// that is neither under review nor being asked may not.
				t.Fatalf("%s = %v breaks %q (state %s, asking %s)", id, *v.Num, q.Constraint, s.State, s.Current)
			}
		}
	}
}

// env is every answer as expression variables, unanswered ones nil: what
// expressions saw before envFor, to check envFor's results against.
func (s *Session) env(f *Form) map[string]any {
	env := make(map[string]any, len(f.Questions))
	for _, q := range f.Questions {
		if v, ok := s.Answers[q.ID]; ok {
			env[q.ID] = v.Any()
		} else {
			env[q.ID] = nil
		}
	}
	return env
}
