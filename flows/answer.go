package flows

// Reading an answer is package reader's (flows/reader): it reads a text
// against a question without a conversation. This file hands it each
// question once, as a reader.Question, and turns its readings into values
// as a draft stores them.

import (
	"time"

	"github.com/baocao/baocao/flows/reader"
	"github.com/baocao/baocao/locales"
)

// Value is one answer as stored.
type Value struct {
	Num     *float64 `json:"n,omitempty"` // integer, decimal, percent (integers are whole floats)
	Bool    *bool    `json:"b,omitempty"`
	Text    string   `json:"s,omitempty"` // text; for a photo, the channel's file id
	Date    string   `json:"d,omitempty"` // 2006-01-02
	Picks   []string `json:"c,omitempty"` // choice ids
	Skipped bool     `json:"x,omitempty"` // an optional question the person skipped
}

// dateLayout is how Value.Date is stored: sortable and zone-free.
const dateLayout = reader.DateLayout

// Limits on what is read (reader.go in flows/reader says why).
const (
	maxText  = reader.MaxText
	quoteLen = reader.QuoteLen
)

// numberLimit is the first value with more digits than a figure may have.
var numberLimit = reader.NumberLimit

// problem builds a problem message.
func problem(key string, kv ...any) *locales.Msg {
	m := locales.M(key, kv...)
	return &m
}

// Unsure is why a reading is probable but not certain: the person is
// asked to confirm the value ("Ghi 32.657 hộ?"). It is kept in a session
// while it waits.
type Unsure = reader.Unsure

// Reading is what the reader made of an answer: a value (certain when
// Unsure is nil, to be confirmed when not), or a Problem.
type Reading struct {
	Value   Value
	Unsure  *Unsure
	Problem *locales.Msg
}

// Read reads s as the answer to q (package reader does the reading).
func Read(q *Question, s string, now time.Time, lang locales.Lang) Reading {
	if q == nil {
		return fromReader(reader.Read(nil, s, now, lang))
	}
	return fromReader(reader.Read(q.readerQuestion(), s, now, lang))
}

func fromReader(r reader.Reading) Reading {
	if r.Problem != nil {
		return Reading{Problem: r.Problem}
	}
	return Reading{Value: Value{Num: r.Num, Bool: r.Bool, Date: r.Date, Picks: r.Picks, Text: r.Text}, Unsure: r.Unsure}
}

// readerQuestion is q as the reader needs it, made once per question and
// shared by every answer's reading.
func (q *Question) readerQuestion() *reader.Question {
	q.readerOnce.Do(func() {
		rq := &reader.Question{Type: reader.Kind(q.Type), Label: q.Label, Unit: q.Unit, Min: q.Min, Max: q.Max}
		for _, o := range q.Options {
			rq.Options = append(rq.Options, reader.Option{ID: o.ID, Label: o.Label})
		}
		q.reader = rq
	})
	return q.reader
}

// ReadAnswer is Read for a caller that cannot ask back (the fast path): a
// probable reading is a problem that names the value, so the person types
// it again plainly.
func ReadAnswer(q *Question, s string, now time.Time, lang locales.Lang) (Value, *locales.Msg) {
	return certainOnly(q, Read(q, s, now, lang), lang)
}

// ReadCellAnswer is ReadAnswer for a cell of a spreadsheet being imported:
// the figure as the spreadsheet holds it, never a slip of typing in a chat
// ("3333" is 3333; reader.ReadCell).
func ReadCellAnswer(q *Question, s string, now time.Time, lang locales.Lang) (Value, *locales.Msg) {
	return certainOnly(q, fromReader(reader.ReadCell(q.readerQuestion(), s, now, lang)), lang)
}

// certainOnly is r for a caller that cannot ask back: a probable reading
// becomes a problem that names the value.
func certainOnly(q *Question, r Reading, lang locales.Lang) (Value, *locales.Msg) {
	switch {
	case r.Problem != nil:
		return Value{}, r.Problem
	case r.Unsure != nil:
		value := locales.Plain(r.Value.Format(q, lang))
		return Value{}, problem("answer.unsure", "reason", r.Unsure.Msg(value), "value", value)
	}
	return r.Value, nil
}

// The readers of one answer type, for callers without a question.

// ReadInt reads a count: "32.657", "32 657", "32657 hộ".
func ReadInt(s string) (int64, *locales.Msg) { return reader.ReadInt(s) }

// ReadDecimal reads a number that may have a fraction: "93,1", "1.234,5".
func ReadDecimal(s string) (float64, *locales.Msg) { return reader.ReadDecimal(s) }

// ReadPercent reads a percentage between 0 and 100: "93,1%".
func ReadPercent(s string) (float64, *locales.Msg) { return reader.ReadPercent(s) }

// ReadYesNo reads có or không, typed any of the ways people type them.
func ReadYesNo(s string) (bool, *locales.Msg) { return reader.ReadYesNo(s) }

// ReadDate reads a day, the day first: "20/12/2026", "hôm qua".
func ReadDate(s string, now time.Time) (time.Time, *locales.Msg) { return reader.ReadDate(s, now) }

// ReadText reads free text: anything not empty, up to a length.
func ReadText(s string) (string, *locales.Msg) { return reader.ReadText(s) }

// ReadChoice reads one option by its number or its name.
func ReadChoice(s string, options []Option, lang locales.Lang) (string, *locales.Msg) {
	return reader.ReadChoice(s, readerOptions(options), lang)
}

// ReadChoices reads several options.
func ReadChoices(s string, options []Option, lang locales.Lang) ([]string, *locales.Msg) {
	return reader.ReadChoices(s, readerOptions(options), lang)
}

func readerOptions(options []Option) []reader.Option {
	out := make([]reader.Option, len(options))
	for i, o := range options {
		out[i] = reader.Option{ID: o.ID, Label: o.Label}
	}
	return out
}

// optionLabel is the option's label in lang, or its id when it has none.
func optionLabel(o Option, lang locales.Lang) string {
	if l := o.Label.In(lang); l != "" {
		return l
	}
	return o.ID
}

// numberArg is x as a message argument printed the way t's answers print.
func numberArg(t QuestionType, x float64) any { return reader.NumberArg(reader.Kind(t), x) }

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }
