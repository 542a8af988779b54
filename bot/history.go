package bot

// /lichsu: a report's versions, who sent each and when, and which answers
// changed (flows.HistoryMessage). An officer sees their own unit's; a
// supervisor any unit under them.

import (
	"strings"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// history: /lichsu [UNIT] [FORM PERIOD].
func (r *request) history(args string) error {
	fields := strings.Fields(args)
	var u *flows.Unit
	var rest []string
	for _, f := range fields {
		if x := r.cfg().Units.Get(f); x != nil && u == nil {
			u = x
			continue
		}
		rest = append(rest, f)
	}
	if u == nil && len(rest) == 1 {
		// One word that is not a unit we know: a mistyped or foreign code.
		r.say(locales.M("access.denied", "unit", locales.Plain(shorten(rest[0], 20))))
		return nil
	}
	if u == nil {
		u = r.ownUnit()
	}
	if u == nil {
		r.say(locales.M("history.usage"))
		return nil
	}
	if !flows.May(r.person, r.cfg().Units, flows.See, u) {
		r.say(locales.M("access.denied", "unit", locales.Plain(shorten(u.Code, 20))))
		return nil
	}
	if !u.IsLeaf() {
		r.say(locales.M("history.not_reporting", "unit", u.Named()))
		return nil
	}
	if len(rest) >= 2 {
		f := r.cfg().Form(rest[0])
		if f == nil {
			r.say(locales.M("pick.not_found", "input", locales.Plain(shorten(rest[0]+" "+rest[1], 40)), "command", locales.Plain("/lichsu")))
			return nil
		}
		p, err := f.Period(rest[1])
		if err != nil {
			r.say(locales.M("pick.not_found", "input", locales.Plain(shorten(rest[0]+" "+rest[1], 40)), "command", locales.Plain("/lichsu")))
			return nil
		}
		if r.cfg().Earlier(p) {
			// Under a reused code that period's history is another unit's.
			r.say(r.cfg().NotYetUnit(u, f, p))
			return nil
		}
		return r.showHistory(f, p, u)
	}
	subs, err := r.recentSubmissions(u, nil)
	if err != nil {
		return err
	}
	switch len(subs) {
	case 0:
		r.say(locales.M("history.nothing", "unit", u.Named()))
		return nil
	case 1:
		return r.showHistory(subs[0].form, subs[0].period, u)
	}
	var rows [][]flows.Button
	for _, s := range subs {
		rows = append(rows, []flows.Button{{
			Label: locales.M("history.choice", "title", s.form.Title, "period", s.period.Label(), "versions", s.sub.Version),
			Data:  "/lichsu " + u.Code + " " + s.form.ID + " " + s.period.Key,
		}})
	}
	r.say(locales.M("history.choose", "unit", u.Named()), rows...)
	return nil
}

func (r *request) showHistory(f *flows.Form, p flows.Period, u *flows.Unit) error {
	versions, err := r.tx.History(f.ID, p.Key, u.Code)
	if err != nil {
		return err
	}
	r.say(flows.HistoryMessage(f, p, u, versions))
	return nil
}
