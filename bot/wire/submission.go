// Package wire is the JSON shape in which a submission leaves baocao for
// other software: the read-only API's /submissions and the signed webhooks
// carry the same bytes for the same submission, so a receiver that reads one
// reads the other.
//
// The shape is a contract with systems we do not control: add fields, never
// rename or remove one.
package wire

import (
	"time"

	"github.com/baocao/baocao/flows"
)

// Submission is one version of a unit's report for a period.
type Submission struct {
	Form     string    `json:"form"`
	Period   string    `json:"period"`
	Unit     string    `json:"unit"`      // the unit's code in its period's era
	UnitName string    `json:"unit_name"` // the unit's name in that era
	Version  int       `json:"version"`
	At       time.Time `json:"at"` // when it was submitted, UTC
	ByName   string    `json:"by_name,omitempty"`
	Channel  string    `json:"channel,omitempty"`
	Late     bool      `json:"late"`
	// Imported is set when the figures came from a file (baocao figures
	// import), not from a conversation.
	Imported *Imported `json:"imported,omitempty"`
	// Answers holds the form's asked questions that were answered, by
	// question id: a number, true/false, a text, a date as "2006-01-02", or
	// a list of option ids; null for an optional question the person
	// skipped. Photos are left out: their ids mean nothing outside the chat.
	Answers map[string]any `json:"answers"`
}

// Imported says where imported figures came from.
type Imported struct {
	File string    `json:"file"`
	At   time.Time `json:"at"`
	By   string    `json:"by"`
}

// SubmissionOf gives the wire shape of s under form f; unitName is the
// unit's name in the era of s's period, which the caller looks up.
func SubmissionOf(f *flows.Form, s flows.Submission, unitName string) Submission {
	w := Submission{
		Form:     s.Form,
		Period:   s.Period,
		Unit:     s.Unit,
		UnitName: unitName,
		Version:  s.Version,
		At:       s.At.UTC(),
		ByName:   s.ByName,
		Channel:  s.Channel,
		Late:     s.Late,
		Answers:  map[string]any{},
	}
	if s.Imported != nil {
		w.Imported = &Imported{File: s.Imported.File, At: s.Imported.At.UTC(), By: s.Imported.By}
	}
	for _, q := range f.Questions {
		if !q.Asked() || q.Type == flows.TypePhoto {
			continue
		}
		v, ok := s.Answers[q.ID]
		if !ok {
			continue
		}
		if v.Skipped {
			w.Answers[q.ID] = nil
			continue
		}
		if a, ok := valueOf(q, v); ok {
			w.Answers[q.ID] = a
		}
	}
	return w
}

// valueOf gives one answer's JSON value by its question's type, so an
// answer stored under an older form version as another type is left out
// rather than sent under a type the receiver does not expect.
func valueOf(q *flows.Question, v flows.Value) (any, bool) {
	switch q.Type {
	case flows.TypeInt, flows.TypeDecimal, flows.TypePercent:
		if v.Num != nil {
			return *v.Num, true
		}
	case flows.TypeYesNo:
		if v.Bool != nil {
			return *v.Bool, true
		}
	case flows.TypeChoice, flows.TypeMulti:
		if len(v.Picks) > 0 {
			return append([]string(nil), v.Picks...), true
		}
	case flows.TypeDate:
		if v.Date != "" {
			return v.Date, true
		}
	case flows.TypeText:
		if v.Text != "" {
			return v.Text, true
		}
	}
	return nil, false
}
