package reader

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

// The reader's stages one by one (see answer_clean.go for the pipeline).
// Each class of typing is handled by one stage for every question type;
// these tables pin what each stage does with it.

func TestCleanTakesOffWhatDecoratesAnAnswer(t *testing.T) {
	cases := []struct {
		name, in string
		lead     map[string]bool
		text     string
		label    []string
	}{
		{"emoji anywhere go", "✅ 12 👍🏻", nil, "12", nil},
		{"a keycap emoji is its digit", "2️⃣", nil, "2", nil},
		{"emoji alone are kept, to be quoted back", "😀", nil, "😀", nil},
		{"an Excel apostrophe goes", "'4120", nil, "4120", nil},
		{"quotes go", "“2.345”", nil, "2.345", nil},
		{"a VIQR acute at the end of a word goes like a quote", "co'", nil, "co", nil},
		{"a VIQR mark inside a word stays", "ngu+o+`i", nil, "ngu+o+`i", nil},
		{"stars of chat formatting go", "**2.345**", nil, "2.345", nil},
		{"brackets go, their words stay", "4.120 (hộ)", nil, "4.120 hộ", nil},
		{"a label before a colon goes and is kept apart", "Số hộ: 4.120", nil, "4.120", []string{"so", "ho"}},
		{"a label before an equals sign goes", "ho=2345", nil, "2345", []string{"ho"}},
		{"a colon after a digit is a time, not a label", "15/01/2024 08:00", nil, "15/01/2024 08:00", nil},
		{"politeness at the start goes", "dạ thưa 12", nil, "12", nil},
		{"politeness at the end goes", "12 ạ nhé anh", nil, "12", nil},
		{"dạ alone stays: it is a yes", "dạ", nil, "dạ", nil},
		{"lead words of the type go", "hiện có 12", numberLead, "12", nil},
		{"lead words after politeness go", "dạ, đạt 95,2%", numberLead, "95,2%", nil},
		{"lead words of another type stay", "hiện có 12", nil, "hiện có 12", nil},
		{"a trailing comma or semicolon goes", "2345;", nil, "2345", nil},
		{"a trailing full stop goes", "Có.", nil, "Có", nil},
		{"a leading comma stays: it may be a decimal mark", ",5", nil, ",5", nil},
		{"direction marks from Excel go", "\u202a12\u202c", nil, "12", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := cleanAnswer(c.in, c.lead)
			if got.text != c.text || !reflect.DeepEqual(got.label, c.label) {
				t.Errorf("clean(%q) = %q %v, want %q %v", c.in, got.text, got.label, c.text, c.label)
			}
		})
	}
}

func TestTheFigureStageReadsWhatIsAroundTheDigits(t *testing.T) {
	t.Run("control characters break a figure", func(t *testing.T) {
		for in, want := range map[string]string{"1\x002": "1|2", "2\t345": "2|345", " 2345\t": "2345", "23\n45": "23|45"} {
			if got := breakAtControls(in); got != want {
				t.Errorf("breakAtControls(%q) = %q, want %q", in, got, want)
			}
		}
	})
	t.Run("the letter o among digits is a zero, reported", func(t *testing.T) {
		for in, want := range map[string]string{"1o": "10", "1o.ooo": "10.000", "9o%": "90%", "1o ho": "10 ho", "so 1": "so 1", "o1": "o1"} {
			got, fixed := fixZeroTypo(in)
			if got != want || fixed != (got != in) {
				t.Errorf("fixZeroTypo(%q) = %q %v, want %q", in, got, fixed, want)
			}
		}
	})
	t.Run("lead and unit words before the figure are a label", func(t *testing.T) {
		cases := []struct{ in, text, label string }{
			{"tong so ho 2345", "2345", "tong so ho"},
			{"dân số 32.657", "32.657", "dan so"},
			{"hộ 2345", "2345", "ho"},
			{"dân số -5", "dân số -5", ""},
			{"không có 300", "không có 300", ""},
			{"hơn 300", "hơn 300", ""},
			// the question's own words and the period are a label too
			{"tiếp nhận 342 hồ sơ", "342 hồ sơ", "tiep nhan"},
			{"tháng này tiếp nhận 342", "342", "thang nay tiep nhan"},
			{"năm nay tổ chức được 3 giải", "3 giải", "nam nay to chuc duoc"},
			{"năm 2025 tổ chức 3 giải", "năm 2025 tổ chức 3 giải", ""}, // năm alone: five, or a year
			{"trả lại 342 hồ sơ", "trả lại 342 hồ sơ", ""},             // words the question has not
			{"số TN 342", "342", "so tn"},                              // the initials of the question's words (tiếp nhận)
			{"số HSX 342", "số HSX 342", ""},                           // initials of words it has not
		}
		q := &Question{Type: TypeInt, Label: locales.T("Tổng số hồ sơ đã tiếp nhận, số giải đã tổ chức?", ""), Unit: locales.T("hồ sơ", "")}
		for _, c := range cases {
			got := labelBeforeFigure(cleaned{text: c.in}, q.unitRule())
			if got.text != c.text || strings.Join(got.label, " ") != c.label {
				t.Errorf("labelBeforeFigure(%q) = %q %v, want %q %q", c.in, got.text, got.label, c.text, c.label)
			}
		}
	})
	t.Run("a spoken decimal mark is a comma", func(t *testing.T) {
		if got := spokenDecimal.ReplaceAllString("12 phay 5 ha", "$1,$2"); got != "12,5 ha" {
			t.Errorf("got %q", got)
		}
	})
	t.Run("none said in words is zero, to ask", func(t *testing.T) {
		for in, want := range map[string]bool{
			"không có": true, "ko co": true, "hok có": true, "chưa có giải nào": true, "không phát sinh": true,
			"dạ không có ạ": true, "không": true, "có": false, "0": false, "không có 3": false, "không biết": false,
		} {
			if got := isNoneAnswer(in); got != want {
				t.Errorf("isNoneAnswer(%q) = %v, want %v", in, got, want)
			}
		}
	})
}

