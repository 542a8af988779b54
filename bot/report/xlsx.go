package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"image"
	_ "image/jpeg" // photos sent from phones
	_ "image/png"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Kind is how a column's values are stored and formatted.
type Kind int

const (
	Text          Kind = iota // a string
	Count                     // a whole number, shown 32.657 (#,##0)
	Share                     // a percentage stored as 93.1, shown 93,1% (0.0"%")
	Decimal                   // a number with decimals (#,##0.00)
	Moment                    // a time, shown dd/mm/yyyy hh:mm in Vietnam's zone
	YesNo                     // yes or no, written in words; a total counts the yeses
	Change                    // a change of a count with its sign, +12 or −365
	ChangeShare               // a change of a share in points, +2,4 (one decimal, as the share)
	ChangeDecimal             // a change of a decimal figure, +1,57 (two decimals, as the figure)
)

// Column is one column of a sheet.
type Column struct {
	Header string
	Kind   Kind
	Width  float64 // in characters; 0 picks one from the kind
	Wrap   bool    // long texts wrap inside the column
}

// Fixed is a figure shown with its own number of decimals instead of its
// column's usual ones: a row of the year sheet whose change must read as
// the difference of its two figures (flows.CompareDigits). The cell keeps
// the exact value; only the format changes.
type Fixed struct {
	Value  float64
	Digits int
}

// numFmt is the column kind's number format with d decimals (d ≤ 0: the
// kind's usual format).
func numFmt(k Kind, d int) string {
	if d <= 0 {
		return numFmts[k]
	}
	dec := "0." + strings.Repeat("0", d)
	switch k {
	case Share:
		return dec + `"%"`
	case Decimal:
		return "#,##" + dec
	case ChangeShare, ChangeDecimal:
		return "+" + dec + ";-" + dec + ";" + dec
	}
	return numFmts[k]
}

// Sheet is a table: a header row and rows of cells. A cell is nil (empty),
// a string, a float64, an int or a time.Time.
type Sheet struct {
	Name    string
	Columns []Column
	Rows    [][]any
	// Frozen is how many leading columns stay in view when scrolling right
	// (the unit's code and name); the header row always stays.
	Frozen int
}

var numFmts = map[Kind]string{
	Count:   "#,##0",
	Share:   `0.0"%"`,
	Decimal: "#,##0.00",
	Moment:  "dd/mm/yyyy hh:mm",
	// A change shows the decimals of the figures it is the change of, so
	// 82,7% against 80,3% reads +2,4, not +2,36. (A "0.##" format would
	// leave Excel printing "+1." for a whole change.)
	Change:        "+#,##0;-#,##0;0",
	ChangeShare:   "+0.0;-0.0;0.0",
	ChangeDecimal: "+#,##0.00;-#,##0.00;0.00",
}

// Picture is an image in a sheet's cell (a photo sent as evidence),
// scaled to a thumbnail.
type Picture struct {
	Data []byte
	Ext  string // ".jpg", ".png"
	Alt  string // written in the cell instead when there are no readable bytes
}

// Link is a text that opens an address (a voice note played in the web
// view); a CSV writes the text and the address.
type Link struct {
	Text, URL string
}

// Column.Wrap and row heights: a column of long texts wraps; a row with a
// picture is as tall as its thumbnail.
const (
	thumbHeightPx = 160
	thumbRowPt    = 124
)

// XLSX writes the sheets into one workbook.
func XLSX(zone *time.Location, sheets ...Sheet) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetDefaultFont(Font); err != nil {
		return nil, fmt.Errorf("report.XLSX: %w", err)
	}
	st := &styler{f: f, cache: map[look]int{}}
	for i, s := range sheets {
		var err error
		if i == 0 {
			err = f.SetSheetName("Sheet1", s.Name)
		} else {
			_, err = f.NewSheet(s.Name)
		}
		if err == nil {
			err = writeSheet(f, st, s, zone)
		}
		if err != nil {
			return nil, fmt.Errorf("report.XLSX %s: %w", s.Name, err)
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, fmt.Errorf("report.XLSX: %w", err)
	}
	return buf.Bytes(), nil
}

