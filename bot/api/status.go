package api

import (
	"time"

	"github.com/baocao/baocao/flows"
)

// Status is the answer of /status: who has reported a period, who late,
// who still owes it. The counts are the digest's.
type Status struct {
	Form     string `json:"form"`
	Period   string `json:"period"`
	Unit     string `json:"unit"`
	Deadline string `json:"deadline"` // the last day on time
	// Expected, Submitted, OnTime, Late and Imported are the digest's
	// counts (Submitted = OnTime + Late + Imported: figures imported from
	// a file are neither on time nor late, as the status sheet says);
	// NotSubmitted is how many still owe the report.
	Expected     int          `json:"expected"`
	Submitted    int          `json:"submitted"`
	OnTime       int          `json:"on_time"`
	Late         int          `json:"late"`
	Imported     int          `json:"imported"`
	NotSubmitted int          `json:"not_submitted"`
	Units        []UnitStatus `json:"units"`
}

// UnitStatus is one reporting unit's status.
type UnitStatus struct {
	Unit string `json:"unit"`
	Name string `json:"name"`
	// Status is on_time, late (the first version came after the
	// deadline), imported (figures imported from a file: neither on time
	// nor late) or not_submitted.
	Status string `json:"status"`
	// SubmittedAt is when the first version came (null when none did);
	// Version is the current version's number (0: none).
	SubmittedAt *time.Time `json:"submitted_at"`
	Version     int        `json:"version"`
	Imported    bool       `json:"imported"`   // the figures came from a file
	LateEntry   bool       `json:"late_entry"` // entered in a period opened again
}

// status: GET /api/v1/status?form=&period=&unit= — every reporting unit
// under the unit, in the tree's order. A period before the 07/2025
// reform is the old units' own: who reported it then is a commune or
// town of that era, under its old code and name, never today's commune
// that took its code (see eraStatus).
func (c *call) status() (any, *table, error) {
	f, p, u, err := c.fpu()
	if err != nil {
		return nil, nil, err
	}
	if c.h.Config.Earlier(p) {
		return c.eraStatus(f, p, u)
	}
	d, err := c.h.Bot.Digest(c.tx, u, f, p, c.now)
	if err != nil {
		return nil, nil, err
	}
	tab, first, err := c.h.Bot.Table(c.tx, u, f, p)
	if err != nil {
		return nil, nil, err
	}
	out := Status{Form: f.ID, Period: p.Key, Unit: u.Code, Deadline: *day(p.Deadline.Add(-1)),
		Expected: d.Expected, Submitted: d.Done, OnTime: d.OnTime, Late: d.Late(), Imported: d.Imported,
		NotSubmitted: d.Expected - d.Done, Units: []UnitStatus{}}
	t := statusTable()
	for _, l := range u.Leaves() {
		x := UnitStatus{Unit: l.Code, Name: l.Name, Status: "not_submitted"}
		if s := tab.Sub(l.Code); s != nil {
			// As the digest counts it: the first version's time decides.
			at := s.At
			if fa, ok := first[l.Code]; ok {
				at = fa
			}
			at = at.UTC()
			x.SubmittedAt, x.Version, x.Imported, x.LateEntry = &at, s.Version, s.Imported != nil, s.LateEntry
			x.Status = timeliness(p, at, s)
		}
		out.Units = append(out.Units, x)
		t.addStatus(x)
	}
	return out, t, nil
}

// eraStatus is the status of a period of an earlier era: one row per old
// unit that reported in that era under the unit asked for (its code and
// name then), counted from those rows alone. The digest of such a period
// shows today's communes as their old units' sums; who owed the report
// then, and who was late, are the old units.
func (c *call) eraStatus(f *flows.Form, p flows.Period, u *flows.Unit) (any, *table, error) {
	cfg := c.h.Config
	old := cfg.OldUnitsOf(u, p)
	subs, err := c.tx.SubmissionsFor(f.ID, p.Key, old)
	if err != nil {
		return nil, nil, err
	}
	out := Status{Form: f.ID, Period: p.Key, Unit: u.Code, Deadline: *day(p.Deadline.Add(-1)), Units: []UnitStatus{}}
	t := statusTable()
	seen := map[string]bool{}
	for _, o := range old {
		if seen[o.Code] {
			continue
		}
		seen[o.Code] = true
		x := UnitStatus{Unit: o.Code, Name: o.Name, Status: "not_submitted"}
		if n := cfg.UnitOf(o.Code, p); n != nil && n.Name != "" {
			x.Name = n.Name
		}
		out.Expected++
		if s := subs[o.Code]; s != nil {
			hist, err := c.tx.History(f.ID, p.Key, o.Code)
			if err != nil {
				return nil, nil, err
			}
			at := s.At
			if len(hist) > 0 { // the first version's time decides, as in the digest
				at = hist[0].At
			}
			at = at.UTC()
			x.SubmittedAt, x.Version, x.Imported, x.LateEntry = &at, s.Version, s.Imported != nil, s.LateEntry
			out.Submitted++
			switch x.Status = timeliness(p, at, s); x.Status {
			case "late":
				out.Late++
			case "imported":
				out.Imported++
			default:
				out.OnTime++
			}
		}
		out.Units = append(out.Units, x)
		t.addStatus(x)
	}
	out.NotSubmitted = out.Expected - out.Submitted
	return out, t, nil
}

// timeliness is a reported unit's status, as the digest counts it: the
// first version's time (at) decides, and figures imported from a file are
// neither on time nor late.
func timeliness(p flows.Period, at time.Time, s *flows.Submission) string {
	switch {
	case s.Imported != nil:
		return "imported"
	case p.IsLate(at):
		return "late"
	}
	return "on_time"
}

func statusTable() *table {
	return &table{head: []string{"unit", "name", "status", "submitted_at", "version", "imported", "late_entry"}}
}

func (t *table) addStatus(x UnitStatus) {
	sa := ""
	if x.SubmittedAt != nil {
		sa = when(*x.SubmittedAt)
	}
	t.add(x.Unit, x.Name, x.Status, sa, itoa(x.Version), yes(x.Imported), yes(x.LateEntry))
}