func TestTheUnitStageChecksUnitsAgainstTheQuestion(t *testing.T) {
	households := ruleFor(&Question{Type: TypeInt, Unit: locales.T("hộ", "households")})
	files := ruleFor(&Question{Type: TypeInt, Unit: locales.T("hồ sơ", "applications")})
	costumes := ruleFor(&Question{Type: TypeInt, Unit: locales.T("bộ trang phục", "costume sets")})
	any := ruleFor(&Question{Type: TypeInt})
	cases := []struct {
		name string
		rule unitRule
		ws   string
		want unitFit
	}{
		{"the question's own unit", households, "ho", unitFits},
		{"a Telex leftover of it", households, "hooj", unitFits},
		{"a VNI leftover of it", households, "ho65", unitFits},
		{"a synonym", households, "hgd", unitFits},
		{"a longer synonym", households, "ho gia dinh", unitFits},
		{"another family is asked about", households, "thon", unitOther},
		{"hộ is not part of hồ sơ", files, "ho", unitOther},
		{"two phrases of one family", ruleFor(&Question{Type: TypeInt, Unit: locales.T("thôn", "villages")}), "thon to dan pho", unitFits},
		{"a word of a unit of no family", costumes, "bo", unitFits},
		{"a classifier fits anything", costumes, "cai", unitFits},
		{"a word of no family is unknown", costumes, "con", unitUnknown},
		{"any family fits a question without a unit", any, "clb tdtt", unitFits},
		{"a sentence is unknown", any, "ho tren dia ban toan xa", unitUnknown},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.rule.fit(strings.Fields(c.ws)); got != c.want {
				t.Errorf("fit(%q) = %v, want %v", c.ws, got, c.want)
			}
		})
	}
	t.Run("a part is not the whole", func(t *testing.T) {
		total := ruleFor(&Question{Type: TypeInt, Label: locales.T("Tổng số hộ gia đình trên địa bàn xã?", ""), Unit: locales.T("hộ", "")})
		cultured := ruleFor(&Question{Type: TypeInt, Label: locales.T("Số hộ đạt danh hiệu \"Gia đình văn hóa\"?", ""), Unit: locales.T("hộ", "")})
		if total.fit([]string{"gdvh"}) != unitOther || cultured.fit([]string{"gdvh"}) != unitFits {
			t.Error("GĐVH is the cultured households, not all of them")
		}
		if total.labelFit([]string{"so", "ho", "gdvh"}) != unitOther || !total.labelKnown([]string{"tong", "so", "ho"}) || total.labelKnown([]string{"so", "ho", "ngheo"}) {
			t.Error("a label naming a part of the households is not the total")
		}
	})
	t.Run("labels", func(t *testing.T) {
		for label, want := range map[string]unitFit{
			"so ho": unitFits, "tong so ho gia dinh": unitFits, "so thon": unitOther, "tong so": unitFits,
			"so luong": unitFits, "so nguoi": unitOther, "gdvh nam nay": unitFits,
		} {
			if got := households.labelFit(strings.Fields(label)); got != want {
				t.Errorf("labelFit(%q) = %v, want %v", label, got, want)
			}
		}
	})
}

