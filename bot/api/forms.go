package api

import (
	"github.com/baocao/baocao/locales"
)

// Form is one report form: its questions are the keys of a submission's
// answers.
type Form struct {
	ID        string       `json:"id"`
	Title     locales.Text `json:"title"`            // {"vi": …, "en": …}
	Number    string       `json:"number,omitempty"` // "01/BC-VHTT"
	Period    string       `json:"period"`           // month, quarter, half, first_half, year
	Questions []Question   `json:"questions"`
}

// Question is one question of a form.
type Question struct {
	ID   string       `json:"id"`
	Name locales.Text `json:"name"` // the short name used as a column heading
	Type string       `json:"type"` // integer, decimal, percent, yesno, choice, multi, date, text, photo
	// Measure is the unit of measure ("hộ", "households").
	Measure   locales.Text `json:"measure,omitempty"`
	Required  bool         `json:"required"`
	Indicator bool         `json:"indicator"` // a key indicator: in figures
	// Calculate is set for a computed figure, never asked ("gdvh / tong_ho * 100").
	Calculate string   `json:"calculate,omitempty"`
	Options   []Option `json:"options,omitempty"`
}

// Option is a choice of a choice question.
type Option struct {
	ID    string       `json:"id"`
	Label locales.Text `json:"label"`
}

// forms: GET /api/v1/forms — every form of the configuration.
func (c *call) forms() (any, *table, error) {
	out := []Form{}
	for _, f := range c.h.Config.Forms {
		x := Form{ID: f.ID, Title: f.Title, Number: f.Number, Period: string(f.Every), Questions: []Question{}}
		for _, q := range f.Questions {
			y := Question{ID: q.ID, Name: q.ShortLabel(), Type: string(q.Type), Measure: q.Unit, Required: q.Required,
				Indicator: q.Indicator, Calculate: q.Calculate}
			for _, o := range q.Options {
				y.Options = append(y.Options, Option{ID: o.ID, Label: o.Label})
			}
			x.Questions = append(x.Questions, y)
		}
		out = append(out, x)
	}
	return map[string]any{"forms": out}, nil, nil
}
