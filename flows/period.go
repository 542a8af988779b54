package flows

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

// PeriodKind is how often a form is reported.
type PeriodKind string

const (
	Monthly   PeriodKind = "month"
	Quarterly PeriodKind = "quarter"
	HalfYear  PeriodKind = "half" // both halves of the year: 2026-H1, 2026-H2
	// FirstHalf is "sơ kết 6 tháng đầu năm" alone (data 01/01–30/06): the
	// second half is the year report's, so it has no period of its own.
	FirstHalf PeriodKind = "first_half"
	Yearly    PeriodKind = "year" // "tổng kết năm"
)

func (k PeriodKind) valid() bool {
	switch k {
	case Monthly, Quarterly, HalfYear, FirstHalf, Yearly:
		return true
	}
	return false
}

// Period is one reporting period of a form, e.g. the 6-month review of 2026.
// Dates are calendar days in Vietnam's zone; Deadline and Locks are the
// first instants after which a report is late and can no longer be edited.
type Period struct {
	Key      string // "2026-11", "2026-Q4", "2026-H1", "2026"
	Kind     PeriodKind
	Start    time.Time // first day, 00:00
	End      time.Time // first instant after the last day
	Opens    time.Time // when officers may start reporting
	Deadline time.Time // end of the deadline day
	Locks    time.Time // end of the lock day
}

// periodOf returns the period of kind that contains t.
func periodOf(kind PeriodKind, t time.Time) (key string, start, end time.Time) {
	t = t.In(locales.Zone)
	y, m := t.Year(), int(t.Month())
	switch kind {
	case Monthly:
		start = time.Date(y, time.Month(m), 1, 0, 0, 0, 0, locales.Zone)
		return fmt.Sprintf("%d-%02d", y, m), start, start.AddDate(0, 1, 0)
	case Quarterly:
		q := (m-1)/3 + 1
		start = time.Date(y, time.Month(3*(q-1)+1), 1, 0, 0, 0, 0, locales.Zone)
		return fmt.Sprintf("%d-Q%d", y, q), start, start.AddDate(0, 3, 0)
	case HalfYear:
		h := (m-1)/6 + 1
		start = time.Date(y, time.Month(6*(h-1)+1), 1, 0, 0, 0, 0, locales.Zone)
		return fmt.Sprintf("%d-H%d", y, h), start, start.AddDate(0, 6, 0)
	case FirstHalf:
		// A moment of the second half belongs to the first half just
		// ended: the latest period there is, so Previous walks back by years.
		start = time.Date(y, 1, 1, 0, 0, 0, 0, locales.Zone)
		return fmt.Sprintf("%d-H1", y), start, start.AddDate(0, 6, 0)
	default:
		start = time.Date(y, 1, 1, 0, 0, 0, 0, locales.Zone)
		return strconv.Itoa(y), start, start.AddDate(1, 0, 0)
	}
}

// ParsePeriodKey reads "2026-11", "2026-Q4", "2026-H1" or "2026".
func ParsePeriodKey(key string) (PeriodKind, time.Time, error) {
	bad := fmt.Errorf("flows.ParsePeriodKey: %q is not a period (expected 2026, 2026-H1, 2026-Q4 or 2026-11)", key)
	yearStr, rest, dash := strings.Cut(key, "-")
	if dash && rest == "" {
		return "", time.Time{}, bad
	}
	y, err := strconv.Atoi(yearStr)
	if err != nil || y < 2000 || y > 2200 || len(yearStr) != 4 {
		return "", time.Time{}, bad
	}
	switch {
	case rest == "":
		return Yearly, time.Date(y, 1, 1, 0, 0, 0, 0, locales.Zone), nil
	case rest == "H1" || rest == "H2":
		return HalfYear, time.Date(y, time.Month(1+6*int(rest[1]-'1')), 1, 0, 0, 0, 0, locales.Zone), nil
	case len(rest) == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4':
		return Quarterly, time.Date(y, time.Month(1+3*int(rest[1]-'1')), 1, 0, 0, 0, 0, locales.Zone), nil
	case len(rest) == 2:
		m, err := strconv.Atoi(rest)
		if err != nil || m < 1 || m > 12 {
			return "", time.Time{}, bad
		}
		return Monthly, time.Date(y, time.Month(m), 1, 0, 0, 0, 0, locales.Zone), nil
	}
	return "", time.Time{}, bad
}

