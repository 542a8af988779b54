package api

import (
	"strconv"

	"github.com/baocao/baocao/locales"
)

// Period is one period of a form, with its dates (Asia/Ho_Chi_Minh).
type Period struct {
	Key   string       `json:"key"` // "2026-11", "2026-Q4", "2026-H1", "2026"
	Label locales.Text `json:"label"`
	// Start is the first day, End the last; Opens when officers may start,
	// Deadline the last day on time, Locks the last day a report may still
	// be changed.
	Start    string `json:"start"`
	End      string `json:"end"`
	Opens    string `json:"opens"`
	Deadline string `json:"deadline"`
	Locks    string `json:"locks"`
	Open     bool   `json:"open"` // officers may report it now
	// EarlierEra is true for a period of an era before today's units: its
	// reports are under the old units' codes, and today's units' figures
	// of it are computed sums (see /units).
	EarlierEra bool `json:"earlier_era"`
}

// MaxPeriods caps /periods?n=.
const MaxPeriods = 120

// periods: GET /api/v1/periods?form=ID[&n=24] — the form's latest periods
// that have opened, newest first.
func (c *call) periods() (any, *table, error) {
	f, err := c.form()
	if err != nil {
		return nil, nil, err
	}
	n := 24
	if s := c.r.URL.Query().Get("n"); s != "" {
		if n, err = strconv.Atoi(s); err != nil || n < 1 || n > MaxPeriods {
			return nil, nil, errBadRequest("api.bad_n", "max", MaxPeriods)
		}
	}
	open := map[string]bool{}
	for _, p := range f.OpenPeriods(c.now) {
		open[p.Key] = true
	}
	out := []Period{}
	t := &table{head: []string{"key", "label_vi", "start", "end", "opens", "deadline", "locks", "open", "earlier_era"}}
	for _, p := range f.RecentPeriods(c.now, n) {
		last := p.End.AddDate(0, 0, -1)
		x := Period{Key: p.Key, Label: locales.Text{locales.VI: locales.Render(locales.VI, p.Label()), locales.EN: locales.Render(locales.EN, p.Label())},
			Start: *day(p.Start), End: *day(last), Opens: *day(p.Opens), Deadline: *day(p.Deadline.Add(-1)), Locks: *day(p.Locks.Add(-1)),
			Open: open[p.Key], EarlierEra: c.h.Config.Earlier(p)}
		out = append(out, x)
		t.add(x.Key, x.Label[locales.VI], x.Start, x.End, x.Opens, x.Deadline, x.Locks, yes(x.Open), yes(x.EarlierEra))
	}
	return map[string]any{"form": f.ID, "periods": out}, t, nil
}
