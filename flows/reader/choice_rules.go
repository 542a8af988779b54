package reader

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/baocao/baocao/locales"
)

// Rules a clerk states about choices beyond the number and the name
// (choice.go), each with its table test (choice_rules_test.go):
//
//  1. An option copied with its number after it ("Xã Thành Tâm (1)",
//     "Thành Công - 2") is that option when number and name agree; when
//     they name two options, the person is asked which.
//  2. "Thị trấn" alone names the town when exactly one option is a town
//     (an area has one town, its seat, as it has one city): confirmed.
//     "Phường" or "xã" alone names none: there are many of each.
//  3. A name misspelt by a letter ("Thàn Công") is the option clearly
//     nearest — one letter off for a name of five letters or more, two for
//     nine or more, and every other option at least two letters further:
//     confirmed, never stored. Not when the answer has a word more than
//     the name or a negation ("k thường xuyên" is not "Thường xuyên").
//  4. "Cả 5", "tất cả 5 hoạt động", "cả năm hoạt động" at a several-choice
//     question choose every option when the number is the options'; a
//     number that is not ("cả 4" of five) is refused. "Cả năm" alone also
//     means "the whole year": confirmed.
//  5. Numbers run together with dots, dashes or slashes ("1.2.3",
//     "1-2-3", "1/2/3": slashes and dashes three or more) at a
//     several-choice question are those options: confirmed, since "1-3"
//     may be a range and "1.2" a sub-item.
//  7. The kind written after the name ("Thành Công (xã)") is read as
//     before it; the district or province after the unit ("xã Thành
//     Công, huyện Yên Thành") is not part of its name.
//  8. Whole labels typed one after another with nothing between ("văn
//     nghệ thể thao") at a several-choice question are those options,
//     confirmed; only when the words are whole labels, each once.
//  9. Every option but some ("tất cả trừ 3", "tất cả trừ lễ hội") are
//     the others, confirmed.
//  6. A range of numbers at a several-choice question: "từ 1 đến 3" is
//     1, 2 and 3; "1-3" is the same, confirmed, since it may be 1 and 3.

// trailingNumber is a folded name with a number after it: "xa thanh tam
// 1" (the brackets are gone), "thanh cong - 2".
var trailingNumber = regexp.MustCompile(`^(\pL.*?)\s*[-–—:.]?\s*(?:so )?(\d{1,2})$`)

// labelThenNumber applies rule 1: ok when f is a name followed by a
// number, the name naming one option; agree when the number is its own.
func labelThenNumber(f string, options []Option) (i int, ok, agree bool) {
	m := trailingNumber.FindStringSubmatch(f)
	if m == nil {
		return 0, false, false
	}
	name := strings.TrimSpace(m[1])
	var named []int
	for _, match := range []func(name, f string) bool{sameName, sameUnitName, startsName, startsWordInName} {
		if named = matchOptions(name, options, match); len(named) > 0 {
			break
		}
	}
	if len(named) != 1 {
		return 0, false, false
	}
	n, _ := strconv.Atoi(m[2])
	return named[0], true, n == named[0]+1
}

// oneOfAKind are the kinds of unit an area has one of, so that the kind
// alone names it: the town, the town-level city, the city.
var oneOfAKind = setOf("thi tran", "thi xa", "thanh pho")

// theOneOfKind applies rule 2: f is such a kind written out, alone, and
// exactly one option is of it.
func theOneOfKind(f string, options []Option) (int, bool) {
	f = cutPlaceLead(strings.TrimSpace(f)) // "em ở thị trấn"
	if !oneOfAKind[f] {
		return 0, false
	}
	found := -1
	for i, o := range options {
		for _, name := range optionNames(o) {
			if k, rest := unitKind(name); k == f && rest != "" {
				if found >= 0 && found != i {
					return 0, false
				}
				found = i
				break
			}
		}
	}
	return found, found >= 0
}

// maxNearLen bounds the names compared letter by letter (rule 3), so that
// a long message costs nothing.
const maxNearLen = 40

