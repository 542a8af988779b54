package report

// The official report sheet of /xuat: which words and figures go into the
// Document. Every question has its place: the
// figures, yes/no and short answers in the table (one column each), the
// free texts on a sheet of their own, the photos on another.

import (
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// ExportInput is what an export is made of.
type ExportInput struct {
	Config *flows.Config
	Unit   *flows.Unit
	Table  *flows.Table
	Lang   locales.Lang
	// By is who prepares the sheet ("Người lập biểu"); empty from the
	// command line, where the line stays blank for a name in ink.
	By string
	// Photo returns a photo answer's bytes, or nil when none were kept.
	Photo func(s *flows.Submission, q *flows.Question) []byte
	// VoiceLink returns where a voice note answering q is played (the
	// web view), or "" when it is not a voice note or cannot be played.
	VoiceLink func(s *flows.Submission, q *flows.Question) string
	// FirstAt is when each revised report first came, for "late".
	FirstAt map[string]time.Time
	// Now is when the sheet is made: its year is printed on the dating
	// line ("Thanh Hóa, ngày …… tháng …… năm 2027"), the day and month
	// left for the signer. Zero leaves the year blank too.
	Now time.Time
	// MissingNotes, by code, replace "Chưa nộp" for a unit with no figure
	// of a period of an earlier era: how many of its old units reported.
	MissingNotes map[string]string
}

// tableColumn reports whether a question gets a column of the main table.
func tableColumn(q *flows.Question) bool {
	return q.Type != flows.TypeText && q.Type != flows.TypePhoto
}

// OfficialDocument lays out the period's figures for the units under
// in.Unit as the report sheet an office hands in.
func OfficialDocument(in ExportInput) Document {
	lang, u, t, f := in.Lang, in.Unit, in.Table, in.Table.Form
	tr := func(key string, kv ...any) string { return locales.Render(lang, locales.M(key, kv...)) }
	iss := issuerOf(u, tr)
	done := 0
	for _, l := range u.Leaves() {
		if t.Sub(l.Code) != nil {
			done++
		}
	}
	year := locales.Plain("……")
	if !in.Now.IsZero() {
		year = locales.Plain(strconv.Itoa(in.Now.In(locales.Zone).Year()))
	}
	subject := tr("doc.subject", "period", t.Period.Label(), "unit", u.Named())
	if u.IsCluster() {
		subject = tr("doc.subject_cluster", "period", t.Period.Label(), "cluster", u.Name)
	}
	d := Document{
		Sheet:      sheetName(tr("doc.sheet")),
		Nation:     [2]string{tr("doc.nation"), tr("doc.motto")},
		Number:     tr("doc.number", "sign", iss.sign),
		Title:      f.Title.In(lang),
		Subject:    subject,
		Period:     tr("doc.period", "done", done, "expected", len(u.Leaves())),
		Head:       DocHead{No: tr("doc.col_no"), Unit: tr("doc.col_unit"), Code: tr("doc.col_code"), Note: tr("doc.col_note"), Measure: tr("doc.measure")},
		TotalLabel: tr("doc.total"),
		Yes:        tr("doc.yes"), No: tr("doc.no"),
		Missing:   tr("doc.missing"),
		PlaceDate: tr("doc.place_date", "place", placeName(iss.unit), "year", year),
		Signers: []Signer{
			{Title: tr("doc.preparer"), Hint: tr("doc.preparer_hint"), Name: in.By},
			{Title: tr(iss.headKey), Hint: tr("doc.head_hint")},
		},
		PageNumber: "&P", // the number alone, as Nghị định 30/2020 prints it
	}
	if done < len(u.Leaves()) {
		d.Notes = []string{tr("doc.note_missing")}
	}
	// The governing body is named from the unit's name in Vietnamese
	// ("UBND TỈNH THANH HÓA") and from its place and level in English
	// ("PEOPLE'S COMMITTEE OF THANH HÓA PROVINCE"), not "… OF TỈNH THANH
	// HÓA": a Vietnamese name carries its level first, English puts it last.
	name := iss.unit.Name
	if place := placeName(iss.unit); lang != locales.VI && place != name {
		name = place + " " + locales.Render(lang, flows.LevelWord(iss.unit))
	}
	governing := tr("doc.governing", "unit", name)
	d.Agency = [2]string{strings.ToUpper(governing), strings.ToUpper(iss.office)}
	if f.Number != "" {
		d.FormNo = tr("doc.form_no", "number", f.Number)
	}
	var qs []*flows.Question
	index := map[string]int{}
	for _, q := range f.Questions {
		if !tableColumn(q) {
			continue
		}
		index[q.ID] = len(qs)
		qs = append(qs, q)
	}
	for _, q := range qs {
		c := DocColumn{Header: q.ShortLabel().In(lang), Measure: q.Unit.In(lang)}
		switch q.Type {
		case flows.TypeInt:
			c.Kind = Count
		case flows.TypeDecimal:
			c.Kind = Decimal
		case flows.TypePercent:
			c.Kind, c.Measure = Share, "%"
			if r, ok := q.Ratio(); ok {
				num, ok1 := index[r.Num]
				den, ok2 := index[r.Den]
				if ok1 && ok2 && qs[num].Type == flows.TypeInt && qs[den].Type == flows.TypeInt {
					c.Ratio = &ColumnRatio{Num: num, Den: den, Scale: r.Scale}
				}
			}
		case flows.TypeYesNo:
			c.Kind, c.Measure = YesNo, tr("doc.yes_no")
		default:
			c.Kind = Text
		}
		d.Columns = append(d.Columns, c)
	}
	// Each share and decimal figure is told apart from its target (the
	// nearest up the tree for the period's year): 85,96% is not shown as
	// the 86% it misses.
	targetYear := t.Period.Start.Year()
	targets := func(x *flows.Unit) []*float64 {
		if in.Config == nil || x == nil {
			return nil
		}
		out := make([]*float64, len(qs))
		for i, q := range qs {
			if tg := in.Config.Targets.For(f.ID, q.ID, x, targetYear); tg != nil {
				v := tg.Value()
				out[i] = &v
			}
		}
		return out
	}
	d.Targets = targets(u)
	row := func(l *flows.Unit) Row {
		r := Row{Name: l.Name, Code: l.Code, Cells: make([]any, len(qs)), Targets: targets(l)}
		s := t.Sub(l.Code)
		if s == nil {
			r.Note = tr("doc.not_submitted")
			if n, ok := in.MissingNotes[l.Code]; ok {
				r.Note = n
			}
			r.Missing = true
			return r
		}
		switch {
		case s.Imported != nil:
			// Figures from a file: neither on time nor late (the status
			// sheet's "Nhập từ tệp").
			r.Note = tr("export.status_imported")
		case t.Period.IsLate(firstAt(s, in.FirstAt)):
			r.Note = tr("doc.late")
		}
		for i, q := range qs {
			r.Cells[i] = cellOf(lang, s, q, t, l)
		}
		return r
	}
	d.TotalNote = tr("doc.group_done", "done", done, "expected", len(u.Leaves()))
	for _, g := range exportGroups(in.Config, u, tr) {
		rg := Group{Name: g.name, Targets: targets(g.unit)}
		n := 0
		for _, l := range g.units {
			rg.Rows = append(rg.Rows, row(l))
			if t.Sub(l.Code) != nil {
				n++
			}
		}
		if g.name != "" {
			rg.Note = tr("doc.group_done", "done", n, "expected", len(g.units))
		}
		d.Groups = append(d.Groups, rg)
	}
	return d
}

func firstAt(s *flows.Submission, first map[string]time.Time) time.Time {
	if at, ok := first[s.Unit]; ok {
		return at
	}
	return s.At
}

// cellOf is one answer as the table shows it.
func cellOf(lang locales.Lang, s *flows.Submission, q *flows.Question, t *flows.Table, l *flows.Unit) any {
	if q.Numeric() {
		if v, ok := t.Value(l, q); ok {
			return v
		}
		return nil
	}
	v, ok := s.Answers[q.ID]
	if !ok || v.Skipped {
		return nil
	}
	switch {
	case v.Bool != nil:
		return *v.Bool
	case v.Date != "":
		if d, err := time.Parse("2006-01-02", v.Date); err == nil {
			return d.Format("02/01/2006")
		}
		return v.Date
	case len(v.Picks) > 0:
		var names []string
		for _, id := range v.Picks {
			name := id
			for _, o := range q.Options {
				if o.ID == id {
					name = o.Label.In(lang)
				}
			}
			names = append(names, name)
		}
		return strings.Join(names, "; ")
	}
	return nilIfBlank(v.Text)
}

func nilIfBlank(s string) any {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return s
}

type exportGroup struct {
	name  string
	units []*flows.Unit
	unit  *flows.Unit // the district or cluster, nil for a run of units
}

// exportGroups groups the reporting units under u as a review meeting
// reads them: a province's units by district; a district's by cluster
// ("cụm thi đua") when clusters are configured; otherwise in one run.
func exportGroups(cfg *flows.Config, u *flows.Unit, tr func(string, ...any) string) []exportGroup {
	if u.IsLeaf() {
		return []exportGroup{{units: []*flows.Unit{u}}}
	}
	if u.IsCluster() {
		// The title names the cluster: its communes run under the total.
		return []exportGroup{{units: u.Leaves()}}
	}
	deep := false
	for _, c := range u.Children {
		if !c.IsLeaf() {
			deep = true
		}
	}
	if deep {
		var out []exportGroup
		var direct []*flows.Unit
		for _, c := range u.Children {
			if c.IsLeaf() {
				direct = append(direct, c)
				continue
			}
			out = append(out, exportGroup{name: c.Name, units: c.Leaves(), unit: c})
		}
		if len(direct) > 0 {
			out = append(out, exportGroup{name: tr("doc.group_direct", "unit", u.Named()), units: direct})
		}
		return out
	}
	leaves := u.Leaves()
	var out []exportGroup
	at := map[*flows.Cluster]int{}
	var other []*flows.Unit
	for _, l := range leaves {
		cl := cfg.PeersOf(l).Cluster
		if cl == nil {
			other = append(other, l)
			continue
		}
		i, ok := at[cl]
		if !ok {
			i = len(out)
			at[cl] = i
			out = append(out, exportGroup{name: tr("doc.cluster", "name", cl.Name), unit: cl.Scope()})
		}
		out[i].units = append(out[i].units, l)
	}
	if len(out) == 0 {
		return []exportGroup{{units: leaves}}
	}
	// The clusters in the order the configuration numbers them ("Cụm thi
	// đua số 3" third), not in the order their first commune comes.
	order := map[string]int{}
	for i, cl := range cfg.Clusters {
		order[tr("doc.cluster", "name", cl.Name)] = i
	}
	sort.SliceStable(out, func(i, j int) bool { return order[out[i].name] < order[out[j].name] })
	if len(other) > 0 {
		out = append(out, exportGroup{name: tr("doc.group_other"), units: other})
	}
	return out
}

// issuer is the body a sheet is issued by, whatever its scope: the
// culture office of the level that supervises it, under its People's
// Committee. A commune or a cluster does not issue the department's
// report: a cluster's sheet is issued by the province's Sở Văn hóa, Thể
// thao và Du lịch (in the district era, by the district's Phòng Văn hóa và
// Thông tin when the cluster lies within one district), a commune's by the
// office above it.
type issuer struct {
	unit    *flows.Unit
	office  string // "Sở Văn hóa, Thể thao và Du lịch", without the locality
	sign    string // the office's initials after "BC-" on the number line
	headKey string // the head's title above the signature: Giám đốc of a Sở, Trưởng phòng of a Phòng
}

func issuerOf(u *flows.Unit, tr func(string, ...any) string) issuer {
	at := u
	if cl := u.ClusterOf(); cl != nil {
		at = commonAncestor(cl.Members())
	}
	if at != nil && at.IsLeaf() && at.Parent != nil {
		at = at.Parent
	}
	if at == nil {
		at = u
	}
	province := provinceLevel(at)
	office := at.Office
	if office == "" {
		// Not configured: the culture office of its level, as Nghị định
		// 108/2020 (a province's Sở) and 37/2014 (a district's Phòng)
		// name them.
		office = tr("doc.office_district")
		if province {
			office = tr("doc.office_province")
		}
	}
	// "Phòng Văn hóa và Thông tin huyện Thạch Thành" under "UBND HUYỆN
	// THẠCH THÀNH": the locality the line above names is not repeated.
	if low, name := strings.ToLower(office), " "+strings.ToLower(at.Name); strings.HasSuffix(low, name) {
		office = office[:len(office)-len(name)]
	}
	iss := issuer{unit: at, office: office, sign: initials(office), headKey: "doc.head_office"}
	if province {
		iss.headKey = "doc.head_department"
	}
	return iss
}

// provinceLevel reports whether u is a province (its office a Sở headed
// by a Giám đốc) rather than a district (a Phòng headed by a Trưởng
// phòng): by its level, or else by being the top of the tree.
func provinceLevel(u *flows.Unit) bool {
	switch strings.ToLower(u.Level) {
	case "tỉnh":
		return true
	case "huyện", "quận", "thị xã":
		return false
	}
	return u.Parent == nil
}

// commonAncestor is the lowest unit of the tree containing all of units.
func commonAncestor(units []*flows.Unit) *flows.Unit {
	if len(units) == 0 {
		return nil
	}
	at := units[0].Parent
	for at != nil {
		all := true
		for _, m := range units {
			if !at.Contains(m) {
				all = false
				break
			}
		}
		if all {
			return at
		}
		at = at.Parent
	}
	return nil
}

// initials abbreviates an office as its documents are numbered ("Sở Văn
// hóa, Thể thao và Du lịch" → "SVHTTDL", "Phòng Văn hóa và Thông tin" →
// "PVHTT"): the first letter of each word but "và", in capitals.
func initials(office string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(office, func(r rune) bool { return r == ' ' || r == ',' || r == '-' }) {
		if strings.EqualFold(w, "và") || strings.EqualFold(w, "and") || strings.EqualFold(w, "of") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// placeName is the locality a document is dated from: the issuer's name
// without its level ("Thanh Hóa" for "Tỉnh Thanh Hóa", "Thạch Thành" for
// "Huyện Thạch Thành"), as Nghị định 30/2020 names it.
func placeName(u *flows.Unit) string {
	name := u.Name
	if u.Level != "" && len(name) > len(u.Level) && strings.EqualFold(name[:len(u.Level)], u.Level) {
		return strings.TrimSpace(name[len(u.Level):])
	}
	return name
}

// sheetName keeps a worksheet name within Excel's rules: at most 31
// characters, none of : \ / ? * [ ].
func sheetName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '-'
		}
		return r
	}, s)
	if r := []rune(s); len(r) > 31 {
		s = string(r[:31])
	}
	return s
}

