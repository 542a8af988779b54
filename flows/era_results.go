package flows

import (
	"strings"

	"github.com/baocao/baocao/locales"
)

// EraResults says what /ketqua shows of today's commune u for a period p
// of an earlier era, the same way for every commune made of old units:
// its result is the sum of the old units merged whole into it, and
// either that sum is shown (gap false: the note goes under the standing)
// or it cannot be made and the message says why (gap true: the message
// replaces the standing). ok is false for a commune the reform left as it
// was: its own report is its result, with nothing to explain.
func (c *Config) EraResults(u *Unit, f *Form, p Period, old map[string]*Submission) (m locales.Msg, gap, ok bool) {
	if !merged(u) {
		return locales.Msg{}, false, false
	}
	var names []string
	for _, code := range append(append([]string(nil), u.Formerly...), u.Partly...) {
		name := c.OldUnit(code, c.EraUntil(p)).Name
		if name == "" {
			name = code
		}
		names = append(names, name+" ("+code+")")
	}
	args := []any{"title", f.Title, "period", p.Label(), "unit", u.Named(), "since", locales.Date(c.EraStart()),
		"count", len(u.Formerly) + len(u.Partly), "old", locales.Plain(strings.Join(names, ", ")),
		"form", locales.Plain(f.ID), "key", locales.Plain(p.Key)}
	gaps := c.EraGaps(u, old)
	if len(gaps) == 0 {
		return locales.M("era.results_sum", args...), false, true
	}
	g := gaps[0]
	codes := locales.Plain(strings.Join(g.Missing, ", "))
	why := locales.M("era.results_why_missing", "codes", codes)
	if g.Note == PastPartial {
		why = locales.M("era.results_why_partial", "unit", u.Named(), "codes", codes)
	}
	return locales.M("era.results_gap", append(args, "why", why)...), true, true
}
