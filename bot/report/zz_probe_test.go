package report

import (
	"os"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestZZProbe(t *testing.T) {
	for _, name := range strings.Fields(os.Getenv("ZZFILES")) {
		f, err := excelize.OpenFile(name)
		if err != nil {
			t.Skip()
		}
		s := f.GetSheetName(0)
		rows, _ := f.GetRows(s)
		n := 0
		for r := range rows {
			for c := range rows[r] {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				id, _ := f.GetCellStyle(s, cell)
				st, _ := f.GetStyle(id)
				if st.CustomNumFmt != nil && strings.Contains(*st.CustomNumFmt, "0.00") && !strings.HasPrefix(*st.CustomNumFmt, "#,##0.00") {
					v, _ := f.CalcCellValue(s, cell)
					n++
					if n < 30 {
						t.Logf("%s %s %s %s", name, cell, rows[r][1], v)
					}
				}
			}
		}
		t.Logf("%s: %d cells with more decimals", name, n)
	}
}
