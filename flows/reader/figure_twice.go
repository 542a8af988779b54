package reader

import (
	"strings"

	"github.com/baocao/baocao/locales"
)

// A figure typed twice with no space between ("1212", "356356",
// "12451245"): the clerk's rule is that digits which are one group of two
// or more digits repeated exactly, typed ungrouped, are the same figure
// sent twice far more often than a figure that happens to repeat itself,
// so they are never stored nor offered. The person is told it looks like
// one figure sent twice, and how to type it if it really is that number:
// grouped with a dot ("1.212"), which stays a figure. A unit or polite
// words around it change nothing; a single digit repeated ("11", "333")
// is a plain figure.

// figureTwice reports the one figure of s when it is one group of digits
// typed twice, with that group.
func figureTwice(s string) (whole, half string, ok bool) {
	if !hasRepeatedRun(s) {
		return "", "", false // the cheap check first: most answers
	}
	at := ""
	for _, t := range Tokenize(s).Tokens {
		if t.Lower == "" || !isDigit(rune(t.Lower[0])) {
			continue // words, and keys left in them ("ho65"), are no figure
		}
		if at != "" {
			return "", "", false // two figures: other rules read them
		}
		at = t.Lower
	}
	// the digits, a unit typed on to them ("1212hộ") aside
	d := at
	if i := strings.IndexFunc(d, func(r rune) bool { return !isASCIIDigit(r) }); i >= 0 {
		if strings.ContainsFunc(d[i:], isASCIIDigit) || strings.ContainsAny(d[i:], ".,") {
			return "", "", false // "1212.5", "12,12": not one ungrouped figure
		}
		d = d[:i]
	}
	n := len(d)
	if n < 4 || n%2 != 0 || d[0] == '0' || d[:n/2] != d[n/2:] {
		return "", "", false
	}
	return d, d[:n/2], true
}

// groupedWithDots writes digits grouped by three with dots, the way a
// figure that really is that number is typed ("1212" → "1.212").
func groupedWithDots(d string) string {
	var b strings.Builder
	for i, r := range d {
		if i > 0 && (len(d)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// refuseFigureTwice is the problem for a figure typed twice, or nil.
func refuseFigureTwice(s string) *locales.Msg {
	whole, half, ok := figureTwice(s)
	if !ok {
		return nil
	}
	return problem("answer.figure_twice", "input", quoted(s), "once", locales.Plain(half), "grouped", locales.Plain(groupedWithDots(whole)))
}

// hasRepeatedRun reports a run of ASCII digits in s that is one group of
// two or more typed twice, without allocating.
func hasRepeatedRun(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if n := j - i; n >= 4 && n%2 == 0 && s[i:i+n/2] == s[i+n/2:j] {
			return true
		}
		i = j
	}
	return false
}
