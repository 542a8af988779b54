package flows

// Last years' figures from a spreadsheet (baocao figures import): a table
// whose rows are units and whose columns are questions becomes one planned
// submission per unit, or problems named by row and column ("dòng 7, cột
// D: …"). Nothing is planned as stored while one problem remains: a file
// half imported is worse than none. The file is read elsewhere (bot); here
// is only the table as text, so the reading is the chat's (32.657; 93,1%).

import (
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

// ImportInput is a table to import into form f's period p.
type ImportInput struct {
	Form   *Form
	Period Period
	// Rows are the file's rows as text, Rows[0] its first row.
	Rows [][]string
	Now  time.Time
	Lang locales.Lang
}

// ImportRow is one unit's figures as they would be stored.
type ImportRow struct {
	Line    int // the file's row, from 1
	Unit    *Unit
	Answers map[string]Value
}

// ImportProblem is what is wrong at a row (Col 0: the row as a whole) or
// at a cell (Col from 1), or in the file as a whole (Line 0).
type ImportProblem struct {
	Line, Col int
	Msg       locales.Msg
}

// Msg is the problem as the operator reads it: "dòng 7, cột D: …".
func (p ImportProblem) Message() locales.Msg {
	switch {
	case p.Line == 0:
		return p.Msg
	case p.Col == 0:
		return locales.M("import.at_row", "line", p.Line, "problem", p.Msg)
	}
	return locales.M("import.at_cell", "line", p.Line, "col", locales.Plain(ColumnName(p.Col)), "problem", p.Msg)
}

// ImportPlan is what an import would do.
type ImportPlan struct {
	Rows []ImportRow
	// Empty lists the lines of units with no figure (a "Chưa nộp" row):
	// nothing is stored for them.
	Empty    []ImportRow
	Columns  []*Question // the questions the file has columns for
	Problems []ImportProblem
}

// ColumnName is a spreadsheet's name of column i (from 1): A, …, Z, AA.
func ColumnName(i int) string {
	s := ""
	for i > 0 {
		i--
		s = string(rune('A'+i%26)) + s
		i /= 26
	}
	return s
}

// Header words of the unit columns and of columns that carry no figure,
// folded.
var (
	codeHeads  = setOfWords("ma", "ma dvhc", "ma don vi", "ma xa", "ma so", "code", "unit code")
	nameHeads  = setOfWords("ten don vi", "don vi", "ten xa", "xa", "xa phuong", "xa, phuong", "ten", "unit", "name")
	otherHeads = setOfWords("stt", "tt", "so tt", "no", "no.", "ghi chu", "note", "don vi tinh", "measure")
)

func setOfWords(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// headWords is a header as compared: folded, without a trailing
// "(đơn vị tính)" as the exported sheet adds to its CSV headers.
func headWords(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndex(s, "("); i > 0 && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[:i])
	}
	return strings.TrimSuffix(Fold(s), "?")
}

// questionOf finds the question a header names: its id, label or short
// label, in either language.
func questionOf(f *Form, head string) *Question {
	h := headWords(head)
	if h == "" {
		return nil
	}
	for _, q := range f.Questions {
		if strings.EqualFold(strings.TrimSpace(head), q.ID) || h == Fold(q.ID) {
			return q
		}
		for _, t := range []locales.Text{q.Label, q.ShortLabel()} {
			for _, s := range t {
				if h == strings.TrimSuffix(Fold(s), "?") {
					return q
				}
			}
		}
	}
	return nil
}

// header is the row naming the columns.
type header struct {
	line       int // index in Rows
	code, name int // column indexes, -1 when absent
	questions  map[int]*Question
	unknown    []int
}

func findHeader(f *Form, rows [][]string) (header, bool) {
	for i, row := range rows {
		h := header{line: i, code: -1, name: -1, questions: map[int]*Question{}}
		for j, cell := range row {
			w := headWords(cell)
			switch {
			case w == "":
			case codeHeads[w] && h.code < 0:
				h.code = j
			case nameHeads[w] && h.name < 0:
				h.name = j
			case otherHeads[w]:
			default:
				if q := questionOf(f, cell); q != nil {
					h.questions[j] = q
				} else {
					h.unknown = append(h.unknown, j)
				}
			}
		}
		if len(h.questions) > 0 && (h.code >= 0 || h.name >= 0) {
			return h, true
		}
	}
	return header{}, false
}

// blankCell reports a cell that says "no figure": empty, the sheet's dash,
// "chưa có số liệu".
func blankCell(s string) bool {
	switch Fold(strings.TrimSpace(s)) {
	case "", "-", "–", "—", "chua co so lieu", "chua nop", "not reported", "not submitted":
		return true
	}
	return false
}

