package xlsform

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// Headers of the sheets Export writes, translated columns in Vietnamese
// then English, the way ODK's templates name the languages.
var (
	surveyHeader = []string{"type", "name", "label::Tiếng Việt", "label::English", "hint::Tiếng Việt", "hint::English",
		"required", "constraint", "constraint_message::Tiếng Việt", "constraint_message::English", "relevant", "calculation",
		"key", "unit::Tiếng Việt", "unit::English", "min", "max", "plausible", "indicator",
		"summary::Tiếng Việt", "summary::English", "value_type"}
	choicesHeader  = []string{"list_name", "name", "label::Tiếng Việt", "label::English"}
	settingsHeader = []string{"form_id", "form_title::Tiếng Việt", "form_title::English", "period", "open_days",
		"deadline_days", "lock_days", "deadline_day", "office_levels", "number", "default_language"}
)

// Export writes a form as an XLSForm workbook that Import reads back into
// the same form.
func Export(f *flows.Form) ([]byte, error) {
	x := excelize.NewFile()
	defer x.Close()
	if err := x.SetSheetName("Sheet1", sheetSurvey); err != nil {
		return nil, fmt.Errorf("xlsform.Export: %w", err)
	}
	for _, s := range []string{sheetChoices, sheetSettings} {
		if _, err := x.NewSheet(s); err != nil {
			return nil, fmt.Errorf("xlsform.Export: %w", err)
		}
	}
	types := map[string]flows.QuestionType{}
	for _, q := range f.Questions {
		types[q.ID] = q.Type
	}
	survey := [][]any{toAny(surveyHeader)}
	choices := [][]any{toAny(choicesHeader)}
	yesno := false
	for _, q := range f.Questions {
		typ, vt := "", ""
		switch q.Type {
		case flows.TypeInt:
			typ = "integer"
		case flows.TypeDecimal:
			typ = "decimal"
		case flows.TypePercent:
			typ, vt = "decimal", "percent"
		case flows.TypeYesNo:
			typ = "select_one " + yesNoList
			yesno = true
		case flows.TypeChoice, flows.TypeMulti:
			typ = "select_one " + q.ID
			if q.Type == flows.TypeMulti {
				typ = "select_multiple " + q.ID
			}
			for _, o := range q.Options {
				choices = append(choices, []any{q.ID, o.ID, o.Label[locales.VI], o.Label[locales.EN]})
			}
		case flows.TypeDate:
			typ = "date"
		case flows.TypeText:
			typ = "text"
		case flows.TypePhoto:
			typ = "image"
		}
		if q.Calculate != "" {
			typ, vt = "calculate", string(q.Type)
		}
		survey = append(survey, []any{
			typ, q.ID, q.Label[locales.VI], q.Label[locales.EN], q.Help[locales.VI], q.Help[locales.EN],
			yes(q.Required), fromConfig(q.Constraint, q.ID, types), q.Message[locales.VI], q.Message[locales.EN],
			fromConfig(q.Relevant, q.ID, types), fromConfig(q.Calculate, q.ID, types),
			q.Key, q.Unit[locales.VI], q.Unit[locales.EN], num(q.Min), num(q.Max), plausible(q.Plausible), yes(q.Indicator),
			q.Summary[locales.VI], q.Summary[locales.EN], vt,
		})
	}
	if yesno {
		choices = append(choices, []any{yesNoList, "yes", "Có", "Yes"}, []any{yesNoList, "no", "Không", "No"})
	}
	settings := [][]any{toAny(settingsHeader), {
		f.ID, f.Title[locales.VI], f.Title[locales.EN], string(f.Every), days(f.OpenDays), days(f.DeadlineDays),
		days(f.LockDays), days(f.DeadlineDay), strings.Join(f.OfficeLevels, ", "), f.Number, "Tiếng Việt",
	}}
	for _, s := range []struct {
		name string
		rows [][]any
	}{{sheetSurvey, survey}, {sheetChoices, choices}, {sheetSettings, settings}} {
		for i, r := range s.rows {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := x.SetSheetRow(s.name, cell, &r); err != nil {
				return nil, fmt.Errorf("xlsform.Export: %w", err)
			}
		}
		// A bold, frozen header, as form designers expect.
		bold, _ := x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
		last, _ := excelize.CoordinatesToCellName(len(s.rows[0]), 1)
		_ = x.SetCellStyle(s.name, "A1", last, bold)
		_ = x.SetPanes(s.name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
		_ = x.SetColWidth(s.name, "A", "Z", 18)
	}
	var b bytes.Buffer
	if err := x.Write(&b); err != nil {
		return nil, fmt.Errorf("xlsform.Export: %w", err)
	}
	return b.Bytes(), nil
}

func toAny(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

func yes(b bool) any {
	if b {
		return "yes"
	}
	return nil
}

func num(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}

func plausible(f float64) any {
	if f == 0 {
		return nil
	}
	return f
}

func days(n int) any {
	if n == 0 {
		return nil
	}
	return n
}
