package reader

import (
	"strings"

	"github.com/baocao/baocao/locales"
)

// The unit stage: the words after a figure ("2.345 hộ", "12 CLB TDTT",
// "480 luowtj") checked against what the question counts.
//
// Units come in families of words that mean the same thing to a commune
// officer: "hộ", "hộ gia đình", "HGĐ", "gia đình" are households; "người",
// "nhân khẩu", "người tham gia" are people. A unit of the question's own
// family is read; a unit of another family ("3 thôn" where households are
// asked) is a contradiction the person is asked about; a word of no family
// is refused, so that "3 con gà" or "1 abc" is never stored as 3 or 1.
// Words are compared as untelex skeletons, so "hooj" (Telex) and "ho65"
// (VNI) are "hộ".

// unitFamilies are the families, folded; the first word names the family.
var unitFamilies = [][]string{
	{"ho", "ho dan", "ho dan cu", "ho gia dinh", "gia dinh", "hgd", "ho gd", "gd", "gdvh", "gia dinh van hoa",
		"ho gdvh", "gdtt", "ho gdtt", "gia dinh the thao", "noc nha", "households", "household", "families", "family"},
	{"nguoi", "ng", "nguoi dan", "nhan khau", "khau", "dan", "nguoi tham gia", "nguoi tap", "nguoi tap luyen",
		"thanh vien", "hoi vien", "hoc vien", "van dong vien", "vdv", "cong dan", "ca nhan", "nguoi dan tap luyen",
		"people", "persons", "person", "residents", "members", "participants"},
	{"luot", "luot nguoi", "luot ban doc", "luot doc", "luot truy cap", "luot xem", "luot phat", "luot phat song",
		"luot tin bai", "lan", "lan phat", "lan phat song", "visits", "times", "broadcasts", "views", "readers"},
	{"thon", "ban", "lang", "plei", "xom", "ap", "buon", "khom", "soc", "to dan pho", "tdp", "to dp", "to", "khu dc", "khu dan cu", "kdc",
		"khu pho", "khu", "kdcvh", "khu dan cu van hoa", "thon xom", "thon ban", "thon to", "thon tdp",
		"villages", "village", "hamlets", "residential groups"},
	{"clb", "cau lac bo", "clb tdtt", "clb the thao", "clb the duc the thao", "cau lac bo the duc the thao",
		"cau lac bo tdtt", "cau lac bo the thao", "doi", "nhom", "doi nhom", "clubs", "club", "teams"},
	{"giai", "giai dau", "giai the thao", "giai dau the thao", "giai tdtt", "cuoc", "cuoc thi", "hoi thi",
		"tournaments", "tournament", "competitions"},
	{"tin", "bai", "tin bai", "bai viet", "tin tuc", "bai bao", "tin bai viet", "items", "articles", "news", "posts"},
	{"chuong trinh", "ct", "chuong trinh phat thanh", "ban tin", "ctpt", "programmes", "programs", "programme", "shows"},
	{"thu tuc", "tthc", "thu tuc hanh chinh", "dich vu", "dich vu cong", "dvc", "dvctt", "dich vu cong truc tuyen",
		"procedures", "services"},
	{"ho so", "bo ho so", "hs", "applications", "files", "dossiers"},
	{"don vi", "dv", "co quan", "doanh nghiep", "dn", "cq", "co quan don vi", "truong", "truong hoc", "units", "agencies"},
	{"xa", "phuong", "thi tran", "xa phuong", "communes", "wards"},
	{"buoi", "buoi le", "sessions"},
	{"diem", "diem cau", "points"},
	{"le hoi", "festivals"},
	{"hoat dong", "hd", "su kien", "events", "activities"},
	{"tran", "tran dau", "matches"},
	{"di tich", "monuments"},
	{"nha van hoa", "nvh", "thu vien", "tu sach", "libraries"},
	{"cuon", "quyen", "dau sach", "sach", "books"},
	{"lop", "lop hoc", "classes"},
	{"ha", "hecta", "hec", "hec ta", "hec-ta", "hecta"},
	{"m2", "m²", "met vuong"},
	{"m", "met"},
	{"km"},
	{"cm", "centimet", "xentimet", "xen ti met"},
	{"mm", "milimet", "mi li met"},
	{"km2", "km²"},
	{"kg", "ki lo", "kilogam"},
	{"tan"},
	{"dong", "vnd", "d"},
}

