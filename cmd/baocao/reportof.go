package main

import (
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// reportOf finds the configuration and, in it, the form, period and unit
// that an operator's --form, --period and --unit name (no --unit: the
// configuration's one top unit). A non-zero code means the operator has
// already been told, in their language, what is missing and where it was
// looked for.
func (c *common) reportOf(formID, periodKey, unitCode string) (*flows.Config, *flows.Form, flows.Period, *flows.Unit, int) {
	return c.reportOfEra(formID, periodKey, unitCode, true)
}

// exportOf is reportOf for `baocao export`: the unit is always one of
// today's, as the chat's /xuat takes it (a cluster, the province, a
// commune), and a period before 07/2025 shows it as its old units' sums.
func (c *common) exportOf(formID, periodKey, unitCode string) (*flows.Config, *flows.Form, flows.Period, *flows.Unit, int) {
	return c.reportOfEra(formID, periodKey, unitCode, false)
}

// reportOfEra is reportOf where byEra says whether a period of an earlier
// era names the unit of that era (a slot to open) or today's (a sheet).
func (c *common) reportOfEra(formID, periodKey, unitCode string, byEra bool) (*flows.Config, *flows.Form, flows.Period, *flows.Unit, int) {
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
	if cfg.Earlier(p) && unitCode != "" && byEra {
		// The period's era picks the unit: --period 2024 --unit 15250 is
		// old Xã Thành An, not new Xã Ngọc Trạo.
		u, _ = cfg.OldUnitNamed(unitCode, cfg.EraUntil(p))
	}
	if unitCode == "" && len(cfg.Units.Roots) == 1 {
		u = cfg.Units.Roots[0]
	}
	if u == nil && !byEra && unitCode != "" && !cfg.EraStart().IsZero() {
		// An old unit's code: today's sheet has no row of its own for it.
		if old, ok := cfg.OldUnitNamed(unitCode, cfg.EraStart()); ok {
			if next := cfg.Successors(old.Code); len(next) > 0 {
				return nil, nil, none, nil, failMsg("op.export_old_unit", "code", unitCode, "old", cfg.Label(old),
					"since", locales.Date(cfg.EraStart()), "unit", next[0].Named(), "new", next[0].Code)
			}
		}
	}
	if u == nil {
		return nil, nil, none, nil, c.failNotIn(cfg, "op.no_unit", "unit", unitCode, "file", cfg.Source)
	}
	return cfg, f, p, u, 0
}