// portraitChars is the widest sheet (in characters) printed upright: an
// A4 page's width takes about 100 at full size, and a list may shrink to
// four fifths of it.
const portraitChars = 125

// colWidth is a column's width as the sheet sets it.
func colWidth(col Column) float64 {
	if col.Width != 0 {
		return col.Width
	}
	return map[Kind]float64{Text: 28, Count: 14, Share: 12, Decimal: 14, Moment: 18, YesNo: 10, Change: 14, ChangeShare: 14, ChangeDecimal: 14}[col.Kind]
}

// headerLines is about how many lines a bold header wraps to in a column
// of width wd characters (a bold letter is a little wider than the width's
// unit), at most four.
func headerLines(h string, wd float64) int {
	per := max(1, int(wd*0.9))
	n := (utf8.RuneCountInString(h) + per - 1) / per
	return min(max(n, 1), 4)
}

// sheetWidth is the sum of a sheet's column widths.
func sheetWidth(s Sheet) float64 {
	w := 0.0
	for _, c := range s.Columns {
		w += colWidth(c)
	}
	return w
}

func writeSheet(f *excelize.File, st *styler, s Sheet, zone *time.Location) error {
	w := &docWriter{f: f, st: st, sheet: s.Name}
	head := look{bold: true, fill: "DDEBF7", wrap: true, border: true, h: "center"}
	lines := 1 // the header's wrapped lines: Excel does not grow a row for them
	for c, col := range s.Columns {
		name, _ := excelize.ColumnNumberToName(c + 1)
		w.put(c+1, 1, col.Header, head)
		wd := colWidth(col)
		if w.err == nil {
			w.err = f.SetColWidth(s.Name, name, name, wd)
		}
		lines = max(lines, headerLines(col.Header, wd))
	}
	if lines > 1 && w.err == nil {
		w.err = f.SetRowHeight(s.Name, 1, float64(15*lines))
	}
	for r, row := range s.Rows {
		tall := false
		for c, v := range row {
			if c >= len(s.Columns) {
				break
			}
			col := s.Columns[c]
			l := look{border: true, wrap: col.Wrap, numFmt: numFmts[col.Kind], v: "top"}
			switch x := v.(type) {
			case time.Time:
				// Excel has no zones: store the wall-clock time in Vietnam.
				w.put(c+1, r+2, wallClock(x.In(zone)), l)
			case int:
				w.put(c+1, r+2, float64(x), l)
			case Fixed:
				l.numFmt = numFmt(col.Kind, x.Digits)
				w.put(c+1, r+2, x.Value, l)
			case Picture:
				w.put(c+1, r+2, nilIfEmpty(x.Alt), l)
				if w.err == nil && len(x.Data) > 0 && readable(x.Data) {
					w.err = addThumb(f, s.Name, w.cell(c+1, r+2), x)
					tall = true
				}
			case Link:
				w.put(c+1, r+2, x.Text, l)
				if w.err == nil {
					w.err = f.SetCellHyperLink(s.Name, w.cell(c+1, r+2), x.URL, "External")
				}
			case nil, string, float64:
				w.put(c+1, r+2, x, l)
			default:
				w.put(c+1, r+2, fmt.Sprint(x), l)
			}
		}
		// Excel does not grow a row for wrapped text written by a program:
		// give it the lines its longest wrapped cell needs.
		height := 0.0
		for c, v := range row {
			str, ok := v.(string)
			if l, isLink := v.(Link); isLink {
				str, ok = l.Text, true
			}
			if ok && c < len(s.Columns) && s.Columns[c].Wrap {
				height = max(height, wrappedHeight(str, s.Columns[c].Width))
			}
		}
		if tall {
			height = max(height, thumbRowPt)
		}
		if height > 0 && w.err == nil {
			w.err = f.SetRowHeight(s.Name, r+2, height)
		}
	}
	if w.err != nil {
		return w.err
	}
	lastCol, _ := excelize.ColumnNumberToName(max(1, len(s.Columns)))
	if err := f.SetSheetDimension(s.Name, "A1:"+lastCol+strconv.Itoa(len(s.Rows)+1)); err != nil {
		return err
	}
	// A narrow list (the reporting status) prints upright: about half as
	// many pages again fit its rows as on a page turned sideways.
	a4, orientation, one, zero := 9, "landscape", 1, 0
	if sheetWidth(s) <= portraitChars {
		orientation = "portrait"
	}
	if err := f.SetPageLayout(s.Name, &excelize.PageLayoutOptions{Size: &a4, Orientation: &orientation, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(s.Name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: s.Name, RefersTo: fmt.Sprintf("'%s'!$1:$1", s.Name)}); err != nil {
		return err
	}
	top, _ := excelize.CoordinatesToCellName(s.Frozen+1, 2)
	return f.SetPanes(s.Name, &excelize.Panes{Freeze: true, XSplit: s.Frozen, YSplit: 1, TopLeftCell: top, ActivePane: "bottomRight"})
}

// wrappedHeight estimates the height in points of text wrapped in a
// column of width characters (11 pt Times New Roman: about 1.15
// characters per unit of width, 15 pt a line).
func wrappedHeight(text string, width float64) float64 {
	if width <= 0 {
		width = 28
	}
	perLine := int(width * 1.15)
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		lines += max(1, (len([]rune(para))+perLine-1)/perLine)
	}
	return float64(min(lines, 26)) * 15
}

