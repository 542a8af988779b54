package report

import (
	"sort"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// Progress is the chart of how many units reported by each day: it counts
// first submissions by calendar day in Vietnam, cumulated. Figures
// imported from a file were not reported on the day they were imported
// (a year's figures loaded in one afternoon would draw a cliff that never
// happened): they are counted in Imported, beside the line, not on it.
func Progress(t *flows.Table, first map[string]time.Time) ProgressChart {
	byDay := map[time.Time]int{}
	imported := 0
	for code, s := range t.Subs {
		if s.Imported != nil {
			imported++
			continue
		}
		at := s.At
		if f, ok := first[code]; ok {
			at = f
		}
		at = at.In(locales.Zone)
		byDay[time.Date(at.Year(), at.Month(), at.Day(), 0, 0, 0, 0, locales.Zone)]++
	}
	var days []time.Time
	for d := range byDay {
		days = append(days, d)
	}
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })
	c := ProgressChart{Imported: imported, DateFormat: func(t time.Time) string { return t.In(locales.Zone).Format("02/01") }}
	total := 0
	for _, d := range days {
		total += byDay[d]
		c.Days = append(c.Days, d)
		c.Cumulative = append(c.Cumulative, total)
	}
	return c
}
