package reader

import (
	"regexp"
	"strings"

	"github.com/baocao/baocao/locales"
)

// "Không phải A mà là B" (not A but B) answers with B (the clerk's rule of
// round thirteen): "không phải chưa mà là có rồi" is a yes, "không phải
// có mà là chưa" a no. The turn is read as B reads, and offered: a
// sentence that denies before it answers is confirmed, as the other turns
// are (yesno_turns.go).
var notButIs = regexp.MustCompile(`^(?:khong|ko|hong|chang|cha) phai (.+?) ma (?:la )?(.+)$`)

func notButAnswer(s string, echo *lazyWords) (bool, *Unsure, *locales.Msg, bool) {
	if !strings.Contains(s, "phải") && !strings.Contains(strings.ToLower(s), "phai") {
		return false, nil, nil, false // the cheap path
	}
	f := strings.Join(foldWords(s), " ")
	m := notButIs.FindStringSubmatch(f)
	if m == nil {
		return false, nil, nil, false
	}
	ws := strings.Fields(s)
	n := len(ws) - len(strings.Fields(m[2]))
	if n <= 0 || n >= len(ws) {
		return false, nil, nil, false
	}
	a, au, ap := readYesNo(m[1], echo)
	b, bu, bp := readYesNo(strings.Join(ws[n:], " "), echo)
	if ap != nil || bp != nil || au != nil || bu != nil || a == b {
		return false, nil, nil, false // the two halves must be a plain yes and a plain no
	}
	return b, &Unsure{Key: "reading.yes_no_turned", Input: string(quoted(s))}, nil, true
}

// "Chưa có thì đúng hơn", "có mới đúng", "chưa có thì chính xác hơn": the
// answer said with "that is more accurate" after it, a correction of
// what was said or thought before; offered, as a correction is.
var moreAccurate = regexp.MustCompile(`^(.+?) (?:thi|moi) (?:dung|chinh xac)(?: hon)?(?: a| nhe| nha)?$`)

var moreAccurateFirst = regexp.MustCompile(`^(?:noi )?(?:dung|chinh xac) hon (?:la |thi )?(.+)$`)

func moreAccurateAnswer(s string, echo *lazyWords) (bool, *Unsure, *locales.Msg, bool) {
	if l := strings.ToLower(s); !strings.Contains(l, "đúng") && !strings.Contains(l, "dung") && !strings.Contains(l, "chính xác") && !strings.Contains(l, "chinh xac") {
		return false, nil, nil, false // the cheap path
	}
	f := strings.Join(foldWords(s), " ")
	ws := strings.Fields(s)
	var said string
	if m := moreAccurate.FindStringSubmatch(f); m != nil {
		if n := len(strings.Fields(m[1])); n < len(ws) {
			said = strings.Join(ws[:n], " ")
		}
	} else if m := moreAccurateFirst.FindStringSubmatch(f); m != nil {
		if n := len(strings.Fields(m[1])); n < len(ws) {
			said = strings.Join(ws[len(ws)-n:], " ") // "đúng hơn là chưa"
		}
	}
	if said == "" {
		return false, nil, nil, false
	}
	b, u, p := readYesNo(said, echo)
	if p != nil || u != nil {
		return false, nil, nil, false
	}
	return b, &Unsure{Key: "reading.corrected", Input: string(quoted(s))}, nil, true
}
