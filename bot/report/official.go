package report

// The official report sheet of /xuat: which words and figures go into the
// Document. Every question has its place: the
// figures, yes/no and short answers in the table (one column each), the
// free texts on a sheet of their own, the photos on another.

import (
	"strings"
	"time"

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
	d := Document{
		Sheet:      sheetName(tr("doc.sheet")),
		Nation:     [2]string{tr("doc.nation"), tr("doc.motto")},
		Title:      f.Title.In(lang),
		Period:     tr("doc.period", "period", t.Period.Label(), "unit", u.Named()),
		Head:       DocHead{No: tr("doc.col_no"), Unit: tr("doc.col_unit"), Code: tr("doc.col_code"), Note: tr("doc.col_note"), Measure: tr("doc.measure")},
		TotalLabel: tr("doc.total"),
		Yes:        tr("doc.yes"), No: tr("doc.no"),
		PlaceDate: tr("doc.place_date", "place", placeName(u)),
		Signers: []Signer{
			{Title: tr("doc.preparer"), Hint: tr("doc.preparer_hint"), Name: in.By},
			{Title: tr("doc.head"), Hint: tr("doc.head_hint")},
		},
		Footer: tr("doc.footer"),
	}
	d.Agency = agencyBlock(u, tr)
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
	row := func(l *flows.Unit) Row {
		r := Row{Name: l.Name, Code: l.Code, Cells: make([]any, len(qs))}
		s := t.Sub(l.Code)
		if s == nil {
			r.Note = tr("doc.not_submitted")
			return r
		}
		if t.Period.IsLate(firstAt(s, in.FirstAt)) {
			r.Note = tr("doc.late")
		}
		for i, q := range qs {
			r.Cells[i] = cellOf(lang, s, q, t, l)
		}
		return r
	}
	for _, g := range exportGroups(in.Config, u, tr) {
		rg := Group{Name: g.name}
		for _, l := range g.units {
			rg.Rows = append(rg.Rows, row(l))
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
}

// exportGroups groups the reporting units under u as a review meeting
// reads them: a province's units by district; a district's by cluster
// ("cụm thi đua") when clusters are configured; otherwise in one run.
func exportGroups(cfg *flows.Config, u *flows.Unit, tr func(string, ...any) string) []exportGroup {
	if u.IsLeaf() {
		return []exportGroup{{units: []*flows.Unit{u}}}
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
			out = append(out, exportGroup{name: c.Name, units: c.Leaves()})
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
			out = append(out, exportGroup{name: tr("doc.cluster", "name", cl.Name)})
		}
		out[i].units = append(out[i].units, l)
	}
	if len(out) == 0 {
		return []exportGroup{{units: leaves}}
	}
	if len(other) > 0 {
		out = append(out, exportGroup{name: tr("doc.group_other"), units: other})
	}
	return out
}

// agencyBlock is the issuing agency: the governing People's Committee and
// the office itself, in capitals, the office's name without the locality
// the line above already names ("Phòng Văn hóa và Thông tin huyện Thạch
// Thành" under "UBND HUYỆN THẠCH THÀNH").
func agencyBlock(u *flows.Unit, tr func(string, ...any) string) [2]string {
	gov := strings.ToUpper(tr("doc.governing", "unit", u.Name))
	if u.Office == "" {
		if u.Parent == nil {
			return [2]string{"", gov}
		}
		return [2]string{strings.ToUpper(tr("doc.governing", "unit", u.Parent.Name)), gov}
	}
	office := u.Office
	if low, name := strings.ToLower(office), " "+strings.ToLower(u.Name); strings.HasSuffix(low, name) {
		office = office[:len(office)-len(name)]
	}
	return [2]string{gov, strings.ToUpper(office)}
}

// placeName is the locality a document is dated from: the unit's name
// without its level ("Thạch Thành" for "Huyện Thạch Thành").
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
	return s, hasQuestion(t.Form, flows.TypeText)
}

// PhotoSheet lists the photos sent as evidence, each as a thumbnail when
// its bytes were kept.
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
	return s, hasQuestion(t.Form, flows.TypePhoto)
}

func hasQuestion(f *flows.Form, typ flows.QuestionType) bool {
	for _, q := range f.Questions {
		if q.Type == typ {
			return true
		}
	}
	return false
}

// ImageExt names an image's format from its first bytes.
func ImageExt(b []byte) string {
	if len(b) > 8 && string(b[1:4]) == "PNG" {
		return ".png"
	}
	return ".jpg"
}