// readable reports whether the bytes are an image this package can size.
func readable(data []byte) bool {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	return err == nil && cfg.Height > 0 && cfg.Width > 0
}

// addThumb embeds a picture in a cell, scaled to thumbHeightPx high.
func addThumb(f *excelize.File, sheet, cell string, p Picture) error {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(p.Data))
	if err != nil || cfg.Height == 0 {
		return nil
	}
	if err := f.SetCellStr(sheet, cell, ""); err != nil {
		return err
	}
	scale := float64(thumbHeightPx) / float64(cfg.Height)
	ext := p.Ext
	if ext == "" {
		ext = ".jpg"
	}
	return f.AddPictureFromBytes(sheet, cell, &excelize.Picture{Extension: ext, File: p.Data,
		Format: &excelize.GraphicOptions{ScaleX: scale, ScaleY: scale, OffsetX: 4, OffsetY: 4, Positioning: "oneCell"}})
}

// wallClock drops the zone, keeping the time as it reads on a wall clock.
func wallClock(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}

// CSV writes one sheet as comma-separated values with a UTF-8 byte-order
// mark (so Excel reads Vietnamese correctly). Numbers are exact, with a
// dot as the decimal mark and no grouping, so any program can read them
// back (exact: never three decimals alone, which would read as thousands).
func CSV(zone *time.Location, s Sheet) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	w := csv.NewWriter(&buf)
	head := make([]string, len(s.Columns))
	for i, c := range s.Columns {
		head[i] = c.Header
	}
	w.Write(head)
	rec := make([]string, len(s.Columns))
	for _, row := range s.Rows {
		for i := range rec {
			rec[i] = ""
			if i >= len(row) {
				continue
			}
			switch x := row[i].(type) {
			case nil:
			case string:
				rec[i] = x
			case Link:
				rec[i] = x.Text + " " + x.URL
			case float64:
				rec[i] = exact(x)
			case Fixed:
				rec[i] = exact(x.Value) // the exact figure, not as shown
			case int:
				rec[i] = strconv.Itoa(x)
			case time.Time:
				rec[i] = x.In(zone).Format("2006-01-02 15:04")
			default:
				rec[i] = fmt.Sprint(x)
			}
		}
		w.Write(rec)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, fmt.Errorf("report.CSV: %w", err)
	}
	return buf.Bytes(), nil
}
