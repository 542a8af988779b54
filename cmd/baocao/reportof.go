package main

import "github.com/baocao/baocao/flows"

// reportOf finds the configuration and, in it, the form, period and unit
// that an operator's --form, --period and --unit name (no --unit: the
// configuration's one top unit). A non-zero code means the operator has
// already been told, in their language, what is missing and where it was
// looked for.
func (c *common) reportOf(formID, periodKey, unitCode string) (*flows.Config, *flows.Form, flows.Period, *flows.Unit, int) {
	var none flows.Period
	cfg, err := c.loadConfig()
	if err != nil {
		return nil, nil, none, nil, configFail(err)
	}
	f := cfg.Form(formID)
	if f == nil {
		return nil, nil, none, nil, c.failNotIn(cfg, "op.no_form", "form", formID, "file", cfg.Source)
	}
	p, err := f.Period(periodKey)
	if err != nil {
		return nil, nil, none, nil, failMsg("op.bad_period", "period", periodKey)
	}
	u := cfg.Units.Get(unitCode)
	if cfg.Earlier(p) && unitCode != "" {
		// The period's era picks the unit: --period 2024 --unit 15250 is
		// old Xã Thành An, not new Xã Ngọc Trạo.
		u, _ = cfg.OldUnitNamed(unitCode, cfg.EraUntil(p))
	}
	if unitCode == "" && len(cfg.Units.Roots) == 1 {
		u = cfg.Units.Roots[0]
	}
	if u == nil {
		return nil, nil, none, nil, c.failNotIn(cfg, "op.no_unit", "unit", unitCode, "file", cfg.Source)
	}
	return cfg, f, p, u, 0
}
