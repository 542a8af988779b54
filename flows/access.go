package flows

// Action is something a person may want to do; May decides whether they
// may. Every access check of the bot goes through May, so the rules are
// read (and changed) in one place.
type Action int

const (
	// Anyone: any linked person (help, who am I, deadlines, results).
	Anyone Action = iota
	// Report: fill in and correct reports; for a unit, as its officer;
	// without a unit, as an officer of some unit.
	Report
	// Supervise: see digests, send reminders, invite, unlock; for a unit,
	// linked with a supervising role to it or to a unit above it; without
	// a unit, supervising any unit.
	Supervise
	// See: see a unit's own figures: its officer, or a supervisor above it.
	See
	// InviteAdmin: create an administrator's invite for a unit: an
	// administrator of it or of a unit above it.
	InviteAdmin
	// Administer: read the audit log; for a unit, as an administrator of
	// it or of a unit above it; without a unit, administering any.
	Administer
)

// May reports whether p may do a, for unit u (nil: for some unit, which
// is how a command is gated before its arguments are read).
func May(p *Person, units *Units, a Action, u *Unit) bool {
	if p == nil {
		return false
	}
	switch a {
	case Anyone:
		return true
	case Report:
		if u == nil {
			return len(p.ReportsFor()) > 0
		}
		l, ok := p.Link(u.Code)
		return ok && l.Role == Officer
	case Supervise:
		if u == nil {
			return len(p.Supervised()) > 0
		}
		return p.holds(units, u, Role.Supervises)
	case See:
		return u != nil && (May(p, units, Report, u) || May(p, units, Supervise, u))
	case InviteAdmin:
		return u != nil && p.holds(units, u, func(r Role) bool { return r == Admin })
	case Administer:
		if u == nil {
			for _, l := range p.Links {
				if l.Role == Admin {
					return true
				}
			}
			return false
		}
		return p.holds(units, u, func(r Role) bool { return r == Admin })
	}
	return false
}

// holds reports whether p is linked, with a role that role accepts, to u
// or to a unit above it. A cluster is held by its own supervisors, or by
// whoever holds every one of its members (the province above them).
func (p *Person) holds(units *Units, u *Unit, role func(Role) bool) bool {
	if u.IsCluster() && len(u.Children) > 0 {
		if l, ok := p.Link(u.Code); ok && role(l.Role) {
			return true
		}
		for _, m := range u.Children {
			if !p.holds(units, m, role) {
				return false
			}
		}
		return true
	}
	for _, l := range p.Links {
		if !role(l.Role) {
			continue
		}
		if top := units.Get(l.Unit); top != nil && top.Contains(u) {
			return true
		}
	}
	return false
}
