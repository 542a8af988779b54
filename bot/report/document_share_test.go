package report

import (
	"math"
	"testing"
	"time"
)

// A commune that reported its households but not how many of them are
// "Gia đình văn hóa" has no share of its own ("–", never 0%), and adds
// nothing to its cluster's share: the cluster's share is taken over the
// units that gave both parts, as the digest takes it (flows.Table.Aggregate),
// in the figure the sheet stores and in the formula Excel recomputes.
func TestASharesTotalIsTakenOverTheUnitsThatGaveBothParts(t *testing.T) {
	d := sampleDocument()
	d.Missing = "–"
	// Xã Thạch Lâm (row 17) gives its households but not the recognised ones.
	d.Groups[0].Rows[1].Cells[1] = nil
	data, err := Official(time.UTC, d)
	if err != nil {
		t.Fatal(err)
	}
	f := openDoc(t, data)
	s := "Báo cáo"
	calcIs(t, f, s, "F17", "–")
	// Group 1: Kim Tân alone, 2790/3000 (not 2790/4200 = 66,4%).
	calcNear(t, f, s, "F15", 2790.0/3000*100)
	calcIs(t, f, s, "D15", "4200") // the households still add up
	// The whole: Kim Tân and Thành Tâm, (2790+1)/(3000+1000).
	calcNear(t, f, s, "F14", 2791.0/4000*100)
	// The figure stored for readers that do not recompute is the same.
	rows := d.layout()
	if v, ok := rows[0].vals[2].(float64); !ok || math.Abs(v-2791.0/4000*100) > 1e-9 {
		t.Errorf("the total's stored share is %v, want %v", rows[0].vals[2], 2791.0/4000*100)
	}
	// The clerk types the missing figure: the shares follow.
	if err := f.SetCellValue(s, "E17", 1000); err != nil {
		t.Fatal(err)
	}
	calcNear(t, f, s, "F17", 1000.0/1200*100)
	calcNear(t, f, s, "F15", 3790.0/4200*100)
	calcNear(t, f, s, "F14", 3791.0/5200*100)
}
