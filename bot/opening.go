package bot

// /moky and `baocao periods open`: a supervisor (or the operator) opens a
// past or not-yet-open period for one unit or all of theirs. The opening
// is a mark per reporting unit; the unit's next submission of that period
// takes it, keeps its true time and is marked as a late entry.

import (
	"strings"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// openPeriod: /moky FORM PERIOD [UNIT].
func (r *request) openPeriod(args string) error {
	fields := strings.Fields(args)
	if len(fields) < 2 {
		r.say(locales.M("opening.usage"))
		return nil
	}
	f := r.cfg().Form(fields[0])
	var p flows.Period
	var err error
	if f != nil {
		p, err = f.Period(fields[1])
	}
	if f == nil || err != nil {
		r.say(locales.M("pick.not_found", "input", locales.Plain(shorten(fields[0]+" "+fields[1], 40)), "command", locales.Plain("/moky")))
		return nil
	}
	var targets []*flows.Unit
	code := strings.Join(fields[2:], " ")
	old, isOld := r.cfg().OldUnitNamed(code, r.cfg().EraUntil(p))
	if code != "" && r.cfg().Earlier(p) && (isOld || r.cfg().Units.Get(code) == nil) {
		// A period of an earlier era: the code is that era's (15250 in
		// 2024 is old Xã Thành An), held by whoever supervises a unit it
		// went into. A cluster or unit of today that no old unit's code
		// names opens its old units (OpenPeriod).
		if !isOld || !r.cfg().SupervisesOld(r.person, old.Code) {
			r.say(locales.M("era.not_old_unit", "code", locales.Plain(shorten(code, 20)), "period", p.Label()))
			return nil
		}
		targets = []*flows.Unit{old}
	} else {
		var ok bool
		if targets, ok = r.supervisedTargets(fieldAt(fields, 2)); !ok {
			return nil
		}
	}
	for _, u := range targets {
		n, err := OpenPeriod(r.tx, r.cfg(), f, p, u, r.person.Name, r.now)
		if err != nil {
			return err
		}
		name := r.cfg().Label(u)
		if n == 0 {
			r.say(locales.M("opening.nothing", "unit", name, "title", f.Title, "period", p.Label()))
			continue
		}
		r.say(locales.M("opening.done", "title", f.Title, "period", p.Label(), "count", n, "unit", name))
	}
	return nil
}

// OpenPeriod opens form f's period p for every reporting unit at or under
// u that has not sent it, and tells their officers once. It returns how
// many units it opened.
func OpenPeriod(tx *store.Tx, cfg *flows.Config, f *flows.Form, p flows.Period, u *flows.Unit, who string, now time.Time) (int, error) {
	units := append(u.Leaves(), ownReporters(f, u)...)
	if cfg.Earlier(p) && u.Until.IsZero() {
		// Today's units did not report then: their old units did.
		units = cfg.OldUnitsOf(u, p)
	}
	opened := map[string]bool{} // by the reference its officers are linked by
	for _, l := range units {
		if _, err := tx.Submission(f.ID, p.Key, l.Code); err == nil {
			continue
		} else if !isNotFound(err) {
			return 0, err
		}
		if _, err := tx.Mark(flows.OpeningKey(f.ID, p.Key, l.Code), now); err != nil {
			return 0, err
		}
		opened[flows.Ref(l.Code, l.Until)] = true
	}
	if len(opened) == 0 {
		return 0, nil
	}
	people, err := tx.People()
	if err != nil {
		return 0, err
	}
	for _, person := range people {
		for _, code := range person.ReportsFor() {
			if opened[code] {
				if err := notify(tx, person, 1, locales.M("opening.notice", "who", who, "title", f.Title, "period", p.Label(),
					"form", locales.Plain(f.ID), "key", locales.Plain(p.Key))); err != nil {
					return 0, err
				}
				break
			}
		}
	}
	return len(opened), nil
}

// ownReporters are the offices at or under u that report f themselves.
func ownReporters(f *flows.Form, u *flows.Unit) []*flows.Unit {
	var out []*flows.Unit
	for _, o := range flows.Offices(u) {
		if f.ReportsOwn(o) {
			out = append(out, o)
		}
	}
	return out
}

// opened reports whether a supervisor opened the period for the unit.
func (r *request) opened(form, period, unit string) bool {
	return r.tx.Marked(flows.OpeningKey(form, period, unit))
}

// openedPeriods lists the periods of f a supervisor opened for the unit
// outside their dates, beside those open by date.
func (r *request) openedPeriods(f *flows.Form, unit *flows.Unit, byDate []flows.Period) []flows.Period {
	var out []flows.Period
	for _, p := range f.OpenableKeys(r.now) {
		dup := false
		for _, q := range byDate {
			dup = dup || q.Key == p.Key
		}
		if !dup && r.opened(f.ID, p.Key, unit.Code) {
			out = append(out, p)
		}
	}
	return out
}

// notOpen says why /baocao FORM PERIOD finds nothing to fill: already
// sent, not yet open (from when), or closed (since when, and who can open
// it again).
func (r *request) notOpen(fields []string, units []*flows.Unit) {
	f := r.cfg().Form(fields[0])
	if f == nil {
		r.say(locales.M("report.not_open"))
		return
	}
	p, err := f.Period(fields[1])
	if err != nil {
		r.say(locales.M("report.not_open"))
		return
	}
	for _, u := range units {
		if !r.cfg().InEraOf(u, p) && u.Until.IsZero() {
			r.say(r.cfg().NotYetUnit(u, f, p))
			return
		}
	}
	for _, u := range units {
		if !u.IsLeaf() && !f.ReportsOwn(u) {
			r.say(locales.M("opening.not_for_office", "title", f.Title, "unit", u.Name))
			return
		}
		if s, err := r.tx.Submission(f.ID, p.Key, u.Code); err == nil {
			r.say(locales.M("opening.already_in", "title", f.Title, "period", p.Label(), "unit", u.Name, "at", locales.DateTime(s.At)))
			return
		}
	}
	r.say(f.NotOpen(p, r.now))
}
