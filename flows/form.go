package flows

import (
	"github.com/baocao/baocao/locales"
)

// QuestionType is what kind of answer a question takes.
type QuestionType string

const (
	TypeInt     QuestionType = "integer" // a count: households, clubs
	TypeDecimal QuestionType = "decimal" // a number with decimals
	TypePercent QuestionType = "percent" // typed percentage (computed ones use calculate)
	TypeYesNo   QuestionType = "yesno"   // có / không
	TypeChoice  QuestionType = "choice"  // one of Options
	TypeMulti   QuestionType = "multi"   // several of Options
	TypeDate    QuestionType = "date"    // dd/mm/yyyy
	TypeText    QuestionType = "text"    // free text
	TypePhoto   QuestionType = "photo"   // a photo sent in the chat
)

// Option is one answer of a choice question.
type Option struct {
	ID    string       `yaml:"id"`
	Label locales.Text `yaml:"label"`
}

// Question is one step of a form.
type Question struct {
	ID       string       `yaml:"id"`
	Key      string       `yaml:"key"` // short key for the fast path (/nhanh tong_ho=2345)
	Label    locales.Text `yaml:"label"`
	Help     locales.Text `yaml:"help"`
	Type     QuestionType `yaml:"type"`
	Required bool         `yaml:"required"`
	Min      *float64     `yaml:"min"`
	Max      *float64     `yaml:"max"`
	Unit     locales.Text `yaml:"unit"` // "hộ", "CLB"
	Options  []Option     `yaml:"options"`

	// Constraint is an expr expression over the answers so far that must
	// hold, e.g. "gdvh <= tong_ho"; Message says what is wrong when not.
	Constraint string       `yaml:"constraint"`
	Message    locales.Text `yaml:"message"`
	// Relevant is an expr condition: the question is asked only when true.
	Relevant string `yaml:"relevant"`
	// Calculate makes the question computed, never asked: "gdvh / tong_ho * 100".
	Calculate string `yaml:"calculate"`
	// Plausible is the relative change from the unit's previous value above
	// which the officer is asked to confirm (0.5 = ±50%). Zero: no check.
	Plausible float64 `yaml:"plausible"`
	// Target marks a key indicator for standings (shown on /ketqua).
	Indicator bool `yaml:"indicator"`

	line int // where it was declared, for error messages
}

// Asked reports whether the question is put to the person (computed ones are not).
func (q *Question) Asked() bool { return q.Calculate == "" }

// Numeric reports whether the answer is a number.
func (q *Question) Numeric() bool {
	return q.Type == TypeInt || q.Type == TypeDecimal || q.Type == TypePercent
}
