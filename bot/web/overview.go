package web

import (
	"cmp"
	"errors"
	"net/http"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// Status is where one reporting unit stands on a period.
type Status string

const (
	OnTime     Status = "ontime"
	Late       Status = "late"
	Draft      Status = "draft"
	NotStarted Status = "notstarted"
	NoOfficer  Status = "noofficer"
	// Imported: figures an operator imported from a file; the unit's
	// report neither on time nor late (the status sheet's "Nhập từ tệp").
	Imported Status = "imported"
	// Missing: an old unit of an earlier era that sent nothing; it no
	// longer exists, so it has no officer to remind and no draft.
	Missing Status = "missing"
)

// unitRow is one reporting unit of the overview.
type unitRow struct {
	Unit     *flows.Unit
	Status   Status
	At       time.Time // the first version's time, for a submitted one
	By       string
	Officers []string
	Progress string // "5/12" for a draft
	File     string // the file's name, for imported figures
	// Label and Detail are the status and its line, in the reader's
	// language ("Nộp đúng hạn", "Nộp lúc 14:00 15/12/2026, …").
	Label, Detail string
}

// describe fills in the words of a row.
func (row *unitRow) describe(lang locales.Lang) {
	row.Label = tr(lang, "web.status_"+string(row.Status))
	switch row.Status {
	case OnTime, Late:
		row.Detail = tr(lang, "web.sent_at", "at", locales.DateTime(row.At), "by", row.By)
	case Imported:
		row.Detail = tr(lang, "web.imported_at", "at", locales.DateTime(row.At), "by", row.By, "file", row.File)
	case Missing:
		row.Detail = ""
	case Draft:
		row.Detail = tr(lang, "web.draft_of", "progress", row.Progress, "who", row.Officers[0])
	case NotStarted:
		row.Detail = strings.Join(row.Officers, ", ")
	default:
		row.Detail = tr(lang, "web.no_officer_hint")
	}
}

// Counts is the completeness of a group of units.
type Counts struct {
	Expected, OnTime, Late, Imported, Draft, NotStarted, NoOfficer, Missing int
}

// Done is how many have reported (imported figures included, neither on
// time nor late).
func (c Counts) Done() int { return c.OnTime + c.Late + c.Imported }

// Timed is how many reported on time or late (imported figures are not).
func (c Counts) Timed() int { return c.OnTime + c.Late }

func (c *Counts) add(s Status) {
	c.Expected++
	switch s {
	case OnTime:
		c.OnTime++
	case Late:
		c.Late++
	case Draft:
		c.Draft++
	case NotStarted:
		c.NotStarted++
	case NoOfficer:
		c.NoOfficer++
	case Imported:
		c.Imported++
	case Missing:
		c.Missing++
	}
}

// group is a cluster of units ("cụm thi đua"), or the units under one
// parent when they are in no cluster.
type group struct {
	Name   string
	Counts Counts
	Rows   []unitRow
}

type overviewBody struct {
	Digest   flows.Digest
	Counts   Counts
	Groups   []group
	Owing    int // units that have not reported and have an officer to remind
	Locked   bool
	Deadline time.Time
	// Era is set for a period of an earlier era: the rows are the old
	// units that owed it then, under their codes and names of that era,
	// and nothing on the page can remind or open for them.
	Era *eraNote
}

// eraNote says which era an overview's old units belong to.
type eraNote struct {
	Last time.Time // the era's last day (30/06/2025)
}

// overview: the period's completeness for the chosen unit.
func (h *Handler) overview(w http.ResponseWriter, r *http.Request, v *visit) {
	n, ok := h.choose(r, v)
	if !ok {
		h.refuse(w, r, http.StatusForbidden, v.lang, "web.not_yours")
		return
	}
	var body overviewBody
	err := h.Store.View(func(tx *store.Tx) error {
		var err error
		body, err = h.buildOverview(tx, n, v)
		return err
	})
	if err != nil {
		h.fail(w, r, v.lang, err)
		return
	}
	h.render(w, r, http.StatusOK, "overview", h.page(r, v, n, tr(v.lang, "web.overview_title"), body))
}

func (h *Handler) page(r *http.Request, v *visit, n *nav, title string, body any) *page {
	return &page{Lang: v.lang, Title: title, Who: v.person.Name, CSRF: v.sess.CSRF, Nav: n, Body: body}
}

// buildOverview computes the statuses. The totals are the digest's own
// (flows.BuildDigest, as /tonghop sends it); the split of the units that
// have not reported into draft / not started / no officer is added here.
func (h *Handler) buildOverview(tx *store.Tx, n *nav, v *visit) (overviewBody, error) {
	cfg := h.cfg()
	f, p, u := n.Form, n.Period, n.Unit
	d, err := h.Bot.Digest(tx, u, f, p, v.now)
	if err != nil {
		return overviewBody{}, err
	}
	t, first, err := h.Bot.Table(tx, u, f, p)
	if err != nil {
		return overviewBody{}, err
	}
	people, err := tx.People()
	if err != nil {
		return overviewBody{}, err
	}
	officers := map[string][]string{}
	for _, pp := range people {
		for _, c := range pp.ReportsFor() {
			officers[c] = append(officers[c], pp.Name)
		}
	}
	sessions, err := tx.Sessions()
	if err != nil {
		return overviewBody{}, err
	}
	drafts := map[string]string{}
	for _, s := range sessions {
		if s.Form == f.ID && s.Period == p.Key {
			a, total := s.Progress(f)
			drafts[s.Unit] = locales.Render(v.lang, locales.M("web.progress", "answered", a, "total", total))
		}
	}
	body := overviewBody{Digest: d, Locked: p.IsLocked(v.now), Deadline: p.LastDeadlineDay()}
	if cfg.Earlier(p) {
		return h.eraOverview(tx, n, v, body)
	}
	statusOf := func(l *flows.Unit) unitRow {
		row := unitRow{Unit: l, Officers: officers[l.Code]}
		sort.Strings(row.Officers)
		if s := t.Sub(l.Code); s != nil {
			row.At, row.By = s.At, s.ByName
			if at, ok := first[l.Code]; ok {
				row.At = at
			}
			row.Status = timeliness(p, row.At, s)
			if s.Imported != nil {
				row.At, row.By, row.File = s.At, cmp.Or(s.ByName, s.Imported.By), path.Base(s.Imported.File)
			}
			return row
		}
		switch {
		case len(row.Officers) == 0:
			row.Status = NoOfficer
		case drafts[l.Code] != "":
			row.Status, row.Progress = Draft, drafts[l.Code]
		default:
			row.Status = NotStarted
		}
		return row
	}
	rowOf := func(l *flows.Unit) unitRow {
		row := statusOf(l)
		row.describe(v.lang)
		return row
	}
	leaves := u.Leaves()
	inScope := map[string]bool{}
	for _, l := range leaves {
		inScope[l.Code] = true
	}
	placed := map[string]bool{}
	for _, c := range cfg.Clusters {
		var g group
		for _, m := range c.Members() {
			for _, l := range m.Leaves() {
				if inScope[l.Code] && !placed[l.Code] {
					placed[l.Code] = true
					row := rowOf(l)
					g.Rows = append(g.Rows, row)
					g.Counts.add(row.Status)
				}
			}
		}
		if len(g.Rows) > 0 {
			g.Name = tr(v.lang, "web.cluster", "name", c.Name)
			body.Groups = append(body.Groups, g)
		}
	}
	byParent := map[*flows.Unit]*group{}
	var order []*flows.Unit
	for _, l := range leaves {
		if placed[l.Code] {
			continue
		}
		parent := l.Parent
		if parent == nil {
			parent = l
		}
		g := byParent[parent]
		if g == nil {
			g = &group{Name: parent.Name}
			byParent[parent] = g
			order = append(order, parent)
		}
		row := rowOf(l)
		g.Rows = append(g.Rows, row)
		g.Counts.add(row.Status)
	}
	for _, pu := range order {
		body.Groups = append(body.Groups, *byParent[pu])
	}
	for _, g := range body.Groups {
		for _, row := range g.Rows {
			body.Counts.add(row.Status)
			if row.Status == Draft || row.Status == NotStarted {
				body.Owing++
			}
		}
	}
	return body, nil
}

// timeliness is the status of a report whose first version came at:
// figures imported from a file are neither on time nor late.
func timeliness(p flows.Period, at time.Time, s *flows.Submission) Status {
	switch {
	case s.Imported != nil:
		return Imported
	case p.IsLate(at):
		return Late
	}
	return OnTime
}

// eraOverview is the overview of a period of an earlier era: one row per
// old unit that went, wholly or in part, into the units under n.Unit (the
// units the person may see), with its own report, as the workbook's
// status sheet lists them. Today's units did not exist then and owe
// nothing; the old ones no longer exist, so no row has an officer to
// remind, a draft or a page of its own (its code may be a unit of today).
func (h *Handler) eraOverview(tx *store.Tx, n *nav, v *visit, body overviewBody) (overviewBody, error) {
	cfg := h.cfg()
	f, p := n.Form, n.Period
	old := cfg.OldUnitsOf(n.Unit, p)
	subs, err := tx.SubmissionsFor(f.ID, p.Key, old)
	if err != nil {
		return overviewBody{}, err
	}
	until := cfg.EraUntil(p)
	body.Era = &eraNote{Last: until.AddDate(0, 0, -1)}
	byParent := map[string]*group{}
	var order []string
	for _, o := range old {
		row := unitRow{Unit: o, Status: Missing}
		if o.Name == "" {
			row.Unit = &flows.Unit{Code: o.Code, Name: locales.Render(v.lang, cfg.OldName(o.Code, until)), Until: until}
		}
		if s := subs[o.Code]; s != nil {
			row.At, row.By = s.At, s.ByName
			if s.Version > 1 {
				at, err := tx.FirstSubmittedAt(f.ID, p.Key, o.Code)
				if err != nil && !errors.Is(err, store.ErrNotFound) {
					return overviewBody{}, err
				}
				if err == nil {
					row.At = at // the first version's time decides, as in the digest
				}
			}
			row.Status = timeliness(p, row.At, s)
			if s.Imported != nil {
				row.At, row.By, row.File = s.At, cmp.Or(s.ByName, s.Imported.By), path.Base(s.Imported.File)
			}
		}
		row.describe(v.lang)
		name := tr(v.lang, "web.era_units", "last", locales.Date(body.Era.Last))
		if o.Parent != nil && o.Parent.Name != "" {
			name = tr(v.lang, "web.era_parent", "name", o.Parent.Name, "last", locales.Date(body.Era.Last))
		}
		g := byParent[name]
		if g == nil {
			g = &group{Name: name}
			byParent[name] = g
			order = append(order, name)
		}
		g.Rows = append(g.Rows, row)
		g.Counts.add(row.Status)
		body.Counts.add(row.Status)
	}
	for _, name := range order {
		body.Groups = append(body.Groups, *byParent[name])
	}
	return body, nil
}
