package locales

import (
	"fmt"
	"math"
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

// DateTime prints as HH:MM dd/mm/yyyy in Vietnam's zone.
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

func printer(lang Lang) *message.Printer { return message.NewPrinter(lang.orDefault().tag()) }

// Int prints a whole number with the language's grouping: 32.657 (vi), 32,657 (en).
func Int(lang Lang, n int64) string { return printer(lang).Sprint(number.Decimal(n)) }

// Decimal prints a number with at most two decimals: 93,1 (vi), 93.1 (en).
func Decimal(lang Lang, f float64) string {
	return printer(lang).Sprint(number.Decimal(f, number.MaxFractionDigits(2)))
}

// Pct prints a percentage with at most one decimal: 93,1%.
func Pct(lang Lang, f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "—"
	}
	return printer(lang).Sprint(number.Decimal(f, number.MaxFractionDigits(1))) + "%"
}

// FormatDate prints dd/mm/yyyy.
func FormatDate(t time.Time) string { return t.In(Zone).Format("02/01/2006") }

// FormatDateTime prints HH:MM dd/mm/yyyy.
func FormatDateTime(t time.Time) string { return t.In(Zone).Format("15:04 02/01/2006") }

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
		return FormatDateTime(time.Time(x))
	case time.Time:
		return FormatDate(x)
	case Text:
		return x.In(lang)
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