// classifiers count anything: "4 cái", "2 chiếc" fit every question.
var classifiers = setOf("cai", "chiec")

// unitFamily maps a skeleton phrase to its family's first word.
var unitFamily = func() map[string]string {
	m := map[string]string{}
	for _, fam := range unitFamilies {
		for _, p := range fam {
			m[untelexPhrase(p)] = fam[0]
		}
	}
	return m
}()

// familyOfAll is the family of ws, a phrase or several phrases of one
// family in a row ("thôn, tổ dân phố", "cơ quan, đơn vị"); "" when none.
func familyOfAll(ws []string) string {
	if f := familyOf(strings.Join(ws, " ")); f != "" || len(ws) < 2 || len(ws) > maxUnitWords {
		return f
	}
	for n := len(ws) - 1; n >= 1; n-- {
		head := familyOf(strings.Join(ws[:n], " "))
		if head != "" && familyOfAll(ws[n:]) == head {
			return head
		}
	}
	return ""
}

// maxUnitWords bounds the words after a figure read as units: "thôn, tổ
// dân phố, khu dân cư" is seven; a longer tail is a sentence, not a unit.
const maxUnitWords = 8

// familyOf is the family of a folded phrase, "" when it has none.
func familyOf(phrase string) string { return unitFamily[untelexPhrase(phrase)] }

// unitRule says which words may follow a figure.
type unitRule struct {
	percent bool            // only "%", "phần trăm" and the question's unit
	own     map[string]bool // the words of the question's unit, folded
	family  string          // the family of the question's unit, "" when none
	unit    locales.Text    // the question's unit, for the question back
	// asked holds the words of the question's label, folded: a label typed
	// before the figure may repeat them ("Dân số: 32.657"). They are folded
	// only when needed (most answers carry no label nor qualifier).
	asked *lazyWords
}

// ruleFor is the unit rule of a number question: its own unit, in every
// language, and its family.
func ruleFor(q *Question) unitRule {
	r := unitRule{percent: q.Type == TypePercent, own: map[string]bool{}, unit: q.Unit, asked: &lazyWords{q: q}}
	for _, lang := range locales.Langs { // Vietnamese first: its unit names the family
		u := q.Unit[lang]
		ws := words(Fold(u))
		for _, w := range ws {
			r.own[untelex(w)] = true
		}
		if f := familyOf(strings.Join(ws, " ")); f != "" && r.family == "" {
			r.family = f
		}
	}
	return r
}

// unitRule is ruleFor(q), made once per question (its words folded once,
// not on every answer) and shared by every answer's reading, so the
// label's words are folded with it.
func (q *Question) unitRule() unitRule {
	q.ruleOnce.Do(func() {
		q.rule = ruleFor(q)
		if q.rule.asked.get() == nil {
			q.rule.asked.words = map[string]bool{} // read-only from here on
		}
	})
	return q.rule
}

// unitFit is what the unit stage made of the words after a figure.
type unitFit int

const (
	unitFits    unitFit = iota // nothing, the question's own unit or one of its family
	unitOther                  // a unit of another family: ask
	unitUnknown                // words that are no unit: refuse
)

// fit checks ws, folded and trimmed, against the rule.
func (r unitRule) fit(ws []string) unitFit {
	// A unit of no family ("bộ trang phục", "buổi văn nghệ") accepts any of
	// its words ("4 bộ"); one of a family accepts its family, so that "hộ"
	// is not taken for part of "hồ sơ".
	if len(ws) == 0 || r.family == "" && r.ownAll(ws) {
		return unitFits
	}
	fam := familyOfAll(ws)
	switch {
	case fam == "" && len(ws) == 1 && classifiers[untelex(ws[0])] && !r.percent:
		return unitFits
	case fam == "" && len(ws) == 1 && r.initialOnly(ws[0]):
		return unitOther // "4518 h" for 4518 hộ: likely, and asked
	case fam == "" && len(ws) == 1 && r.ownInitials(ws[0]):
		return unitFits // "76 tt" for 76 thủ tục, "24 ct" for chương trình
	case fam == "":
		return unitUnknown
	case r.percent:
		return unitUnknown
	case r.family == "" && len(r.own) == 0:
		return unitFits
	case fam == r.family && r.qualifiedAsAsked(ws):
		return unitFits
	}
	return unitOther
}

