package reader

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/baocao/baocao/locales"
)

// Figures in words. Voice typing writes what is said ("hai nghìn ba trăm
// bốn mươi lăm hộ"), and officers shorten ("2k", "3 trăm", "1,5tr", "2
// nghìn 3"). A clerk reads them at once, but a misheard word changes the
// figure ("bốn mươi lăm" and "bốn mươi năm" sound alike), so such a
// reading is never stored straight away: it is offered ("Ghi 2.345 hộ?").
//
// The grammar is the spoken one: digits (một…chín, with mốt, tư, lăm,
// nhăm after tens), mười/mươi for ten and tens, linh/lẻ for an empty tens
// place, trăm, nghìn/ngàn, triệu, tỷ, and rưỡi for half of the unit before
// it. A lone digit after a multiplier stands for the next place down, as
// people say it: "hai nghìn ba" is 2.300, "ba trăm hai" 320.

// spelledWord is a number word, folded: a digit, or a multiplier.
var spelledWord = map[string]float64{
	"khong": 0, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "nham": 5,
	"sau": 6, "bay": 7, "tam": 8, "chin": 9,
}

// spelledScale are the multipliers, folded, with the word as typed for
// the ones whose folded form is another word too ("van" is vạn or văn).
var spelledScale = map[string]float64{
	"tram": 100, "nghin": 1e3, "ngan": 1e3, "k": 1e3, "trieu": 1e6, "tr": 1e6, "ty": 1e9, "ti": 1e9,
	"van": 1e4, "chuc": 10,
}

