package bot

// /ketqua: where a unit stands. After every submission the officer gets the
// same reply, so they see at once how the figures they sent compare.

import (
	"strings"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// standingAfterSubmit shows the unit's standing right after a submission:
// only what the officer did not just type (targets, a rank once enough
// units have reported, changes), and nothing when there is none of that.
func (r *request) standingAfterSubmit(f *flows.Form, p flows.Period, sub *flows.Submission) error {
	u := r.cfg().Units.Get(sub.Unit)
	if u == nil || r.cfg().Earlier(p) {
		return nil // an old unit's late entry: today's units rank today's periods
	}
	s, err := standingOf(r.tx, r.cfg(), u, f, p)
	if err != nil {
		return err
	}
	if rep := s.Brief(); rep.Msg.Key != "" {
		r.say(rep.Msg, rep.Buttons...)
	}
	return nil
}

// pick reads "FORM PERIOD [UNIT]" of a command; with fewer words it asks
// which period, with one button per form and recent period, and returns ok
// false. The buttons' data repeat the command with the choice.
func (r *request) pick(command, ask, args string) (f *flows.Form, p flows.Period, unit string, ok bool) {
	fields := strings.Fields(args)
	if len(fields) >= 2 {
		f = r.cfg().Form(fields[0])
		var err error
		if f != nil {
			p, err = f.Period(fields[1])
		}
		if f == nil || err != nil {
			r.say(locales.M("pick.not_found", "input", locales.Plain(shorten(fields[0]+" "+fields[1], 40)), "command", locales.Plain("/"+commandName(command, r.lang))))
			return nil, flows.Period{}, "", false
		}
		return f, p, fieldAt(fields, 2), true
	}
	type recent struct {
		f *flows.Form
		p flows.Period
	}
	var periods []recent
	for _, f := range r.cfg().Forms {
		for _, p := range f.RecentPeriods(r.now, 2) {
			periods = append(periods, recent{f, p})
		}
	}
	// What is still to be chased comes first (issue 22: due first, first).
	flows.ByConcern(periods, r.now, func(x recent) flows.Period { return x.p })
	var rows [][]flows.Button
	for _, x := range periods {
		rows = append(rows, []flows.Button{{
			Label: locales.M("pick.choice", "title", x.f.Title, "period", x.p.Label()),
			Data:  "/" + command + " " + x.f.ID + " " + x.p.Key,
		}})
	}
	r.say(locales.M(ask), rows...)
	return nil, flows.Period{}, "", false
}

// commandName is a command's name as a reader of lang types it (/ketqua,
// /results).
func commandName(name string, lang locales.Lang) string {
	for _, c := range commandTable() {
		if c.vi == name {
			return c.nameIn(lang)
		}
	}
	return name
}

// results: /ketqua [FORM PERIOD [UNIT]] — the standing of the person's unit,
// or of a unit they supervise.
func (r *request) results(args string) error {
	f, p, code, ok := r.pick("ketqua", "pick.results", args)
	if !ok {
		return nil
	}
	var u *flows.Unit
	switch {
	case code != "":
		u = r.cfg().Units.Get(code)
		if u == nil || !flows.May(r.person, r.cfg().Units, flows.See, u) {
			r.say(locales.M("access.denied", "unit", locales.Plain(shorten(code, 20))))
			return nil
		}
	default:
		u = r.ownUnit()
	}
	if u == nil {
		r.say(locales.M("results.no_unit"))
		return nil
	}
	if r.cfg().Earlier(p) && u.IsLeaf() {
		// Before today's units: the standing is of its old units' sum, and
		// without one it says which old units reported then.
		old, err := r.tx.SubmissionsFor(f.ID, p.Key, r.cfg().OldUnitsOf(u, p))
		if err != nil {
			return err
		}
		// Every commune made of old units is told the same: its result
		// is their sum, shown, or why it cannot be made.
		if m, gap, ok := r.cfg().EraResults(u, f, p, old); ok {
			if gap {
				r.say(m)
				return nil
			}
			defer r.say(m)
		} else if len(r.cfg().EraGaps(u, old)) > 0 {
			r.say(r.cfg().NotYetUnit(u, f, p))
			return nil
		}
	}
	rep, err := StandingFor(r.tx, r.cfg(), u, f, p)
	if err != nil {
		return err
	}
	r.say(rep.Msg, rep.Buttons...)
	return nil
}

// ownUnit is the unit a person's results are about by default: the one
// they report for, else the first they supervise.
func (r *request) ownUnit() *flows.Unit {
	if us := r.officerUnits(); len(us) > 0 {
		return us[0]
	}
	if s := r.person.Supervised(); len(s) > 0 {
		return r.cfg().Units.Get(s[0])
	}
	return nil
}

// StandingFor computes a unit's standing for a form and period, reading
// only the submissions it needs: the peers' in the period, the unit's own
// in the previous period and the same period a year before.
func StandingFor(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, p flows.Period) (flows.Reply, error) {
	s, err := standingOf(tx, cfg, u, f, p)
	if err != nil {
		return flows.Reply{}, err
	}
	return s.Reply(), nil
}

func standingOf(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, p flows.Period) (flows.Standing, error) {
	peers, _ := cfg.NeededForStanding(u)
	if !u.IsLeaf() && !u.IsCluster() {
		peers = append(peers, u) // its office's own report, shown apart
	}
	var cur map[string]*flows.Submission
	var err error
	if cfg.Earlier(p) {
		// A period before today's units: their old units' sums, never a
		// report of an old unit under a reused code.
		old, err := tx.SubmissionsFor(f.ID, p.Key, cfg.PastUnitsOf(peers, p))
		if err != nil {
			return flows.Standing{}, err
		}
		cur = cfg.EraSubs(peers, f, p, old)
	} else if cur, err = tx.SubmissionsFor(f.ID, p.Key, peers); err != nil {
		return flows.Standing{}, err
	}
	// Earlier periods: the unit's own reports, or before 07/2025 those of
	// the old units merged into it.
	prevP, yearP := f.Previous(p), f.YearBefore(p)
	prev, err := tx.SubmissionsFor(f.ID, prevP.Key, cfg.PastUnits(u, prevP))
	if err != nil {
		return flows.Standing{}, err
	}
	year := prev
	if yearP.Key != prevP.Key {
		if year, err = tx.SubmissionsFor(f.ID, yearP.Key, cfg.PastUnits(u, yearP)); err != nil {
			return flows.Standing{}, err
		}
	}
	return cfg.BuildStanding(flows.StandingInput{Unit: u, Form: f,
		Cur: flows.NewTable(f, p, cur), Prev: flows.NewTable(f, prevP, prev), YearAgo: flows.NewTable(f, yearP, year)}), nil
}
