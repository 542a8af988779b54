package locales

import (
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

func TestEveryKeyExistsInEveryCatalog(t *testing.T) {
	c, err := Load(files)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range Langs {
		for _, b := range Langs {
			for k := range c[a] {
				if _, ok := c[b][k]; !ok {
					t.Errorf("key %q is in %s but missing from %s", k, a, b)
				}
			}
		}
	}
}

func TestTemplatesUseTheSamePlaceholdersInEveryLanguage(t *testing.T) {
	for k, vi := range std[VI] {
		en, ok := std[EN][k]
		if !ok {
			continue
		}
		if a, b := argNames(vi), argNames(en); !reflect.DeepEqual(a, b) {
			t.Errorf("%s: vi uses %v, en uses %v", k, a, b)
		}
	}
}

func TestEveryTemplateRendersWithoutLeftovers(t *testing.T) {
	for _, lang := range Langs {
		for k, tmpl := range std[lang] {
			args := map[string]any{}
			for _, p := range Placeholders(tmpl) {
				args[p] = "x"
			}
			out := Render(lang, Msg{Key: k, Args: args})
			if strings.Contains(out, "{") && strings.Contains(out, "}") && placeholder.MatchString(out) {
				t.Errorf("%s/%s renders with a leftover placeholder: %q", lang, k, out)
			}
			if strings.TrimSpace(out) == "" {
				t.Errorf("%s/%s renders empty", lang, k)
			}
		}
	}
}

func TestVietnameseCatalogIsPolite(t *testing.T) {
	// The familiar pronouns never appear.
	for k, tmpl := range std[VI] {
		low := " " + strings.ToLower(tmpl) + " "
		for _, bad := range []string{" mày ", " tao ", " cậu ", " tớ "} {
			if strings.Contains(low, bad) {
				t.Errorf("vi/%s uses %q: %q", k, strings.TrimSpace(bad), tmpl)
			}
		}
	}
}

// addressed lists the Vietnamese entries that speak to the reader; the
// operator's command-line messages and the configuration checks speak to
// a technician and name no one.
func addressed(k string) bool {
	return !strings.HasPrefix(k, "op.") && !strings.HasPrefix(k, "config.")
}

func TestVietnameseAddressesPeopleOnlyThroughTheConfiguredForm(t *testing.T) {
	// The form of address is a deployment setting: a sentence says {addr}
	// (or {Addr} to start a sentence), never "Bạn", "anh/chị" or "đồng
	// chí" itself ("bạn đọc", a library reader, is not a pronoun).
	pronoun := regexp.MustCompile(`(?i)(^|[^\p{L}])(bạn|anh/chị|anh, chị|đồng chí)([^\p{L}]|$)`)
	for k, tmpl := range std[VI] {
		if !addressed(k) {
			continue
		}
		stripped := strings.ReplaceAll(strings.ToLower(tmpl), "bạn đọc", "")
		if m := pronoun.FindString(stripped); m != "" {
			t.Errorf("vi/%s writes the pronoun %q itself instead of {addr}: %q", k, strings.TrimSpace(m), tmpl)
		}
		if strings.Contains(strings.ToLower(tmpl), " bot ") || strings.HasPrefix(tmpl, "Bot ") {
			t.Errorf("vi/%s calls the system \"bot\"; it is \"hệ thống\": %q", k, tmpl)
		}
	}
}

func TestTheAddressIsCapitalisedWhereASentenceStarts(t *testing.T) {
	sentenceStart := regexp.MustCompile(`(^|[.!?:]\s+|\n)\{addr\}`)
	midSentence := regexp.MustCompile(`[\p{L},]\s+\{Addr\}`)
	for k, tmpl := range std[VI] {
		if sentenceStart.MatchString(tmpl) {
			t.Errorf("vi/%s starts a sentence with {addr}; write {Addr}: %q", k, tmpl)
		}
		if midSentence.MatchString(tmpl) {
			t.Errorf("vi/%s has {Addr} inside a sentence; write {addr}: %q", k, tmpl)
		}
	}
}

func TestEveryFormOfAddressReadsInEverySentence(t *testing.T) {
	defer SetAddress(SetAddress(DefaultAddress))
	for _, a := range Addresses {
		SetAddress(a)
		for k, tmpl := range std[VI] {
			if !strings.Contains(strings.ToLower(tmpl), "{addr}") || !addressed(k) {
				continue
			}
			args := map[string]any{}
			for _, p := range Placeholders(tmpl) {
				args[p] = "x"
			}
			delete(args, "addr")
			delete(args, "Addr")
			out := Render(VI, Msg{Key: k, Args: args})
			if !strings.Contains(strings.ToLower(out), string(a)) {
				t.Errorf("with %q, vi/%s does not address the reader: %q", a, k, out)
			}
			if strings.Contains(out, "{") {
				t.Errorf("with %q, vi/%s leaves a placeholder: %q", a, k, out)
			}
		}
	}
	SetAddress(DongChi)
	got := Render(VI, M("report.all_submitted", "unit", UnitName("Xã Thành Tâm")))
	if want := "Xã Thành Tâm đã nộp đủ các báo cáo đang mở. Cảm ơn đồng chí!"; !strings.HasPrefix(got, want) {
		t.Errorf("got %q, want it to start with %q", got, want)
	}
	SetAddress(AnhChi)
	got = Render(VI, M("session.resume_or_new", "title", T("Báo cáo hoạt động tháng", ""), "period", "tháng 11/2026", "answered", 2, "updated", "x"))
	if want := "Anh/chị đang điền dở Báo cáo hoạt động tháng 11/2026"; !strings.HasPrefix(got, want) {
		t.Errorf("got %q, want it to start with %q", got, want)
	}
}

func TestAReportIsNamedAsTheOfficeNamesIt(t *testing.T) {
	cases := []struct{ title, period, want string }{
		{"Báo cáo hoạt động tháng", "tháng 11/2026", "Báo cáo hoạt động tháng 11/2026"},
		{"Báo cáo tổng kết năm", "năm 2026", "Báo cáo tổng kết năm 2026"},
		{"Báo cáo sơ kết 6 tháng", "6 tháng đầu năm 2026", "Báo cáo sơ kết 6 tháng đầu năm 2026"},
		{"Báo cáo quý", "quý IV/2026", "Báo cáo quý IV/2026"},
		{"Báo cáo chuyển đổi số", "quý IV/2026", "Báo cáo chuyển đổi số quý IV/2026"},
	}
	for _, c := range cases {
		if got := ReportName(c.title, c.period); got != c.want {
			t.Errorf("ReportName(%q, %q) = %q, want %q", c.title, c.period, got, c.want)
		}
	}
}

func TestAUnitNameLowersItsLevelInsideASentence(t *testing.T) {
	for name, want := range map[string]string{
		"Xã Thành Tâm": "xã Thành Tâm", "Thị trấn Kim Tân": "thị trấn Kim Tân", "Huyện Thạch Thành": "huyện Thạch Thành",
		"Đặc khu Cồn Cỏ": "đặc khu Cồn Cỏ", "Phường Hạc Thành": "phường Hạc Thành", "Cụm thi đua số 1": "Cụm thi đua số 1",
	} {
		if got := Value(VI, UnitName(name)); got != want {
			t.Errorf("%q mid-sentence: got %q, want %q", name, got, want)
		}
	}
	got := Render(VI, Msg{Key: "digest.missing_line", Args: map[string]any{"unit": UnitName("Xã Thạch Lâm"), "who": "x"}})
	if got != "• Xã Thạch Lâm — x" {
		t.Errorf("a list keeps the official form: got %q", got)
	}
}

func TestAMomentReadsLúcGiờNgày(t *testing.T) {
	at := DateTime(time.Date(2026, 12, 20, 9, 0, 0, 0, Zone))
	if got := Value(VI, at); got != "09:00 ngày 20/12/2026" {
		t.Errorf("vi: %q", got)
	}
	if got := Value(EN, at); got != "09:00 on 20/12/2026" {
		t.Errorf("en: %q", got)
	}
}

func TestNumbersPrintTheVietnameseWay(t *testing.T) {
	cases := []struct {
		name string
		got  string
		want string
	}{
		{"thousands are grouped with a dot", Int(VI, 32657), "32.657"},
		{"a million has two dots", Int(VI, 1234567), "1.234.567"},
		{"english groups with commas", Int(EN, 32657), "32,657"},
		{"the decimal mark is a comma", Decimal(VI, 93.1), "93,1"},
		{"a percentage keeps one decimal", Pct(VI, 93.14), "93,1%"},
		{"a whole percentage has no decimals", Pct(VI, 80), "80%"},
		{"english percentage", Pct(EN, 93.1), "93.1%"},
		{"years are not grouped", Value(VI, Plain("2025")), "2025"},
		{"dates are dd/mm/yyyy", FormatDate(time.Date(2026, 1, 10, 23, 30, 0, 0, time.UTC)), "11/01/2026"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.got != c.want {
				t.Errorf("got %q, want %q", c.got, c.want)
			}
		})
	}
}

// argNames are the arguments a template reads: {Unit} reads unit, and
// {addr} is the configured address, not an argument.
func argNames(tmpl string) []string {
	var out []string
	for _, p := range Placeholders(tmpl) {
		p = strings.ToLower(p[:1]) + p[1:]
		if p != "addr" {
			out = append(out, p)
		}
	}
	return uniq(out)
}

func uniq(s []string) []string {
	m := map[string]bool{}
	for _, x := range s {
		m[x] = true
	}
	out := make([]string, 0, len(m))
	for x := range m {
		out = append(out, x)
	}
	sort.Strings(out)
	return out
}
