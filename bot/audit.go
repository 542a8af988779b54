package bot

// /nhatky and `baocao audit`: the audit log read back, in the reader's
// language. An admin in chat sees what was done for the units under them;
// the operator sees everything.

import (
	"strings"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// Bounds of a log read: a chat shows the newest entries, the command line
// more; both say how many there were.
const (
	auditChatLines = 30
	auditCLILines  = 2000
	auditDefault   = 30 * 24 * time.Hour
)

// AuditQuery is what part of the log to read.
type AuditQuery struct {
	Unit  *flows.Unit // nil: every unit
	Since time.Time
	Limit int
	// Within, when set, keeps only entries for units under one of these
	// (an admin's) or, for entries naming no unit, when one is a root.
	Within []*flows.Unit
}

// ReadAudit reads the log for q and renders it as message lines.
func ReadAudit(tx *store.Tx, cfg *flows.Config, q AuditQuery) (locales.Msg, error) {
	// under reports whether the entry's unit is top's: an old unit is
	// under the units of today it went into.
	under := func(top, u *flows.Unit) bool {
		if u == nil {
			return false
		}
		if u.Until.IsZero() {
			return top.Contains(u)
		}
		for _, s := range cfg.Successors(u.Code) {
			if top.Contains(s) {
				return true
			}
		}
		return false
	}
	keep := func(e store.AuditEntry) bool {
		u := auditUnit(cfg, e)
		if q.Unit != nil && !under(q.Unit, u) {
			return false
		}
		if q.Within != nil {
			for _, top := range q.Within {
				if under(top, u) || (e.Unit == "" && top.Parent == nil) {
					return true
				}
			}
			return false
		}
		return true
	}
	entries, total, err := tx.AuditLog(q.Since, keep, q.Limit)
	if err != nil {
		return locales.Msg{}, err
	}
	scope := any(locales.M("audit.everywhere"))
	if q.Unit != nil {
		scope = q.Unit.Name
	}
	if total == 0 {
		return locales.M("audit.none", "scope", scope, "since", locales.Date(q.Since)), nil
	}
	var lines []locales.Msg
	for _, e := range entries {
		unit := any(locales.Plain(""))
		if u := auditUnit(cfg, e); u != nil && !u.Until.IsZero() {
			unit = locales.M("audit.unit", "unit", cfg.Label(u))
		} else if u != nil {
			unit = locales.M("audit.unit", "unit", u.Name)
		} else if e.Unit != "" {
			unit = locales.M("audit.unit", "unit", locales.Plain(e.Unit))
		}
		who := any(locales.Plain(e.ByName))
		switch {
		case e.By == "cli":
			who = locales.M("audit.operator")
		case e.By == "schedule":
			who = locales.M("audit.system")
		case e.ByName == "":
			who = locales.Plain(e.By)
		}
		detail := any(locales.Plain(""))
		if e.Detail != "" {
			detail = locales.M("audit.detail", "detail", locales.Plain(e.Detail))
		}
		lines = append(lines, locales.M("audit.line", "at", locales.DateTime(e.At), "who", who,
			"action", locales.M("audit.action_"+e.Action), "unit", unit, "detail", detail))
	}
	m := locales.M("audit.list", "scope", scope, "since", locales.Date(q.Since), "count", total, "lines", lines)
	if total > len(entries) {
		m = locales.M("audit.list_newest", "list", m, "shown", len(entries))
	}
	return m, nil
}

// auditLog: /nhatky [UNIT] [dd/mm/yyyy].
func (r *request) auditLog(args string) error {
	q := AuditQuery{Since: r.now.Add(-auditDefault), Limit: auditChatLines}
	for _, l := range r.person.Links {
		if l.Role == flows.Admin {
			if u := r.cfg().Units.Get(l.Unit); u != nil {
				q.Within = append(q.Within, u)
			}
		}
	}
	for _, f := range strings.Fields(args) {
		if u := r.cfg().Units.Get(f); u != nil {
			if !flows.May(r.person, r.cfg().Units, flows.Administer, u) {
				r.say(locales.M("access.denied", "unit", locales.Plain(shorten(f, 20))))
				return nil
			}
			q.Unit = u
			continue
		}
		d, err := time.ParseInLocation("02/01/2006", f, locales.Zone)
		if err != nil {
			r.say(locales.M("audit.usage"))
			return nil
		}
		q.Since = d
	}
	m, err := ReadAudit(r.tx, r.cfg(), q)
	if err != nil {
		return err
	}
	r.say(m)
	return nil
}

// auditUnit is the unit an entry is about: by its era, so that what was
// done for old Xã Thành An (15250) before 01/07/2025 is never read as new
// Xã Ngọc Trạo's, which reuses the code. Old units are not under today's.
func auditUnit(cfg *flows.Config, e store.AuditEntry) *flows.Unit {
	code, until := flows.SplitRef(e.Unit)
	if until.IsZero() {
		until = cfg.EraUntilAt(e.At)
		if p, ok := auditPeriod(cfg, e); ok {
			// A report's entry is about its period's unit: 2024's 15250
			// is old Xã Thành An even when imported in 2026.
			until = cfg.EraUntil(p)
		}
	}
	if !until.IsZero() {
		return cfg.OldUnit(code, until)
	}
	return cfg.Units.Get(code)
}

// auditPeriod is the period a report's entry (submitted, edited,
// imported: "nam 2024 v1 …") is about.
func auditPeriod(cfg *flows.Config, e store.AuditEntry) (flows.Period, bool) {
	switch e.Action {
	case store.AuditSubmit, store.AuditEdit, store.AuditImport:
	default:
		return flows.Period{}, false
	}
	w := strings.Fields(e.Detail)
	if len(w) < 2 {
		return flows.Period{}, false
	}
	f := cfg.Form(w[0])
	if f == nil {
		return flows.Period{}, false
	}
	p, err := f.Period(w[1])
	return p, err == nil
}
