package flows

import (
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

const eventForm = `units: [{code: "1", name: Xã Một}]
forms:
  - id: su_kien
    title: Sự kiện
    period: month
    deadline_days: 20
    lock_days: 30
    questions:
      - id: loai
        type: choice
        required: true
        label: Loại hoạt động?
        options:
          - {id: van_nghe, label: Văn nghệ}
          - {id: the_thao, label: Thể thao}
          - {id: hoi_thi, label: Hội thi}
      - id: doi_tuong
        type: multi
        label: Đối tượng tham gia?
        options:
          - {id: thieu_nhi, label: Thiếu nhi}
          - {id: thanh_nien, label: Thanh niên}
          - {id: nguoi_cao_tuoi, label: Người cao tuổi}
      - id: ngay
        type: date
        required: true
        label: Ngày tổ chức?
      - id: co_giai
        type: yesno
        required: true
        label: Có trao giải không?
      - id: so_giai
        type: integer
        required: true
        min: 1
        relevant: co_giai == true
        label: Số giải đã trao?
      - id: anh
        type: photo
        label: Ảnh?
`

func eventSession(t *testing.T) (*Form, *Session, Context) {
	t.Helper()
	cfg, err := ParseConfig("event.yaml", []byte(eventForm))
	if err != nil {
		t.Fatal(err)
	}
	f := cfg.Form("su_kien")
	now := time.Date(2026, 11, 28, 9, 0, 0, 0, locales.Zone)
	p := f.PeriodAt(now)
	return f, NewSession(f, p, "1", now), Context{Now: now, Lang: locales.VI}
}

func text(s string) Input { return Input{Kind: InputText, Text: s} }

func TestAConversationReadsEveryKindOfAnswer(t *testing.T) {
	f, s, c := eventSession(t)
	steps := []struct {
		in      Input
		current string // the question asked after the input
	}{
		{text("the thao"), "doi_tuong"},             // a choice by label, without diacritics
		{text("1, 3"), "ngay"},                      // several choices by number
		{text("hôm nay"), "co_giai"},                // a date in words
		{text("khong"), "anh"},                      // "no" hides the number of prizes
		{Input{Kind: InputPhoto, FileID: "f1"}, ""}, // a photo, then the review
	}
	for i, st := range steps {
		out := s.Handle(f, st.in, c)
		if len(out.Replies) == 0 {
			t.Fatalf("step %d: no reply", i)
		}
		if s.Current != st.current {
			t.Fatalf("step %d (%+v): asking %q, want %q; said %q", i, st.in, s.Current, st.current, locales.Render(locales.VI, out.Replies[0].Msg))
		}
	}
	if s.State != Reviewing {
		t.Fatalf("state %s, want the review", s.State)
	}
	if got := s.Answers["loai"].Picks; len(got) != 1 || got[0] != "the_thao" {
		t.Errorf("loai = %v", got)
	}
	if got := s.Answers["doi_tuong"].Picks; len(got) != 2 || got[0] != "thieu_nhi" || got[1] != "nguoi_cao_tuoi" {
		t.Errorf("doi_tuong = %v", got)
	}
	if s.Answers["ngay"].Date != "2026-11-28" || *s.Answers["co_giai"].Bool || s.Answers["anh"].Text != "f1" {
		t.Errorf("answers %+v", s.Answers)
	}
	review := locales.Render(locales.VI, s.review(f, c).Msg)
	if strings.Contains(review, "Số giải") {
		t.Errorf("the review lists a question that was not relevant:\n%s", review)
	}
	out := s.Handle(f, Input{Kind: InputButton, Data: s.reviewButtons()[0][0].Data}, c)
	if !out.Submit || !out.Close {
		t.Errorf("sending from the review: %+v", out)
	}
}

func TestAChoiceCanBePressedAsAButton(t *testing.T) {
	f, s, c := eventSession(t)
	r := s.Prompt(f, c)
	if len(r[0].Buttons) != 3 {
		t.Fatalf("%d button rows for 3 options", len(r[0].Buttons))
	}
	s.Handle(f, Input{Kind: InputButton, Data: r[0].Buttons[2][0].Data}, c)
	if got := s.Answers["loai"].Picks; len(got) != 1 || got[0] != "hoi_thi" {
		t.Errorf("loai = %v", got)
	}
}

func TestAnOldButtonIsRefusedAndTheQuestionAskedAgain(t *testing.T) {
	f, s, c := eventSession(t)
	old := s.Prompt(f, c)[0].Buttons[0][0].Data
	s.Handle(f, text("van nghe"), c)
	before := s.Current
	out := s.Handle(f, Input{Kind: InputButton, Data: old}, c)
	if s.Current != before || len(s.Answers) != 1 {
		t.Errorf("an old button changed the session: asking %s, %d answers", s.Current, len(s.Answers))
	}
	if !strings.Contains(locales.Render(locales.VI, out.Replies[0].Msg), "câu hỏi trước đó") {
		t.Errorf("reply %q does not explain", locales.Render(locales.VI, out.Replies[0].Msg))
	}
}

func TestSkipLogicAsksTheNumberOfPrizesOnlyWhenThereWereSome(t *testing.T) {
	f, s, c := eventSession(t)
	for _, in := range []string{"1", "bo qua", "5/11", "co"} {
		s.Handle(f, text(in), c)
	}
	if s.Current != "so_giai" {
		t.Fatalf("asking %s after yes, want so_giai", s.Current)
	}
	s.Handle(f, text("0"), c) // below min 1
	if s.Current != "so_giai" || s.Answers["so_giai"].Num != nil {
		t.Errorf("0 prizes was accepted despite min 1")
	}
	s.Handle(f, text("3"), c)
	if s.Current != "anh" {
		t.Errorf("asking %s, want anh", s.Current)
	}
	if d := s.Answers["ngay"].Date; d != "2026-11-05" {
		t.Errorf("5/11 read as %s, want 2026-11-05 (day first, this year)", d)
	}
}

func TestASessionSurvivesJSONAsItDoesARestart(t *testing.T) {
	f, s, c := eventSession(t)
	s.Handle(f, text("2"), c)
	data, err := jsonRoundTrip(s)
	if err != nil {
		t.Fatal(err)
	}
	s2 := data
	s2.Handle(f, text("2"), c)
	if s2.Current != "ngay" || s2.Answers["loai"].Picks[0] != "the_thao" {
		t.Errorf("after a round trip: %+v", s2)
	}
}

func TestGoingBackTwiceAndCorrectingKeepsThePathForTheNextBack(t *testing.T) {
	f, s, c := eventSession(t)
	s.Handle(f, text("1"), c)    // loai
	s.Handle(f, text("1, 2"), c) // doi_tuong
	// now at ngay; back twice to loai, correct it
	s.Handle(f, Input{Kind: InputCommand, Command: CmdBack}, c)
	s.Handle(f, Input{Kind: InputCommand, Command: CmdBack}, c)
	if s.Current != "loai" {
		t.Fatalf("at %s after two backs, want loai", s.Current)
	}
	s.Handle(f, text("2"), c)
	if s.Current != "ngay" {
		t.Fatalf("after the correction asking %s, want ngay (the first unanswered)", s.Current)
	}
	s.Handle(f, Input{Kind: InputCommand, Command: CmdBack}, c)
	if s.Current != "doi_tuong" {
		t.Errorf("back after the correction went to %s, want doi_tuong", s.Current)
	}
}
