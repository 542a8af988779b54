package bot

import (
	"sort"
	"strings"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

func unlockKey(form, period, unit string) string { return "unlock/" + form + "/" + period + "/" + unit }

func (r *request) unlocked(form, period, unit string) bool {
	return r.tx.Marked(unlockKey(form, period, unit))
}

func (r *request) lock(form, period, unit string) { r.tx.Unmark(unlockKey(form, period, unit)) }

// submitted is a unit's stored report with its period.
type submitted struct {
	form   *flows.Form
	period flows.Period
	sub    *flows.Submission
}

// recentSubmissions lists the unit's reports of the open periods, of the
// current one and of those just before them, newest first: the ones someone
// may want to edit.
func (r *request) recentSubmissions(u *flows.Unit, named map[string]flows.Period) ([]submitted, error) {
	var out []submitted
	for _, f := range r.cfg().Forms {
		seen := map[string]bool{}
		var periods []flows.Period
		for _, p := range f.OpenPeriods(r.now) {
			periods = append(periods, p, f.Previous(p))
		}
		// The current and the last ended period, which may have locked.
		cur := f.PeriodAt(r.now)
		periods = append(periods, cur, f.Previous(cur))
		if p, ok := named[f.ID]; ok {
			periods = append(periods, p) // the one a command names
		}
		for _, p := range periods {
			if seen[p.Key] || !r.cfg().InEraOf(u, p) {
				// Under a reused code, the other era's report is another unit's.
				continue
			}
			seen[p.Key] = true
			sub, err := r.tx.Submission(f.ID, p.Key, u.Code)
			if isNotFound(err) {
				continue
			}
			if err != nil {
				return nil, err
			}
			out = append(out, submitted{f, p, sub})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].sub.At.After(out[j].sub.At) })
	return out, nil
}

// revise: /sua [FORM PERIOD [UNIT]] [!] — reopen a submitted report for changes.
func (r *request) revise(args string) error {
	fields, force := cutForce(strings.Fields(args))
	named := map[string]flows.Period{}
	if len(fields) >= 2 {
		if f := r.cfg().Form(fields[0]); f != nil {
			if p, err := f.Period(fields[1]); err == nil {
				named[f.ID] = p
			}
		}
	}
	var units []*flows.Unit
	ok := true
	if p, isNamed := named[fieldAt(fields, 0)]; isNamed && r.cfg().Earlier(p) {
		// A period of an earlier era: the old units of the person's links
		// report it; today's units did not exist then.
		if units, ok = r.reportUnitsNamed(fieldAt(fields, 2)); !ok {
			return nil
		}
		var old []*flows.Unit
		for _, u := range units {
			if !u.Until.IsZero() {
				old = append(old, u)
			}
		}
		if len(old) == 0 {
			r.say(r.cfg().NotYetUnit(units[0], r.cfg().Form(fields[0]), p))
			return nil
		}
		units = old
	} else if units, ok = r.unitsNamed(fieldAt(fields, 2)); !ok {
		return nil
	}
	// A revision already open for the same report is simply continued.
	if s, err := r.tx.Session(r.person.ID); err == nil && s.Version > 0 && (len(fields) < 2 || sameReport(s, fields)) {
		if f, ok := r.draftForm(s); ok {
			s.Paused = false
			r.replies(s.Prompt(f, r.context(f, s)))
			return r.tx.PutSession(r.person.ID, s)
		}
	}
	var subs []submitted
	for _, u := range units {
		recent, err := r.recentSubmissions(u, named)
		if err != nil {
			return err
		}
		for _, s := range recent {
			if len(fields) < 2 || (s.form.ID == fields[0] && s.period.Key == fields[1]) {
				subs = append(subs, s)
			}
		}
	}
	switch len(subs) {
	case 0:
		r.say(locales.M("revise.nothing"))
		return nil
	case 1:
		return r.reopen(subs[0], force)
	}
	var rows [][]flows.Button
	for _, s := range subs {
		label := locales.M("revise.choice", "title", s.form.Title, "period", s.period.Label())
		if len(units) > 1 {
			label = locales.M("report.choice_unit", "unit", r.cfg().UnitOf(s.sub.Unit, s.period).Named(), "choice", label)
		}
		rows = append(rows, []flows.Button{{Label: label, Data: "/sua " + s.form.ID + " " + s.period.Key + " " + s.sub.Unit}})
	}
	r.say(locales.M("revise.choose"), rows...)
	return nil
}