// TextSheet lists the free-text answers: unit, officer, question, text.
// ok is false when there is none: a sheet of headings alone would be a
// blank page more in the printed report.
func TextSheet(in ExportInput) (Sheet, bool) {
	lang, t := in.Lang, in.Table
	tr := func(key string, kv ...any) string { return locales.Render(lang, locales.M(key, kv...)) }
	s := Sheet{Name: sheetName(tr("doc.sheet_text")), Frozen: 2, Columns: []Column{
		{Header: tr("doc.col_no"), Width: 6}, {Header: tr("doc.col_unit"), Width: 24}, {Header: tr("doc.col_officer"), Width: 22},
		{Header: tr("doc.col_question"), Width: 36, Wrap: true}, {Header: tr("doc.col_text"), Width: 70, Wrap: true},
	}}
	n := 0
	for _, l := range in.Unit.Leaves() {
		sub := t.Sub(l.Code)
		if sub == nil {
			continue
		}
		for _, q := range t.Form.Questions {
			if q.Type != flows.TypeText {
				continue
			}
			v, ok := sub.Answers[q.ID]
			if !ok || v.Skipped || strings.TrimSpace(v.Text) == "" {
				continue
			}
			n++
			var text any = v.Text
			if in.VoiceLink != nil {
				if url := in.VoiceLink(sub, q); url != "" { // a voice note: where to hear it
					text = Link{Text: v.Text + " — " + tr("doc.voice_link"), URL: url}
				}
			}
			s.Rows = append(s.Rows, []any{n, l.Name, sub.ByName, flows.Label(q).In(lang), text})
		}
	}
	return s, len(s.Rows) > 0
}