// Period returns the form's period with key, with its dates.
func (f *Form) Period(key string) (Period, error) {
	kind, start, err := ParsePeriodKey(key)
	if err != nil {
		return Period{}, err
	}
	if f.Every == FirstHalf && kind == HalfYear && start.Month() == time.January {
		kind = FirstHalf
	}
	if kind != f.Every {
		return Period{}, fmt.Errorf("flows.Form.Period: %s is reported every %s, not %q", f.ID, f.Every, key)
	}
	return f.periodContaining(start), nil
}

func (f *Form) periodContaining(t time.Time) Period {
	key, start, end := periodOf(f.Every, t)
	lastDay := end.AddDate(0, 0, -1)
	return Period{
		Key: key, Kind: f.Every, Start: start, End: end,
		Opens:    lastDay.AddDate(0, 0, -f.OpenDays),
		Deadline: f.deadlineAfter(end),
		Locks:    end.AddDate(0, 0, f.LockDays),
	}
}

// OpenPeriods lists the form's periods that accept reports at now (opened
// and not yet locked), oldest first. Usually one; two where a new period
// opens before the previous one locks.
func (f *Form) OpenPeriods(now time.Time) []Period {
	var out []Period
	// Walk back from the period after now's: a lock can fall well after the
	// period's end (a year review locks in February).
	p := f.periodContaining(now)
	p = f.Next(p) // the next one, which may already be open
	for i := 0; i < 16; i++ {
		if !now.Before(p.Opens) && now.Before(p.Locks) {
			out = append([]Period{p}, out...)
		}
		if p.Locks.Before(now) && p.End.Before(now) && i > 2 {
			break
		}
		p = f.periodContaining(p.Start.AddDate(0, 0, -1))
	}
	return out
}

// IsLocked reports whether edits to the period need a supervisor at now.
func (p Period) IsLocked(now time.Time) bool { return !now.Before(p.Locks) }

// IsLate reports whether a report given at t is past the deadline.
func (p Period) IsLate(t time.Time) bool { return !t.Before(p.Deadline) }

// Label names the period for people: "tháng 11/2026", "6 tháng đầu năm 2026".
func (p Period) Label() locales.Msg {
	y := locales.Plain(strconv.Itoa(p.Start.Year()))
	switch p.Kind {
	case Monthly:
		return locales.M("period.month", "month", locales.Plain(strconv.Itoa(int(p.Start.Month()))), "year", y)
	case Quarterly:
		return locales.M("period.quarter", "quarter", locales.Plain([]string{"I", "II", "III", "IV"}[(int(p.Start.Month())-1)/3]), "year", y)
	case HalfYear, FirstHalf:
		if p.Start.Month() == time.January {
			return locales.M("period.half1", "year", y)
		}
		return locales.M("period.half2", "year", y)
	}
	return locales.M("period.year", "year", y)
}

// LastDeadlineDay is the last calendar day on which a report is on time.
func (p Period) LastDeadlineDay() time.Time { return p.Deadline.AddDate(0, 0, -1) }

// LastLockDay is the last calendar day on which an officer may still edit.
func (p Period) LastLockDay() time.Time { return p.Locks.AddDate(0, 0, -1) }

// Previous returns the period before p, of the same form.
func (f *Form) Previous(p Period) Period { return f.periodContaining(p.Start.AddDate(0, 0, -1)) }

// Next returns the period after p, of the same form.
func (f *Form) Next(p Period) Period {
	if f.Every == FirstHalf {
		return f.periodContaining(p.Start.AddDate(1, 0, 0))
	}
	return f.periodContaining(p.End)
}

// YearBefore returns the same period one year earlier.
func (f *Form) YearBefore(p Period) Period { return f.periodContaining(p.Start.AddDate(-1, 0, 0)) }

// PeriodAt returns the form's period that contains t.
func (f *Form) PeriodAt(t time.Time) Period { return f.periodContaining(t) }
