package bot

import (
	"strings"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

func init() {
	register(&command{names: []string{"baocao", "report"}, menu: "menu.report", allowed: isOfficer, run: (*request).report})
	register(&command{names: []string{"quaylai", "back"}, menu: "menu.back", allowed: isOfficer, run: sessionCommand(flows.CmdBack)})
	register(&command{names: []string{"boqua", "skip"}, menu: "menu.skip", allowed: isOfficer, run: sessionCommand(flows.CmdSkip)})
	register(&command{names: []string{"huy", "cancel"}, menu: "menu.cancel", allowed: isOfficer, run: sessionCommand(flows.CmdCancel)})
	register(&command{names: []string{"sua", "edit"}, menu: "menu.edit", allowed: isOfficer, run: (*request).revise})
	register(&command{names: []string{"nhanh", "quick"}, allowed: isOfficer, run: (*request).quick})
}

// openReport is a form and period that a unit may report now.
type openReport struct {
	form   *flows.Form
	period flows.Period
}

// officerUnit is the unit the person reports for. A person linked to
// several units reports for the first; /baocao FORM PERIOD UNIT picks.
func (r *request) officerUnit(explicit string) *flows.Unit {
	units := r.person.ReportsFor()
	if explicit != "" {
		for _, u := range units {
			if u == explicit {
				return r.cfg().Units.Get(u)
			}
		}
	}
	if len(units) == 0 {
		return nil
	}
	return r.cfg().Units.Get(units[0])
}

// open lists the reports unit may fill now: periods open and not yet
// submitted (or every open one, with submitted=true).
func (r *request) open(unit *flows.Unit, includeSubmitted bool) ([]openReport, error) {
	var out []openReport
	for _, f := range r.cfg().Forms {
		for _, p := range f.OpenPeriods(r.now) {
			if !includeSubmitted {
				if _, err := r.tx.Submission(f.ID, p.Key, unit.Code); err == nil {
					continue
				} else if !isNotFound(err) {
					return nil, err
				}
			}
			out = append(out, openReport{f, p})
		}
	}
	return out, nil
}

// report: /baocao [FORM PERIOD] — start or continue a report.
func (r *request) report(args string) error {
	s, err := r.tx.Session(r.person.ID)
	hasDraft := err == nil
	if err != nil && !isNotFound(err) {
		return err
	}
	fields := strings.Fields(args)
	if hasDraft && (len(fields) < 2 || (fields[0] == s.Form && fields[1] == s.Period)) {
		f, ok := r.draftForm(s)
		if ok {
			r.replies(s.AskResumeOrNew(f, r.context(f, s)))
			return r.tx.PutSession(r.person.ID, s)
		}
	}
	unit := r.officerUnit(fieldAt(fields, 2))
	if unit == nil {
		r.say(locales.M("report.not_officer"))
		return nil
	}
	choices, err := r.open(unit, false)
	if err != nil {
		return err
	}
	if len(fields) >= 2 {
		for _, c := range choices {
			if c.form.ID == fields[0] && c.period.Key == fields[1] {
				return r.begin(c, unit)
			}
		}
		r.say(locales.M("report.not_open"))
		return nil
	}
	switch len(choices) {
	case 0:
		return r.nothingOpen(unit)
	case 1:
		return r.begin(choices[0], unit)
	}
	var rows [][]flows.Button
	for _, c := range choices {
		rows = append(rows, []flows.Button{{
			Label: locales.M("report.choice", "title", c.form.Title, "period", c.period.Label(), "deadline", locales.Date(c.period.LastDeadlineDay())),
			Data:  "/baocao " + c.form.ID + " " + c.period.Key,
		}})
	}
	r.say(locales.M("report.choose", "unit", unit.Name), rows...)
	return nil
}

func fieldAt(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

func (r *request) nothingOpen(unit *flows.Unit) error {
	all, err := r.open(unit, true)
	if err != nil {
		return err
	}
	if len(all) > 0 {
		r.say(locales.M("report.all_submitted", "unit", unit.Name))
		return nil
	}
	// Say when the next period opens.
	var next *openReport
	for _, f := range r.cfg().Forms {
		for _, probe := range []int{0, 1} {
			ps := f.OpenPeriods(r.now.AddDate(0, probe*3, 0).AddDate(0, 0, 45))
			for _, p := range ps {
				if p.Opens.After(r.now) && (next == nil || p.Opens.Before(next.period.Opens)) {
					next = &openReport{f, p}
				}
			}
		}
	}
	if next == nil {
		r.say(locales.M("report.nothing_open"))
		return nil
	}
	r.say(locales.M("report.nothing_open_until", "title", next.form.Title, "period", next.period.Label(), "opens", locales.Date(next.period.Opens)))
	return nil
}

// begin opens a fresh draft.
func (r *request) begin(c openReport, unit *flows.Unit) error {
	s := flows.NewSession(c.form, c.period, unit.Code, r.now)
	intro := locales.M("report.intro", "title", c.form.Title, "period", c.period.Label(), "unit", unit.Name,
		"deadline", locales.Date(c.period.LastDeadlineDay()), "count", len(c.form.Asked()))
	rs := s.Prompt(c.form, r.context(c.form, s))
	r.say(intro)
	r.replies(rs)
	return r.tx.PutSession(r.person.ID, s)
}

// draftForm returns the form of a stored draft; a draft whose form left
// the configuration or whose period locked is dropped, with a word.
func (r *request) draftForm(s *flows.Session) (*flows.Form, bool) {
	f := r.cfg().Form(s.Form)
	if f == nil {
		r.tx.DeleteSession(r.person.ID)
		return nil, false
	}
	p, err := f.Period(s.Period)
	if err != nil || (p.IsLocked(r.now) && !r.unlocked(s.Form, s.Period, s.Unit)) {
		r.tx.DeleteSession(r.person.ID)
		r.say(locales.M("report.draft_expired", "title", f.Title, "period", p.Label()))
		return nil, false
	}
	return f, true
}

// context gives the conversation what it needs from storage: the unit's
// figures of the previous period, for the plausibility check.
func (r *request) context(f *flows.Form, s *flows.Session) flows.Context {
	c := flows.Context{Now: r.now, Lang: r.lang}
	p, err := f.Period(s.Period)
	if err != nil {
		return c
	}
	prev := f.Previous(p)
	if sub, err := r.tx.Submission(f.ID, prev.Key, s.Unit); err == nil {
		c.Previous, c.PrevName = sub, prev.Label()
	}
	return c
}

// converse hands a message to the person's open draft.
func (r *request) converse() error {
	s, err := r.tx.Session(r.person.ID)
	if isNotFound(err) {
		// A linked person may be given a second unit's code.
		if _, ok := flows.NormalizeInviteCode(r.in.Text); ok && r.in.Kind == flows.InputText {
			return r.redeem(r.in.Text)
		}
		if r.in.Kind == flows.InputUnsupported {
			r.say(locales.M("session.note_then", "note", locales.M("session.unsupported", "what", locales.M("what."+r.in.What)), "then", locales.M("report.no_draft")))
			return nil
		}
		r.say(locales.M("report.no_draft"))
		return nil
	}
	if err != nil {
		return err
	}
	if s.Paused {
		r.say(locales.M("report.draft_paused"))
		return nil
	}
	f, ok := r.draftForm(s)
	if !ok {
		return nil
	}
	in := flows.Input{Kind: r.in.Kind, Text: r.in.Text, Data: r.in.Data, FileID: r.in.FileID}
	if r.in.Kind == flows.InputUnsupported {
		in.Text = locales.Render(r.lang, locales.M("what."+r.in.What))
	}
	return r.apply(f, s, s.Handle(f, in, r.context(f, s)))
}

// sessionCommand maps /quaylai, /boqua, /huy to the open draft.
func sessionCommand(cmd string) func(*request, string) error {
	return func(r *request, _ string) error {
		s, err := r.tx.Session(r.person.ID)
		if isNotFound(err) || (err == nil && s.Paused) {
			r.say(locales.M("report.no_draft"))
			return nil
		}
		if err != nil {
			return err
		}
		f, ok := r.draftForm(s)
		if !ok {
			return nil
		}
		return r.apply(f, s, s.Handle(f, flows.Input{Kind: flows.InputCommand, Command: cmd}, r.context(f, s)))
	}
}

// apply carries out what the conversation decided.
func (r *request) apply(f *flows.Form, s *flows.Session, o flows.Outcome) error {
	r.replies(o.Replies)
	switch {
	case o.Submit:
		if err := r.tx.DeleteSession(r.person.ID); err != nil {
			return err
		}
		return r.store(f, s)
	case o.Discard:
		return r.tx.DeleteSession(r.person.ID)
	}
	return r.tx.PutSession(r.person.ID, s)
}

// store saves a confirmed report as a new version.
func (r *request) store(f *flows.Form, s *flows.Session) error {
	p, err := f.Period(s.Period)
	if err != nil {
		return err
	}
	// On time or late is decided by the first version: a correction made
	// after the deadline does not make an on-time report late.
	late := p.IsLate(r.now)
	if prev, err := r.tx.Submission(f.ID, s.Period, s.Unit); err == nil {
		late = prev.Late
	}
	sub := &flows.Submission{Form: f.ID, Period: s.Period, Unit: s.Unit, Answers: s.Answers, By: r.person.ID, ByName: r.person.Name,
		At: r.now, Channel: r.in.Channel, Late: late}
	if err := r.tx.PutSubmission(sub); err != nil {
		return err
	}
	r.app.counts.submitted.Add(1)  // may count a rolled-back one: a metric, not a record
	r.lock(f.ID, s.Period, s.Unit) // an unlock serves one revision
	u := r.cfg().Units.Get(s.Unit)
	key := "report.submitted"
	if sub.Version > 1 {
		key = "report.resubmitted"
	}
	r.say(locales.M(key, "title", f.Title, "period", p.Label(), "unit", u.Name, "at", locales.DateTime(r.now), "version", sub.Version))
	if sub.Late && sub.Version == 1 {
		r.say(locales.M("report.late_note", "deadline", locales.Date(p.LastDeadlineDay())))
	}
	for _, hook := range afterSubmit {
		if err := hook(r, f, p, sub); err != nil {
			return err
		}
	}
	return nil
}

// afterSubmit hooks run in the submission's transaction (e.g. the standing
// reply of /ketqua registers one).
var afterSubmit []func(r *request, f *flows.Form, p flows.Period, sub *flows.Submission) error
