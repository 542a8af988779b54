package flows

// Reading an answer typed on a phone, the Vietnamese way.
//
// The officers who answer are commune culture staff typing on whatever
// phone they have, with or without a Vietnamese input method. The readers
// here accept everything that has one sensible meaning and, when a reply
// could mean two things, ask rather than guess: a wrong figure in a report
// costs far more than one more message.
//
// Numbers follow the Vietnamese convention: the dot groups thousands and
// the comma marks decimals (32.657 hộ; 93,1%). Phones set to English
// produce the opposite, so:
//
//   - "32.657" is 32657: a dot followed by exactly three digits is a
//     thousands group, as every Vietnamese form and newspaper writes it.
//   - "93.1" is 93,1: a dot followed by anything but three digits cannot be
//     a thousands group, so it is a decimal mark from an English keyboard.
//   - "32,657" in a count is probable, not certain: in Vietnamese it reads
//     "32 phẩy 657", which is no count, so it is an English phone's 32.657;
//     the officer is asked "Ghi 32.657 hộ?" before it is kept. In a decimal
//     question it is 32,657 (the Vietnamese reading), since there a
//     fraction is expected. "1.00" in a count (1 from a spreadsheet, or 100
//     with a slip) is refused, naming both.
//   - When both marks appear ("1.234,5" or "1,234.5") the last one is the
//     decimal mark: that is true in both conventions.
//
// Read returns a Reading: a value; or a value with an Unsure reason, which
// the conversation confirms with the person (session_confirm.go); or a
// problem, a *locales.Msg (a key under "answer." and its arguments) that
// says politely what is wrong and how to type it. The stages that get there
// are described in answer_clean.go.