// nearestName applies rule 3 to a folded answer.
func nearestName(f string, options []Option) (int, bool) {
	fk, fn := unitKind(f)
	n := utf8.RuneCountInString(fn)
	if n < 4 || n > maxNearLen || strings.ContainsFunc(fn, isASCIIDigit) || len(options) > 100 {
		return 0, false
	}

	const far = 4 // editDistance's limit+1: further than any slip allowed
	best, bestD, bestSlips, second, bestName := -1, far, 0, far, ""
	for i, o := range options {
		d, slips, near := far, 0, ""
		for k, name := range optionNames(o) {
			if k == 0 {
				continue // the id: "thanh_cong" is no spelling
			}
			nk, nn := unitKind(name)
			if fk != "" && nk != "" && fk != nk {
				continue // "Xã An Bình" is not "Phường An Bình"
			}
			if len(strings.Fields(fn)) > len(strings.Fields(nn)) || negationNotIn(fn, nn) {
				continue // a word more, a negation ("k thường xuyên"): no slip of a letter
			}
			if nd := editDistance(fn, nn, far-1); nd < d {
				d, slips, near = nd, allowedSlips(nn), nn
			}
		}
		switch {
		case d < bestD:
			best, second, bestD, bestSlips, bestName = i, bestD, d, slips, near
		case d < second:
			second = d
		}
	}
	if best < 0 || bestD == 0 || bestD > bestSlips || second < bestD+2 || anotherName(fn, bestName) {
		return 0, false // "Thành Long" is another name than "Thành Công" (rule 25 of choice_remark.go)
	}
	return best, true
}

// nearNegations are negations, folded: an answer with one is never
// a misspelt name (rule 3).
var nearNegations = setOf("k", "ko", "kg", "khg", "khong", "hok", "hong", "chua", "chx", "chang", "cha", "khoong", "kh")

// negationNotIn reports whether folded answer f has a negation that the
// name lacks.
func negationNotIn(f, name string) bool {
	for _, w := range strings.Fields(f) {
		if nearNegations[w] && !slices.Contains(strings.Fields(name), w) {
			return true
		}
	}
	return false
}

// allowedSlips is how many letters a name of that length may be off.
func allowedSlips(name string) int {
	switch n := utf8.RuneCountInString(strings.ReplaceAll(name, " ", "")); {
	case n >= 9:
		return 2
	case n >= 5:
		return 1
	}
	return 0
}

// editDistance counts the letters to add, drop or change to make a into
// b, stopping at limit+1 once it is certain to exceed limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return min(prev[len(rb)], limit+1)
}

// everyWords is rule 4's answer, folded: a lead, a number (figures or a
// word), then maybe "các hoạt động (trên)".
var everyWords = regexp.MustCompile(`^(?:(?:co|deu co|da to chuc|to chuc|chon) )?(ca|tat ca|du ca|toan bo)(?: (\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi))?(?: (?:cac|nhung))?( (?:hoat dong|hd|muc|phuong an|lua chon|noi dung|loai|cai|y|hinh thuc|linh vuc)(?: (?:tren|ke tren|do|nay|da neu))?)?(?: (?:deu co|deu|deu to chuc|luon))?$`)

