package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"
)

// Kind is how a column's values are stored and formatted.
type Kind int

const (
	Text    Kind = iota // a string
	Count               // a whole number, shown 32.657 (#,##0)
	Share               // a percentage stored as 93.1, shown 93,1% (0.0"%")
	Decimal             // a number with decimals (#,##0.00)
	Moment              // a time, shown dd/mm/yyyy hh:mm in Vietnam's zone
)

// Column is one column of a sheet.
type Column struct {
	Header string
	Kind   Kind
	Width  float64 // in characters; 0 picks one from the kind
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
}

// XLSX writes the sheets into one workbook.
func XLSX(zone *time.Location, sheets ...Sheet) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	header, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"},
		Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
	})
	if err != nil {
		return nil, fmt.Errorf("report.XLSX: %w", err)
	}
	styles := map[Kind]int{}
	for k, code := range numFmts {
		code := code
		if styles[k], err = f.NewStyle(&excelize.Style{CustomNumFmt: &code}); err != nil {
			return nil, fmt.Errorf("report.XLSX: %w", err)
		}
	}
	for i, s := range sheets {
		if i == 0 {
			err = f.SetSheetName("Sheet1", s.Name)
		} else {
			_, err = f.NewSheet(s.Name)
		}
		if err == nil {
			err = writeSheet(f, s, header, styles, zone)
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

func writeSheet(f *excelize.File, s Sheet, header int, styles map[Kind]int, zone *time.Location) error {
	for c, col := range s.Columns {
		name, _ := excelize.ColumnNumberToName(c + 1)
		if err := f.SetCellStr(s.Name, name+"1", col.Header); err != nil {
			return err
		}
		w := col.Width
		if w == 0 {
			w = map[Kind]float64{Text: 28, Count: 14, Share: 12, Decimal: 14, Moment: 18}[col.Kind]
		}
		if err := f.SetColWidth(s.Name, name, name, w); err != nil {
			return err
		}
		if st, ok := styles[col.Kind]; ok && len(s.Rows) > 0 {
			if err := f.SetCellStyle(s.Name, name+"2", name+strconv.Itoa(len(s.Rows)+1), st); err != nil {
				return err
			}
		}
	}
	last, _ := excelize.ColumnNumberToName(max(1, len(s.Columns)))
	if err := f.SetCellStyle(s.Name, "A1", last+"1", header); err != nil {
		return err
	}
	for r, row := range s.Rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+2)
			var err error
			switch x := v.(type) {
			case nil:
				continue
			case string:
				err = f.SetCellStr(s.Name, cell, x)
			case float64:
				err = f.SetCellFloat(s.Name, cell, x, -1, 64)
			case int:
				err = f.SetCellInt(s.Name, cell, int64(x))
			case time.Time:
				// Excel has no zones: store the wall-clock time in Vietnam.
				err = f.SetCellValue(s.Name, cell, wallClock(x.In(zone)))
			default:
				err = f.SetCellStr(s.Name, cell, fmt.Sprint(x))
			}
			if err != nil {
				return err
			}
		}
	}
	top, _ := excelize.CoordinatesToCellName(s.Frozen+1, 2)
	return f.SetPanes(s.Name, &excelize.Panes{Freeze: true, XSplit: s.Frozen, YSplit: 1, TopLeftCell: top, ActivePane: "bottomRight"})
}

// wallClock drops the zone, keeping the time as it reads on a wall clock.
func wallClock(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}

// CSV writes one sheet as comma-separated values with a UTF-8 byte-order
// mark (so Excel reads Vietnamese correctly). Numbers use a dot as the
// decimal mark and no grouping, so any program can read them back.
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
			case float64:
				rec[i] = strconv.FormatFloat(x, 'f', -1, 64)
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
