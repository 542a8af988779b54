package report

// Reading a table back: the rows of a .xlsx workbook's first sheet or of
// a .csv file as text, for `baocao figures import`. A number stored as a
// number in the workbook is written the Vietnamese way (1234,5), so that
// the chat's reader, which takes "1.234" for a thousands group, reads
// exactly the figure the cell holds.

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// ReadTable returns the rows of the file named name (by its extension:
// .csv, else a workbook).
func ReadTable(name string, data []byte) ([][]string, error) {
	if strings.EqualFold(filepath.Ext(name), ".csv") {
		return readCSV(data)
	}
	return readXLSX(data)
}

func readCSV(data []byte) ([][]string, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("report.ReadTable: %w", err)
	}
	return rows, nil
}

func readXLSX(data []byte) ([][]string, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("report.ReadTable: %w", err)
	}
	defer f.Close()
	sheet := f.GetSheetName(0)
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, fmt.Errorf("report.ReadTable: %w", err)
	}
	for i, row := range rows {
		for j, v := range row {
			if !strings.Contains(v, ".") && !strings.ContainsAny(v, "eE") {
				continue
			}
			x, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if t, _ := f.GetCellType(sheet, cell); t == excelize.CellTypeNumber || t == excelize.CellTypeUnset {
				rows[i][j] = strings.Replace(strconv.FormatFloat(x, 'f', -1, 64), ".", ",", 1)
			}
		}
	}
	return rows, nil
}