func (r *request) reopen(s submitted, force bool) error {
	unit := r.cfg().UnitOf(s.sub.Unit, s.period)
	if s.period.IsLocked(r.now) && !r.unlocked(s.form.ID, s.period.Key, unit.Code) {
		names, err := r.supervisorNames(unit)
		if err != nil {
			return err
		}
		r.say(locales.M("revise.locked", "title", s.form.Title, "period", s.period.Label(), "date", locales.Date(s.period.LastLockDay()), "who", names))
		return nil
	}
	if !force {
		asked, err := r.otherDraft(s.form.ID, s.period.Key, unit.Code, "/sua "+s.form.ID+" "+s.period.Key+" "+unit.Code+" !")
		if err != nil || asked {
			return err
		}
	}
	sess := flows.Revise(s.form, s.sub, r.now)
	r.replies(sess.Prompt(s.form, r.context(s.form, sess)))
	return r.tx.PutSession(r.person.ID, sess)
}

// supervisorNames names who supervises unit (nearest first), or says the
// culture office of the parent unit when nobody is linked yet.
func (r *request) supervisorNames(unit *flows.Unit) (string, error) {
	var names []string
	seen := map[string]bool{}
	for u := unit; u != nil; u = u.Parent { // supervisors of unit or above
		people, err := r.tx.LinkedTo(u.Code, flows.Supervisor, flows.Admin)
		if err != nil {
			return "", err
		}
		for _, p := range people {
			if p.Name != "" && !seen[p.ID] && flows.May(p, r.cfg().Units, flows.Supervise, unit) {
				seen[p.ID] = true
				names = append(names, p.Name)
			}
		}
	}
	sort.Strings(names)
	if len(names) > 0 {
		return strings.Join(names, ", "), nil
	}
	for u := unit.Parent; u != nil; u = u.Parent {
		if u.Office != "" {
			return u.Office, nil
		}
	}
	return locales.Render(r.lang, locales.M("revise.your_supervisor")), nil
}

// unlock: /mokhoa UNIT [FORM PERIOD] — let a unit edit a locked report once.
func (r *request) unlock(args string) error {
	fields := strings.Fields(args)
	if len(fields) == 0 {
		r.say(locales.M("unlock.usage"))
		return nil
	}
	u := r.cfg().Units.Get(fields[0])
	named := map[string]flows.Period{}
	if len(fields) >= 3 {
		if f := r.cfg().Form(fields[1]); f != nil {
			if p, err := f.Period(fields[2]); err == nil {
				named[f.ID] = p
			}
		}
	}
	if p, isNamed := named[fieldAt(fields, 1)]; isNamed && r.cfg().Earlier(p) {
		// The period's era picks the unit: /mokhoa 15250 nam 2024 is old
		// Xã Thành An's report, held by who supervises where it went.
		old, ok := r.cfg().OldUnitNamed(fields[0], r.cfg().EraUntil(p))
		if !ok || !r.cfg().SupervisesOld(r.person, old.Code) {
			r.say(locales.M("era.not_old_unit", "code", locales.Plain(shorten(fields[0], 20)), "period", p.Label()))
			return nil
		}
		u = old
	} else if u == nil || !flows.May(r.person, r.cfg().Units, flows.Supervise, u) {
		r.say(locales.M("invite.not_your_unit", "unit", locales.Plain(fields[0])))
		return nil
	}
	subs, err := r.recentSubmissions(u, named)
	if err != nil {
		return err
	}
	var target *submitted
	for i, s := range subs {
		if len(fields) >= 3 && (s.form.ID != fields[1] || s.period.Key != fields[2]) {
			continue
		}
		if s.period.IsLocked(r.now) {
			target = &subs[i]
			break
		}
	}
	if target == nil {
		r.say(locales.M("unlock.nothing_locked", "unit", u.Named()))
		return nil
	}
	if _, err := r.tx.Mark(unlockKey(target.form.ID, target.period.Key, u.Code), r.now); err != nil {
		return err
	}
	ref := flows.Ref(u.Code, u.Until) // who is linked to that unit of that era
	if err := r.tx.Audit(store.AuditEntry{At: r.now, By: r.person.ID, ByName: r.person.Name, Action: store.AuditUnlock, Unit: ref,
		Detail: target.form.ID + " " + target.period.Key}); err != nil {
		return err
	}
	var name any = u.Named()
	if !u.Until.IsZero() {
		name = r.cfg().Label(u) // "xã Thành An cũ thuộc huyện Thạch Thành"
	}
	r.say(locales.M("unlock.done", "unit", name, "title", target.form.Title, "period", target.period.Label()))
	people, err := r.tx.LinkedTo(ref)
	if err != nil {
		return err
	}
	for _, p := range people {
		if p.ID != r.person.ID {
			if err := r.app.notify(r.tx, p, 1, locales.M("unlock.notice", "title", target.form.Title, "period", target.period.Label(), "who", r.person.Name)); err != nil {
				return err
			}
		}
	}
	return nil
}
