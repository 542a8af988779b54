package bot

// Forms designed in Excel, in a transcript. A workbook is written as a
// table, one line per row, the sheet's name first:
//
//	@workbook cau-lac-bo.xlsx
//	| survey   | type    | name   | label::Tiếng Việt        | required |
//	| survey   | integer | so_clb | Số câu lạc bộ văn nghệ?  | yes      |
//	| settings | form_id | form_title::Tiếng Việt | period |
//	| settings | clb     | Báo cáo câu lạc bộ     | quarter |
//
// The test makes that workbook with excelize, imports it into the sample
// configuration as `baocao forms import` does, prints what the operator
// would read, and runs the rest of the conversation on the new
// configuration (also after @restart).

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/flows/xlsform"
	"github.com/baocao/baocao/locales"
)

// workbookSpec is a workbook being read from the transcript.
type workbookSpec struct {
	name   string
	sheets []string // in order of appearance
	rows   map[string][][]any
}

func (tr *transcript) startWorkbook(name string) {
	tr.book = &workbookSpec{name: name, rows: map[string][][]any{}}
}

// workbookRow reads "| sheet | a | b |" into the pending workbook.
func (tr *transcript) workbookRow(line string) {
	if tr.book == nil {
		tr.t.Fatalf("%q: a workbook row without @workbook before it", line)
	}
	cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
	sheet := strings.TrimSpace(cells[0])
	var row []any
	for _, c := range cells[1:] {
		c = strings.TrimSpace(c)
		if n, err := strconv.Atoi(c); err == nil {
			row = append(row, n) // a number cell, as Excel stores it
			continue
		}
		row = append(row, c)
	}
	if _, ok := tr.book.rows[sheet]; !ok {
		tr.book.sheets = append(tr.book.sheets, sheet)
	}
	tr.book.rows[sheet] = append(tr.book.rows[sheet], row)
}

// importWorkbook builds the pending workbook and imports it.
func (tr *transcript) importWorkbook() {
	b := tr.book
	tr.book = nil
	x := excelize.NewFile()
	defer x.Close()
	for i, s := range b.sheets {
		if i == 0 {
			x.SetSheetName("Sheet1", s)
		} else if _, err := x.NewSheet(s); err != nil {
			tr.t.Fatal(err)
		}
		for j, r := range b.rows[s] {
			cell, _ := excelize.CoordinatesToCellName(1, j+1)
			if err := x.SetSheetRow(s, cell, &r); err != nil {
				tr.t.Fatal(err)
			}
		}
	}
	var data bytes.Buffer
	if err := x.Write(&data); err != nil {
		tr.t.Fatal(err)
	}
	file, yml, _ := sample.Named(tr.sample)
	res, err := xlsform.Import(b.name, &data, file, yml)
	var xe *xlsform.Error
	switch {
	case errors.As(err, &xe):
		for _, l := range strings.Split(xe.Render(locales.VI), "\n") {
			fmt.Fprintf(&tr.out, "< %s\n", l)
		}
		return
	case err != nil:
		tr.t.Fatal(err)
	}
	key := "xlsform.imported"
	if res.Replaced {
		key = "xlsform.imported_replaced"
	}
	fmt.Fprintf(&tr.out, "< %s\n", locales.Render(locales.VI, locales.M(key, "file", b.name, "id", res.Form.ID,
		"title", res.Form.Title, "questions", len(res.Form.Questions), "config", file)))
	if res.Warnings != nil {
		fmt.Fprintf(&tr.out, "< %s\n", locales.Render(locales.VI, locales.M("config.warnings", "count", len(res.Warnings.Problems))))
		for _, l := range strings.Split(res.Warnings.Render(locales.VI), "\n") {
			fmt.Fprintf(&tr.out, "< %s\n", l)
		}
	}
	tr.config = res.Config
	tr.app.Config = res.Config
}