// readSpelled reads a figure in words, or digits mixed with words, at the
// start of ws (folded words); it returns the figure and how many words it
// took. ok is false when ws does not start with such a figure, or when it
// has no word at all (plain digits are the figure stage's).
func readSpelled(ws []string, typed map[string]bool) (value float64, used int, ok bool) {
	var (
		total, section, cur float64
		lastScale           = math.Inf(1) // the big multipliers come in falling order
		afterScale          float64       // the multiplier just passed, for "hai nghìn ba"
		prevDigit, tens     bool          // the last word was a digit; mươi/mười seen in cur
		hundredsDigit       bool          // the last word was a digit right after trăm
		words               int
	)
	for used = 0; used < len(ws); used++ {
		w := ws[used]
		switch d, isDigit := spelledWord[w]; {
		case isDigit || isFigure(w):
			if !isDigit {
				n, ok := parseFigure(w)
				if !ok {
					return 0, 0, false
				}
				d = n.value()
			} else {
				words++
			}
			beforeMark := total == 0 && section == 0 && used+1 < len(ws) && ws[used+1] == "phay"
			if prevDigit && !tens && isDigit && cur >= 1 && cur <= 9 && (afterTens(w, typed) || hundredsDigit || beforeMark) {
				// "hai lăm" is 25, "ba tư" 34, "hai mốt" 21: lăm, nhăm, mốt
				// and tư follow only a ten, so the mươi was left out. After
				// trăm two digits are the tens and the units said short:
				// "ba trăm bốn hai" is 342 (alone, "bốn hai" may be 4 or 2);
				// so before phẩy, which a whole figure comes before:
				// "chín ba phẩy một" is 93,1.
				cur, tens, hundredsDigit = cur*10+d, true, false
				continue
			}
			if prevDigit && !tens && isDigit && used == 1 && cur >= 1 && d != cur+1 && isSpelledDigit(ws[0]) && !moreNumberWords(ws[used+1:]) {
				// "tám sáu", "bốn hai": the whole answer two digits, the
				// mươi left out: 86, 42 (offered, never stored). Two
				// digits in a row ("hai ba", "năm sáu") are two or three,
				// five or six: a range, refused below.
				cur, tens = cur*10+d, true
				continue
			}
			if prevDigit && !tens {
				return 0, 0, false // "hai ba": two digits in a row
			}
			if tens && cur >= 10 && math.Mod(cur, 10) != 0 {
				return 0, 0, false
			}
			cur += d
			hundredsDigit = isDigit && afterScale == 100 && cur == d
			prevDigit, afterScale = true, 0
		case (w == "ham" || w == "bam") && tensContracted(ws, used, typed):
			// "hăm lăm" is 25, "băm hai" 32: hai mươi and ba mươi said
			// as one word, as the South and voice typing say them.
			words++
			if prevDigit || tens || cur != 0 {
				return 0, 0, false
			}
			cur = 20
			if w == "bam" {
				cur = 30
			}
			prevDigit, tens, afterScale = false, true, 0
		case w == "muoi":
			words++
			switch {
			case prevDigit && !tens && cur > 0 && cur < 10:
				cur *= 10 // hai mươi
			case cur == 0:
				cur = 10 // mười
			default:
				return 0, 0, false
			}
			prevDigit, tens, afterScale = false, true, 0
		case w == "phay" && used+1 < len(ws):
			// "chín mươi ba phẩy một": the digits after phẩy, one by one.
			frac := ""
			for used+1 < len(ws) {
				d, ok := spelledWord[ws[used+1]]
				if !ok || ws[used+1] == "tu" && !typed["tư"] {
					break
				}
				frac += strconv.Itoa(int(d))
				used++
			}
			if frac == "" || !prevDigit && cur == 0 && section == 0 && total == 0 {
				return 0, 0, false
			}
			f, _ := strconv.ParseFloat("0."+frac, 64)
			cur += f
			used++
			goto done
		case w == "linh" || w == "le":
			words++
			if afterScale < 100 && afterScale != 10 { // "một trăm linh năm", "hai nghìn lẻ năm", "bốn chục lẻ hai" (round nine)
				return 0, 0, false
			}
			afterScale = 0
		case w == "ruoi":
			words++
			if afterScale == 0 {
				if !prevDigit {
					return 0, 0, false
				}
				cur += 0.5 // mười hai rưỡi
				prevDigit, tens = false, true
				continue
			}
			if afterScale == 100 {
				section += 50
			} else {
				total += afterScale / 2
			}
			afterScale = 0
		case spelledScale[w] > 0 && (w != "van" || typed["vạn"]) && (w != "tram" || typed["trăm"] || !typed["trạm"]):
			words++
			m := spelledScale[w]
			if cur == 0 && section == 0 && !prevDigit {
				if used > 0 || !oneUnsaid(ws, m) {
					return 0, 0, false // a multiplier with nothing to multiply ("không trăm" has)
				}
				cur = 1 // "trăm ba lăm", "ngàn tư": the one before it unsaid
			}
			switch {
			case m == 100 && section >= 100, m == 10 && math.Mod(section, 100) != 0:
				return 0, 0, false // "hai trăm ba trăm": two figures, never 500 (round nine)
			case m == 100:
				section += cur * 100
			case m == 10:
				section += cur * 10
			default:
				if m >= lastScale {
					return 0, 0, false
				}
				total += (section + cur) * m
				section, lastScale = 0, m
			}
			cur, prevDigit, tens, afterScale = 0, false, false, m
		default:
			goto done
		}
	}
done:
	if words == 0 || used == 0 {
		return 0, 0, false
	}
	if prevDigit && !tens && cur < 10 && ws[used-1] != "0" {
		// "hai nghìn ba": the digit after a multiplier is its next place.
		if m := lastPlace(ws[:used]); m >= 100 {
			cur *= m / 10
		}
	}
	return total + section + cur, used, true
}

// tensContracted reports whether ws[i], "ham" or "bam" folded, is "hăm"
// (hai mươi) or "băm" (ba mươi): typed with its mark, or starting the
// figure with a unit digit said after tens right behind it ("ham lam").
// "bấm", "hâm" and "ham" the word are none.
func tensContracted(ws []string, i int, typed map[string]bool) bool {
	if typed["hăm"] && ws[i] == "ham" || typed["băm"] && ws[i] == "bam" {
		return true
	}
	if i > 0 || i+1 >= len(ws) || !typed[ws[i]] {
		return false
	}
	next := ws[i+1]
	return (next == "lam" || next == "mot" || next == "tu") && typed[next]
}

// oneUnsaid reports whether ws, starting with the multiplier m, is a
// figure said with the "một" before the multiplier left out, as speech
// does: "trăm ba lăm" (135), "trăm lẻ tám" (108), "ngàn tư" (1.400),
// "ngàn rưỡi". Only trăm and nghìn/ngàn, spelled out, and only with more
// of the figure after them: a multiplier alone is no figure.
func oneUnsaid(ws []string, m float64) bool {
	if m != 100 && m != 1e3 || ws[0] == "k" || len(ws) < 2 {
		return false
	}
	next := ws[1]
	return isSpelledDigit(next) || next == "muoi" || next == "linh" || next == "le" || next == "ruoi" || next == "ham" || next == "bam"
}