import (
	"math"
	"strings"
	"time"
	"unicode/utf8"

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
const dateLayout = "2006-01-02"

// Limits on what is read.
const (
	// maxDigits keeps every accepted number exact in a float64 (below 2^53)
	// and catches a figure pasted twice.
	maxDigits = 15
	// maxText is the longest free-text answer, in runes.
	maxText = 2000
	// quoteLen is how much of the input a problem message repeats.
	quoteLen = 40
)

// numberLimit is the first value with more than maxDigits whole digits.
var numberLimit = math.Pow10(maxDigits)

// problem builds a problem message.
func problem(key string, kv ...any) *locales.Msg {
	m := locales.M(key, kv...)
	return &m
}

// quoted is the input as a problem message repeats it: normalised and short.
func quoted(s string) locales.Plain { return locales.Plain(shorten(Normalize(s), quoteLen)) }

// Unsure is why a reading is probable but not certain: the person is
// asked to confirm the value ("Ghi 32.657 hộ?") instead of having it
// refused or guessed. It is plain data, kept in a session while it waits.
type Unsure struct {
	Key   string `json:"k"`  // the reason, a catalog key under "reading."
	Input string `json:"in"` // what was typed, as the reason quotes it
}

// Msg is the reason as a sentence, with value the reading it offers.
func (u Unsure) Msg(value locales.Plain) locales.Msg {
	return locales.M(u.Key, "input", locales.Plain(u.Input), "value", value)
}

// Reading is what the reader made of an answer: a value (certain when
// Unsure is nil, to be confirmed when not), or a Problem.
type Reading struct {
	Value   Value
	Unsure  *Unsure
	Problem *locales.Msg
}

// Read reads s as the answer to q: it dispatches on q.Type and, for
// numbers, checks q.Min and q.Max (both inclusive). Photos cannot be typed.
func Read(q *Question, s string, now time.Time, lang locales.Lang) Reading {
	v, u, p := read(q, s, now, lang)
	if p != nil {
		return Reading{Problem: p}
	}
	return Reading{Value: v, Unsure: u}
}

// ReadAnswer is Read for a caller that cannot ask back (the fast path): a
// probable reading is a problem that names the value, so the person types
// it again plainly.
func ReadAnswer(q *Question, s string, now time.Time, lang locales.Lang) (Value, *locales.Msg) {
	r := Read(q, s, now, lang)
	switch {
	case r.Problem != nil:
		return Value{}, r.Problem
	case r.Unsure != nil:
		value := locales.Plain(r.Value.Format(q, lang))
		return Value{}, problem("answer.unsure", "reason", r.Unsure.Msg(value), "value", value)
	}
	return r.Value, nil
}

// labelWords are the words of a question's label, folded, as untelex
// skeletons: an answer may repeat them.
func labelWords(q *Question) map[string]bool {
	m := map[string]bool{}
	for _, l := range q.Label {
		for _, w := range words(Fold(l)) {
			m[untelex(w)] = true
		}
	}
	return m
}

func read(q *Question, s string, now time.Time, lang locales.Lang) (Value, *Unsure, *locales.Msg) {
	if q == nil {
		return Value{}, nil, problem("answer.cannot_read", "input", quoted(s))
	}
	if q.Type == TypeText || q.Type == TypePhoto {
		// A text is kept as typed, but a mention of the bot at its start
		// is addressed to the bot, not part of it.
		if t := reader.Unwrap(s).Answer; strings.HasPrefix(strings.TrimSpace(s), "@") && t != "" {
			s = t
		}
		return readAs(q, s, now, lang)
	}
	// What the chat added (a mention, the question quoted, a first try
	// taken back) is off before the answer is read; a corrected answer is
	// confirmed, since the person changed their mind once already.
	w := reader.Unwrap(s)
	if w.Answer == "" {
		w.Answer = s
	}
	v, u, p := readAs(q, w.Answer, now, lang)
	if p == nil && u == nil && w.Corrected {
		u = &Unsure{Key: "reading.corrected", Input: string(quoted(s))}
	}
	return v, u, p
}

// readAs reads s by the question's type: one reader per type.
func readAs(q *Question, s string, now time.Time, lang locales.Lang) (Value, *Unsure, *locales.Msg) {
	switch q.Type {
	case TypeInt, TypeDecimal, TypePercent:
		return readNumberAnswer(q, s)
	case TypeYesNo:
		b, u, p := readYesNo(s, &lazyWords{q: q})
		if p != nil {
			return Value{}, nil, p
		}
		return Value{Bool: &b}, u, nil
	case TypeChoice:
		id, p := ReadChoice(s, q.Options, lang)
		if p != nil {
			return Value{}, nil, p
		}
		return Value{Picks: []string{id}}, nil, nil
	case TypeMulti:
		ids, p := ReadChoices(s, q.Options, lang)
		if p != nil {
			return Value{}, nil, p
		}
		return Value{Picks: ids}, nil, nil
	case TypeDate:
		d, u, p := readDate(s, now)
		if p != nil {
			return Value{}, nil, p
		}
		return Value{Date: d.Format(dateLayout)}, u, nil
	case TypeText:
		t, p := ReadText(s)
		if p != nil {
			return Value{}, nil, p
		}
		return Value{Text: t}, nil, nil
	case TypePhoto:
		return Value{}, nil, problem("answer.photo_expected")
	}
	return Value{}, nil, problem("answer.cannot_read", "input", quoted(s))
}

// ---- Numbers ----------------------------------------------------------

// ---- Yes / no ---------------------------------------------------------

// ---- Dates ------------------------------------------------------------

// ---- Choices ----------------------------------------------------------

// ---- Text -------------------------------------------------------------

// ReadText reads free text: anything not empty after Normalize, up to
// maxText runes.
func ReadText(s string) (string, *locales.Msg) {
	t := Normalize(s)
	if t == "" {
		return "", problem("answer.empty")
	}
	if n := utf8.RuneCountInString(t); n > maxText {
		return "", problem("answer.too_long", "max", maxText, "length", n)
	}
	return t, nil
}

// ---- Stored values ----------------------------------------------------
