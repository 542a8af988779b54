package api

import (
	"time"
)

// Status is the answer of /status: who has reported a period, who late,
// who still owes it. The counts are the digest's.
type Status struct {
	Form     string `json:"form"`
	Period   string `json:"period"`
	Unit     string `json:"unit"`
	Deadline string `json:"deadline"` // the last day on time
	// Expected, Submitted, OnTime and Late are the digest's counts;
	// NotSubmitted is how many still owe the report.
	Expected     int          `json:"expected"`
	Submitted    int          `json:"submitted"`
	OnTime       int          `json:"on_time"`
	Late         int          `json:"late"`
	NotSubmitted int          `json:"not_submitted"`
	Units        []UnitStatus `json:"units"`
}

// UnitStatus is one reporting unit's status.
type UnitStatus struct {
	Unit string `json:"unit"`
	Name string `json:"name"`
	// Status is on_time, late (the first version came after the
	// deadline) or not_submitted.
	Status string `json:"status"`
	// SubmittedAt is when the first version came (null when none did);
	// Version is the current version's number (0: none).
	SubmittedAt *time.Time `json:"submitted_at"`
	Version     int        `json:"version"`
	Imported    bool       `json:"imported"`   // the figures came from a file
	LateEntry   bool       `json:"late_entry"` // entered in a period opened again
}

// status: GET /api/v1/status?form=&period=&unit= — every reporting unit
// under the unit, in the tree's order.
func (c *call) status() (any, *table, error) {
	f, p, u, err := c.fpu()
	if err != nil {
		return nil, nil, err
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
		Expected: d.Expected, Submitted: d.Done, OnTime: d.OnTime, Late: d.Done - d.OnTime,
		NotSubmitted: d.Expected - d.Done, Units: []UnitStatus{}}
	t := &table{head: []string{"unit", "name", "status", "submitted_at", "version", "imported", "late_entry"}}
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
			x.Status = "on_time"
			if p.IsLate(at) {
				x.Status = "late"
			}
		}
		out.Units = append(out.Units, x)
		sa := ""
		if x.SubmittedAt != nil {
			sa = when(*x.SubmittedAt)
		}
		t.add(x.Unit, x.Name, x.Status, sa, itoa(x.Version), yes(x.Imported), yes(x.LateEntry))
	}
	return out, t, nil
}
