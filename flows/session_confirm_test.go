package flows

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

// press answers the last reply's button whose label renders as label.
func press(t *testing.T, s *Session, out Outcome, label string) Input {
	t.Helper()
	for _, r := range out.Replies {
		for _, row := range r.Buttons {
			for _, b := range row {
				if locales.Render(locales.VI, b.Label) == label {
					return Input{Kind: InputButton, Data: b.Data}
				}
			}
		}
	}
	t.Fatalf("no button %q in %v", label, out.Replies)
	return Input{}
}

func rendered(out Outcome) string {
	var b strings.Builder
	for _, r := range out.Replies {
		b.WriteString(locales.Render(locales.VI, r.Msg))
		b.WriteString("\n")
	}
	return b.String()
}

// The confirmation step is the conversation's, the same for every type.
func TestAProbableReadingIsConfirmedForEveryType(t *testing.T) {
	cases := []struct {
		name    string
		setup   []Input // answers that lead to the question
		typed   string
		shown   string // the value the question back offers
		stored  string // the value echoed once confirmed
		current string // the question asked after confirming
	}{
		{"a yes/no with a word not understood", []Input{text("2"), text("1"), text("hôm nay")}, "có xe", "ghi Có?", "Có", "so_giai"},
		{"a date far from today without a year", []Input{text("2"), text("1")}, "15/1", "ghi 15/01/2026?", "15/01/2026", "co_giai"},
		{"a date whose weekday does not match", []Input{text("2"), text("1")}, "thứ 3, 16/11/2026", "ghi 16/11/2026?", "16/11/2026", "co_giai"},
		{"a count with the letter o for zero", []Input{text("2"), text("1"), text("hôm nay"), text("có")}, "1o", "ghi 10?", "10", "anh"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, s, ctx := eventSession(t)
			for _, in := range c.setup {
				s.Handle(f, in, ctx)
			}
			asked := s.Current
			out := s.Handle(f, text(c.typed), ctx)
			if s.State != ConfirmReading || !strings.Contains(rendered(out), c.shown) {
				t.Fatalf("state %s after %q:\n%s", s.State, c.typed, rendered(out))
			}
			if _, stored := s.Answers[asked]; stored {
				t.Fatalf("%q was stored before it was confirmed", c.typed)
			}
			// The draft is kept between messages: the question back survives it.
			data, _ := json.Marshal(s)
			var back Session
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatal(err)
			}
			if again := rendered(Outcome{Replies: back.Prompt(f, ctx)}); !strings.Contains(again, c.shown) {
				t.Fatalf("after a restart the question back reads:\n%s", again)
			}
			s = &back
			out = s.Handle(f, press(t, s, Outcome{Replies: s.Prompt(f, ctx)}, "Đúng"), ctx)
			if got := s.Answers[asked].Format(f.Question(asked), locales.VI); got != c.stored || s.Current != c.current {
				t.Fatalf("confirmed: stored %q (want %q), asking %s (want %s)\n%s", got, c.stored, s.Current, c.current, rendered(out))
			}
		})
	}
}

func TestAProbableReadingCanBeTypedAgain(t *testing.T) {
	f, s, c := eventSession(t)
	for _, in := range []Input{text("2"), text("1"), text("hôm nay"), text("có")} {
		s.Handle(f, in, c)
	}
	out := s.Handle(f, text("1o"), c)
	if s.State != ConfirmReading {
		t.Fatalf("1o was not asked about: %s", rendered(out))
	}
	// "Nhập lại": the question again, nothing stored.
	s.Handle(f, press(t, s, out, "Nhập lại"), c)
	if _, ok := s.Answers["so_giai"]; ok || s.State != Asking || s.Current != "so_giai" {
		t.Fatalf("after Nhập lại: state %s, asking %s, answers %v", s.State, s.Current, s.Answers)
	}
	// A new figure typed at the question back replaces the pending one,
	// and "0" is the figure zero, not "no".
	s.Handle(f, text("1o"), c)
	out = s.Handle(f, text("0"), c)
	if _, ok := s.Answers["so_giai"]; ok || !strings.Contains(rendered(out), "tối thiểu") {
		t.Fatalf("0 typed at the question back: %v\n%s", s.Answers["so_giai"], rendered(out))
	}
	s.Handle(f, text("1o"), c)
	s.Handle(f, text("12"), c)
	if v := s.Answers["so_giai"]; v.Num == nil || *v.Num != 12 || s.Current != "anh" {
		t.Fatalf("12 typed at the question back: %+v, asking %s", v, s.Current)
	}
}

