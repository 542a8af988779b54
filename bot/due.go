package bot

import (
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// openByDeadline lists every form's open periods, the one due first first
// (/hanchot reads them in this order).
func openByDeadline(forms []*flows.Form, now time.Time) []openReport {
	var out []openReport
	for _, f := range forms {
		for _, p := range f.OpenPeriods(now) {
			out = append(out, openReport{f, p})
		}
	}
	flows.ByDeadline(out, func(o openReport) flows.Period { return o.period })
	return out
}

// deadlineWords is a deadline as a list prints it: the date, or "hôm nay
// (20/12/2026)" and "20/12/2026, đã quá hạn" while something is still
// missing (done says nothing is; a sent report's deadline needs no alarm).
func deadlineWords(p flows.Period, now time.Time, done bool) locales.Msg {
	date := locales.Date(p.LastDeadlineDay())
	if done {
		return locales.M("deadlines.date", "date", date)
	}
	switch p.UrgencyAt(now) {
	case flows.DueToday:
		return locales.M("deadlines.date_today", "date", date)
	case flows.Overdue:
		return locales.M("deadlines.date_overdue", "date", date)
	}
	return locales.M("deadlines.date", "date", date)
}
