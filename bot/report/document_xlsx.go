package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// Font is the typeface of official documents (Nghị định 30/2020: Times
// New Roman, Unicode TCVN 6909:2001).
const Font = "Times New Roman"

// Sizes in points: the heading blocks as in a typed document, the table a
// little smaller so that a form of twenty figures still reads once fitted
// to the width of a landscape A4 page.
const (
	sizeHeading = 13
	sizeTitle   = 14
	sizeTable   = 11
	sizeSmall   = 11
)

// look is a cell's appearance; styles are made once per look.
type look struct {
	bold, italic, underline bool
	size                    float64
	h, v                    string
	wrap, border            bool
	numFmt                  string
	fill                    string
}

// styler makes and remembers excelize styles.
type styler struct {
	f     *excelize.File
	cache map[look]int
}

func (s *styler) get(l look) (int, error) {
	if id, ok := s.cache[l]; ok {
		return id, nil
	}
	size := l.size
	if size == 0 {
		size = sizeTable
	}
	st := &excelize.Style{
		Font:      &excelize.Font{Family: Font, Size: size, Bold: l.bold, Italic: l.italic},
		Alignment: &excelize.Alignment{Horizontal: l.h, Vertical: l.v, WrapText: l.wrap},
	}
	if l.v == "" {
		st.Alignment.Vertical = "center"
	}
	if l.underline {
		st.Font.Underline = "single"
	}
	if l.border {
		for _, side := range []string{"left", "right", "top", "bottom"} {
			st.Border = append(st.Border, excelize.Border{Type: side, Color: "000000", Style: 1})
		}
	}
	if l.numFmt != "" {
		code := l.numFmt
		st.CustomNumFmt = &code
	}
	if l.fill != "" {
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{l.fill}}
	}
	id, err := s.f.NewStyle(st)
	if err != nil {
		return 0, err
	}
	s.cache[l] = id
	return id, nil
}

// Official writes the document as the first sheet of a workbook, followed
// by the extra sheets (the text answers, the photos, the reporting status).
func Official(zone *time.Location, doc Document, extra ...Sheet) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetDefaultFont(Font); err != nil {
		return nil, fmt.Errorf("report.Official: %w", err)
	}
	st := &styler{f: f, cache: map[look]int{}}
	if err := f.SetSheetName("Sheet1", doc.Sheet); err != nil {
		return nil, fmt.Errorf("report.Official: %w", err)
	}
	if err := writeDocument(f, st, &doc); err != nil {
		return nil, fmt.Errorf("report.Official %s: %w", doc.Sheet, err)
	}
	for _, s := range extra {
		if _, err := f.NewSheet(s.Name); err != nil {
			return nil, fmt.Errorf("report.Official %s: %w", s.Name, err)
		}
		if err := writeSheet(f, st, s, zone); err != nil {
			return nil, fmt.Errorf("report.Official %s: %w", s.Name, err)
		}
	}
	// Shares and totals are formulas: have Excel and LibreOffice compute
	// them when the file opens (excelize stores no results).
	full := true
	if err := f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full}); err != nil {
		return nil, fmt.Errorf("report.Official: %w", err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, fmt.Errorf("report.Official: %w", err)
	}
	return buf.Bytes(), nil
}

// docWriter writes one document's cells.
type docWriter struct {
	f     *excelize.File
	st    *styler
	sheet string
	err   error
}