// countWords are the numbers of rule 4 in words, folded.
var countWords = map[string]int{"hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}

// everyOption applies rule 4 to folded f; ok is false when f is not such
// an answer.
func everyOption(f, s string, options []Option, lang locales.Lang) (ids []string, u *Unsure, p *locales.Msg, ok bool) {
	var n int
	noun := false
	if f == "both" {
		n = 2
	} else if m := everyWords.FindStringSubmatch(f); m != nil {
		noun = m[3] != ""
		switch {
		case m[2] == "" && m[1] != "ca" && m[1] != "du ca":
			// "tất cả các hoạt động": every one, no number said.
			return allIDs(options), nil, nil, len(options) > 0
		case m[2] == "":
			return nil, nil, nil, false // "cả", "cả hoạt động": not this rule
		}
		n = countWords[m[2]]
		if n == 0 {
			n, _ = strconv.Atoi(m[2])
		}
		if m[2] == "nam" && (!noun || activeAllYear(f)) { // "cả năm hoạt động" (rule 26 of choice_remark.go)
			u = &Unsure{Key: "reading.all_or_year", Input: string(quoted(s))}
		}
	} else {
		return nil, nil, nil, false
	}
	if n != len(options) || n == 0 {
		return nil, nil, problem("answer.choice_all_count", "input", quoted(s), "count", len(options), "options", listOptions(options, nil, lang)), true
	}
	return allIDs(options), u, nil, true
}

// rangeOfNumbers is rule 6: "từ 1 đến 3", "1 đến 3" (a range, stored),
// "1-3", "1 -> 3" (a range or a pair: the range, confirmed).
var rangeOfNumbers = regexp.MustCompile(`^(?:tu |muc |so )?(\d{1,2})\s*(den|toi|->|=>|-|–|—)\s*(?:muc |so )?(\d{1,2})$`)

// numbersRange applies rule 6; sure when the range is said in words.
func numbersRange(f string, options []Option) (ids []string, sure, ok bool) {
	m := rangeOfNumbers.FindStringSubmatch(f)
	if m == nil {
		return nil, false, false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[3])
	if a < 1 || b > len(options) || a >= b {
		return nil, false, false
	}
	for i := a - 1; i < b; i++ {
		ids = append(ids, options[i].ID)
	}
	return ids, m[2] == "den" || m[2] == "toi", true
}

// runOfNumbers is rule 5: numbers joined by dots (two or more) or by
// dashes (three or more).
var runOfNumbers = regexp.MustCompile(`^\d{1,2}(?:(?:\s*\.\s*\d{1,2})+\.?|(?:\s*-\s*\d{1,2}){2,}|(?:\s*/\s*\d{1,2}){2,})$`)

// numbersRun applies rule 5: every number an option, each once.
func numbersRun(f string, options []Option) ([]string, bool) {
	if !runOfNumbers.MatchString(f) {
		return nil, false
	}
	picked := make([]bool, len(options))
	for _, w := range strings.FieldsFunc(f, func(r rune) bool { return r == '.' || r == '-' || r == '/' || r == ' ' }) {
		n, _ := strconv.Atoi(w)
		if n < 1 || n > len(options) || picked[n-1] {
			return nil, false
		}
		picked[n-1] = true
	}
	var ids []string
	for i, on := range picked {
		if on {
			ids = append(ids, options[i].ID)
		}
	}
	return ids, true
}

// kindsAfter are the kinds of unit written out, folded, that may follow a
// name (rule 7).
var kindsAfter = []string{"thi tran", "thi xa", "thanh pho", "phuong", "xa"}

// kindFirst moves a kind written after a folded name before it: "thanh
// cong xa" is "xa thanh cong".
func kindFirst(f string) (string, bool) {
	for _, k := range kindsAfter {
		if name, ok := strings.CutSuffix(f, " "+k); ok && strings.TrimSpace(name) != "" && !onlyKind(strings.TrimSpace(name)) {
			return k + " " + strings.TrimSpace(name), true
		}
	}
	return "", false
}

// addressAfter is a unit followed by the units above it, folded.
var addressAfter = regexp.MustCompile(`^(.+?)\s*[,;]\s*(?:huyen|tinh|quan|tp\.?|thanh pho|thi xa|h\.|t\.)(?:\s.*)?$`)

// withoutAddress takes the units above off a folded unit (rule 7).
func withoutAddress(f string) (string, bool) {
	m := addressAfter.FindStringSubmatch(f)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// labelsRunTogether applies rule 8 to a folded part: the longest whole
// label (its kind may be left out) at each point, two or more, covering
// every word.
func labelsRunTogether(f string, options []Option) ([]int, bool) {
	ws := strings.Fields(f)
	if len(ws) < 2 || len(ws) > 30 {
		return nil, false
	}
	var idx []int
	for i := 0; i < len(ws); {
		best, bestLen := -1, 0
		for k, o := range options {
			for j, name := range optionNames(o) {
				if j == 0 {
					continue // not the id
				}
				_, proper := unitKind(name)
				for _, n := range []string{name, proper} {
					nw := strings.Fields(n)
					if len(nw) > bestLen && i+len(nw) <= len(ws) && slices.Equal(ws[i:i+len(nw)], nw) {
						best, bestLen = k, len(nw)
					}
				}
			}
		}
		if best < 0 || slices.Contains(idx, best) {
			return nil, false
		}
		idx = append(idx, best)
		i += bestLen
	}
	return idx, len(idx) >= 2
}

// allBut is rule 9, folded: "tất cả trừ 3", "cả, trừ lễ hội".
var allBut = regexp.MustCompile(`^(?:tat ca|ca|het|toan bo)(?: cac (?:hoat dong|muc|noi dung))?,? (?:tru|ngoai tru|tru ra|chi tru) (.+)$`)

// everyOptionBut applies rule 9: the options left when those named after
// "trừ" are taken off; ok is false when f is no such answer or the rest
// does not read.
func everyOptionBut(f string, options []Option, lang locales.Lang) ([]string, bool) {
	m := allBut.FindStringSubmatch(f)
	if m == nil {
		return nil, false
	}
	but, u, p := readChoices(m[1], options, lang)
	if p != nil || u != nil {
		return nil, false
	}
	var ids []string
	for _, o := range options {
		if !slices.Contains(but, o.ID) {
			ids = append(ids, o.ID)
		}
	}
	return ids, len(ids) > 0
}