// initialOnly reports a unit shortened to its first letter, "h" for "hộ"
// where households are asked: likely the unit, never certain, so the
// figure is confirmed.
func (r unitRule) initialOnly(w string) bool {
	w = untelex(w)
	return len(w) == 1 && !r.percent && r.family != "" && w[0] == r.family[0] && w[0] >= 'a' && w[0] <= 'z'
}

// ownInitials reports w, folded, as the initials of the question's own
// unit of two words or more: "tt" for "thủ tục", "ct" for "chương trình",
// "hs" for "hồ sơ", "dv" for "đơn vị". Offices write their units so.
func (r unitRule) ownInitials(w string) bool {
	w = untelex(w)
	if r.percent || len(w) < 2 {
		return false
	}
	for _, u := range r.unit {
		ws := Words(Fold(u))
		if len(ws) != len(w) {
			continue
		}
		ok := true
		for i, x := range ws {
			ok = ok && x != "" && x[0] == w[i]
		}
		if ok {
			return true
		}
	}
	return false
}

// fitBeforeAsked reads the words after a figure as its unit followed by
// words of the question itself: "15 đơn vị đạt chuẩn" to "Số … đơn vị
// đạt chuẩn văn hóa?" says the figure is what was asked. Only the
// question's own words may follow, and the unit before them must fit.
func (r unitRule) fitBeforeAsked(ws []string, fit unitFit) unitFit {
	for k := len(ws) - 1; k >= 1; k-- {
		if !r.asked.has(untelex(ws[k])) && !(recognitionWords[untelex(ws[k])] && r.asked.has("dat") && !r.asked.has("tong")) &&
			!(len(ws[k]) >= 3 && r.asked.initials(untelex(ws[k]))) { // "528 hồ sơ TTHC": the label's words by their initials (round nine)
			break
		}
		if r.fit(ws[:k]) == unitFits {
			return unitFits
		}
	}
	return fit
}

// recognitionWords, folded, say a figure counts those recognised as
// reaching a standard: "4.187 hộ được công nhận", "17 đơn vị đạt chuẩn",
// "2.615 hộ được công nhận danh hiệu". Where the question counts those
// reaching one ("đạt", and no total), they are its own words said
// another way.
var recognitionWords = setOf("duoc", "cong", "nhan", "dat", "danh", "hieu", "chuan")

// otherUnitIn reports whether note, words in brackets beside a figure, is
// a unit other than the question's: "12 (thôn)" where households are
// asked is another count, never a note to leave aside.
func (r unitRule) otherUnitIn(note string) bool {
	fam := familyOfAll(words(Fold(note)))
	return fam != "" && fam != r.family
}

// unitOnly reports whether note is only the question's unit or words that
// add nothing ("4.120 (hộ)", "12,5 ha (héc ta)", "95% (đạt)"): the
// brackets then only decorate the answer, which is read as if without them.
func (r unitRule) unitOnly(note string) bool {
	ws := words(Fold(note))
	if len(ws) == 0 {
		return false
	}
	tail := true
	for _, w := range ws {
		tail = tail && (numberTail[w] || politeAfter[w])
	}
	return tail || !r.percent && r.fit(ws) == unitFits && familyOfAll(ws) != ""
}

// qualifiers narrow a unit to part of it: "2.100 GĐVH" counts the
// households recognised as cultured families, not all of them. Each maps to
// the words the question must have for it to fit.
var qualifiers = map[string][]string{
	"gdvh": {"van", "hoa"}, "gdtt": {"the", "thao"}, "kdcvh": {"van", "hoa"}, "van": {"van", "hoa"},
	"the": {"the", "thao"}, "ngheo": {"ngheo"}, "tdtt": {"the", "thao"},
}