// PlanImport reads in's table: the header row (the first naming a unit
// column and a question), then each row below with a unit code (or, with
// no code column, a unit name) as that unit's figures. A period of an
// earlier era is reported by that era's units (old codes, old names).
func (c *Config) PlanImport(in ImportInput) ImportPlan {
	var plan ImportPlan
	f, p := in.Form, in.Period
	h, ok := findHeader(f, in.Rows)
	if !ok {
		plan.Problems = append(plan.Problems, ImportProblem{Msg: locales.M("import.no_header", "title", f.Title)})
		return plan
	}
	for _, j := range h.unknown {
		plan.Problems = append(plan.Problems, ImportProblem{Line: h.line + 1, Col: j + 1,
			Msg: locales.M("import.unknown_column", "head", locales.Plain(strings.TrimSpace(in.Rows[h.line][j])), "title", f.Title)})
	}
	seenQ := map[*Question]int{}
	for j := 0; j < len(in.Rows[h.line]); j++ {
		q := h.questions[j]
		if q == nil {
			continue
		}
		if prev, dup := seenQ[q]; dup {
			plan.Problems = append(plan.Problems, ImportProblem{Line: h.line + 1, Col: j + 1,
				Msg: locales.M("import.same_column", "other", locales.Plain(ColumnName(prev+1)))})
			continue
		}
		seenQ[q] = j
		if q.Asked() {
			plan.Columns = append(plan.Columns, q)
		}
	}
	colOf := map[string]int{}
	for q, j := range seenQ {
		colOf[q.ID] = j
	}
	seenUnit := map[string]int{}
	district := "" // the last district heading above a row, to tell same-named communes apart
	for i := h.line + 1; i < len(in.Rows); i++ {
		row := in.Rows[i]
		cell := func(j int) string {
			if j < 0 || j >= len(row) {
				return ""
			}
			return strings.TrimSpace(row[j])
		}
		line := i + 1
		code, name := cell(h.code), cell(h.name)
		if name != "" && (h.code < 0 || code == "") && c.notAUnitRow(name) {
			district = Fold(name) // a district's heading: its communes follow
			continue
		}
		if h.code >= 0 && (code == "" && name == "" || code != "" && numberingCell(code)) || h.code < 0 && name == "" {
			continue // an empty row, the row numbering the columns
		}
		u, col, msg := c.importUnit(f, p, code, name, district, h)
		if u == nil && h.code >= 0 && code == "" {
			// No code: the unit is found by its name, as without a code
			// column. The row of units of measure ("Đơn vị tính"), a
			// repeated heading or a line of text under the table (the
			// signatures) names none and is passed over; a row with
			// figures is refused at its empty code cell, never dropped.
			if w := headWords(name); otherHeads[w] || nameHeads[w] || !rowHasFigures(h, cell) {
				continue
			}
			msg, col = locales.M("import.no_code", "col", locales.Plain(ColumnName(h.name+1)), "problem", msg), h.code
		}
		if u == nil {
			plan.Problems = append(plan.Problems, ImportProblem{Line: line, Col: col + 1, Msg: msg})
			continue
		}
		if prev, dup := seenUnit[u.Code]; dup {
			plan.Problems = append(plan.Problems, ImportProblem{Line: line, Col: col + 1,
				Msg: locales.M("import.same_unit", "unit", c.Label(u), "other", prev)})
			continue
		}
		seenUnit[u.Code] = line
		r := ImportRow{Line: line, Unit: u, Answers: map[string]Value{}}
		bad := false
		for j, q := range h.questions {
			if seenQ[q] != j || !q.Asked() || blankCell(cell(j)) {
				continue
			}
			v, problem := ReadCellAnswer(q, cell(j), in.Now, in.Lang) // a cell, not a chat message
			if problem != nil {
				plan.Problems = append(plan.Problems, ImportProblem{Line: line, Col: j + 1, Msg: *problem})
				bad = true
				continue
			}
			r.Answers[q.ID] = v
		}
		if bad {
			continue
		}
		if len(r.Answers) == 0 {
			plan.Empty = append(plan.Empty, r)
			continue
		}
		s := &Session{Answers: r.Answers}
		s.compute(f)
		for _, q := range f.Questions {
			v, ok := s.Answers[q.ID]
			if !ok || !q.Asked() {
				continue
			}
			if msg, fine := s.violates(f, q, v, in.Lang); !fine {
				plan.Problems = append(plan.Problems, ImportProblem{Line: line, Col: colOf[q.ID] + 1, Msg: msg})
				bad = true
			}
		}
		if !bad {
			r.Answers = s.Answers
			plan.Rows = append(plan.Rows, r)
		}
	}
	return plan
}

// rowHasFigures reports whether a row has a figure in a question's column.
func rowHasFigures(h header, cell func(int) string) bool {
	for j := range h.questions {
		if !blankCell(cell(j)) {
			return true
		}
	}
	return false
}

