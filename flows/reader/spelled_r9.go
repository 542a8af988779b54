package reader

import (
	"strconv"
	"strings"
)

// Voice typing, round nine (spelled_r9_test.go). What a phone writes when
// a figure is said aloud, read as a clerk who hears it would write it:
//
//   - the punctuation said aloud: "chấm" (a stop) at the end, "phẩy" (a
//     comma) after a word that is no number ("… người phẩy số liệu công
//     an");
//   - a pause written as a comma inside a figure: "Ba trăm, tám mươi
//     sáu" is 386, when what follows the pause fits below the place said
//     before it ("hai trăm, ba trăm" is two figures, never 500);
//   - a unit's initials spelled by their letters: "cê lê bê" is CLB,
//     "tê đê pê" TDP;
//   - the figure in words, written once in digits: "bốn chục lẻ hai" 42,
//     "ba phẩy mười bốn" 3,14.
//
// The answer so written is read again as if typed; what is read is
// offered, never stored, as every figure said in words is when it is not
// said in full. It runs only after the answer was refused.

// letterNames are the names of the consonants as voice typing writes
// them, with the letter each names.
var letterNames = map[string]string{"bê": "B", "cê": "C", "xê": "C", "dê": "D", "đê": "D", "gờ": "G", "giê": "G",
	"hát": "H", "ca": "K", "lờ": "L", "lê": "L", "e-lờ": "L", "mờ": "M", "em-mờ": "M", "nờ": "N", "en-nờ": "N",
	"pê": "P", "quy": "Q", "rờ": "R", "e-rờ": "R", "ét": "S", "ét-xì": "S", "tê": "T", "vê": "V", "ích-xì": "X"}

// yearAfter, skeletons, after "năm" make it the year, not five: "năm nay".
var yearAfter = setOf("nay", "ngoai", "truoc", "qua", "kia", "sau", "toi", "hoc", "roi", "ngua")

// dictated is s as a clerk writes down what was said; ok is false when
// nothing in it was said aloud.
func dictated(s string) (string, bool) {
	ts := Tokenize(s).Tokens
	changed := false
	for n := len(ts); n > 1; n = len(ts) {
		last := ts[n-1].Lower
		if last == "chấm" || n > 2 && ts[n-2].Lower == "chấm" && (last == "hết" || last == "câu") {
			if last != "chấm" {
				ts = ts[:n-1]
			}
			ts, changed = ts[:len(ts)-1], true
			continue
		}
		if n > 2 && ts[n-2].Lower == "xuống" && last == "dòng" {
			ts, changed = ts[:n-2], true // "xuống dòng": a new line said aloud
			continue
		}
		break
	}
	var out []string
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.Lower == "phẩy" && i > 0 && !sayingNumber(ts[i-1]) && len(out) > 0 {
			out[len(out)-1] = strings.TrimRight(out[len(out)-1], ".,;:") + ","
			changed = true
			continue
		}
		k := i
		var letters strings.Builder
		for k < len(ts) && letterNames[ts[k].Lower] != "" && (k == i || !endsClause(ts[k-1].Typed)) {
			letters.WriteString(letterNames[ts[k].Lower])
			k++
		}
		if k-i >= 2 {
			out = append(out, letters.String()+trailingMark(ts[k-1].Typed))
			i, changed = k-1, true
			continue
		}
		out = append(out, t.Typed)
	}
	ts = Tokenize(strings.Join(out, " ")).Tokens
	runs, at, end := 0, -1, -1
	for i := 0; i < len(ts); {
		if !numberLike(ts[i]) || ts[i].Lower == "phẩy" {
			i++
			continue
		}
		k := i + 1
		for k < len(ts) && numberLike(ts[k]) {
			k++
		}
		for _, t := range ts[i:k] {
			if !sayingNumber(t) {
				return "", false // "ba tuw": keys left in, the figure reader's
			}
		}
		if !(k == i+1 && (ts[i].Lower == "không" || ts[i].Lower == "năm" && (k == len(ts) || yearAfter[ts[k].Skel] ||
			startsWithDigit(ts[k].Lower)))) {
			runs++
			at, end = i, k
		}
		i = k
	}
	if runs != 1 {
		if runs == 0 && changed {
			return Join(ts), true
		}
		return "", false
	}
	fig, ok := saidFigure(ts[at:end])
	if !ok {
		return "", false
	}
	var b []string
	for _, t := range ts[:at] {
		b = append(b, t.Typed)
	}
	b = append(b, fig+trailingMark(ts[end-1].Typed))
	for _, t := range ts[end:] {
		b = append(b, t.Typed)
	}
	return strings.Join(b, " "), true
}

