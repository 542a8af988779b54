package flows

// Periods opened by a supervisor outside their dates. A commune that never
// sent its 2023 year report, or a department that wants next month's
// figures early, needs the period open for one unit (or all of a
// supervisor's) without moving the clock: the report then carries its true
// time and a late-entry mark. The opening is a store mark under
// OpeningKey; it serves one submission.

import (
	"time"

	"github.com/baocao/baocao/locales"
)

// OpeningKey is the mark that opens a form's period for one unit.
func OpeningKey(form, period, unit string) string { return "open/" + form + "/" + period + "/" + unit }

// OpenableKeys lists the keys of the form's recent periods that a
// supervisor might have opened at now (the last years' worth, and the next
// one): what /baocao checks for marks besides the periods open by date.
func (f *Form) OpenableKeys(now time.Time) []Period {
	n := map[PeriodKind]int{Monthly: 24, Quarterly: 12, HalfYear: 8, FirstHalf: 5, Yearly: 5}[f.Every]
	var out []Period
	p := f.Next(f.PeriodAt(now))
	for i := 0; i <= n; i++ {
		out = append(out, p)
		p = f.Previous(p)
	}
	return out
}

// NotOpen says why period p of f takes no report at now: it opens on a
// later date, or it closed on a date and a supervisor can open it again.
func (f *Form) NotOpen(p Period, now time.Time) locales.Msg {
	if now.Before(p.Opens) {
		return locales.M("opening.not_yet", "title", f.Title, "period", p.Label(), "opens", locales.Date(p.Opens),
			"deadline", locales.Date(p.LastDeadlineDay()), "form", locales.Plain(f.ID), "key", locales.Plain(p.Key))
	}
	return locales.M("opening.closed", "title", f.Title, "period", p.Label(), "locked", locales.Date(p.LastLockDay()),
		"form", locales.Plain(f.ID), "key", locales.Plain(p.Key))
}