func TestAProbableReadingThatBreaksARuleIsRefusedWithoutAsking(t *testing.T) {
	f, s, c := eventSession(t)
	for _, in := range []Input{text("2"), text("1"), text("hôm nay"), text("có")} {
		s.Handle(f, in, c)
	}
	out := s.Handle(f, text("không có"), c) // 0, below the minimum of 1
	if s.State != Asking || !strings.Contains(rendered(out), "tối thiểu") {
		t.Fatalf("state %s:\n%s", s.State, rendered(out))
	}
}

func TestAProbableFarOffFigureIsAskedTwiceAtMost(t *testing.T) {
	cfg := sampleConfig(t)
	f := cfg.Form("thang")
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	prev := &Submission{Answers: map[string]Value{"tin_cds": {Num: ptr(10)}}}
	c := Context{Now: now, Lang: locales.VI, Previous: prev, PrevName: locales.M("answer.yes")}
	s := NewSession(f, f.PeriodAt(now), "15247", now)
	out := s.Handle(f, text("1oo"), c)
	if s.State != ConfirmReading {
		t.Fatalf("1oo: %s", rendered(out))
	}
	out = s.Handle(f, press(t, s, out, "Đúng"), c)
	if s.State != ConfirmValue {
		t.Fatalf("100 after 10 last period was not checked: %s", rendered(out))
	}
	s.Handle(f, press(t, s, out, "Đúng, giữ số này"), c)
	if v := s.Answers["tin_cds"]; v.Num == nil || *v.Num != 100 {
		t.Fatalf("stored %+v", v)
	}
}

// The hurried officer of transcript 28 (28-bao-cao-nam-go-voi.txt), checked answer by answer: every
// figure as meant, at most two questions back.
func TestAHurriedOfficersYearReportLandsRight(t *testing.T) {
	cfg := sampleConfig(t)
	f := cfg.Form("nam")
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	c := Context{Now: now, Lang: locales.VI}
	s := NewSession(f, f.PeriodAt(now), "15247", now)
	typed := []struct{ in, want string }{
		{"Tổng số hộ: 2.345 hộ ạ", "2.345 hộ"},
		{"2100 hooj GĐVH", "2.100 hộ"},
		{"✅ 2.000", "2.000 hộ"},
		{"Tổng số thôn: 15", "15 thôn"},
		{"*13* thôn", "13 thôn"},
		{"'15", "15 thôn"},
		{"30 cơ quan, đơn vị ạ", "30 đơn vị"},
		{"12 CLB TDTT", "12 CLB"},
		{"dạ không có", "0 giải"},
		{"Dân số: 32,657 nhân khẩu", "32.657 người"},
		{"13.000 người tham gia 👍", "13.000 người"},
		{"36 tin baif", "36 tin, bài"},
		{"dạ 24 chương trình", "24 chương trình"},
		{"480 luowtj ak", "480 lượt"},
		{"co' ạ", "Có"},
		{"10 thoon nha", "10 thôn"},
		{"45 TTHC", "45 thủ tục"},
		{"1.200 lượt người 📚", "1.200 lượt"},
	}
	confirmations := 0
	for _, st := range typed {
		q := f.Question(s.Current)
		out := s.Handle(f, text(st.in), c)
		if s.State == ConfirmReading {
			confirmations++
			out = s.Handle(f, press(t, s, out, "Đúng"), c)
		}
		v, ok := s.Answers[q.ID]
		if !ok {
			t.Fatalf("%s: %q was not recorded:\n%s", q.ID, st.in, rendered(out))
		}
		if got := v.Format(q, locales.VI); got != st.want {
			t.Errorf("%s: %q recorded as %q, want %q", q.ID, st.in, got, st.want)
		}
	}
	if confirmations > 2 {
		t.Errorf("%d questions back; a hurried officer should meet at most two", confirmations)
	}
}

func TestAQuestionBackWithoutItsValueAsksTheQuestionAgain(t *testing.T) {
	f, s, c := eventSession(t)
	s.State, s.Current = ConfirmReading, "ngay" // as a damaged or older draft might hold
	out := Outcome{Replies: s.Prompt(f, c)}
	if s.State != Asking || !strings.Contains(rendered(out), "Ngày tổ chức?") {
		t.Fatalf("state %s:\n%s", s.State, rendered(out))
	}
	s.State, s.Current = ConfirmReading, "gone"
	if out := (Outcome{Replies: s.Prompt(f, c)}); len(out.Replies) == 0 || s.State == ConfirmReading {
		t.Fatalf("a question no longer in the form: state %s", s.State)
	}
}