// notAUnitRow reports a named row that is no unit's: a total, a cluster's
// or district's heading.
func (c *Config) notAUnitRow(name string) bool {
	if headingName(name) {
		return true
	}
	n := Fold(name)
	for _, u := range c.Units.All() {
		if !u.IsLeaf() && Fold(u.Name) == n {
			return true
		}
	}
	return false
}

// headingName reports a name that heads or sums a group of units: "Tổng
// cộng", "HUYỆN THẠCH THÀNH", "Cụm thi đua số 11".
func headingName(name string) bool {
	n := Fold(name)
	for _, p := range []string{"tong", "total", "cong", "huyen ", "quan ", "thi xa ", "thanh pho ", "tinh ", "cum "} {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// importUnit finds the unit of a row, by code or else by name, among the
// units of period p's era; when there is none, it says which column and why.
func (c *Config) importUnit(f *Form, p Period, code, name, district string, h header) (*Unit, int, locales.Msg) {
	col, query := h.code, code
	if code == "" {
		// found by its name: no second cell to agree with
		col, query, name = h.name, name, ""
	}
	if c.Earlier(p) {
		until := c.EraUntil(p)
		old := c.oldUnits(until)
		seen := map[string]bool{}
		for _, u := range old {
			seen[u.Code] = true
		}
		if seen[query] {
			u := c.OldUnit(query, until)
			if today := c.Units.Get(query); name != "" && !nameAgrees(u, name) && today != nil && nameAgrees(today, name) {
				// A sheet of today's units for a past period (what /xuat
				// writes): its figures are sums of old units, and the code
				// may be an old unit's of another name (15250).
				return nil, h.name, locales.M("import.today_sum", "unit", today.Named(), "code", locales.Plain(query), "old", c.Label(u), "period", p.Label())
			}
			if name != "" && !nameAgrees(u, name) {
				return nil, h.name, locales.M("import.code_name", "code", locales.Plain(query), "unit", c.Label(u), "name", locales.Plain(name))
			}
			return u, col, locales.Msg{}
		}
		u, many := pickNamed(old, query, district)
		if u != nil && !levelAgrees(u, query) {
			// "Xã Kim Tân" found only as old "Thị trấn Kim Tân": today's
			// commune, whose figures before the reform are its old units'
			// sum, or a level miswritten; nobody can be asked which.
			if today := c.currentUnit(query); today != nil && nameAgrees(today, query) {
				return nil, col, locales.M("import.today_name", "name", locales.Plain(query), "unit", today.Named(), "code", locales.Plain(today.Code),
					"period", p.Label(), "old", c.Label(u), "old_name", locales.Plain(u.Name), "old_code", locales.Plain(u.Code))
			}
			return nil, col, locales.M("import.level_name", "name", locales.Plain(query), "period", p.Label(), "unit", c.Label(u),
				"unit_name", locales.Plain(u.Name), "code", locales.Plain(u.Code))
		}
		if u != nil {
			return u, col, locales.Msg{}
		}
		if len(many) > 1 {
			return nil, col, c.ambiguous(query, many)
		}
		if u := c.currentUnit(query); u != nil {
			return nil, col, c.NotYetUnit(u, f, p)
		}
		return nil, col, locales.M("import.no_unit", "unit", locales.Plain(query), "period", p.Label())
	}
	u := c.Units.Get(query)
	if u != nil && name != "" && !nameAgrees(u, name) {
		return nil, h.name, locales.M("import.code_name", "code", locales.Plain(query), "unit", u.Named(), "name", locales.Plain(name))
	}
	if u == nil {
		var many []*Unit
		u, many = pickNamed(c.Units.All(), query, district)
		if len(many) > 1 {
			return nil, col, c.ambiguous(query, many)
		}
		if u != nil && !levelAgrees(u, query) {
			// "Thị trấn Kim Tân" in 2026: the old town, which is no unit
			// of this period, or a level miswritten.
			if until := c.EraStart(); !until.IsZero() {
				if o, _ := pickNamed(c.oldUnits(until), query, district); o != nil && nameAgrees(o, query) {
					return nil, col, locales.M("import.old_name", "name", locales.Plain(query), "old", c.Label(o), "old_code", locales.Plain(o.Code),
						"since", locales.Date(until), "period", p.Label(), "unit", u.Named(), "unit_name", locales.Plain(u.Name), "code", locales.Plain(u.Code))
				}
			}
			return nil, col, locales.M("import.level_name", "name", locales.Plain(query), "period", p.Label(), "unit", u.Named(),
				"unit_name", locales.Plain(u.Name), "code", locales.Plain(u.Code))
		}
	}
	switch {
	case u == nil:
		return nil, col, locales.M("import.no_unit", "unit", locales.Plain(query), "period", p.Label())
	case !u.IsLeaf() && !f.ReportsOwn(u):
		return nil, col, locales.M("import.not_reporting", "unit", u.Named(), "title", f.Title)
	}
	return u, col, locales.Msg{}
}

// oldUnits lists the units of the era that ended at until that today's
// units were made of (wholly or in part), once each.
func (c *Config) oldUnits(until time.Time) []*Unit {
	var old []*Unit
	seen := map[string]bool{}
	for _, u := range c.Units.All() {
		for _, oc := range append(append([]string(nil), u.Formerly...), u.Partly...) {
			if !seen[oc] {
				seen[oc] = true
				old = append(old, c.OldUnit(oc, until))
			}
		}
	}
	return old
}

// levelAgrees reports whether the level word written in a name ("Xã",
// "Thị trấn"), if any, is u's.
func levelAgrees(u *Unit, name string) bool {
	l := levelWord(Fold(name))
	return l == "" || l == levelWord(Fold(u.Name))
}

// ambiguous says that a name is several units', naming each with its code.
func (c *Config) ambiguous(query string, many []*Unit) locales.Msg {
	var names []string
	for _, u := range many {
		n := u.Name + " (" + u.Code
		if u.Parent != nil {
			n += ", " + u.Parent.Name
		}
		names = append(names, n+")")
	}
	return locales.M("import.ambiguous", "unit", locales.Plain(query), "units", locales.Plain(strings.Join(names, "; ")))
}

// currentUnit finds one of today's units by code, or by a name with or
// without diacritics and its "xã", "phường", "thị trấn" prefix: nil when
// there is none or more than one by that name.
func (c *Config) currentUnit(query string) *Unit {
	if u := c.Units.Get(query); u != nil {
		return u
	}
	u, _ := pickNamed(c.Units.All(), query, "")
	return u
}

// pickNamed finds the unit named query among units: the names compared
// without their level word and without diacritics; when several match, the
// ones with the very diacritics typed ("Thành Tân", not "Thanh Tân"), then
// those in the district heading the rows (folded). many lists the units
// still in question when there is no single one.
func pickNamed(units []*Unit, query, district string) (one *Unit, many []*Unit) {
	q := bareUnitName(Fold(query))
	for _, u := range units {
		if u != nil && u.Name != "" && bareUnitName(Fold(u.Name)) == q {
			many = append(many, u)
		}
	}
	narrow := func(keep func(*Unit) bool) {
		var in []*Unit
		for _, u := range many {
			if keep(u) {
				in = append(in, u)
			}
		}
		if len(in) > 0 {
			many = in
		}
	}
	if len(many) > 1 {
		typed := bareUnitName(strings.ToLower(Normalize(query)))
		narrow(func(u *Unit) bool { return bareUnitName(strings.ToLower(Normalize(u.Name))) == typed })
	}
	if level := levelWord(Fold(query)); len(many) > 1 && level != "" {
		narrow(func(u *Unit) bool { return levelWord(Fold(u.Name)) == level })
	}
	if len(many) > 1 && district != "" {
		narrow(func(u *Unit) bool {
			return u.Parent != nil && strings.Contains(district, bareDistrict(Fold(u.Parent.Name)))
		})
	}
	if len(many) == 1 {
		return many[0], nil
	}
	return nil, many
}

// nameAgrees reports whether a row's name cell names u: the same name
// without diacritics, and the same level word when one is written ("Xã Kim
// Tân" is not old "Thị trấn Kim Tân").
func nameAgrees(u *Unit, name string) bool {
	n, un := Fold(name), Fold(u.Name)
	if bareUnitName(n) != bareUnitName(un) {
		return false
	}
	return levelWord(n) == "" || levelWord(n) == levelWord(un)
}

// levelWord is the level word a folded unit name starts with, if any.
func levelWord(n string) string {
	for _, p := range []string{"xa ", "phuong ", "thi tran ", "dac khu "} {
		if strings.HasPrefix(n, p) {
			return p
		}
	}
	return ""
}

// bareDistrict is a folded district's name without its level word.
func bareDistrict(n string) string {
	for _, p := range []string{"huyen ", "quan ", "thi xa ", "thanh pho "} {
		if s, ok := strings.CutPrefix(n, p); ok {
			return s
		}
	}
	return n
}

// bareUnitName is a unit's name without its level word, for comparing.
func bareUnitName(n string) string {
	for _, p := range []string{"xa ", "phuong ", "thi tran ", "dac khu ", "xã ", "phường ", "thị trấn ", "đặc khu "} {
		if s, ok := strings.CutPrefix(n, p); ok {
			return s
		}
	}
	return n
}

// numberingCell is a cell of the row under a sheet's headings that numbers
// its columns: "C", "(3)".
func numberingCell(s string) bool {
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		return true
	}
	if len(s) > 2 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