// PhotoSheet lists the photos sent as evidence, each as a thumbnail when
// its bytes were kept; ok is false when no photo was sent.
func PhotoSheet(in ExportInput) (Sheet, bool) {
	lang, t := in.Lang, in.Table
	tr := func(key string, kv ...any) string { return locales.Render(lang, locales.M(key, kv...)) }
	s := Sheet{Name: sheetName(tr("doc.sheet_photos")), Frozen: 2, Columns: []Column{
		{Header: tr("doc.col_no"), Width: 6}, {Header: tr("doc.col_unit"), Width: 24}, {Header: tr("doc.col_officer"), Width: 22},
		{Header: tr("doc.col_question"), Width: 30, Wrap: true}, {Header: tr("doc.col_photo"), Width: 36}, {Header: tr("doc.col_sent"), Kind: Moment},
	}}
	n := 0
	for _, l := range in.Unit.Leaves() {
		sub := t.Sub(l.Code)
		if sub == nil {
			continue
		}
		for _, q := range t.Form.Questions {
			if q.Type != flows.TypePhoto {
				continue
			}
			v, ok := sub.Answers[q.ID]
			if !ok || v.Skipped || v.Text == "" {
				continue
			}
			n++
			pic := Picture{Alt: tr("doc.photo_not_kept")}
			if in.Photo != nil {
				if b := in.Photo(sub, q); len(b) > 0 {
					pic = Picture{Data: b, Ext: ImageExt(b), Alt: tr("doc.photo_unreadable")}
				}
			}
			s.Rows = append(s.Rows, []any{n, l.Name, sub.ByName, flows.Label(q).In(lang), pic, sub.At})
		}
	}
	return s, len(s.Rows) > 0
}

// ImageExt names an image's format from its first bytes.
func ImageExt(b []byte) string {
	if len(b) > 8 && string(b[1:4]) == "PNG" {
		return ".png"
	}
	return ".jpg"
}
