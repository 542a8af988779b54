package xlsform

import (
	"fmt"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/baocao/baocao/locales"
)

// Problem is one mistake of a workbook: the sheet, row and column it is
// in (as Excel shows them: row 7, column "constraint", cell E7) and what
// is wrong, as a catalog message. A problem of the configuration the form
// is put into has no sheet.
type Problem struct {
	Sheet  string
	Row    int    // 1-based; 0 for the sheet as a whole
	Column string // the header of the column, "" for the whole row
	Cell   string // "E7", when row and column are known
	Msg    locales.Msg
}

// Error lists every problem of an import, in sheet and row order.
type Error struct {
	File     string
	Problems []Problem
}

// Error lists the problems in English, for logs and Go callers.
func (e *Error) Error() string { return e.Render(locales.EN) }

// Render lists the problems in lang, one line each.
func (e *Error) Render(lang locales.Lang) string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		text := locales.Render(lang, p.Msg)
		var where locales.Msg
		switch {
		case p.Sheet == "":
			where = locales.M("xlsform.where_config")
		case p.Row == 0:
			where = locales.M("xlsform.where_sheet", "sheet", p.Sheet)
		case p.Column == "":
			where = locales.M("xlsform.where_row", "sheet", p.Sheet, "row", locales.Plain(fmt.Sprint(p.Row)))
		default:
			where = locales.M("xlsform.where_cell", "sheet", p.Sheet, "row", locales.Plain(fmt.Sprint(p.Row)),
				"column", p.Column, "cell", p.Cell)
		}
		fmt.Fprintf(&b, "%s: %s: %s", e.File, locales.Render(lang, where), text)
	}
	return b.String()
}

// problems collects problems, at most one per cell: a mistake found while
// reading the workbook is not repeated by the configuration's checker.
type problems struct {
	list []Problem
	seen map[string]bool
}

func (ps *problems) add(p Problem) {
	if ps.seen == nil {
		ps.seen = map[string]bool{}
	}
	k := fmt.Sprintf("%s|%d|%s", p.Sheet, p.Row, p.Column)
	if p.Column != "" && ps.seen[k] {
		return
	}
	ps.seen[k] = true
	ps.list = append(ps.list, p)
}

// at records a problem in a cell; col is the 0-based column index.
func (ps *problems) at(sheet string, row, col int, header string, key string, kv ...any) {
	cell, _ := excelize.CoordinatesToCellName(col+1, row)
	ps.add(Problem{Sheet: sheet, Row: row, Column: header, Cell: cell, Msg: locales.M(key, kv...)})
}

func (ps *problems) sorted() []Problem {
	order := map[string]int{"": 3, sheetSettings: 0, sheetSurvey: 1, sheetChoices: 2}
	sort.SliceStable(ps.list, func(i, j int) bool {
		a, b := ps.list[i], ps.list[j]
		if order[a.Sheet] != order[b.Sheet] {
			return order[a.Sheet] < order[b.Sheet]
		}
		return a.Row < b.Row
	})
	return ps.list
}
