package xlsform

import (
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
	"go.yaml.in/yaml/v3"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

var (
	surveyColumns = []string{"type", "name", "label", "hint", "required", "constraint", "constraint_message",
		"relevant", "calculation", "key", "unit", "min", "max", "plausible", "indicator", "summary", "value_type"}
	choicesColumns  = []string{"list_name", "name", "label"}
	settingsColumns = []string{"form_id", "form_title", "period", "open_days", "deadline_days", "lock_days",
		"deadline_day", "office_levels", "number", "version", "default_language"}
)

// xlsType maps a survey type to a question type; select_one and
// select_multiple also name a list of the choices sheet.
var xlsType = map[string]flows.QuestionType{
	"integer": flows.TypeInt, "decimal": flows.TypeDecimal, "select_one": flows.TypeChoice,
	"select_multiple": flows.TypeMulti, "date": flows.TypeDate, "text": flows.TypeText,
	"image": flows.TypePhoto, "calculate": "",
}

// yesNoList is the choice list that stands for a yes/no question.
const yesNoList = "yesno"

// row is a survey row read into a question node, remembered for messages.
type row struct {
	excelRow int
	id       string
	node     *yaml.Node
	// exprs keeps each expression as written in the workbook, by config
	// field, so messages quote what the person typed.
	exprs map[string]string
}

// workbook is what was read from the file: the form as a YAML node, ready
// to go into a configuration, and where each question came from.
type workbook struct {
	formID   string
	form     *yaml.Node
	rows     []row
	survey   *sheet
	choices  *sheet
	settings *sheet
}

type choice struct {
	row   int
	name  string
	label locales.Text
}

// read turns the workbook into a form node; ps gets what is wrong with
// the cells themselves. ok is false when the sheets are too broken for the
// configuration's checker to say anything useful.
func read(f *excelize.File, ps *problems) (*workbook, bool) {
	w := &workbook{
		survey:   readSheet(f, sheetSurvey, surveyColumns, ps),
		choices:  readSheet(f, sheetChoices, choicesColumns, ps),
		settings: readSheet(f, sheetSettings, settingsColumns, ps),
	}
	ok := true
	if !w.survey.exists || len(w.survey.rows) == 0 {
		ps.add(Problem{Sheet: sheetSurvey, Msg: locales.M("xlsform.no_survey")})
		ok = false
	} else {
		for _, need := range []string{"type", "name"} {
			if _, _, has := w.survey.col(need); !has {
				ps.add(Problem{Sheet: sheetSurvey, Row: 1, Msg: locales.M("xlsform.column_missing", "sheet", sheetSurvey, "column", need)})
				ok = false
			}
		}
	}
	if !w.settings.exists || len(w.settings.rows) < 2 {
		ps.add(Problem{Sheet: sheetSettings, Msg: locales.M("xlsform.no_settings")})
		ok = false
	}
	if !ok {
		return w, false
	}
	lists := w.readChoices(ps)
	w.form = w.readSettings(ps)
	w.readSurvey(lists, ps)
	return w, true
}

func (w *workbook) readChoices(ps *problems) map[string][]choice {
	lists := map[string][]choice{}
	s := w.choices
	if !s.exists || len(s.rows) == 0 {
		return lists
	}
	for i := 1; i < len(s.rows); i++ {
		if blank(s.rows[i]) {
			continue
		}
		list, name := s.get(i, "list_name"), s.get(i, "name")
		if list == "" {
			h, c, _ := s.col("list_name")
			ps.at(sheetChoices, i+1, c, h, "xlsform.choice_no_list")
			continue
		}
		if name == "" {
			h, c, _ := s.col("name")
			ps.at(sheetChoices, i+1, c, h, "xlsform.choice_no_name", "list", list)
			continue
		}
		lists[list] = append(lists[list], choice{row: i + 1, name: name, label: s.text(i, "label")})
	}
	return lists
}

// readSettings reads row 2 of the settings sheet into the form's own fields.
func (w *workbook) readSettings(ps *problems) *yaml.Node {
	s := w.settings
	form := mapping()
	w.formID = s.get(1, "form_id")
	if w.formID == "" {
		h, c, has := s.col("form_id")
		if !has {
			ps.add(Problem{Sheet: sheetSettings, Row: 1, Msg: locales.M("xlsform.column_missing", "sheet", sheetSettings, "column", "form_id")})
		} else {
			ps.at(sheetSettings, 2, c, h, "xlsform.form_id_missing")
		}
	}
	put(form, "id", str(w.formID))
	if t := s.text(1, "form_title"); len(t) > 0 {
		put(form, "title", text(t))
	}
	if p := s.get(1, "period"); p != "" {
		put(form, "period", str(p))
	}
	if lv := s.get(1, "office_levels"); lv != "" {
		seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, l := range strings.Split(lv, ",") {
			if l = strings.TrimSpace(l); l != "" {
				seq.Content = append(seq.Content, str(l))
			}
		}
		put(form, "office_levels", seq)
	}
	if n := s.get(1, "number"); n != "" {
		put(form, "number", str(n))
	}
	for _, k := range []string{"open_days", "deadline_days", "lock_days", "deadline_day"} {
		v := s.get(1, k)
		if v == "" {
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			h, c, _ := s.col(k)
			ps.at(sheetSettings, 2, c, h, "xlsform.not_whole_number", "value", v)
			continue
		}
		put(form, k, integer(n))
	}
	return form
}

func (w *workbook) readSurvey(lists map[string][]choice, ps *problems) {
	s := w.survey
	questions := &yaml.Node{Kind: yaml.SequenceNode}
	put(w.form, "questions", questions)
	// First the names and types, so expressions can be checked against
	// questions further down the sheet too.
	types := map[string]flows.QuestionType{}
	for i := 1; i < len(s.rows); i++ {
		if blank(s.rows[i]) {
			continue
		}
		t, _, _ := strings.Cut(s.get(i, "type"), " ")
		if qt, ok := xlsType[t]; ok {
			if t == "calculate" {
				qt = flows.TypeDecimal
			}
			if t == "select_one" && strings.TrimSpace(strings.TrimPrefix(s.get(i, "type"), t)) == yesNoList {
				qt = flows.TypeYesNo
			}
			types[s.get(i, "name")] = qt
		}
	}
	cell := func(i int, base, key string, kv ...any) {
		h, c, _ := s.col(base)
		ps.at(sheetSurvey, i+1, c, h, key, kv...)
	}
	for i := 1; i < len(s.rows); i++ {
		if blank(s.rows[i]) {
			continue
		}
		r := row{excelRow: i + 1, id: s.get(i, "name"), exprs: map[string]string{}}
		q := mapping()
		put(q, "id", str(r.id))
		if k := s.get(i, "key"); k != "" {
			put(q, "key", str(k))
		}
		typ, list, _ := strings.Cut(s.get(i, "type"), " ")
		list = strings.TrimSpace(list)
		qt, known := xlsType[typ]
		calculated := typ == "calculate"
		vt := s.get(i, "value_type")
		switch {
		case typ == "":
			cell(i, "type", "xlsform.type_missing")
		case !known:
			cell(i, "type", "xlsform.type_unknown", "type", s.get(i, "type"))
		case qt == flows.TypeChoice || qt == flows.TypeMulti:
			if list == "" {
				cell(i, "type", "xlsform.list_missing", "type", typ)
				break
			}
			opts, has := lists[list]
			if qt == flows.TypeChoice && list == yesNoList && isYesNo(opts, has) {
				qt = flows.TypeYesNo
				break
			}
			if !has {
				cell(i, "type", "xlsform.list_unknown", "list", list)
				break
			}
			seq := &yaml.Node{Kind: yaml.SequenceNode}
			for _, o := range opts {
				m := mapping()
				put(m, "id", str(o.name))
				if len(o.label) > 0 {
					put(m, "label", text(o.label))
				}
				seq.Content = append(seq.Content, m)
			}
			put(q, "options", seq)
		case list != "":
			cell(i, "type", "xlsform.list_not_select", "type", typ)
		}
		switch {
		case vt == "":
			if calculated {
				qt = flows.TypeDecimal
			}
		case calculated && (vt == "integer" || vt == "decimal" || vt == "percent"):
			qt = flows.QuestionType(vt)
		case qt == flows.TypeDecimal && vt == "percent":
			qt = flows.TypePercent
		default:
			cell(i, "value_type", "xlsform.value_type_bad", "value", vt)
		}
		if known && (qt != "" || calculated) {
			put(q, "type", str(string(qt)))
		}
		if v := s.get(i, "required"); v != "" {
			if b, ok := yesNo(v); ok {
				if b {
					put(q, "required", boolean(true))
				}
			} else {
				cell(i, "required", "xlsform.not_yes_no", "value", v)
			}
		}
		for _, k := range []string{"min", "max"} {
			if v := s.get(i, k); v != "" {
				if f, err := strconv.ParseFloat(strings.ReplaceAll(v, ",", "."), 64); err == nil {
					put(q, k, float(f))
				} else {
					cell(i, k, "xlsform.not_number", "value", v)
				}
			}
		}
		if t := s.text(i, "unit"); len(t) > 0 {
			put(q, "unit", text(t))
		}
		if t := s.text(i, "label"); len(t) > 0 {
			put(q, "label", text(t))
		}
		if t := s.text(i, "hint"); len(t) > 0 {
			put(q, "help", text(t))
		}
		exprs := []struct{ col, field string }{{"constraint", "constraint"}, {"relevant", "relevant"}, {"calculation", "calculate"}}
		for _, e := range exprs {
			src := s.get(i, e.col)
			if src == "" {
				continue
			}
			if e.field == "calculate" && !calculated {
				cell(i, e.col, "xlsform.calculation_not_calculate")
				continue
			}
			out, unknown := toConfig(src, r.id, types)
			for _, u := range unknown {
				cell(i, e.col, "xlsform.ref_unknown", "name", u, "ref", "${"+u+"}")
			}
			r.exprs[e.field] = src
			put(q, e.field, str(out))
			if e.field == "constraint" {
				if t := s.text(i, "constraint_message"); len(t) > 0 {
					put(q, "message", text(t))
				}
			}
		}
		if calculated && s.get(i, "calculation") == "" {
			cell(i, "calculation", "xlsform.calculation_missing")
		}
		if v := s.get(i, "plausible"); v != "" {
			if f, err := strconv.ParseFloat(strings.ReplaceAll(v, ",", "."), 64); err == nil {
				put(q, "plausible", float(f))
			} else {
				cell(i, "plausible", "xlsform.not_number", "value", v)
			}
		}
		if v := s.get(i, "indicator"); v != "" {
			if b, ok := yesNo(v); ok {
				if b {
					put(q, "indicator", boolean(true))
				}
			} else {
				cell(i, "indicator", "xlsform.not_yes_no", "value", v)
			}
		}
		if t := s.text(i, "summary"); len(t) > 0 {
			put(q, "summary", text(t))
		}
		r.node = q
		w.rows = append(w.rows, r)
		questions.Content = append(questions.Content, q)
	}
}

// isYesNo reports whether the yesno list, if the workbook has one, is
// exactly yes and no.
func isYesNo(opts []choice, has bool) bool {
	if !has {
		return true
	}
	if len(opts) != 2 {
		return false
	}
	names := map[string]bool{opts[0].name: true, opts[1].name: true}
	return names["yes"] && names["no"]
}

// yesNo reads a yes/no cell the ways spreadsheets and people write it.
func yesNo(v string) (bool, bool) {
	switch flows.Fold(v) {
	case "yes", "true", "true()", "1", "co", "x":
		return true, true
	case "no", "false", "false()", "0", "khong":
		return false, true
	}
	return false, false
}

// --- YAML node builders ---

func mapping() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode} }

func put(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, v)
}

func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

func integer(n int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(n)}
}

func float(f float64) *yaml.Node {
	v := strconv.FormatFloat(f, 'f', -1, 64)
	tag := "!!float"
	if !strings.ContainsAny(v, ".eE") {
		tag = "!!int" // 1, not !!float 1
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: v}
}

func boolean(b bool) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(b)}
}

// text is a phrase: a plain string when it is Vietnamese only, else
// {vi: …, en: …} on one line, as the sample configuration writes it.
func text(t locales.Text) *yaml.Node {
	if len(t) == 1 && t[locales.VI] != "" {
		return str(t[locales.VI])
	}
	m := mapping()
	m.Style = yaml.FlowStyle
	for _, l := range locales.Langs {
		if v, ok := t[l]; ok {
			put(m, string(l), str(v))
		}
	}
	return m
}
