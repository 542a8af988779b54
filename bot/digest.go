package bot

// /tonghop and /bieudo: the supervisor's picture of a period, as text and
// as charts. DigestFor is also what a scheduler calls to send the digest
// unasked.

import (
	"math"
	"sort"
	"strings"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/report"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// supervisedTarget resolves the unit a supervisor's command is about: the
// one named, if they supervise it, else each unit they supervise.
func (r *request) supervisedTargets(code string) ([]*flows.Unit, bool) {
	if code != "" {
		u := r.cfg().Units.Get(code)
		if u == nil || !flows.May(r.person, r.cfg().Units, flows.Supervise, u) {
			r.say(locales.M("access.denied", "unit", locales.Plain(shorten(code, 20))))
			return nil, false
		}
		return []*flows.Unit{u}, true
	}
	var out []*flows.Unit
	for _, c := range r.person.Supervised() {
		if u := r.cfg().Units.Get(c); u != nil {
			out = append(out, u)
		}
	}
	return out, true
}

// eachSupervised picks the form and period of a supervisor's command and
// runs fn for each unit it is about (the one named, or all supervised).
func (r *request) eachSupervised(cmd, pickKey, args string, fn func(u *flows.Unit, f *flows.Form, p flows.Period) error) error {
	f, p, code, ok := r.pick(cmd, pickKey, args)
	if !ok {
		return nil
	}
	units, ok := r.supervisedTargets(code)
	if !ok {
		return nil
	}
	for _, u := range units {
		if err := fn(u, f, p); err != nil {
			return err
		}
	}
	return nil
}

// summary: /tonghop [FORM PERIOD [UNIT]] [cu] — "cu" (cũ) shows a past
// era's period by the old units as they were.
func (r *request) summary(args string) error {
	fields := strings.Fields(args)
	byOld := false
	if n := len(fields); n > 2 && flows.Fold(fields[n-1]) == byOldWord {
		byOld, fields = true, fields[:n-1]
	}
	return r.eachSupervised("tonghop", "pick.summary", strings.Join(fields, " "), func(u *flows.Unit, f *flows.Form, p flows.Period) error {
		var d flows.Digest
		var err error
		if byOld && r.cfg().Earlier(p) {
			d, err = eraDigest(r.tx, r.cfg(), u, f, p, r.now, true, false)
		} else {
			d, err = buildDigest(r.tx, r.cfg(), u, f, p, r.now)
		}
		if err != nil {
			return err
		}
		rep := d.Reply()
		r.say(rep.Msg, rep.Buttons...)
		return nil
	})
}

// DigestFor builds the digests of a form's period for every unit the
// person supervises, as replies ready for notify: the scheduler calls it
// (inside its transaction) to send the digest without being asked.
func DigestFor(tx *store.Tx, cfg *flows.Config, person *flows.Person, f *flows.Form, p flows.Period, now time.Time) ([]flows.Reply, error) {
	var out []flows.Reply
	for _, code := range person.Supervised() {
		u := cfg.Units.Get(code)
		if u == nil {
			continue
		}
		d, err := buildDigest(tx, cfg, u, f, p, now)
		if err != nil {
			return nil, err
		}
		out = append(out, d.Reply())
	}
	return out, nil
}

// loadTable reads the period's submissions of every reporting unit under
// u, and when the first version of each revised one came. For a period
// of an earlier era they are the old units' sums (flows.EraTable).
func loadTable(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, p flows.Period) (*flows.Table, map[string]time.Time, error) {
	if cfg.Earlier(p) {
		old, err := tx.SubmissionsFor(f.ID, p.Key, cfg.PastUnits(u, p))
		if err != nil {
			return nil, nil, err
		}
		return cfg.EraTable(u, f, p, old), map[string]time.Time{}, nil
	}
	subs, err := tx.SubmissionsFor(f.ID, p.Key, u.Leaves())
	if err != nil {
		return nil, nil, err
	}
	first := map[string]time.Time{}
	for code, s := range subs {
		if s.Version > 1 {
			at, err := tx.FirstSubmittedAt(f.ID, p.Key, code)
			if err != nil && !isNotFound(err) {
				return nil, nil, err
			}
			if err == nil {
				first[code] = at
			}
		}
	}
	return flows.NewTable(f, p, subs), first, nil
}

// eraDigest is the digest of a period of an earlier era under today's
// unit u: its reporting units' figures are their old units' sums
// (flows.EraTable), or, byOld, the old units as they were. Neither lists
// anyone to remind: the old units' officers are no longer theirs to ask.
func eraDigest(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, p flows.Period, now time.Time, byOld, withYear bool) (flows.Digest, error) {
	old, err := tx.SubmissionsFor(f.ID, p.Key, cfg.OldUnitsOf(u, p))
	if err != nil {
		return flows.Digest{}, err
	}
	view := cfg.NewEraView(u, p, old)
	cmd := "/tonghop " + f.ID + " " + p.Key + " " + u.Code
	var d flows.Digest
	if byOld {
		d = cfg.BuildDigest(flows.DigestInput{Unit: cfg.OldUnitsView(u, p), Table: flows.NewTable(f, p, old), Now: now, Officers: map[string][]string{}})
		view.ByOld, view.Command = true, cmd
	} else {
		// Today's units over two periods of the earlier era: each side is
		// the sum of the unit's old units of its own period (EraTable now,
		// PastValue then), so the change is like with like. The old units
		// as they were (byOld) have no year-earlier comparison: a code the
		// reform reused would be read as today's commune.
		var yearAgo *flows.Table
		if withYear {
			if yearAgo, err = yearAgoTable(tx, cfg, u, f, p); err != nil {
				return flows.Digest{}, err
			}
		}
		d = cfg.BuildDigest(flows.DigestInput{Unit: u, Table: cfg.EraTable(u, f, p, old), Now: now, Officers: map[string][]string{}, YearAgo: yearAgo})
		view.Command = cmd + " " + byOldWord
	}
	d.Era = view
	return d, nil
}

// byOldWord asks /tonghop for the old units as they were ("năm 2024
// theo đơn vị cũ"): /tonghop nam 2024 [UNIT] cu.
const byOldWord = "cu"

func buildDigest(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, p flows.Period, now time.Time) (flows.Digest, error) {
	return buildDigestYear(tx, cfg, u, f, p, now, true)
}

// yearAgoTable reads the same period a year earlier for the units under
// u: their own reports, or before 07/2025 their old units' (the
// comparison sums them per commune, flows.Table.CompareWith).
func yearAgoTable(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, p flows.Period) (*flows.Table, error) {
	yearP := f.YearBefore(p)
	if yearP.Key == "" || yearP.Key == p.Key {
		return nil, nil
	}
	subs, err := tx.SubmissionsFor(f.ID, yearP.Key, cfg.PastUnits(u, yearP))
	if err != nil {
		return nil, err
	}
	return flows.NewTable(f, yearP, subs), nil
}

// buildDigestYear is buildDigest, with the year-earlier comparison or
// (withYear false, for the benchmark's baseline) without.
func buildDigestYear(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, p flows.Period, now time.Time, withYear bool) (flows.Digest, error) {
	if cfg.Earlier(p) {
		return eraDigest(tx, cfg, u, f, p, now, false, withYear)
	}
	var yearAgo *flows.Table
	if withYear {
		var err error
		if yearAgo, err = yearAgoTable(tx, cfg, u, f, p); err != nil {
			return flows.Digest{}, err
		}
	}
	t, first, err := loadTable(tx, cfg, u, f, p)
	if err != nil {
		return flows.Digest{}, err
	}
	// The offices above the reporting units that report their own
	// activity: the digest shows them apart from the sums.
	own, err := tx.SubmissionsFor(f.ID, p.Key, flows.Offices(u))
	if err != nil {
		return flows.Digest{}, err
	}
	for code, s := range own {
		t.Subs[code] = s
	}
	officers, err := officersOf(tx, t, u)
	if err != nil {
		return flows.Digest{}, err
	}
	return cfg.BuildDigest(flows.DigestInput{Unit: u, Table: t, Now: now, FirstAt: first, Officers: officers, YearAgo: yearAgo}), nil
}

// officersOf names the officers of the units under u that have not
// reported, the ones a digest lists.
func officersOf(tx *store.Tx, t *flows.Table, u *flows.Unit) (map[string][]string, error) {
	missing := map[string]bool{}
	for _, l := range u.Leaves() {
		if t.Sub(l.Code) == nil {
			missing[l.Code] = true
		}
	}
	out := map[string][]string{}
	// Through the people-by-unit index: the cost follows the units that
	// have not reported, not how many people are linked in the province.
	for code := range missing {
		people, err := tx.LinkedTo(code, flows.Officer)
		if err != nil {
			return nil, err
		}
		for _, p := range people {
			out[code] = append(out[code], p.Name)
		}
	}
	for _, names := range out {
		sort.Strings(names)
	}
	return out, nil
}

// chart: /bieudo [FORM PERIOD [UNIT]] — the main indicator across the
// units and the reporting progress, as two photos.
func (r *request) chart(args string) error {
	r.typing()
	return r.eachSupervised("bieudo", "pick.chart", args, func(u *flows.Unit, f *flows.Form, p flows.Period) error {
		files, err := Charts(r.tx, r.cfg(), u, f, p, r.lang)
		if err != nil {
			return err
		}
		if len(files) == 0 {
			r.say(locales.M("chart.no_data", "title", f.Title, "period", p.Label()))
		}
		for _, file := range files {
			r.sendFile(file)
		}
		return nil
	})
}

// Attachment is a rendered file with its caption.
type Attachment struct {
	File    channel.File
	Caption locales.Msg
}

// sendFile queues a photo or document to the sender.
func (r *request) sendFile(a Attachment) {
	r.say(a.Caption)
	o := &r.out[len(r.out)-1]
	f := a.File
	o.File = &f
}

// Charts renders the indicator chart of the main indicator and of each
// other one with a target, and the progress chart; none when nobody has
// reported.
func Charts(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, p flows.Period, lang locales.Lang) ([]Attachment, error) {
	t, first, err := loadTable(tx, cfg, u, f, p)
	if err != nil {
		return nil, err
	}
	// A period of an earlier era was reported by the old units (eraOwed):
	// the progress chart counts them, even where no sum of today's units
	// could be made.
	var old []*flows.Unit
	var oldSubs map[string]*flows.Submission
	var oldFirst map[string]time.Time
	if cfg.Earlier(p) {
		if old, oldSubs, oldFirst, err = eraOwed(tx, cfg, u, f, p); err != nil {
			return nil, err
		}
	}
	if len(t.Subs) == 0 && len(oldSubs) == 0 {
		return nil, nil
	}
	var out []Attachment
	for _, ic := range indicatorCharts(cfg, t, u, lang) {
		png, err := ic.chart.PNG()
		if err != nil {
			return nil, err
		}
		out = append(out, Attachment{
			File:    channel.File{Name: f.ID + "-" + p.Key + "-" + ic.q.ID + ".png", Photo: true, Data: png},
			Caption: locales.M("chart.indicator_caption", "label", ic.q.ShortLabel(), "unit", u.Named(), "title", f.Title, "period", p.Label()),
		})
	}
	prog := report.Progress(t, first)
	prog.Expected = len(u.Leaves())
	prog.ExpectedLabel = locales.Render(lang, locales.M("chart.expected", "count", prog.Expected))
	caption := locales.M("chart.progress_caption", "title", f.Title, "period", p.Label(), "unit", u.Named(),
		"done", len(t.Subs), "expected", prog.Expected)
	if cfg.Earlier(p) {
		// Who reported a period of an earlier era were the old units, as
		// the digest of that era counts them (era.digest_done) and the
		// status sheet lists them: today's units did not exist then.
		prog = report.Progress(flows.NewTable(f, p, oldSubs), oldFirst)
		prog.Expected = len(old)
		prog.ExpectedLabel = locales.Render(lang, locales.M("chart.expected_old", "count", prog.Expected,
			"until", locales.Date(cfg.EraUntil(p).AddDate(0, 0, -1))))
		caption = locales.M("chart.progress_caption_old", "title", f.Title, "period", p.Label(), "unit", u.Named(),
			"done", len(oldSubs), "expected", prog.Expected, "until", locales.Date(cfg.EraUntil(p).AddDate(0, 0, -1)))
	}
	if prog.Imported > 0 {
		// Imported reports have no day of their own: the caption and the
		// legend count them, the line does not (report.Progress).
		prog.ImportedLabel = locales.Render(lang, locales.M("chart.progress_imported", "count", prog.Imported))
		caption = locales.M("chart.progress_caption_with_imported", "caption", caption, "count", prog.Imported)
	}
	if len(prog.Days) == 0 {
		// Every report of the period was imported: there is no progress
		// by day to draw.
		return out, nil
	}
	prog.Title = locales.Render(lang, locales.M("chart.progress_heading", "title", f.Title, "period", p.Label(), "unit", u.Name))
	prog.Deadline = p.LastDeadlineDay()
	prog.DeadlineLabel = locales.Render(lang, locales.M("chart.deadline", "date", locales.Date(p.LastDeadlineDay())))
	prog.SeriesLabel = locales.Render(lang, locales.M("chart.progress_title"))
	png, err := prog.PNG()
	if err != nil {
		return nil, err
	}
	out = append(out, Attachment{
		File:    channel.File{Name: f.ID + "-" + p.Key + "-tien-do.png", Photo: true, Data: png},
		Caption: caption,
	})
	return out, nil
}

// indicatorChart is the chart of one indicator, before it is drawn.
type indicatorChart struct {
	q     *flows.Question
	chart report.IndicatorChart
}

// indicatorCharts lays out the indicator charts of t for u: the main
// indicator's, and each other one's with a target, when a unit has a
// figure to draw.
func indicatorCharts(cfg *flows.Config, t *flows.Table, u *flows.Unit, lang locales.Lang) []indicatorChart {
	f, p := t.Form, t.Period
	var out []indicatorChart
	ranked := chartedUnits(cfg, u)
	lineUnits := ranked
	for _, r := range ranked {
		if r.IsCluster() {
			lineUnits = u.Leaves() // the line is the target the communes share
		}
	}
	year := p.Start.Year()
	for i, q := range f.Indicators() {
		target := groupTarget(cfg, f, q, lineUnits, year)
		if i > 0 && target == nil {
			continue // the main indicator always; others when they have a target
		}
		// A unit's own target, marked on its bar when it is not the line's.
		barTarget := func(ch *flows.Unit) *flows.Target {
			if ch.IsCluster() {
				return groupTarget(cfg, f, q, ch.Children, year) // the target its communes share
			}
			return cfg.Targets.For(f.ID, q.ID, ch, year)
		}
		// Labels carry the decimals that tell the drawn figures apart and
		// from the targets drawn (the line, and the units' own marked on
		// their bars: 91,96% beside its own 92% is not labelled 92%), as
		// the digest prints them; the axis keeps whole numbers.
		values := chartValues(t, ranked, q, target)
		for _, ch := range ranked {
			if _, ok := t.Value(ch, q); ok {
				if tg := barTarget(ch); tg != nil && (target == nil || tg.Value() != target.Value()) {
					values = append(values, tg.Value())
				}
			}
		}
		digits := flows.Digits(q, values)
		format := func(v float64) string {
			if v == math.Trunc(v) {
				return locales.Value(lang, flows.FormatFigure(q, v))
			}
			return locales.Value(lang, flows.FormatDigits(q, v, digits))
		}
		c := report.IndicatorChart{
			Title:  q.ShortLabel().In(lang) + " — " + u.Name + ", " + locales.Render(lang, p.Label()),
			Format: format,
			Legend: report.Legend{
				Met: locales.Render(lang, locales.M("chart.met")), Missed: locales.Render(lang, locales.M("chart.missed")),
				OwnTarget: locales.Render(lang, locales.M("chart.own_target")),
				Others: func(n int, lo, hi string) string {
					return locales.Render(lang, locales.M("chart.others", "count", n, "low", locales.Plain(lo), "high", locales.Plain(hi)))
				},
				Missing: locales.Render(lang, locales.M("chart.missing")),
			},
		}
		for _, ch := range ranked {
			v, ok := t.Value(ch, q)
			if !ok {
				// Not reported is not zero: listed under the bars, no bar.
				c.Bars = append(c.Bars, report.Bar{Label: ch.Name, Missing: true})
				continue
			}
			b := report.Bar{Label: ch.Name, Value: v, Unranked: !t.Rankable(ch)}
			if done, all := t.Reported(ch); done < all {
				b.Note = locales.Render(lang, locales.M("chart.partial", "done", done, "expected", all))
			}
			if tg := barTarget(ch); tg != nil && !b.Unranked {
				met := flows.TargetMet(q, tg, v)
				b.Met = &met
				if target == nil || tg.Value() != target.Value() {
					own := tg.Value()
					b.Target = &own
				}
			}
			c.Bars = append(c.Bars, b)
		}
		if target != nil {
			v := target.Value()
			c.Target = &v
			c.TargetLabel = locales.Render(lang, locales.M("chart.target", "value", flows.TargetText(q, target)))
		}
		if !hasBar(c.Bars) {
			continue
		}
		out = append(out, indicatorChart{q: q, chart: c})
	}
	return out
}

// chartedUnits are the bars of u's indicator chart: a province's clusters
// when its communes are grouped in clusters (a department reads 26
// clusters, not 166 communes), otherwise the units under u (a cluster's
// communes, a district's communes, a province's districts), or u itself.
func chartedUnits(cfg *flows.Config, u *flows.Unit) []*flows.Unit {
	if !u.IsCluster() && len(u.Children) > report.MaxBars {
		if cls := cfg.ClustersUnder(u); len(cls) > 1 {
			var out []*flows.Unit
			seen := map[*flows.Unit]bool{}
			for _, cl := range cls {
				out = append(out, cl.Scope())
				for _, m := range cl.Members() {
					seen[m] = true
				}
			}
			// Units in no cluster keep a bar of their own.
			for _, l := range u.Leaves() {
				if !seen[l] {
					out = append(out, l)
				}
			}
			if len(out) < len(u.Leaves()) {
				return out
			}
		}
	}
	if len(u.Children) == 0 {
		return []*flows.Unit{u}
	}
	return u.Children
}

// chartValues are the figures a chart draws, and its target's: the
// values whose printed forms must differ where the figures do.
func chartValues(t *flows.Table, units []*flows.Unit, q *flows.Question, target *flows.Target) []float64 {
	var out []float64
	for _, u := range units {
		if v, ok := t.Value(u, q); ok {
			out = append(out, v)
		}
	}
	if target != nil {
		out = append(out, target.Value())
	}
	return out
}

// hasBar reports whether any unit has a figure to draw.
func hasBar(bars []report.Bar) bool {
	for _, b := range bars {
		if !b.Missing {
			return true
		}
	}
	return false
}

// groupTarget is the target that applies to the units of a chart: the one
// most of them share (the district's 86%, not Kim Tân's own 92%), so the
// line agrees with the bars' colours and the digest. Units with another
// are marked on their own bar.
func groupTarget(cfg *flows.Config, f *flows.Form, q *flows.Question, units []*flows.Unit, year int) *flows.Target {
	count := map[*flows.Target]int{}
	var best *flows.Target
	for _, u := range units {
		tg := cfg.Targets.For(f.ID, q.ID, u, year)
		if tg == nil {
			continue
		}
		count[tg]++
		if best == nil || count[tg] > count[best] {
			best = tg
		}
	}
	return best
}
