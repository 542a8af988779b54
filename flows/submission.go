package flows

import (
	"time"
)

// Submission is one version of a unit's report for a form and period.
type Submission struct {
	Form    string           `json:"form"`
	Period  string           `json:"period"`
	Unit    string           `json:"unit"`
	Version int              `json:"version"`
	Answers map[string]Value `json:"answers"`
	By      string           `json:"by"`      // person id
	ByName  string           `json:"by_name"` // as it was when submitted
	At      time.Time        `json:"at"`
	Channel string           `json:"channel"` // "telegram", "console"…
	Late    bool             `json:"late,omitempty"`
	// LateEntry marks a report entered in a period a supervisor opened
	// outside its dates (a past year, a period not yet open); At stays
	// the true time it came.
	LateEntry bool `json:"late_entry,omitempty"`
	// Voices are the voice notes answering questions asked in words.
	Voices map[string]Voice `json:"voices,omitempty"`
	// From lists the old units whose reports this one sums: a figure of a
	// period of an earlier era seen through today's unit (EraTable),
	// computed for a view and never stored.
	From []string `json:"-"`
	// Imported marks figures that came from a file (baocao figures
	// import), not from the unit: a later import may replace them, a
	// unit's own report is never replaced without --replace.
	Imported *Imported `json:"imported,omitempty"`
}

// Imported says where imported figures came from.
type Imported struct {
	File string    `json:"file"`
	At   time.Time `json:"at"`
	By   string    `json:"by"` // the operator's account, or "cli"
}

// Num returns a numeric answer, and whether there is one.
func (s *Submission) Num(id string) (float64, bool) {
	if s == nil {
		return 0, false
	}
	v, ok := s.Answers[id]
	if !ok || v.Num == nil || v.Skipped {
		return 0, false
	}
	return *v.Num, true
}

// answer returns an answer that was given (not skipped), if any.
func (s *Submission) answer(id string) (Value, bool) {
	if s == nil {
		return Value{}, false
	}
	v, ok := s.Answers[id]
	return v, ok && !v.Skipped
}
