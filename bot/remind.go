package bot

// /hanchot (deadlines and status) and /nhac (a supervisor's reminder to
// the units that have not reported, after a confirmation).

import (
	"encoding/hex"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/baocao/baocao/bot/schedule"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// confirmTTL is how long a /nhac confirmation button stays valid.
const confirmTTL = time.Hour

// maxConfirmLines keeps the confirmation short when hundreds of units owe.
const maxConfirmLines = 15

// deadlines: /hanchot — the open periods, their deadlines and where the
// person's units stand; for a supervisor, how many units have reported.
func (r *request) deadlines(string) error {
	var st *flows.RemindState
	state := func() (*flows.RemindState, error) {
		if st == nil {
			var err error
			st, err = r.tx.RemindState(r.cfg(), r.now)
			return st, err
		}
		return st, nil
	}
	said := false
	for _, code := range r.person.ReportsFor() {
		u := r.cfg().Units.Get(code)
		if u == nil {
			continue
		}
		var lines []locales.Msg
		for _, o := range openByDeadline(r.cfg().Forms, r.now) {
			f, p := o.form, o.period
			status, err := r.reportStatus(f, p, u)
			if err != nil {
				return err
			}
			sent := r.tx.HasSubmission(f.ID, p.Key, u.Code)
			lines = append(lines, locales.M("deadlines.line", "title", f.Title, "period", p.Label(),
				"deadline", deadlineWords(p, r.now, sent), "locks", locales.Date(p.LastLockDay()), "status", status))
		}
		if len(lines) == 0 {
			r.say(locales.M("deadlines.none", "unit", u.Named()))
		} else {
			r.say(locales.M("deadlines.unit", "unit", u.FullName(), "lines", lines))
		}
		said = true
	}
	for _, code := range r.person.Supervised() {
		u := r.cfg().Units.Get(code)
		if u == nil {
			continue
		}
		st, err := state()
		if err != nil {
			return err
		}
		leaves := u.Leaves()
		var lines []locales.Msg
		for _, o := range openByDeadline(r.cfg().Forms, r.now) {
			f, p := o.form, o.period
			done := 0
			for _, l := range leaves {
				if st.Submitted[flows.ReportKey(f.ID, p.Key, l.Code)] {
					done++
				}
			}
			lines = append(lines, locales.M("deadlines.supervised_line", "title", f.Title, "period", p.Label(),
				"deadline", deadlineWords(p, r.now, done == len(leaves)), "done", done, "total", len(leaves)))
		}
		if len(lines) == 0 {
			r.say(locales.M("deadlines.none", "unit", u.Named()))
		} else {
			r.say(locales.M("deadlines.supervised", "unit", u.Named(), "lines", lines))
		}
		said = true
	}
	if !said {
		r.say(locales.M("report.not_officer"))
	}
	return nil
}

// reportStatus says where unit stands on one report: sent, a draft (the
// person's own, with progress, or a colleague's), not started, or late.
func (r *request) reportStatus(f *flows.Form, p flows.Period, u *flows.Unit) (locales.Msg, error) {
	sub, err := r.tx.Submission(f.ID, p.Key, u.Code)
	if err == nil {
		return locales.M("deadlines.submitted", "at", locales.DateTime(sub.At)), nil
	}
	if !isNotFound(err) {
		return locales.Msg{}, err
	}
	if s, err := r.tx.Session(r.person.ID); err == nil && s.Form == f.ID && s.Period == p.Key && s.Unit == u.Code {
		answered, total := s.Progress(f)
		return locales.M("deadlines.draft", "answered", answered, "total", total), nil
	} else if err != nil && !isNotFound(err) {
		return locales.Msg{}, err
	}
	if p.IsLate(r.now) {
		return locales.M("deadlines.not_started_late", "days", p.DaysLate(r.now)), nil
	}
	return locales.M("deadlines.not_started"), nil
}

// remind: /nhac [UNIT] asks for a confirmation; its buttons send
// "/nhac ok ID" or "/nhac huy". ID is a random one-time id the server
// stored with the person, the target and an expiry: a client cannot forge
// or renew it, and pressing the button twice reminds once.
func (r *request) remind(args string) error {
	fields := strings.Fields(args)
	rem := r.cfg().RemindersOrDefault()
	if len(fields) > 0 && (fields[0] == "huy" || fields[0] == "cancel") {
		r.say(locales.M("nhac.cancelled"))
		return nil
	}
	if rem.Quiet(r.now) {
		r.say(locales.M("nhac.quiet", "from", locales.Plain(rem.QuietFrom.String()), "to", locales.Plain(rem.QuietTo.String())))
		return nil
	}
	confirm := len(fields) >= 2 && fields[0] == "ok"
	target := "all"
	var confirmID string
	switch {
	case confirm:
		// Only an id this server issued to this person counts; an unknown
		// one (forged, pruned, or an old "/nhac ok TARGET STAMP" button)
		// is treated as stale.
		c, err := r.tx.RemindConfirm(fields[1])
		if err != nil && !isNotFound(err) {
			return err
		}
		if len(fields) != 2 || err != nil || c.Person != r.person.ID {
			r.say(locales.M("nhac.expired"))
			return nil
		}
		confirmID, target = fields[1], c.Target
		// A confirmation left unanswered for an hour is stale: the list
		// the supervisor saw may no longer be who would be reminded. The
		// expiry is the server's, set when the confirmation was issued.
		if r.now.After(c.Expires) {
			r.say(locales.M("nhac.expired"))
			return nil
		}
	case len(fields) == 1:
		target = fields[0]
	case len(fields) > 1:
		r.say(locales.M("nhac.usage"))
		return nil
	}
	tops, only := r.remindScope(target)
	if tops == nil {
		r.say(locales.M("nhac.unknown_unit", "unit", locales.Plain(shorten(target, 16))))
		return nil
	}
	st, err := r.tx.RemindState(r.cfg(), r.now)
	if err != nil {
		return err
	}
	var due []flows.Reminder
	var noOfficer []*flows.Unit
	for _, top := range tops {
		d, n := flows.Owing(r.cfg(), r.now, st, top, only)
		due, noOfficer = append(due, d...), append(noOfficer, n...)
	}
	if len(due) == 0 && len(noOfficer) == 0 {
		if only != "" {
			r.say(locales.M("nhac.none_unit", "unit", r.cfg().Units.Get(only).Named()))
		} else {
			r.say(locales.M("nhac.none"))
		}
		return nil
	}
	units, people := countReminded(due)
	if !confirm {
		return r.confirmRemind(target, tops, due, noOfficer, units, people)
	}
	// Used in the same transaction as the reminders are queued: a second
	// press, or a replay, finds it used.
	fresh, err := r.tx.UseRemindConfirm(confirmID)
	if err != nil {
		return err
	}
	if !fresh {
		r.say(locales.M("nhac.already"))
		return nil
	}
	ids, err := r.tx.IdentityIndex()
	if err != nil {
		return err
	}
	for _, d := range due {
		if _, err := schedule.QueueReminder(r.tx, r.app.reach(), ids, d, r.now); err != nil {
			return err
		}
	}
	// In the audit log with what it reached; the chat's /nhac and the web
	// view's "Nhắc" both come through here.
	unit := ""
	if target != "all" {
		unit = target
	}
	if err := r.tx.Audit(store.AuditEntry{At: r.now, By: r.person.ID, ByName: r.person.Name, Action: store.AuditRemind, Unit: unit,
		Detail: fmt.Sprintf("%d units, %d people", units, people)}); err != nil {
		return err
	}
	r.say(locales.M("nhac.sent", "units", units, "people", people))
	if len(noOfficer) > 0 {
		r.say(noOfficerLine(noOfficer))
	}
	return nil
}

// remindScope resolves "all" to the person's supervised units, or a unit
// code to the supervised unit above it; nil when it is not theirs.
func (r *request) remindScope(target string) (tops []*flows.Unit, only string) {
	units := r.cfg().Units
	if target == "all" {
		for _, code := range r.person.Supervised() {
			u := units.Get(code)
			if u == nil {
				continue
			}
			nested := false
			for _, other := range r.person.Supervised() {
				if o := units.Get(other); o != nil && o != u && o.Contains(u) {
					nested = true // its units are already under another one
				}
			}
			if !nested {
				tops = append(tops, u)
			}
		}
		return tops, ""
	}
	u := units.Get(target)
	if u == nil || !flows.May(r.person, units, flows.Supervise, u) {
		return nil, ""
	}
	if u.IsLeaf() {
		return []*flows.Unit{u}, u.Code
	}
	return []*flows.Unit{u}, ""
}

// confirmRemind asks before reminding: the units one by one for a
// district or a commune, counts per cluster for a province or a cluster.
func (r *request) confirmRemind(target string, tops []*flows.Unit, due []flows.Reminder, noOfficer []*flows.Unit, units, people int) error {
	if len(due) == 0 {
		r.say(noOfficerLine(noOfficer))
		return nil
	}
	lines, grouped := remindGroupLines(r.cfg(), tops, due)
	if !grouped {
		lines = nil
		for i, d := range due {
			if i == maxConfirmLines {
				lines = append(lines, locales.M("nhac.confirm_more", "count", len(due)-i))
				break
			}
			lines = append(lines, locales.M("nhac.confirm_line", "unit", d.Unit.Named(), "title", d.Form.Title, "period", d.Period.Label()))
		}
	}
	id, err := r.issueRemindConfirm(target)
	if err != nil {
		return err
	}
	msg := locales.M("nhac.confirm", "units", units, "people", people, "lines", lines)
	if grouped {
		msg = locales.M("nhac.confirm_groups", "units", units, "people", people, "reports", remindedReports(due), "lines", lines)
	}
	if len(noOfficer) > 0 {
		msg = locales.M("nhac.ask_note", "confirm", msg, "note", noOfficerLine(noOfficer))
	} else {
		msg = locales.M("nhac.ask", "confirm", msg)
	}
	r.say(msg,
		[]flows.Button{{Label: locales.M("nhac.button_send"), Data: "/nhac ok " + id}},
		[]flows.Button{{Label: locales.M("nhac.button_cancel"), Data: "/nhac huy"}})
	return nil
}

// remindGroupLines counts the reminders per cluster of each scope; false
// when no scope has clusters (a district's communes are listed by name).
func remindGroupLines(cfg *flows.Config, tops []*flows.Unit, due []flows.Reminder) ([]locales.Msg, bool) {
	var lines []locales.Msg
	grouped := false
	for _, top := range tops {
		var mine []flows.Reminder
		for _, d := range due {
			if top.Contains(d.Unit) {
				mine = append(mine, d)
			}
		}
		groups, ok := flows.GroupReminders(cfg, top, mine)
		if !ok {
			return nil, false
		}
		grouped = true
		for _, g := range groups {
			lines = append(lines, g.Line())
		}
	}
	return lines, grouped
}

// remindedReports names the reports a grouped confirmation is about, each
// once: "Báo cáo hoạt động tháng 12/2026".
func remindedReports(due []flows.Reminder) locales.Msg {
	seen := map[string]bool{}
	var out locales.Msg
	for _, d := range due {
		if k := d.Form.ID + " " + d.Period.Key; !seen[k] {
			one := locales.M("nhac.report", "title", d.Form.Title, "period", d.Period.Label())
			if len(seen) > 0 {
				one = locales.M("nhac.reports_and", "first", out, "next", one)
			}
			seen[k] = true
			out = one
		}
	}
	return out
}

// noOfficerLine says which units nobody can be reminded in: by name when
// they are few, else counted, with where to find them.
func noOfficerLine(us []*flows.Unit) locales.Msg {
	distinct := map[string]bool{}
	for _, u := range us {
		distinct[u.Code] = true
	}
	if len(distinct) > maxNamedNoOfficer {
		return locales.M("nhac.no_officer_count", "count", len(distinct))
	}
	return locales.M("nhac.no_officer", "units", unitNames(us))
}

// maxNamedNoOfficer: up to this many units without an officer are named.
const maxNamedNoOfficer = 3

// issueRemindConfirm stores a one-time confirmation of target for the
// person, valid for confirmTTL, under a random id, and drops expired ones.
func (r *request) issueRemindConfirm(target string) (string, error) {
	if err := r.tx.PruneRemindConfirms(r.now); err != nil {
		return "", err
	}
	b := make([]byte, 6)
	if _, err := io.ReadFull(r.app.rand(), b); err != nil {
		return "", err
	}
	id := hex.EncodeToString(b)
	err := r.tx.PutRemindConfirm(id, &store.RemindConfirm{Person: r.person.ID, Target: target, Expires: r.now.Add(confirmTTL)})
	return id, err
}

// countReminded counts distinct units and people among reminders.
func countReminded(due []flows.Reminder) (units, people int) {
	us, ps := map[string]bool{}, map[string]bool{}
	for _, d := range due {
		us[d.Unit.Code] = true
		for _, t := range d.To {
			ps[t.Person.ID] = true
		}
	}
	return len(us), len(ps)
}

func unitNames(us []*flows.Unit) string {
	seen := map[string]bool{}
	var names []string
	for _, u := range us {
		if !seen[u.Code] {
			seen[u.Code] = true
			names = append(names, u.Name)
		}
	}
	return strings.Join(names, ", ")
}
