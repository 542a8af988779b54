package units

import "github.com/baocao/baocao/flows"

// AttachBefore gives a configuration of the units since 01/07/2025 the
// official units of its provinces before that day, so that a report of
// 2024 under 15250 is named as old Xã Thành An's (Huyện Thạch Thành), not
// new Xã Ngọc Trạo's. A configuration of one era, or one whose top units
// are not provinces of the list, is left as it is (old units are then
// named by their code).
func AttachBefore(cfg *flows.Config) error {
	if cfg == nil || len(cfg.Eras) == 0 || !cfg.EraStart().Equal(flows.MergedOn) {
		return nil
	}
	o, err := Lists()
	if err != nil {
		return err
	}
	var roots []*flows.Unit
	for _, r := range cfg.Units.Roots {
		for _, p := range o.Before {
			if p.Code == r.Code {
				roots = append(roots, clone(p))
			}
		}
	}
	if len(roots) > 0 {
		cfg.SetBefore(roots)
	}
	return nil
}

// clone copies a unit tree: the official lists are shared and read-only.
func clone(u *flows.Unit) *flows.Unit {
	c := &flows.Unit{Code: u.Code, Name: u.Name, Level: u.Level}
	for _, x := range u.Children {
		c.Children = append(c.Children, clone(x))
	}
	return c
}