func TestTheYesNoStageWeighsEveryWord(t *testing.T) {
	cases := []struct {
		clause  string
		answers []bool
		unknown int
		ok      bool
	}{
		{"co", []bool{true}, 0, true},
		{"hok co", []bool{false}, 0, true},
		{"kg co", []bool{false}, 0, true},
		{"co chu", []bool{true}, 0, true},
		{"khong dau", []bool{false}, 0, true},
		{"chac chan co", []bool{true}, 0, true},
		{"co xe", []bool{true}, 1, true},
		{"co the", nil, 0, false},
		{"khong biet", nil, 0, false},
		{"co khong", []bool{true, false}, 0, true},
		{"co to chuc", []bool{true}, 0, true}, // the question's own words
	}
	echo := &lazyWords{words: map[string]bool{"to": true, "chuc": true}, q: &Question{}}
	for _, c := range cases {
		got, unknown, ok := yesNoClause(c.clause, echo)
		if !reflect.DeepEqual(got, c.answers) || unknown != c.unknown || ok != c.ok {
			t.Errorf("yesNoClause(%q) = %v %d %v, want %v %d %v", c.clause, got, unknown, ok, c.answers, c.unknown, c.ok)
		}
	}
}

func TestTheDateStagePutsAMissingYearWhereItMakesSense(t *testing.T) {
	jan := time.Date(2027, 1, 5, 9, 0, 0, 0, locales.Zone)
	for _, c := range []struct {
		d, m, want int
	}{
		{20, 12, 2026}, // last December, not next
		{5, 1, 2027},   // today
		{3, 2, 2026},   // a month ahead: last year's, since an event has happened
		{15, 6, 2026},  // the last 15 June
		{29, 2, 2024},  // the last 29 February
	} {
		if got := nearestYear(c.d, c.m, jan); got != c.want {
			t.Errorf("%d/%d in January 2027: %d, want %d", c.d, c.m, got, c.want)
		}
	}
	for yy, want := range map[int]int{26: 2026, 85: 1985, 30: 2030, 77: 1977, 76: 1976, 75: 2075} {
		if got := nearestCentury(yy, 2026); got != want {
			t.Errorf("nearestCentury(%d) = %d, want %d", yy, got, want)
		}
	}
}

func TestFiguresInWordsAreReadAndOffered(t *testing.T) {
	cases := map[string]float64{
		"hai nghìn ba trăm bốn mươi lăm": 2345, "mười hai": 12, "hai mươi mốt": 21, "một trăm linh năm": 105,
		"ba trăm rưỡi": 350, "hai nghìn rưỡi": 2500, "hai nghìn ba": 2300, "ba trăm hai": 320, "2k": 2000,
		"2 nghìn 345": 2345, "1,5tr": 1500000, "3trăm": 300, "hai mươi tư": 24, "một triệu hai trăm nghìn": 1200000,
		"mười hai rưỡi": 12.5, "hai nghìn lẻ năm": 2005, "hai nghìn không trăm linh năm": 2005,
	}
	for in, want := range cases {
		ws := splitFigureWords(strings.Fields(Fold(in)))
		got, used, ok := readSpelled(ws, map[string]bool{"trăm": true})
		if !ok || got != want || used != len(ws) {
			t.Errorf("readSpelled(%q) = %v %d %v, want %v", in, got, used, ok, want)
		}
	}
	for _, in := range []string{"hai ba", "trăm", "ba nghìn hai triệu", "1 2", "năm nay"} {
		ws := splitFigureWords(strings.Fields(Fold(in)))
		if got, used, ok := readSpelled(ws, nil); ok && used == len(ws) {
			t.Errorf("readSpelled(%q) = %v", in, got)
		}
	}
	q := &Question{Type: TypeInt, Unit: locales.T("hộ", "households")}
	// Said in full, it is stored (spelled_full.go); said short, offered.
	r := Read(q, "hai nghìn ba trăm bốn mươi lăm hộ", tuesday, locales.VI)
	if r.Unsure != nil || r.Problem != nil || r.Num == nil || *r.Num != 2345 {
		t.Fatalf("voice typing at a count: %+v", r)
	}
	r = Read(q, "hai nghìn ba hộ", tuesday, locales.VI)
	if r.Unsure == nil || r.Num == nil || *r.Num != 2300 {
		t.Fatalf("a figure said short at a count: %+v", r)
	}
}
