package api

import (
	"github.com/baocao/baocao/flows"
)

// form is the call's ?form=, which must name a form of the configuration.
func (c *call) form() (*flows.Form, error) {
	id := c.r.URL.Query().Get("form")
	if id == "" {
		return nil, errBadRequest("api.need_param", "param", "form")
	}
	f := c.h.Config.Form(id)
	if f == nil {
		return nil, errNotFound("api.no_form", "form", id)
	}
	return f, nil
}

// period is the call's ?period= of form f ("2026-11", "2026-Q4", "2026-H1",
// "2026"), which must be written as f's periods are.
func (c *call) period(f *flows.Form) (flows.Period, error) {
	key := c.r.URL.Query().Get("period")
	if key == "" {
		return flows.Period{}, errBadRequest("api.need_param", "param", "period")
	}
	p, err := f.Period(key)
	if err != nil {
		return flows.Period{}, errNotFound("api.no_period", "period", key, "form", f.ID)
	}
	return p, nil
}

// scope is the call's ?unit= (a unit's code or a cluster's id; the token's
// own unit when none is named): an unknown one is 404, one the token's
// holder may not supervise 403, as in the chat and the web view.
func (c *call) scope() (*flows.Unit, error) {
	code := c.r.URL.Query().Get("unit")
	if code == "" {
		code = c.token.Unit
	}
	c.unit = code
	u := c.h.Config.Units.Get(code)
	if u == nil {
		return nil, errNotFound("api.no_unit", "unit", code)
	}
	if !flows.May(c.person, c.h.Config.Units, flows.Supervise, u) {
		return nil, errForbidden("api.not_yours", "unit", code)
	}
	return u, nil
}

// fpu reads form, period and unit, in that order.
func (c *call) fpu() (*flows.Form, flows.Period, *flows.Unit, error) {
	f, err := c.form()
	if err != nil {
		return nil, flows.Period{}, nil, err
	}
	p, err := c.period(f)
	if err != nil {
		return nil, flows.Period{}, nil, err
	}
	u, err := c.scope()
	return f, p, u, err
}