// trailingMark is the stop or comma a word was typed with.
func trailingMark(typed string) string {
	if endsClause(typed) {
		return typed[len(typed)-1:]
	}
	return ""
}

// sayingNumber reports a word of a figure said aloud, typed with its
// marks (voice typing writes them): "ba", "trăm", "mươi", "lẻ", "phẩy".
func sayingNumber(t Token) bool {
	return numberWordsMarked[t.Lower] || t.Lower == "phẩy"
}

// numberLike reports a word that may be a number word however typed:
// "tuw", "chucj" (keys left in), but not "Hải" or "làm" (marks no number
// word has).
func numberLike(t Token) bool {
	return sayingNumber(t) || spelledDigits[t.Skel] && !markedWord(t)
}

// saidFigure writes the figure ts say in digits: a comma inside is a
// pause, allowed where what follows fits below the place said before
// it; after "phẩy" the decimals, said digit by digit or as one number.
func saidFigure(ts []Token) (string, bool) {
	whole, frac := ts, []Token(nil)
	for i, t := range ts {
		if t.Lower == "phẩy" {
			whole, frac = ts[:i], ts[i+1:]
			break
		}
	}
	if len(whole) == 0 || frac != nil && len(frac) == 0 {
		return "", false
	}
	v, ok := saidWhole(whole)
	if !ok {
		return "", false
	}
	fig := strconv.FormatFloat(v, 'f', -1, 64)
	if frac == nil {
		return fig, true
	}
	digits := ""
	for _, t := range frac {
		d, ok := spelledWord[t.Fold]
		if !ok || endsClause(t.Typed) && t != frac[len(frac)-1] {
			digits = ""
			break
		}
		digits += strconv.Itoa(int(d))
	}
	if digits == "" {
		f, ok := saidWhole(frac)
		if !ok || f != float64(int64(f)) {
			return "", false
		}
		digits = strconv.FormatInt(int64(f), 10)
	}
	return fig + "," + digits, true
}

// saidWhole reads a whole figure said in words, its pauses checked.
func saidWhole(ts []Token) (float64, bool) {
	var parts [][]string
	cur := []string{}
	for i, t := range ts {
		cur = append(cur, t.Skel)
		if endsClause(t.Typed) && i < len(ts)-1 {
			if !strings.HasSuffix(t.Typed, ",") && !strings.HasSuffix(t.Typed, ".") {
				return 0, false
			}
			parts, cur = append(parts, cur), []string{}
		}
	}
	parts = append(parts, cur)
	typed := map[string]bool{}
	for _, t := range ts {
		typed[t.Lower] = true
	}
	var all []string
	for _, p := range parts {
		all = append(all, p...)
	}
	v, used, ok := readSpelled(all, typed)
	if !ok || used != len(all) || v != v {
		return 0, false
	}
	sum := 0.0
	for i, p := range parts {
		pv, pu, ok := readSpelled(p, typed)
		if !ok || pu != len(p) {
			return 0, false
		}
		if i+1 < len(parts) {
			// the place said last before the pause: "ba trăm," leaves
			// room for tens, "hai mươi," for units.
			place := spelledScale[p[len(p)-1]]
			if p[len(p)-1] == "muoi" {
				place = 10
			}
			next, nu, ok := readSpelled(parts[i+1], typed)
			if place == 0 || !ok || nu != len(parts[i+1]) || next >= place {
				return 0, false
			}
		}
		sum += pv
	}
	if len(parts) > 1 && sum != v {
		return 0, false
	}
	return v, true
}

// tensWord reports "chục" (ten) where the lead words have "chức" (of "tổ
// chức"): typed with its marks, or typed bare before a number word ("chuc
// hai"), it is a figure in words, never "hai" with a lead word taken off.
func tensWord(fold, tok []string, i int) bool {
	if fold[i] != "chuc" {
		return false
	}
	return strings.ToLower(strings.Trim(tok[i], ".,;!…")) == "chục" ||
		strings.ToLower(strings.Trim(tok[i], ".,;!…")) != "chức" && i+1 < len(fold) && spelledDigits[fold[i+1]]
}
