package xlsform

import (
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/baocao/baocao/locales"
)

// The three sheets of an XLSForm.
const (
	sheetSurvey   = "survey"
	sheetChoices  = "choices"
	sheetSettings = "settings"
)

// column is one recognised header: its base name ("label"), its language
// for a translated column (label::English), where it is and how it reads.
type column struct {
	base   string
	lang   locales.Lang // "" for a column that is not translated
	index  int
	header string
}

// sheet is a sheet's header and rows, cells trimmed.
type sheet struct {
	name   string
	cols   map[string]column // by base, or base::lang for translated columns
	rows   [][]string        // rows[0] is the header, row i is Excel's row i+1
	exists bool
}

// translated lists the columns that hold a phrase in several languages.
var translated = map[string]bool{"label": true, "hint": true, "constraint_message": true, "unit": true, "summary": true, "form_title": true}

// langOf reads the language after "::" the way XLSForm files spell it:
// "Tiếng Việt", "Vietnamese (vi)", "vi", "English (en)", "English".
func langOf(s string) (locales.Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "" || s == "vi" || strings.Contains(s, "(vi)") || strings.HasPrefix(s, "tiếng việt") ||
		strings.HasPrefix(s, "tieng viet") || strings.HasPrefix(s, "vietnamese"):
		return locales.VI, true
	case s == "en" || strings.Contains(s, "(en)") || strings.HasPrefix(s, "english") || strings.HasPrefix(s, "tiếng anh"):
		return locales.EN, true
	}
	return "", false
}

// readSheet finds a sheet by name (any case) and reads its header against
// the columns allowed; an unknown or doubled header is a problem.
func readSheet(f *excelize.File, name string, allowed []string, ps *problems) *sheet {
	s := &sheet{name: name, cols: map[string]column{}}
	for _, n := range f.GetSheetList() {
		if strings.EqualFold(strings.TrimSpace(n), name) {
			rows, err := f.GetRows(n, excelize.Options{RawCellValue: true})
			if err != nil {
				ps.add(Problem{Sheet: name, Msg: locales.M("xlsform.sheet_unreadable", "detail", err.Error())})
				return s
			}
			s.exists = true
			for i := range rows {
				for j := range rows[i] {
					rows[i][j] = strings.TrimSpace(rows[i][j])
				}
			}
			s.rows = rows
			break
		}
	}
	if !s.exists || len(s.rows) == 0 {
		return s
	}
	ok := map[string]bool{}
	for _, a := range allowed {
		ok[a] = true
	}
	for i, h := range s.rows[0] {
		if h == "" {
			continue
		}
		base, suffix, hasLang := strings.Cut(h, "::")
		base = strings.ToLower(strings.TrimSpace(base))
		c := column{base: base, index: i, header: h}
		key := base
		if translated[base] {
			lang, known := langOf(suffix)
			if !known {
				ps.at(name, 1, i, h, "xlsform.header_lang", "header", h)
				continue
			}
			c.lang = lang
			key = base + "::" + string(lang)
		} else if hasLang {
			ps.at(name, 1, i, h, "xlsform.header_not_translated", "header", h)
			continue
		}
		if !ok[base] {
			if s.columnUsed(i) {
				ps.at(name, 1, i, h, "xlsform.header_unknown", "header", h, "allowed", strings.Join(allowed, ", "))
			}
			continue
		}
		if prev, dup := s.cols[key]; dup {
			ps.at(name, 1, i, h, "xlsform.header_twice", "header", h, "other", prev.header)
			continue
		}
		s.cols[key] = c
	}
	return s
}

// columnUsed reports whether any row below the header has a value in
// column i: an empty column with a header we do not know harms nothing.
func (s *sheet) columnUsed(i int) bool {
	for _, r := range s.rows[1:] {
		if i < len(r) && r[i] != "" {
			return true
		}
	}
	return false
}

// get returns the cell of column key in row r (0-based index into rows).
func (s *sheet) get(r int, key string) string {
	c, ok := s.cols[key]
	if !ok || r >= len(s.rows) || c.index >= len(s.rows[r]) {
		return ""
	}
	return s.rows[r][c.index]
}

// text reads a translated column into a phrase.
func (s *sheet) text(r int, base string) locales.Text {
	t := locales.Text{}
	for _, l := range locales.Langs {
		if v := s.get(r, base+"::"+string(l)); v != "" {
			t[l] = v
		}
	}
	return t
}

// col returns the header and index of a column for messages: for a
// translated column its Vietnamese one when there is.
func (s *sheet) col(base string) (string, int, bool) {
	for _, k := range []string{base, base + "::vi", base + "::en"} {
		if c, ok := s.cols[k]; ok {
			return c.header, c.index, true
		}
	}
	return "", 0, false
}

// blank reports whether a row has no value at all.
func blank(row []string) bool {
	for _, c := range row {
		if c != "" {
			return false
		}
	}
	return true
}
