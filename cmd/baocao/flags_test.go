package main

import (
	"bytes"
	"errors"
	"flag"
	"strings"
	"testing"

	"github.com/baocao/baocao/locales"
)

func TestFlagMistakesAreExplainedInTheOperatorsLanguage(t *testing.T) {
	fs := newFlags("invite")
	fs.String("ttl", "14d", help("flag.invite_ttl"))
	fs.Duration("gap", 0, "")
	cases := []struct {
		args []string
		vi   string
		en   string
	}{
		{[]string{"--bogus"}, "Không có tùy chọn -bogus.", "There is no flag -bogus."},
		{[]string{"--ttl"}, "Tùy chọn -ttl cần một giá trị.", "The flag -ttl needs a value."},
		{[]string{"--gap", "abc"}, "\"abc\" không phải là giá trị hợp lệ của tùy chọn -gap.", "\"abc\" is not a valid value for -gap."},
	}
	for _, c := range cases {
		err := fs.Parse(c.args)
		if err == nil {
			t.Fatalf("%v parsed", c.args)
		}
		if got := locales.Render(locales.VI, flagProblem(err)); got != c.vi {
			t.Errorf("%v: %q, want %q", c.args, got, c.vi)
		}
		if got := locales.Render(locales.EN, flagProblem(err)); got != c.en {
			t.Errorf("%v: %q, want %q", c.args, got, c.en)
		}
	}
	if !errors.Is(fs.Parse([]string{"-h"}), flag.ErrHelp) {
		t.Error("-h is not asking for help")
	}
}

func TestFlagHelpAndUsageSpeakVietnameseByDefault(t *testing.T) {
	t.Setenv("BAOCAO_LANG", "")
	fs := newFlags("reminders")
	fs.String("at", "", help("flag.reminders_at"))
	fs.Bool("text", false, help("flag.reminders_text"))
	var b bytes.Buffer
	printFlags(&b, fs)
	want := "Cách dùng: baocao reminders [tùy chọn]\n\nTùy chọn:\n  --at GIÁ_TRỊ\n      thời điểm, ví dụ \"2026-12-17 08:00\" (giờ Việt Nam); mặc định là bây giờ\n  --text\n      in đầy đủ nội dung từng tin nhắn\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	if u := usage(); !strings.Contains(u, "Cách dùng:") || strings.Contains(u, "Usage:") {
		t.Errorf("usage is not in Vietnamese:\n%s", u)
	}
	t.Setenv("BAOCAO_LANG", "en")
	if u := usage(); !strings.Contains(u, "Usage:") {
		t.Errorf("usage with BAOCAO_LANG=en:\n%s", u)
	}
}