// afterTens reports whether w, a digit word, is one said only after a ten
// ("lăm", "nhăm", "mốt", "tư"), so that a digit before it is the tens.
func afterTens(w string, typed map[string]bool) bool {
	switch w {
	case "lam", "nham":
		return true
	case "mot":
		return typed["mốt"]
	case "tu":
		return typed["tư"]
	}
	return false
}

// lastPlace is the multiplier just before the last word, 0 when none.
func lastPlace(ws []string) float64 {
	if len(ws) < 2 {
		return 0
	}
	return spelledScale[ws[len(ws)-2]]
}

// isFigure reports whether w is a plain figure that words may multiply:
// "2", "345", "1,5" (before "tr").
func isFigure(w string) bool {
	if w == "" || !isASCIIDigit(rune(w[0])) || len(w) > 7 {
		return false
	}
	return strings.Trim(w, "0123456789,.") == "" && strings.Count(w, ",")+strings.Count(w, ".") <= 1
}

// readSpelledNumber reads f, a folded answer, as a figure in words followed
// by what readTail accepts; ok is false when it is none, and the figure
// stage then reads (or refuses) it as usual.
func readSpelledNumber(f, raw string, rule unitRule, notKey string, in locales.Plain) (number, bool) {
	ws := splitFigureWords(strings.Fields(f))
	spelled := false
	for _, w := range ws {
		if _, ok := spelledWord[w]; ok || spelledScale[w] > 0 || w == "muoi" || w == "ruoi" {
			spelled = true
			if rule.own[w] {
				return number{}, false // "5 trạm" counts stations
			}
		}
	}
	typed := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(Normalize(raw))) {
		typed[strings.Trim(w, "0123456789.,!")] = true
	}
	if typed["tầm"] && !typed["tám"] {
		// "tầm" (about) folds like "tám" (eight): "tầm chục CLB" is about
		// ten, never eighty. The estimate is the approximation stage's.
		return number{}, false
	}
	half := len(ws) > 1 && ws[0] == "nua" && typed["nửa"]
	if !spelled && !half {
		return number{}, false
	}
	v, used, ok := readSpelled(ws, typed)
	if last := len(ws) - 1; !ok && last > 1 && ws[last] == "ruoi" && isDigits(ws[0]) && len(ws[0]) <= 6 {
		// "1 ha rưỡi": digits, the unit, and half of it.
		w, _ := strconv.Atoi(ws[0])
		v, used, ok = float64(w), 1, true
	}
	if half {
		v, used, ok = 0.5, 1, true // "nửa héc ta": half of the unit
	}
	if !ok || v >= NumberLimit || v != v {
		return number{}, false
	}
	if last := len(ws) - 1; last > used && ws[last] == "ruoi" && v == math.Trunc(v) {
		// "một héc ta rưỡi", "1 ha rưỡi": a unit and a half of it.
		v, ws = v+0.5, ws[:last]
	}
	whole, frac, _ := strings.Cut(strconv.FormatFloat(v, 'f', -1, 64), ".")
	n := number{whole: trimZeros(whole), frac: frac}
	pct, unsure, p := readTail(n, "", " "+strings.Join(ws[used:], " "), rule, notKey, raw, in)
	if p != nil || unsure != "" {
		return number{}, false
	}
	n.percent = pct
	return n, true
}

// splitFigureWords splits digits from letters stuck to them: "2k" is "2 k",
// "1,5tr" is "1,5 tr", "3trăm" (folded) is "3 tram".
func splitFigureWords(ws []string) []string {
	var out []string
	for _, w := range ws {
		i := strings.IndexFunc(w, unicode.IsLetter)
		if i > 0 && isASCIIDigit(rune(w[0])) && strings.IndexFunc(w[i:], func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			out = append(out, w[:i], w[i:])
			continue
		}
		out = append(out, w)
	}
	return out
}

// isSpelledDigit reports a digit said as a word, folded: "tam", "sau".
func isSpelledDigit(w string) bool {
	_, ok := spelledWord[w]
	return ok
}

// moreNumberWords reports whether ws, folded, start with a number word
// or a figure: "tám sáu" is 86 only when nothing follows it that would
// make the digits part of a longer figure.
func moreNumberWords(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	w := ws[0]
	return isSpelledDigit(w) || spelledScale[w] > 0 || w == "muoi" || w == "ruoi" || w == "phay" || w == "linh" || w == "le" || isFigure(w)
}
