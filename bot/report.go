package bot

import (
	"strings"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/webhook"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// openReport is a form and period that a unit may report now.
type openReport struct {
	form   *flows.Form
	period flows.Period
}

// officerUnits lists the units the person reports for, in link order.
func (r *request) officerUnits() []*flows.Unit {
	var out []*flows.Unit
	for _, code := range r.person.ReportsFor() {
		if u := r.cfg().Units.Get(code); u != nil {
			out = append(out, u)
		}
	}
	return out
}

// officerUnit is the unit a command is about: the one named, which must be
// one the person reports for, or else the first. ok is false (and the
// person has been told) when there is none.
func (r *request) officerUnit(explicit string) (*flows.Unit, bool) {
	units := r.officerUnits()
	if len(units) == 0 {
		r.say(locales.M("report.not_officer"))
		return nil, false
	}
	if explicit == "" {
		return units[0], true
	}
	for _, u := range units {
		if u.Code == explicit {
			return u, true
		}
	}
	r.say(locales.M("report.not_your_unit", "unit", locales.Plain(shorten(explicit, 16))))
	return nil, false
}

// reportUnits are the units the person may report for: today's, then
// the old units of their links made before the reform (flows/era.go),
// which report only the periods of their era that a supervisor opened.
func (r *request) reportUnits() []*flows.Unit {
	out := r.officerUnits()
	for _, ref := range r.person.ReportsFor() {
		if code, until := flows.SplitRef(ref); !until.IsZero() {
			out = append(out, r.cfg().OldUnit(code, until))
		}
	}
	return out
}

// reportUnitsNamed is unitsNamed over reportUnits: /baocao's units.
func (r *request) reportUnitsNamed(code string) ([]*flows.Unit, bool) {
	units := r.reportUnits()
	if len(units) == 0 {
		r.say(locales.M("report.not_officer"))
		return nil, false
	}
	if code == "" {
		return units, true
	}
	for _, u := range units {
		if u.Code == code {
			return []*flows.Unit{u}, true
		}
	}
	r.say(locales.M("report.not_your_unit", "unit", locales.Plain(shorten(code, 16))))
	return nil, false
}

// unitsNamed is the units a command is about: the one named (a unit the
// person reports for), or all of theirs. ok is false, and the person has
// been told why, when there is none.
func (r *request) unitsNamed(code string) ([]*flows.Unit, bool) {
	if code != "" {
		u, ok := r.officerUnit(code)
		return []*flows.Unit{u}, ok
	}
	units := r.officerUnits()
	if len(units) == 0 {
		r.say(locales.M("report.not_officer"))
	}
	return units, len(units) > 0
}

// cutForce removes a final "!" from a command's fields: it confirms that
// a draft of another report may be thrown away.
func cutForce(fields []string) ([]string, bool) {
	if n := len(fields); n > 0 && fields[n-1] == "!" {
		return fields[:n-1], true
	}
	return fields, false
}

// otherDraft asks before a draft of another report is replaced: a person
// has one draft at a time, and answers typed on a phone must not vanish
// because a reminder's button was pressed. It reports whether it asked.
func (r *request) otherDraft(form, period, unit, forceCmd string) (bool, error) {
	s, err := r.tx.Session(r.person.ID)
	if isNotFound(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if s.Form == form && s.Period == period && s.Unit == unit {
		return false, nil
	}
	f := r.cfg().Form(s.Form)
	if f == nil {
		return false, nil
	}
	answered, _ := s.Progress(f)
	if answered == 0 && s.Version == 0 {
		return false, nil // nothing to lose
	}
	p, err := f.Period(s.Period)
	if err != nil {
		return false, nil
	}
	r.say(locales.M("report.other_draft", "title", f.Title, "period", p.Label(), "answered", answered),
		[]flows.Button{{Label: locales.M("report.continue_draft_button"), Data: "/baocao " + s.Form + " " + s.Period + " " + s.Unit}},
		[]flows.Button{{Label: locales.M("report.discard_draft_button"), Data: forceCmd}})
	return true, nil
}

// open lists the reports unit may fill now: periods open and not yet
// submitted (or every open one, with submitted=true).
func (r *request) open(unit *flows.Unit, includeSubmitted bool) ([]openReport, error) {
	var out []openReport
	for _, f := range r.cfg().Forms {
		if !unit.IsLeaf() && !f.ReportsOwn(unit) {
			continue // an office reports only the forms that list its level (office_levels)
		}
		byDate := f.OpenPeriods(r.now)
		for _, p := range append(byDate, r.openedPeriods(f, unit, byDate)...) {
			if !r.cfg().InEraOf(unit, p) {
				continue // a reused code's other unit, or a unit not yet (or no longer) there
			}
			if !includeSubmitted {
				if r.tx.HasSubmission(f.ID, p.Key, unit.Code) {
					continue
				}
			}
			out = append(out, openReport{f, p})
		}
	}
	return out, nil
}

// report: /baocao [FORM PERIOD [UNIT]] [!] — start or continue a report.
func (r *request) report(args string) error {
	fields, force := cutForce(strings.Fields(args))
	s, err := r.tx.Session(r.person.ID)
	hasDraft := err == nil
	if err != nil && !isNotFound(err) {
		return err
	}
	if hasDraft && (len(fields) < 2 || sameReport(s, fields)) {
		if f, ok := r.draftForm(s); ok {
			if len(fields) >= 2 {
				// The report is named (a "Điền tiếp" button): go on with
				// it, without asking "continue or start over?" again.
				r.replies(s.Resume(f, r.context(f, s)))
			} else {
				r.replies(s.AskResumeOrNew(f, r.context(f, s)))
			}
			return r.tx.PutSession(r.person.ID, s)
		}
	}
	units, ok := r.reportUnitsNamed(fieldAt(fields, 2))
	if !ok {
		return nil
	}
	choices, err := r.openNamed(units, fields)
	if err != nil {
		return err
	}
	switch {
	case len(fields) >= 2 && len(choices) == 0:
		r.notOpen(fields, units)
		return nil
	case len(choices) == 0:
		return r.nothingOpen(units[0])
	case len(choices) == 1:
		return r.beginAsked(choices[0], force)
	}
	rows := choiceRows(choices, len(units) > 1, "/baocao", r.now)
	if len(units) > 1 {
		r.say(locales.M("report.choose_any"), rows...)
	} else {
		r.say(locales.M("report.choose", "unit", units[0].Named()), rows...)
	}
	return nil
}

// openNamed lists the open reports of units that fields name (form and
// period, when given), the one due first first: on 20/12 the month report
// due that day comes before the year report due 10/01, whatever the
// configuration's order, so that a hurried "1" picks what is urgent.
func (r *request) openNamed(units []*flows.Unit, fields []string) ([]unitReport, error) {
	var choices []unitReport
	for _, u := range units {
		open, err := r.open(u, false)
		if err != nil {
			return nil, err
		}
		for _, o := range open {
			if len(fields) < 2 || (o.form.ID == fields[0] && o.period.Key == fields[1]) {
				choices = append(choices, unitReport{o, u})
			}
		}
	}
	flows.ByDeadline(choices, func(c unitReport) flows.Period { return c.period })
	return choices, nil
}

// choiceRows is one button per open report, each running command for it;
// with several units each label names its unit. A report due today or
// overdue says so in its label.
func choiceRows(choices []unitReport, severalUnits bool, command string, now time.Time) [][]flows.Button {
	var rows [][]flows.Button
	for _, c := range choices {
		label := choiceLabel(c.openReport, now)
		if severalUnits {
			label = locales.M("report.choice_unit", "unit", c.unit.Named(), "choice", label)
		}
		rows = append(rows, []flows.Button{{Label: label, Data: command + " " + c.form.ID + " " + c.period.Key + " " + c.unit.Code}})
	}
	return rows
}

// choiceLabel names an open report with its deadline, marked when it is
// today or past: "… (hạn nộp hôm nay, 20/12/2026)".
func choiceLabel(o openReport, now time.Time) locales.Msg {
	key := "report.choice"
	switch o.period.UrgencyAt(now) {
	case flows.DueToday:
		key = "report.choice_today"
	case flows.Overdue:
		key = "report.choice_overdue"
	}
	return locales.M(key, "title", o.form.Title, "period", o.period.Label(),
		"deadline", locales.Date(o.period.LastDeadlineDay()), "days", o.period.DaysLate(now))
}

// unitReport is an open report of one of the person's units.
type unitReport struct {
	openReport
	unit *flows.Unit
}

// sameReport reports whether /baocao's fields name the draft's report.
func sameReport(s *flows.Session, fields []string) bool {
	if fields[0] != s.Form || fields[1] != s.Period {
		return false
	}
	return len(fields) < 3 || fields[2] == s.Unit
}

// beginAsked starts c, after asking if that would replace another draft.
func (r *request) beginAsked(c unitReport, force bool) error {
	if !force {
		asked, err := r.otherDraft(c.form.ID, c.period.Key, c.unit.Code, "/baocao "+c.form.ID+" "+c.period.Key+" "+c.unit.Code+" !")
		if err != nil || asked {
			return err
		}
	}
	return r.begin(c.openReport, c.unit)
}

func fieldAt(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

func (r *request) nothingOpen(unit *flows.Unit) error {
	if !unit.Until.IsZero() {
		r.say(locales.M("era.old_unit_waiting", "unit", unit.Named(), "until", locales.Date(unit.Until.AddDate(0, 0, -1))))
		return nil
	}
	all, err := r.open(unit, true)
	if err != nil {
		return err
	}
	if len(all) > 0 {
		r.say(locales.M("report.all_submitted", "unit", unit.Named()))
		return nil
	}
	// Say when the next period opens: of each form, the first period
	// (the current one or the next) whose opening is still ahead.
	var next *openReport
	for _, f := range r.cfg().Forms {
		for _, p := range []flows.Period{f.PeriodAt(r.now), f.Next(f.PeriodAt(r.now))} {
			if p.Opens.After(r.now) && (next == nil || p.Opens.Before(next.period.Opens)) {
				next = &openReport{f, p}
				break
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

// begin opens a fresh draft. The introduction offers the copy-and-fill
// template (/mau) for those who prefer to send everything at once.
func (r *request) begin(c openReport, unit *flows.Unit) error {
	s := flows.NewSession(c.form, c.period, unit.Code, r.now)
	intro := locales.M("report.intro", "title", c.form.Title, "period", c.period.Label(), "unit", unit.Named(),
		"deadline", locales.Date(c.period.LastDeadlineDay()), "count", len(c.form.Asked()))
	rs := s.Prompt(c.form, r.context(c.form, s))
	r.say(intro, []flows.Button{{Label: locales.M("report.template_button"), Data: "/mau " + c.form.ID + " " + c.period.Key + " " + unit.Code}})
	r.replies(rs)
	if err := r.tx.DiscardSession(r.person.ID); err != nil { // the draft this one replaces
		return err
	}
	return r.tx.PutSession(r.person.ID, s)
}

// draftForm returns the form of a stored draft; a draft whose form left
// the configuration or whose period locked is dropped, with a word.
func (r *request) draftForm(s *flows.Session) (*flows.Form, bool) {
	f := r.cfg().Form(s.Form)
	if f == nil {
		r.tx.DiscardSession(r.person.ID)
		return nil, false
	}
	p, err := f.Period(s.Period)
	if err != nil || (p.IsLocked(r.now) && !r.unlocked(s.Form, s.Period, s.Unit) && !r.opened(s.Form, s.Period, s.Unit)) {
		r.tx.DiscardSession(r.person.ID)
		r.say(locales.M("report.draft_expired", "title", f.Title, "period", p.Label()))
		return nil, false
	}
	return f, true
}

// context gives the conversation what it needs from storage: the unit's
// figures of the previous period, for the plausibility check.
func (r *request) context(f *flows.Form, s *flows.Session) flows.Context {
	c := flows.Context{Now: r.now, Lang: r.lang, Unit: r.cfg().Units.Get(s.Unit), Targets: r.cfg().Targets}
	p, err := f.Period(s.Period)
	if err != nil {
		return c
	}
	if r.cfg().Earlier(p) {
		// An old unit's late entry: no unit of today's list, and its
		// earlier figures are not compared.
		c.Unit = r.cfg().UnitOf(s.Unit, p)
		return c
	}
	u := r.cfg().Units.Get(s.Unit)
	if u == nil {
		return c
	}
	// The same period a year earlier first, the previous period when a
	// figure has none (flows/session_history.go). Before 07/2025 a unit's
	// figures are its old units' sum, only where all of them gave one.
	prev, yearP := f.Previous(p), f.YearBefore(p)
	if sub := r.pastSubmission(f, u, prev); sub != nil {
		c.Previous, c.PrevName = sub, prev.Label()
	}
	if yearP.Key == prev.Key {
		c.YearAgo, c.YearName = c.Previous, c.PrevName
	} else if sub := r.pastSubmission(f, u, yearP); sub != nil {
		c.YearAgo, c.YearName = sub, yearP.Label()
	}
	return c
}

// pastSubmission is u's report of an earlier period p, or before 07/2025
// its old units' sum (nil when there is none, or it cannot be read: the
// check is then skipped, the answer is not refused).
func (r *request) pastSubmission(f *flows.Form, u *flows.Unit, p flows.Period) *flows.Submission {
	if p.Key == "" {
		return nil
	}
	subs, err := r.tx.SubmissionsFor(f.ID, p.Key, r.cfg().PastUnits(u, p))
	if err != nil {
		return nil
	}
	return flows.NewTable(f, p, subs).PastSubmission(u)
}

// converse hands a message to the person's open draft.
func (r *request) converse() error {
	s, err := r.tx.Session(r.person.ID)
	if isNotFound(err) {
		// A linked person may be given a second unit's code.
		if _, ok := flows.NormalizeInviteCode(r.in.Text); ok && r.in.Kind == channel.KindText {
			return r.redeem(r.in.Text)
		}
		if r.in.Kind == channel.KindUnsupported || r.in.Kind == channel.KindVoice {
			r.say(locales.M("session.note_then", "note", locales.M("session.unsupported", "what", locales.M("what."+r.what())), "then", r.noDraftHelp()))
			return nil
		}
		if r.in.Kind == channel.KindText && strings.Contains(r.in.Text, "\n") {
			if done, err := r.filledWithoutDraft(); done || err != nil {
				return err
			}
		}
		r.say(r.noDraftHelp())
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
	in := flows.Input{Kind: inputKind(r.in.Kind), Text: r.in.Text, Data: r.in.Data, FileID: r.in.FileID}
	if r.in.Kind == channel.KindUnsupported || r.in.Kind == channel.KindVoice {
		in.Text = locales.Render(r.lang, locales.M("what."+r.what()))
	}
	if r.in.Kind == channel.KindVoice {
		r.voiceInput(&in)
	}
	return r.handle(f, s, in)
}

// handle hands in to the draft and carries out the outcome; the photos
// and voice notes the draft no longer refers to afterwards (an answer
// replaced, the draft restarted) are pruned with it.
func (r *request) handle(f *flows.Form, s *flows.Session, in flows.Input) error {
	before := mediaKeys(f, s)
	o := s.Handle(f, in, r.context(f, s))
	if dropped := droppedKeys(before, mediaKeys(f, s)); len(dropped) > 0 && !o.Discard {
		if err := r.tx.PruneMedia(s.Form, s.Period, s.Unit, dropped); err != nil {
			return err
		}
	}
	return r.apply(f, s, o)
}

// filledWithoutDraft takes a filled form (/mau) sent when no report is
// open, as when a colleague passed the form on in a Zalo group: the one
// open report whose questions the lines name (and, for an officer of
// several units, whose unit the first line names) is opened and filled.
func (r *request) filledWithoutDraft() (bool, error) {
	units := r.officerUnits()
	var match []unitReport
	for _, u := range units {
		open, err := r.open(u, false)
		if err != nil {
			return false, err
		}
		for _, o := range open {
			if _, ok := flows.ReadTemplate(o.form, r.in.Text); !ok {
				continue
			}
			first, _, _ := strings.Cut(r.in.Text, "\n")
			if len(units) > 1 && !strings.Contains(flows.Fold(first), flows.Fold(u.Name)) {
				continue
			}
			match = append(match, unitReport{o, u})
		}
	}
	if len(match) > 1 {
		// Forms sharing their questions (the year and six-month reviews):
		// the first line names the report.
		first, _, _ := strings.Cut(r.in.Text, "\n")
		var named []unitReport
		for _, m := range match {
			name := locales.Render(r.lang, locales.M("report.choice", "title", m.form.Title, "period", m.period.Label(), "deadline", ""))
			name, _, _ = strings.Cut(name, " (")
			if strings.Contains(flows.Fold(first), flows.Fold(name)) {
				named = append(named, m)
			}
		}
		match = named
	}
	if len(match) != 1 {
		return false, nil
	}
	c := match[0]
	s := flows.NewSession(c.form, c.period, c.unit.Code, r.now)
	pairs, _ := flows.ReadTemplate(c.form, r.in.Text)
	return true, r.apply(c.form, s, s.FillTemplate(c.form, pairs, r.context(c.form, s)))
}

// noDraftHelp answers a message that is no answer to anything: an officer
// is pointed to /baocao, a supervisor (who cannot use it) to their own
// commands.
func (r *request) noDraftHelp() locales.Msg {
	units := r.cfg().Units
	if !flows.May(r.person, units, flows.Report, nil) && flows.May(r.person, units, flows.Supervise, nil) {
		return locales.M("report.no_draft_supervisor")
	}
	return locales.M("report.no_draft")
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
		return r.handle(f, s, flows.Input{Kind: flows.InputCommand, Command: cmd})
	}
}

// apply carries out what the conversation decided.
func (r *request) apply(f *flows.Form, s *flows.Session, o flows.Outcome) error {
	r.replies(o.Replies)
	switch {
	case o.Submit:
		stored, err := r.store(f, s)
		if err != nil || !stored {
			return err
		}
		return r.tx.DeleteSession(r.person.ID)
	case o.Discard: // its photos and voice notes go with it
		return r.tx.DiscardSession(r.person.ID)
	}
	return r.tx.PutSession(r.person.ID, s)
}

// store saves a confirmed report as a new version. It refuses, keeping the
// draft on its review screen, when the unit's report changed since the
// draft began (a colleague sent one, or a newer revision exists): sending
// again then replaces that version knowingly, never silently.
func (r *request) store(f *flows.Form, s *flows.Session) (bool, error) {
	p, err := f.Period(s.Period)
	if err != nil {
		return false, err
	}
	// On time or late is decided by the first version: a correction made
	// after the deadline does not make an on-time report late.
	late := p.IsLate(r.now)
	prev, err := r.tx.Submission(f.ID, s.Period, s.Unit)
	switch {
	case err == nil && prev.Version != s.Version:
		s.Version = prev.Version
		s.State, s.Paused = flows.Reviewing, false
		r.say(locales.M("report.conflict", "by", prev.ByName, "at", locales.DateTime(prev.At), "version", prev.Version))
		r.replies(s.Prompt(f, r.context(f, s)))
		return false, r.tx.PutSession(r.person.ID, s)
	case err == nil:
		late = prev.Late
	case !isNotFound(err):
		return false, err
	}
	// A period a supervisor opened outside its dates: the report keeps
	// its true time and is marked as a late entry; the opening is used up.
	lateEntry := r.opened(f.ID, s.Period, s.Unit) || (prev != nil && prev.LateEntry)
	sub := &flows.Submission{Form: f.ID, Period: s.Period, Unit: s.Unit, Answers: s.Answers, By: r.person.ID, ByName: r.person.Name,
		At: r.now, Channel: r.in.Channel, Late: late, LateEntry: lateEntry, Voices: answeringVoices(s)}
	if err := r.tx.PutSubmission(sub); err != nil {
		return false, err
	}
	// Its webhooks are queued with it: they go out only if it commits.
	if err := webhook.Enqueue(r.tx, r.cfg(), f, p, sub, r.now); err != nil {
		return false, err
	}
	if err := r.tx.Unmark(flows.OpeningKey(f.ID, s.Period, s.Unit)); err != nil {
		return false, err
	}
	r.app.counts.submitted.Add(1)  // may count a rolled-back one: a metric, not a record
	r.lock(f.ID, s.Period, s.Unit) // an unlock serves one revision
	u := r.cfg().UnitOf(s.Unit, p)
	key := "report.submitted"
	if sub.Version > 1 {
		key = "report.resubmitted"
	}
	r.say(locales.M(key, "title", f.Title, "period", p.Label(), "unit", u.Named(), "at", locales.DateTime(r.now), "version", sub.Version, "locks", locales.Date(p.LastLockDay())))
	if sub.Late && sub.Version == 1 {
		r.say(locales.M("report.late_note", "deadline", locales.Date(p.LastDeadlineDay())))
	}
	if sub.LateEntry && sub.Version == 1 {
		r.say(locales.M("opening.late_entry_note"))
	}
	// The unit's standing follows, in the submission's transaction.
	if err := r.standingAfterSubmit(f, p, sub); err != nil {
		return false, err
	}
	return true, nil
}