func (w *docWriter) cell(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

// put writes v into (col,row) with look l; a string starting with "=" is
// not special: formulas go through formula.
func (w *docWriter) put(col, row int, v any, l look) {
	if w.err != nil {
		return
	}
	c := w.cell(col, row)
	switch x := v.(type) {
	case nil:
	case string:
		w.err = w.f.SetCellStr(w.sheet, c, x)
	case float64:
		w.err = w.f.SetCellFloat(w.sheet, c, x, -1, 64)
	default:
		w.err = w.f.SetCellValue(w.sheet, c, x)
	}
	w.style(col, row, col, row, l)
}

func (w *docWriter) formula(col, row int, formula string, l look) {
	if w.err != nil {
		return
	}
	w.err = w.f.SetCellFormula(w.sheet, w.cell(col, row), formula)
	w.style(col, row, col, row, l)
}

func (w *docWriter) style(c1, r1, c2, r2 int, l look) {
	if w.err != nil {
		return
	}
	id, err := w.st.get(l)
	if err == nil {
		err = w.f.SetCellStyle(w.sheet, w.cell(c1, r1), w.cell(c2, r2), id)
	}
	w.err = err
}

// merged writes text across columns c1…c2 of a row.
func (w *docWriter) merged(c1, c2, row int, text string, l look) {
	if w.err != nil {
		return
	}
	if c2 > c1 {
		w.err = w.f.MergeCell(w.sheet, w.cell(c1, row), w.cell(c2, row))
	}
	w.put(c1, row, text, l)
	w.style(c1, row, c2, row, l)
}

// Column widths, in characters (of the width of a digit).
const (
	widthNo      = 6 // "XXVI", the 26th cluster
	widthUnit    = 22
	widthCode    = 7
	widthNote    = 11
	headingChars = 54    // what the national heading needs on one line, bold capitals at 13 pt
	agencyChars  = 44    // and a department's name, bold
	headingGap   = 12    // at least between the two, whatever the columns' widths
	lineHeight   = 14.25 // points, one line of 11 pt Times New Roman (Excel's own row height for it)
)

// figureWidth is as wide as a column's widest figure and the longest word
// of its header, and no wider: with twenty figures and more, every
// character of width is a smaller print once the table is fitted to the
// page.
func figureWidth(col DocColumn, c int, rows []laidRow, digits [][]int, yes string) float64 {
	w := 7.0
	for _, word := range strings.Fields(col.Header) {
		w = max(w, float64(len([]rune(word)))*1.3+1) // bold
	}
	for _, word := range strings.Fields(col.Measure) {
		w = max(w, float64(len([]rune(word)))+1)
	}
	for i, r := range rows {
		switch v := r.vals[c].(type) {
		case float64:
			var n int
			switch col.Kind {
			case Count:
				n = len(strconv.FormatFloat(math.Abs(math.Round(v)), 'f', 0, 64))
				n += (n - 1) / 3 // the thousands' dots
			case YesNo:
				n = len(strconv.FormatFloat(v, 'f', 0, 64)) + 1 + len([]rune(yes))
			case Share:
				n = len(strconv.FormatFloat(v, 'f', max(1, digits[i][c]), 64)) + 1
			default:
				n = len(strconv.FormatFloat(v, 'f', max(2, digits[i][c]), 64)) + 2
			}
			w = max(w, float64(n)+2)
		case string:
			w = max(w, min(float64(len([]rune(v)))+1, 16))
		}
	}
	return w
}

// lines is how many lines text takes wrapped at its words in a cell of
// width characters (bold letters are wider).
func lines(text string, width float64, bold bool) int {
	// Measured on LibreOffice's print of Times New Roman's metric twin:
	// a cell's padding takes about a character, and bold letters are
	// wider than the digit a width counts.
	perLine := (width - 1) * 1.2
	if bold {
		perLine = (width - 1.2) * 1.05
	}
	n, cur := 1, 0.0
	for _, w := range strings.Fields(text) {
		l := float64(len([]rune(w)))
		switch {
		case cur == 0:
			cur = l
		case cur+1+l <= perLine:
			cur += 1 + l
		default:
			n++
			cur = l
		}
		for cur > perLine { // a word longer than the line breaks anywhere
			n++
			cur -= perLine
		}
	}
	return n
}

func writeDocument(f *excelize.File, st *styler, d *Document) error {
	w := &docWriter{f: f, st: st, sheet: d.Sheet}
	nCols := fixedCols + len(d.Columns) + 1
	last := d.lastCol()
	rows := d.layout()
	digits := d.cellDigits(rows)
	widths := []float64{widthNo, widthUnit, widthCode}
	for c, col := range d.Columns {
		widths = append(widths, figureWidth(col, c, rows, digits, d.Yes))
	}
	widths = append(widths, widthNote)
	for _, r := range rows {
		widths[nCols-1] = max(widths[nCols-1], float64(len([]rune(r.note)))+1)
	}
	// A table of few figures is narrower than the agency block and the
	// national heading side by side: its name and figure columns share
	// the difference, or the headings would be cut.
	total := 0.0
	for _, wd := range widths {
		total += wd
	}
	if need := float64(agencyChars + headingChars + headingGap); total < need {
		add := (need - total) / float64(len(d.Columns)+1)
		widths[1] += add
		for c := range d.Columns {
			widths[fixedCols+c] += add
		}
	}
	for i, wd := range widths {
		n, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(d.Sheet, n, n, wd); err != nil {
			return err
		}
	}
	span := func(c1, c2 int) float64 {
		t := 0.0
		for c := c1; c <= c2; c++ {
			t += widths[c-1]
		}
		return t
	}
	height := func(row int, h float64) {
		if w.err == nil {
			w.err = f.SetRowHeight(d.Sheet, row, h)
		}
	}

	// The heading (Nghị định 30/2020, Phụ lục I): the agency on the left
	// over the first columns, the national heading on the right over as
	// many columns as it needs; under them the number on the left, the
	// place and date on the right.
	right := nCols + 1
	for sp := 0.0; right > fixedCols+2 && sp < headingChars; {
		right--
		sp += widths[right-1]
	}
	leftEnd := fixedCols
	for sp := float64(widthNo + widthUnit + widthCode); leftEnd+1 < right && sp < agencyChars; leftEnd++ {
		sp += widths[leftEnd]
	}
	if right <= leftEnd {
		right = leftEnd + 1
	}
	w.merged(right, nCols, rowFormNo, d.FormNo, look{italic: true, size: sizeSmall, h: "right"})
	w.merged(1, leftEnd, rowAgency, d.Agency[0], look{size: sizeHeading, h: "center"})
	w.merged(1, leftEnd, rowAgency+1, d.Agency[1], look{bold: true, size: sizeHeading, h: "center", wrap: true})
	w.merged(1, leftEnd, rowAgency+2, "────────", look{size: sizeHeading, h: "center", v: "top"})
	w.merged(right, nCols, rowAgency, d.Nation[0], look{bold: true, size: sizeHeading, h: "center"})
	w.merged(right, nCols, rowAgency+1, d.Nation[1], look{bold: true, size: sizeHeading, h: "center"})
	w.merged(right, nCols, rowAgency+2, "────────────────", look{size: sizeHeading, h: "center", v: "top"})
	w.merged(1, leftEnd, rowNumber, d.Number, look{size: sizeHeading, h: "center"})
	w.merged(right, nCols, rowNumber, d.PlaceDate, look{italic: true, size: sizeHeading, h: "center", wrap: true})
	height(rowAgency+1, float64(lines(d.Agency[1], span(1, leftEnd)*11/sizeHeading, true))*17+2)
	height(rowNumber, float64(max(1, lines(d.PlaceDate, span(right, nCols)*11/sizeHeading, false)))*17+2)
	all := span(1, nCols)
	w.merged(1, nCols, rowTitle, upper(d.Title), look{bold: true, size: sizeTitle, h: "center", wrap: true})
	height(rowTitle, float64(lines(upper(d.Title), all*11/sizeTitle, true))*19+2)
	w.merged(1, nCols, rowSubject, d.Subject, look{bold: true, size: sizeHeading, h: "center", wrap: true})
	height(rowSubject, float64(lines(d.Subject, all*11/sizeHeading, true))*17+2)
	w.merged(1, nCols, rowPeriod, d.Period, look{italic: true, size: sizeHeading, h: "center", wrap: true})
	height(rowPeriod, float64(lines(d.Period, all*11/sizeHeading, false))*17+2)

	// The table's guide rows.
	head := look{bold: true, h: "center", wrap: true, border: true}
	guide := look{italic: true, h: "center", wrap: true, border: true}
	fixed := []string{d.Head.No, d.Head.Unit, d.Head.Code}
	letters := []string{"A", "B", "C"}
	for i, h := range fixed {
		w.put(i+1, rowHeader, h, head)
		w.put(i+1, rowNumbers, letters[i], guide)
	}
	w.put(1, rowMeasure, nil, guide)
	w.put(2, rowMeasure, d.Head.Measure, guide)
	w.put(3, rowMeasure, nil, guide)
	headLines, measureLines := 1, 1
	for i, h := range fixed {
		headLines = max(headLines, lines(h, widths[i], true))
	}
	for c, col := range d.Columns {
		w.put(fixedCols+1+c, rowHeader, col.Header, head)
		w.put(fixedCols+1+c, rowMeasure, col.Measure, guide)
		w.put(fixedCols+1+c, rowNumbers, "("+strconv.Itoa(c+1)+")", guide)
		headLines = max(headLines, lines(col.Header, widths[fixedCols+c], true))
		measureLines = max(measureLines, lines(col.Measure, widths[fixedCols+c], false))
	}
	w.put(nCols, rowHeader, d.Head.Note, head)
	w.put(nCols, rowMeasure, nil, guide)
	w.put(nCols, rowNumbers, "D", guide)
	height(rowHeader, float64(headLines)*lineHeight+4)
	if measureLines > 1 {
		height(rowMeasure, float64(measureLines)*lineHeight+2)
	}

	// The rows: total, groups, units.
	end := rowFirst
	for ri, r := range rows {
		end = r.excelRow
		bold := r.kind != kindUnit
		text := look{bold: bold, border: true, wrap: true}
		center := look{bold: bold, border: true, h: "center"}
		nameLines := 1
		switch r.kind {
		case kindTotal:
			w.put(1, r.excelRow, nil, center)
			w.merged(2, 3, r.excelRow, upper(r.name), look{bold: true, border: true, h: "center"})
		case kindGroup:
			// A group's name has the code's column too: a cluster's long
			// name then takes two lines, not three.
			w.put(1, r.excelRow, r.no, center)
			w.merged(2, 3, r.excelRow, r.name, text)
			nameLines = lines(r.name, widths[1]+widths[2], true)
		default:
			w.put(1, r.excelRow, r.no, center)
			w.put(2, r.excelRow, r.name, text)
			w.put(3, r.excelRow, nilIfEmpty(r.code), center)
			nameLines = lines(r.name, widths[1], false)
		}
		for c, col := range d.Columns {
			l := look{bold: bold, border: true, numFmt: numFmt(col.Kind, digits[ri][c]), h: "right"}
			if col.Kind == YesNo {
				l.h = "center"
				if r.kind != kindUnit {
					l.numFmt = `#,##0" ` + d.Yes + `"`
				}
			}
			if col.Kind == Text {
				l.wrap, l.h = true, ""
			}
			if fm := r.formulas[c]; fm != "" {
				w.formula(fixedCols+1+c, r.excelRow, fm, l)
				continue
			}
			var v any
			switch x := r.vals[c].(type) {
			case bool:
				v = d.No
				if x {
					v = d.Yes
				}
			default:
				v = x
			}
			if r.missing || (r.kind != kindUnit && v == nil) {
				v = nilIfEmpty(d.Missing)
			}
			if s, ok := v.(string); ok && col.Kind == Text {
				nameLines = max(nameLines, lines(s, widths[fixedCols+c], bold))
			}
			w.put(fixedCols+1+c, r.excelRow, v, l)
		}
		w.put(nCols, r.excelRow, nilIfEmpty(r.note), look{italic: true, border: true, h: "center", wrap: true})
		if nameLines > 1 {
			height(r.excelRow, float64(nameLines)*lineHeight)
		}
	}

	// The notes under the table, then the signatures: the first signer
	// under the first columns, the last under the national heading.
	row := end + 1
	for _, n := range d.Notes {
		w.merged(1, nCols, row, n, look{italic: true, h: "left", wrap: true})
		if k := lines(n, all, false); k > 1 {
			height(row, float64(k)*lineHeight)
		}
		row++
	}
	row++
	blocks := [][2]int{{1, leftEnd}, {right, nCols}}
	if len(d.Signers) == 1 {
		blocks = blocks[1:]
	}
	for i, s := range d.Signers {
		if i >= len(blocks) {
			break
		}
		b := blocks[i]
		w.merged(b[0], b[1], row, upper(s.Title), look{bold: true, size: sizeHeading, h: "center"})
		w.merged(b[0], b[1], row+1, s.Hint, look{italic: true, size: sizeHeading, h: "center"})
		if s.Name != "" {
			w.merged(b[0], b[1], row+5, s.Name, look{bold: true, size: sizeHeading, h: "center"})
		}
	}
	lastRow := row + 5
	if w.err != nil {
		return w.err
	}

	// Print: A4 landscape, one page wide, the guide rows on every page.
	a4, landscape, one, any := 9, "landscape", 1, 0
	if err := f.SetPageLayout(d.Sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &one, FitToHeight: &any}); err != nil {
		return err
	}
	fit, rowH := true, float64(lineHeight)
	if err := f.SetSheetProps(d.Sheet, &excelize.SheetPropsOptions{FitToPage: &fit, DefaultRowHeight: &rowH, CustomHeight: &fit}); err != nil {
		return err
	}
	margin, top := 0.5, 0.6
	if err := f.SetPageMargins(d.Sheet, &excelize.PageLayoutMarginsOptions{Left: &margin, Right: &margin, Top: &top, Bottom: &top, Horizontally: &fit}); err != nil {
		return err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: d.Sheet,
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", d.Sheet, rowHeader, rowNumbers)}); err != nil {
		return err
	}
	if d.PageNumber != "" {
		if err := f.SetHeaderFooter(d.Sheet, &excelize.HeaderFooterOptions{DifferentFirst: true,
			OddHeader: "&C&\"Times New Roman\"&13" + d.PageNumber}); err != nil {
			return err
		}
	}
	grid := false
	if err := f.SetSheetView(d.Sheet, 0, &excelize.ViewOptions{ShowGridLines: &grid}); err != nil {
		return err
	}
	top1 := w.cell(fixedCols, rowFirst)
	if err := f.SetPanes(d.Sheet, &excelize.Panes{Freeze: true, XSplit: fixedCols - 1, YSplit: rowNumbers, TopLeftCell: top1, ActivePane: "bottomRight"}); err != nil {
		return err
	}
	return f.SetSheetDimension(d.Sheet, "A1:"+last+strconv.Itoa(lastRow))
}

// upper writes a heading in capitals (Vietnamese letters included).
func upper(s string) string { return strings.ToUpper(s) }

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
