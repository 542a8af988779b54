package bot

import (
	"strings"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// template: /mau [FORM PERIOD [UNIT]] — the report as a plain-text form to
// copy, fill in and send back in one message (flows.Session.Template). It
// opens the report's draft like /baocao, or uses the one already open, so
// the filled copy is read as answers to it.
func (r *request) template(args string) error {
	fields, force := cutForce(strings.Fields(args))
	s, err := r.tx.Session(r.person.ID)
	if err != nil && !isNotFound(err) {
		return err
	}
	if err == nil && (len(fields) < 2 || sameReport(s, fields)) {
		if f, ok := r.draftForm(s); ok {
			if s.State != flows.Asking && s.State != flows.Reviewing {
				s.Resume(f, r.context(f, s)) // the menus give way to the template
			}
			s.Paused = false
			r.sendTemplate(f, s)
			return r.tx.PutSession(r.person.ID, s)
		}
	}
	units, ok := r.unitsNamed(fieldAt(fields, 2))
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
	case len(choices) > 1:
		r.say(locales.M("template.choose"), choiceRows(choices, len(units) > 1, "/mau", r.now)...)
		return nil
	}
	c := choices[0]
	if !force {
		asked, err := r.otherDraft(c.form.ID, c.period.Key, c.unit.Code, "/mau "+c.form.ID+" "+c.period.Key+" "+c.unit.Code+" !")
		if err != nil || asked {
			return err
		}
	}
	s = flows.NewSession(c.form, c.period, c.unit.Code, r.now)
	s.Step++ // the template is the prompt: buttons of an earlier message are stale
	r.sendTemplate(c.form, s)
	if err := r.tx.DiscardSession(r.person.ID); err != nil { // the draft this one replaces
		return err
	}
	return r.tx.PutSession(r.person.ID, s)
}

// sendTemplate sends how to use the template, then the template alone in
// its own message, so that copying it copies nothing else.
func (r *request) sendTemplate(f *flows.Form, s *flows.Session) {
	c := r.context(f, s)
	r.say(locales.M("template.intro", "count", len(f.Asked())))
	r.say(s.Template(f, c))
}
