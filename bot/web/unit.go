package web

import (
	"errors"
	"html/template"
	"net/http"
	"strings"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

type answer struct {
	Label    string
	Text     string
	Computed bool
	Photo    bool
	// Image is the path of the photo's bytes when the store kept them.
	Image string
	// Audio is the path of a voice note's audio, when the answer is one
	// and the store kept it; Text is then its label ("🎤 ghi âm 0:42").
	Audio string
}

type version struct {
	Version int
	At      time.Time
	By      string
	Channel string
	Late    bool
	Current bool
}

type unitBody struct {
	Unit     *flows.Unit
	Row      unitRow
	Figures  []keyFigure // the key indicators (unit_figures.go)
	Answers  []answer
	Versions []version
	Back     template.URL // the overview of the unit above
	// Trend is the main indicator over the last periods, as /xuhuong
	// draws it (unit_trend.go); TrendImage its chart's path.
	Trend      []trendRow
	TrendTitle string
	TrendImage string
	// CanUnlock: the period is locked and the unit has a report, so a
	// supervisor may let it be corrected once (/mokhoa).
	CanUnlock bool
}

// unitPage: one reporting unit's period: its status, its key figures as
// a table (this period, a year before, the target, the change), its
// answers and every version it sent.
func (h *Handler) unitPage(w http.ResponseWriter, r *http.Request, v *visit) {
	n, ok := h.choose(r, v)
	if !ok {
		h.refuse(w, r, http.StatusForbidden, v.lang, "web.not_yours")
		return
	}
	u := n.Unit
	if !u.IsLeaf() { // a district's page is its table
		http.Redirect(w, r, h.base+"/web/bang?"+n.values().Encode(), http.StatusSeeOther)
		return
	}
	var body unitBody
	err := h.Store.View(func(tx *store.Tx) error {
		ov, err := h.buildOverview(tx, n, v)
		if err != nil {
			return err
		}
		for _, g := range ov.Groups {
			for _, row := range g.Rows {
				if row.Unit == u {
					body.Row = row
				}
			}
		}
		if ov.Era != nil {
			// The rows are the old units that owed the period, not u.
			body.Row = eraRow(ov, v.lang)
		}
		body.Unit = u
		if err := h.trendOf(tx, n, v, &body); err != nil {
			return err
		}
		body.Back = n.Query()
		if u.Parent != nil && h.may(v.person, u.Parent) {
			body.Back = n.QueryFor(u.Parent.Code)
		}
		if h.cfg().Earlier(n.Period) {
			// A report of the earlier era stored under this code is an old
			// unit's (15250 was Xã Thành An's before Xã Ngọc Trạo took
			// it): the page shows the standing, the old units' sums, and
			// no report, answers or versions as this unit's own.
			standing, err := h.Bot.Standing(tx, u, n.Form, n.Period)
			if err != nil {
				return err
			}
			body.Figures = keyFigures(standing, v.lang)
			return nil
		}
		cur, err := tx.Submission(n.Form.ID, n.Period.Key, u.Code)
		if errors.Is(err, store.ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		standing, err := h.Bot.Standing(tx, u, n.Form, n.Period)
		if err != nil {
			return err
		}
		body.Figures = keyFigures(standing, v.lang)
		body.CanUnlock = n.Period.IsLocked(v.now)
		own := flows.NewTable(n.Form, n.Period, map[string]*flows.Submission{u.Code: cur})
		for _, q := range n.Form.Questions {
			a, ok := cur.Answers[q.ID]
			if !ok {
				continue
			}
			ans := answer{Label: flows.Label(q).In(v.lang), Computed: !q.Asked(), Photo: q.Type == flows.TypePhoto}
			switch {
			case ans.Photo && !a.Skipped:
				ans.Text = tr(v.lang, "web.photo_in_chat", "channel", cur.Channel)
				if b, err := tx.Photo(a.Text); err == nil && len(b) > 0 {
					ans.Text = ""
					ans.Image = h.base + "/web/anh/" + u.Code + "/" + q.ID + "?" + n.values().Encode()
				}
			case !a.Skipped && voiceKept(tx, cur, q.ID):
				ans.Text = a.Format(q, v.lang)
				ans.Audio = h.base + "/web/ghi-am/" + u.Code + "/" + q.ID + "?" + n.values().Encode()
			case ans.Computed && a.Num != nil: // as the review shows it: 97,6%
				// From the parts, as the standing beside it computes it,
				// not the share stored (rounded) with the submission.
				val := *a.Num
				if x, ok := own.Value(u, q); ok {
					val = x
				}
				ans.Text = locales.Value(v.lang, flows.FormatFigure(q, val))
			default:
				ans.Text = a.Format(q, v.lang)
			}
			body.Answers = append(body.Answers, ans)
		}
		hist, err := tx.History(n.Form.ID, n.Period.Key, u.Code)
		if err != nil {
			return err
		}
		seen := map[int]bool{}
		for _, s := range append(hist, cur) {
			if s.Version == 0 || seen[s.Version] {
				continue
			}
			seen[s.Version] = true
			body.Versions = append(body.Versions, version{Version: s.Version, At: s.At, By: s.ByName, Channel: s.Channel,
				Late: n.Period.IsLate(s.At), Current: s.Version == cur.Version})
		}
		return nil
	})
	if err != nil {
		h.fail(w, r, v.lang, err)
		return
	}
	h.render(w, r, http.StatusOK, "unit", h.page(r, v, n, u.Name, body))
}

// photo serves the bytes of a photo answer of a unit's current report,
// kept by the store (/anh shows the same in the chat).
func (h *Handler) photo(w http.ResponseWriter, r *http.Request, v *visit) {
	n, ok := h.choose(r, v)
	if !ok {
		h.refuse(w, r, http.StatusForbidden, v.lang, "web.not_yours")
		return
	}
	q := n.Form.Question(r.PathValue("question"))
	if q == nil || q.Type != flows.TypePhoto {
		h.notFound(w, r)
		return
	}
	var data []byte
	err := h.Store.View(func(tx *store.Tx) error {
		if h.cfg().Earlier(n.Period) {
			return store.ErrNotFound // an old unit's report under a reused code
		}
		cur, err := tx.Submission(n.Form.ID, n.Period.Key, n.Unit.Code)
		if err != nil {
			return err
		}
		a, ok := cur.Answers[q.ID]
		if !ok || a.Skipped || a.Text == "" {
			return store.ErrNotFound
		}
		data, err = tx.Photo(a.Text)
		return err
	})
	if errors.Is(err, store.ErrNotFound) {
		h.notFound(w, r)
		return
	}
	if err != nil {
		h.fail(w, r, v.lang, err)
		return
	}
	ctype := http.DetectContentType(data)
	if !strings.HasPrefix(ctype, "image/") {
		h.notFound(w, r)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Write(data)
}

// eraRow is the status line of today's unit for a period of an earlier
// era: its figures are its old units' sums, and each old unit's own
// status is named ("Xã Thành An: Nhập từ tệp").
func eraRow(ov overviewBody, lang locales.Lang) unitRow {
	var units []string
	for _, g := range ov.Groups {
		for _, row := range g.Rows {
			units = append(units, row.Unit.Name+": "+row.Label)
		}
	}
	return unitRow{Status: "era", Label: tr(lang, "web.era_summed"),
		Detail: tr(lang, "web.era_old_done", "done", ov.Counts.Done(), "old", ov.Counts.Expected, "units", strings.Join(units, "; "))}
}
