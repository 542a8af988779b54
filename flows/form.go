package flows

import (
	"github.com/baocao/baocao/flows/reader"
	"strings"
	"sync"

	"github.com/expr-lang/expr/vm"
	"go.yaml.in/yaml/v3"

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

	problems []ConfigProblem
}

// Question is one step of a form.
type Question struct {
	ID    string       `yaml:"id"`
	Key   string       `yaml:"key"` // short key for the fast path (/nhanh tong_ho=2345)
	Label locales.Text `yaml:"label"`
	// Short is the question's name as a heading: on the review screen, in
	// the copy-and-fill template, /nhanh's lists, digests and export
	// columns ("Tổng số hộ", where Label asks "Tổng số hộ gia đình trên
	// địa bàn xã?"). Without one, the label without its "?" is used.
	Short    locales.Text `yaml:"short"`
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
	// Indicator marks a key indicator for standings (shown on /ketqua).
	Indicator bool `yaml:"indicator"`
	// Summary is what a "yes" means, for the digest of a yes/no question:
	// "có điểm cầu truyền hình hội nghị" → "24/24 đơn vị có điểm cầu…".
	Summary locales.Text `yaml:"summary"`

	line int // where it was declared, for error messages

	constraint, relevant, calculate *vm.Program
	problems                        []ConfigProblem // found while decoding, reported by the config checks
	// relevantReads lists the questions the relevant condition reads; it
	// cannot be decided until they are answered (or skipped).
	relevantReads []string
	// constraintReads lists the questions the constraint reads, so a
	// broken rule on the review names the answers to look at.
	constraintReads []string
	// calculateReads lists the questions the calculation reads;
	// calculateArith says it is arithmetic alone (arithmeticOnly).
	calculateReads []string
	calculateArith bool
	// reader is the question as package reader reads answers to it, made once.
	readerOnce sync.Once
	reader     *reader.Question
	// ratio is set at load when Calculate is a ratio of two answers, so
	// aggregates can sum numerators and denominators.
	ratio *Ratio
}

// Asked reports whether the question is put to the person (computed ones are not).
func (q *Question) Asked() bool { return q.Calculate == "" }

// ShortLabel is the question's heading: Short, or else the label without
// its final "?".
func (q *Question) ShortLabel() locales.Text {
	if !q.Short.IsZero() {
		return q.Short
	}
	return bareLabel(q.Label)
}

// Prompt is the question as put to the officer of u: a label may say
// {level} (or {Level} to start a sentence) for the unit's level, "xã",
// "phường", "đặc khu", instead of naming one level for every unit.
func (q *Question) Prompt(u *Unit) locales.Filled {
	return locales.Filled{Text: q.Label, Args: map[string]any{"level": LevelWord(u)}}
}

// LevelWord is the unit's level as a word inside a sentence: "xã",
// "phường", "đặc khu" (in English "commune", "ward"…); "đơn vị" when the
// configuration does not say.
func LevelWord(u *Unit) locales.Msg {
	if u != nil {
		key := "level." + strings.ReplaceAll(Fold(u.Level), " ", "_")
		if locales.Has(key) {
			return locales.M(key)
		}
	}
	return locales.M("level.other")
}

// Numeric reports whether the answer is a number.
func (q *Question) Numeric() bool {
	return q.Type == TypeInt || q.Type == TypeDecimal || q.Type == TypePercent
}

// Form is a report definition: what is asked, in which order, how often.
type Form struct {
	ID        string       `yaml:"id"`
	Title     locales.Text `yaml:"title"`
	Every     PeriodKind   `yaml:"period"`
	Questions []*Question  `yaml:"questions"`

	// Days relative to the period: it opens OpenDays before its last day,
	// is late DeadlineDays after its end (20 → the 20th of the next month for
	// a monthly report), and locks LockDays after its end.
	OpenDays     int `yaml:"open_days"`
	DeadlineDays int `yaml:"deadline_days"`
	LockDays     int `yaml:"lock_days"`
	// DeadlineDay, instead of DeadlineDays, puts the deadline on that day of
	// the month after the period, clamped in short months (31 → 28/02).
	DeadlineDay int `yaml:"deadline_day"`
	// OfficeLevels are the levels whose offices also report this form for
	// their own activity ("huyện": the district's culture office), beside
	// the reporting units under them; see own.go.
	OfficeLevels []string `yaml:"office_levels"`
	// Number is the form's number as printed on the report sheet ("01/BC-VHTT"
	// prints "Biểu số 01/BC-VHTT"); none is printed when it is empty.
	Number string `yaml:"number"`

	line     int
	index    map[string]int
	problems []ConfigProblem
}

// UnmarshalYAML records where the form is declared and rejects unknown fields.
func (f *Form) UnmarshalYAML(n *yaml.Node) error {
	type plain Form
	f.line = n.Line
	f.problems = decodeStrict(n, (*plain)(f), "form")
	return nil
}

// UnmarshalYAML records where the question is declared and rejects unknown fields.
func (q *Question) UnmarshalYAML(n *yaml.Node) error {
	type plain Question
	q.line = n.Line
	q.problems = decodeStrict(n, (*plain)(q), "question")
	return nil
}

// UnmarshalYAML rejects unknown fields of an option.
func (o *Option) UnmarshalYAML(n *yaml.Node) error {
	type plain Option
	o.problems = decodeStrict(n, (*plain)(o), "option")
	return nil
}

// Question returns the question with id (or short key), or nil.
func (f *Form) Question(id string) *Question {
	if i, ok := f.index[id]; ok {
		return f.Questions[i]
	}
	return nil
}

// Asked lists the questions put to people, in order (computed ones excluded).
func (f *Form) Asked() []*Question {
	out := make([]*Question, 0, len(f.Questions))
	for _, q := range f.Questions {
		if q.Asked() {
			out = append(out, q)
		}
	}
	return out
}

// Indicators lists the numeric questions marked as key indicators: the
// ones ranked and summed. A yes/no or text question marked so is counted
// or collected in the digest instead (digest_more.go), as every such
// answer is.
func (f *Form) Indicators() []*Question {
	var out []*Question
	for _, q := range f.Questions {
		if q.Indicator && q.Numeric() {
			out = append(out, q)
		}
	}
	return out
}
