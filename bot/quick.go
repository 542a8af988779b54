package bot

import (
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// quick: /nhanh ho=2345 gdvh=2100 … — fill answers of the open report in
// one message. Without a draft it starts the one report that is open.
func (r *request) quick(args string) error {
	s, err := r.tx.Session(r.person.ID)
	if err != nil && !isNotFound(err) {
		return err
	}
	var f *flows.Form
	if err == nil {
		var ok bool
		if f, ok = r.draftForm(s); !ok {
			s = nil
		}
	} else {
		s = nil
	}
	if s == nil {
		units, ok := r.unitsNamed("")
		if !ok {
			return nil
		}
		var open []unitReport
		for _, u := range units {
			reports, err := r.open(u, false)
			if err != nil {
				return err
			}
			for _, o := range reports {
				open = append(open, unitReport{o, u})
			}
		}
		if len(open) == 0 {
			return r.nothingOpen(units[0])
		}
		pick, ok := formForKeys(open, flows.ParseQuick(args))
		if !ok {
			r.say(locales.M("quick.choose_first"))
			return nil
		}
		f = pick.form
		s = flows.NewSession(f, pick.period, pick.unit.Code, r.now)
	}
	pairs := flows.ParseQuick(args)
	if len(pairs) == 0 {
		r.say(locales.M("quick.usage", "title", f.Title, "keys", f.QuickKeys(r.lang)))
		return r.tx.PutSession(r.person.ID, s)
	}
	s.Paused = false
	return r.apply(f, s, s.Quick(f, pairs, r.context(f, s)))
}

// formForKeys picks the open report that the typed keys belong to: the only
// one open, or the one that knows the most of the keys, if that is unique
// (an officer of two communes is asked to choose with /baocao first).
func formForKeys(open []unitReport, pairs []flows.QuickPair) (unitReport, bool) {
	if len(open) == 1 {
		return open[0], true
	}
	best, bestN, tie := unitReport{}, 0, false
	for _, o := range open {
		n := 0
		for _, p := range pairs {
			if o.form.Question(p.Key) != nil {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = o, n, false
		case n == bestN:
			tie = true
		}
	}
	return best, bestN > 0 && !tie
}
