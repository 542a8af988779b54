package reach

import (
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

func TestATypedNumberPressesOnlyTheCurrentChoices(t *testing.T) {
	db, err := store.Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	via := Options{Caps: map[string]channel.Caps{"zalo": {}}}
	yesNo := channel.Outgoing{Channel: "zalo", ChatID: "c", Text: "Có tổ chức không?",
		Buttons: [][]channel.OutButton{{{Text: "Có", Data: "v:có"}, {Text: "Không", Data: "v:không"}}}}
	count := channel.Outgoing{Channel: "zalo", ChatID: "c", Text: "Bao nhiêu thôn?", Shortcuts: true,
		Buttons: [][]channel.OutButton{{{Text: "⏭ Bỏ qua", Data: "skip"}}}}
	press := func(tx *store.Tx, text string) channel.Incoming {
		in := channel.Incoming{Channel: "zalo", ChatID: "c", Kind: channel.KindText, Text: text}
		via.Press(tx, &in)
		return in
	}
	db.Update(func(tx *store.Tx) error {
		out := []channel.Outgoing{yesNo}
		if err := via.Replies(tx, "zalo", "c", locales.VI, out); err != nil {
			t.Fatal(err)
		}
		if in := press(tx, "2"); in.Kind != channel.KindButton || in.Data != "v:không" {
			t.Errorf("2 at the yes/no question: %+v", in)
		}
		if in := press(tx, "3"); in.Kind != channel.KindText {
			t.Errorf("3 is not a choice, it stays text: %+v", in)
		}
		if err := via.Replies(tx, "zalo", "c", locales.VI, []channel.Outgoing{count}); err != nil {
			t.Fatal(err)
		}
		if in := press(tx, "1"); in.Kind != channel.KindText || in.Text != "1" {
			t.Errorf("1 at a count question is the answer, not a stale button: %+v", in)
		}
		if in := press(tx, "bỏ qua"); in.Kind != channel.KindButton || in.Data != "skip" {
			t.Errorf("the shortcut by name: %+v", in)
		}
		if err := via.Replies(tx, "zalo", "c", locales.VI, []channel.Outgoing{{Channel: "zalo", ChatID: "c", Text: "Đã ghi."}}); err != nil {
			t.Fatal(err)
		}
		if in := press(tx, "bỏ qua"); in.Kind != channel.KindText {
			t.Errorf("a reply without choices clears the menu: %+v", in)
		}
		return nil
	})
	if yesNo.Text != "Có tổ chức không?" {
		t.Error("Replies changed the caller's message")
	}
}

func TestAdaptNumbersChoicesAndNamesShortcuts(t *testing.T) {
	via := Options{Caps: map[string]channel.Caps{"zalo": {}}}
	o := channel.Outgoing{Channel: "zalo", Text: "Chọn:", Buttons: [][]channel.OutButton{{{Text: "✅ Gửi báo cáo", Data: "send"}, {Text: "✏️ Sửa một câu", Data: "edit"}}}}
	m := via.Adapt(&o, locales.VI, false)
	if o.Text != "Chọn:\n\n1. ✅ Gửi báo cáo\n2. ✏️ Sửa một câu" || o.Buttons != nil || len(m.Data) != 2 || m.Labels[0] != "gui bao cao" {
		t.Errorf("%q %+v", o.Text, m)
	}
	o = channel.Outgoing{Channel: "zalo", Text: "Nhắc:", Buttons: [][]channel.OutButton{{{Text: "Điền báo cáo", Data: "/baocao"}}}}
	m = via.Adapt(&o, locales.VI, true)
	if o.Text != "Nhắc:\n\nHoặc gõ: \"Điền báo cáo\"" || len(m.Data) != 0 || m.Named[0].Data != "/baocao" {
		t.Errorf("%q %+v", o.Text, m)
	}
	tg := channel.Outgoing{Channel: "telegram", Text: "x", Buttons: [][]channel.OutButton{{{Text: "a", Data: "a"}}}}
	if via.Adapt(&tg, locales.VI, false) != nil || len(tg.Buttons) != 1 {
		t.Error("a channel with buttons keeps them")
	}
	doc := channel.Outgoing{Channel: "zalo", Text: "Báo cáo (Excel)", File: &channel.File{Name: "a.xlsx"}}
	via.Adapt(&doc, locales.VI, false)
	if doc.Text == "Báo cáo (Excel)" {
		t.Error("no note that the file comes as an expiring link")
	}
}
