package report

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A workbook's number cells come back the Vietnamese way, exactly as held
// (1.234 stored as a number is one point two three four, not 1234); text
// cells as typed; a CSV's byte-order mark is dropped.
func TestReadTableGivesCellsAsTheReaderReadsThem(t *testing.T) {
	x := excelize.NewFile()
	x.SetSheetRow("Sheet1", "A1", &[]any{"Mã", "tong_ho", "dien_tich", "ty_le"})
	x.SetSheetRow("Sheet1", "A2", &[]any{"15187", 32657, 1.234, 93.1})
	x.SetSheetRow("Sheet1", "A3", &[]any{"15190", "32.657", "1,5", "93,1%"})
	var buf bytes.Buffer
	if err := x.Write(&buf); err != nil {
		t.Fatal(err)
	}
	rows, err := ReadTable("a.xlsx", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"Mã", "tong_ho", "dien_tich", "ty_le"}, {"15187", "32657", "1,234", "93,1"}, {"15190", "32.657", "1,5", "93,1%"}}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("xlsx rows %q, want %q", rows, want)
	}
	rows, err = ReadTable("a.CSV", []byte("\uFEFFMã,tong_ho\n15187,\"32.657\"\n"))
	if err != nil || !reflect.DeepEqual(rows, [][]string{{"Mã", "tong_ho"}, {"15187", "32.657"}}) {
		t.Errorf("csv rows %q, %v", rows, err)
	}
	if _, err := ReadTable("a.xlsx", []byte("not a workbook")); err == nil {
		t.Error("a file that is no workbook was read")
	}
}
