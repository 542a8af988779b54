package locales

import (
	"fmt"
	"math"
	"sync"
	"time"

	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Percent is a share in percent (93.1 means 93,1%); it prints with one
// decimal at most: "93,1%".
type Percent float64

// Plain is printed as it is, without digit grouping: years, codes, ids.
type Plain string

// Date prints as dd/mm/yyyy in Vietnam's zone.
type Date time.Time

// DateTime prints as "09:00 ngày 20/12/2026" (vi), "09:00 on 20/12/2026"
// (en) in Vietnam's zone: templates put "lúc"/"at" before it.
type DateTime time.Time

// Zone is Asia/Ho_Chi_Minh; time/tzdata is embedded by the binary, so this
// never depends on the host's zoneinfo.
var Zone = mustZone()

func mustZone() *time.Location {
	loc, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		return time.FixedZone("ICT", 7*3600)
	}
	return loc
}

// printers keeps a pool of message.Printer per language: a Printer may
// serve one goroutine at a time, and making one for every number printed
// was a tenth of an answer's CPU.
var printers sync.Map // language tag string → *sync.Pool of *message.Printer

// sprint prints v with lang's number conventions.
func sprint(lang Lang, v any) string {
	tag := lang.orDefault().tag()
	pool, ok := printers.Load(tag.String())
	if !ok {
		pool, _ = printers.LoadOrStore(tag.String(), &sync.Pool{New: func() any { return message.NewPrinter(tag) }})
	}
	p := pool.(*sync.Pool).Get().(*message.Printer)
	s := p.Sprint(v)
	pool.(*sync.Pool).Put(p)
	return s
}

// Int prints a whole number with the language's grouping: 32.657 (vi), 32,657 (en).
func Int(lang Lang, n int64) string { return sprint(lang, number.Decimal(n)) }

// Decimal prints a number with at most two decimals: 93,1 (vi), 93.1 (en).
func Decimal(lang Lang, f float64) string {
	return sprint(lang, number.Decimal(f, number.MaxFractionDigits(2)))
}

// Pct prints a percentage with at most one decimal: 93,1%.
func Pct(lang Lang, f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "—"
	}
	return sprint(lang, number.Decimal(f, number.MaxFractionDigits(1))) + "%"
}

// FormatDate prints dd/mm/yyyy.
func FormatDate(t time.Time) string { return t.In(Zone).Format("02/01/2006") }

// FormatDateTime prints HH:MM dd/mm/yyyy.
func FormatDateTime(t time.Time) string { return t.In(Zone).Format("15:04 02/01/2006") }

// dateTimeIn is a moment as a sentence says it after "lúc"/"at":
// "09:00 ngày 20/12/2026", "09:00 on 20/12/2026".
func dateTimeIn(lang Lang, t time.Time) string {
	t = t.In(Zone)
	if lang == EN {
		return t.Format("15:04") + " on " + t.Format("02/01/2006")
	}
	return t.Format("15:04") + " ngày " + t.Format("02/01/2006")
}

// Value formats one template argument for lang.
func Value(lang Lang, v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case Plain:
		return string(x)
	case int:
		return Int(lang, int64(x))
	case int64:
		return Int(lang, x)
	case float64:
		return Decimal(lang, x)
	case Percent:
		return Pct(lang, float64(x))
	case Date:
		return FormatDate(time.Time(x))
	case DateTime:
		return dateTimeIn(lang, time.Time(x))
	case UnitName:
		return x.inSentence(lang)
	case time.Time:
		return FormatDate(x)
	case Text:
		return x.In(lang)
	case Filled:
		// A phrase configured in Vietnamese only is filled in Vietnamese,
		// never "trên địa bàn ward".
		if x.Text[lang.orDefault()] == "" {
			lang = VI
		}
		return fill(lang, x.Text.In(lang), x.Args)
	case Msg:
		return Render(lang, x)
	case []Msg:
		s := ""
		for i, m := range x {
			if i > 0 {
				s += "\n"
			}
			s += Render(lang, m)
		}
		return s
	case Precise:
		return x.format(lang)
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}
