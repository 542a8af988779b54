package xlsform

import (
	"strconv"

	"github.com/xuri/excelize/v2"
	"go.yaml.in/yaml/v3"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// The configuration's checker reports a line of the YAML file the form
// was written into. locate finds that line's question (or the form's own
// settings) again and turns the problem into a cell of the workbook: the
// row is the question's, the column the field the message is about.

// columnOfField maps a question's YAML field to its survey column.
var columnOfField = map[string]string{
	"id": "name", "key": "key", "type": "type", "required": "required", "min": "min", "max": "max",
	"unit": "unit", "label": "label", "help": "hint", "options": "type", "constraint": "constraint",
	"message": "constraint_message", "relevant": "relevant", "calculate": "calculation",
	"plausible": "plausible", "indicator": "indicator", "summary": "summary",
}

// columnOfMsg maps a checker message to the survey column it is about,
// for the messages reported at the question's first line.
var columnOfMsg = map[string]string{
	"config.question_id_bad": "name", "config.question_id_used": "name",
	"config.question_label_missing": "label", "config.constraint_no_message": "constraint_message",
	"config.calculate_type": "value_type", "config.options_not_choice": "type", "config.options_too_few": "type",
	"config.option_id_bad": "type", "config.option_label_missing": "type", "config.question_type_bad": "type",
	"config.minmax_not_number": "min", "config.question_min_gt_max": "min", "config.plausible_negative": "plausible",
}

// settingsOfMsg maps a checker message about the form to its settings column.
var settingsOfMsg = map[string]string{
	"config.form_id_bad": "form_id", "config.form_id_used": "form_id", "config.form_title_missing": "form_title",
	"config.form_period_bad": "period", "config.form_days_negative": "open_days",
	"config.form_lock_before_deadline": "lock_days",
}

var exprColumn = map[string]string{"constraint": "constraint", "relevant": "relevant", "calculate": "calculation"}

// place is where a line of the written configuration came from.
type place struct {
	question int    // index into rows; -1 for the form's own fields
	field    string // the YAML field on that line, if it starts one
}

func (w *workbook) locate(out []byte, ce *flows.ConfigError, ps *problems) {
	places := w.places(out)
	for _, p := range ce.Problems {
		pl, ok := places[p.Line]
		if !ok {
			ps.add(Problem{Msg: p.Msg}) // about the rest of the configuration
			continue
		}
		if pl.question < 0 {
			col := settingsOfMsg[p.Msg.Key]
			if col == "" {
				col = pl.field
			}
			if p.Msg.Key == "config.form_no_questions" {
				ps.add(Problem{Sheet: sheetSurvey, Msg: p.Msg})
				continue
			}
			w.put(ps, w.settings, 2, col, p.Msg)
			continue
		}
		r := w.rows[pl.question]
		col := columnOfMsg[p.Msg.Key]
		msg := w.rowsNotLines(p.Msg, places)
		if msg.Key == "config.expr_bad" {
			field, _ := msg.Args["field"].(string)
			col = exprColumn[field]
			if src, ok := r.exprs[field]; ok { // quote what was typed, not its translation
				msg = locales.M(msg.Key, "id", msg.Args["id"], "field", col, "expr", src, "detail", msg.Args["detail"])
			}
		}
		if col == "" {
			col = columnOfField[pl.field]
		}
		w.put(ps, w.survey, r.excelRow, col, msg)
	}
}

// rowsNotLines rewrites the "other" line of a "already used at line N"
// message to the row of the survey it names.
func (w *workbook) rowsNotLines(m locales.Msg, places map[int]place) locales.Msg {
	other, ok := m.Args["other"]
	if !ok {
		return m
	}
	n, err := strconv.Atoi(locales.Value(locales.VI, other))
	if pl, found := places[n]; err == nil && found && pl.question >= 0 {
		args := map[string]any{}
		for k, v := range m.Args {
			args[k] = v
		}
		args["other"] = locales.M("xlsform.row", "row", locales.Plain(strconv.Itoa(w.rows[pl.question].excelRow)))
		m.Args = args
	}
	return m
}

// put records a problem at a column of a row, or the row alone when the
// sheet has no such column.
func (w *workbook) put(ps *problems, s *sheet, row int, col string, m locales.Msg) {
	if h, c, ok := s.col(col); ok {
		cell, _ := excelize.CoordinatesToCellName(c+1, row)
		ps.add(Problem{Sheet: s.name, Row: row, Column: h, Cell: cell, Msg: m})
		return
	}
	if col != "" {
		m = locales.M("xlsform.in_column", "column", col, "text", m)
	}
	ps.add(Problem{Sheet: s.name, Row: row, Msg: m})
}

// places maps every line of the form in the written configuration to its
// question and field.
func (w *workbook) places(out []byte) map[int]place {
	m := map[int]place{}
	var doc yaml.Node
	if yaml.Unmarshal(out, &doc) != nil || len(doc.Content) == 0 {
		return m
	}
	forms := lookup(doc.Content[0], "forms")
	if forms == nil {
		return m
	}
	for _, f := range forms.Content {
		if v := lookup(f, "id"); v == nil || v.Value != w.formID {
			continue
		}
		for i := 0; i+1 < len(f.Content); i += 2 {
			k := f.Content[i]
			if k.Value == "questions" {
				for qi, q := range f.Content[i+1].Content {
					if qi >= len(w.rows) {
						break
					}
					m[q.Line] = place{question: qi}
					for j := 0; j+1 < len(q.Content); j += 2 {
						key := q.Content[j]
						pl := place{question: qi, field: key.Value}
						if key.Line == q.Line && j == 0 {
							pl.field = "" // the question's own line: the message says the column
						}
						mark(m, q.Content[j+1], pl)
						if _, seen := m[key.Line]; !seen || key.Line != q.Line {
							m[key.Line] = pl
						}
					}
				}
				continue
			}
			m[k.Line] = place{question: -1, field: k.Value}
		}
		m[f.Line] = place{question: -1}
	}
	return m
}

// mark records pl for every line of a value spread over several lines.
func mark(m map[int]place, n *yaml.Node, pl place) {
	if _, seen := m[n.Line]; !seen {
		m[n.Line] = pl
	}
	for _, c := range n.Content {
		mark(m, c, pl)
	}
}