// qualifiedAsAsked reports whether every qualifier in ws is one the
// question asks about: "GĐVH" fits "Số hộ đạt danh hiệu Gia đình văn hóa?"
// but not "Tổng số hộ gia đình?". A question without a label takes any.
func (r unitRule) qualifiedAsAsked(ws []string) bool {
	qualified := false
	for _, w := range ws {
		qualified = qualified || qualifiers[untelex(w)] != nil
	}
	if !qualified || r.asked.empty() {
		return true
	}
	for _, w := range ws {
		for _, need := range qualifiers[untelex(w)] {
			if !r.asked.has(need) {
				return false
			}
		}
	}
	return true
}

// labelFit checks the words of a label taken off before ":" ("Số thôn: 12")
// the same way: a label naming another family is asked about; a label of
// words that are no unit ("Tổng số", "GĐVH năm nay") is fine.
func (r unitRule) labelFit(label []string) unitFit {
	if r.family == "" || len(label) == 0 {
		return unitFits
	}
	if !r.qualifiedAsAsked(label) {
		return unitOther // "Số hộ GĐVH: 2.100" where all households are asked
	}
	other := false
	for n := 3; n >= 1; n-- {
		for i := 0; i+n <= len(label); i++ {
			fam := familyOf(strings.Join(label[i:i+n], " "))
			switch {
			case fam == r.family && r.qualifiedAsAsked(label[i:i+n]):
				return unitFits
			case fam == r.family:
				other = true
			case fam != "" && !(n == 1 && weakLabelWords[label[i]]):
				other = true
			}
		}
	}
	if other {
		return unitOther
	}
	return unitFits
}

// labelKnown reports whether every word of a label typed before the figure
// is one the reader knows here: a lead word, politeness, a word of a unit,
// a word of the question. "Số hộ nghèo: 12" where all households are asked
// names something else ("nghèo"), and is asked about.
func (r unitRule) labelKnown(label []string) bool {
	for i := 0; i < len(label); i++ {
		w := untelex(label[i])
		if i+1 < len(label) && periodWords[w+" "+untelex(label[i+1])] {
			i++ // "năm nay", "tháng này": the period the figure is for
			continue
		}
		if !numberLead[w] && !leadPolite[w] && !tailPolite[w] && !unitWords[w] && !r.own[w] && !r.asked.has(w) && !r.asked.initials(w) {
			return false
		}
	}
	return true
}

// unitWords are the words of every unit family, as skeletons.
var unitWords = func() map[string]bool {
	m := map[string]bool{}
	for _, fam := range unitFamilies {
		for _, p := range fam {
			for _, w := range strings.Fields(p) {
				m[untelex(w)] = true
			}
		}
	}
	return m
}()

// weakLabelWords are unit words that, alone in a label, name nothing:
// "Tổng số" is not a count of "tổ", "Số lượng" not of "lượt".
var weakLabelWords = setOf("to", "ban", "d", "m", "dan", "lan", "tan", "khu", "ct", "hs", "ng", "so", "gd", "doi", "nhom", "dong", "lang", "tran")

// ownAll reports whether every word of ws is a word of the question's unit.
func (r unitRule) ownAll(ws []string) bool {
	if len(ws) == 0 || len(r.own) == 0 {
		return false
	}
	for _, w := range ws {
		if !r.own[untelex(w)] {
			return false
		}
	}
	return true
}

// lazyWords are a question's label words, folded on first use.
type lazyWords struct {
	q     *Question
	words map[string]bool
}

func (l *lazyWords) get() map[string]bool {
	if l == nil || l.q == nil {
		return nil
	}
	if l.words == nil {
		l.words = labelWords(l.q)
	}
	return l.words
}

func (l *lazyWords) has(w string) bool { return l.get()[w] }

// initials reports whether w, folded, is the initials of two to five
// words running in the question's label: "tdtt" for "thể dục thể thao",
// "gdvh" for "gia đình văn hóa". Offices shorten the question's terms so.
func (l *lazyWords) initials(w string) bool {
	if l == nil || l.q == nil || len(w) < 2 || len(w) > 5 {
		return false
	}
	for _, label := range l.q.Label {
		ws := Words(Fold(label))
		for i := 0; i+len(w) <= len(ws); i++ {
			k := 0
			for k < len(w) && ws[i+k] != "" && ws[i+k][0] == w[k] {
				k++
			}
			if k == len(w) {
				return true
			}
		}
	}
	return false
}
func (l *lazyWords) empty() bool { return len(l.get()) == 0 }
