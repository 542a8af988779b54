package xlsform

import (
	"regexp"
	"strings"

	"github.com/baocao/baocao/flows"
)

// Expressions in a workbook use XLSForm's XPath-like syntax; the
// configuration uses expr's. The translation works on tokens and keeps the
// spaces between them, so that exporting and importing again gives back
// the very same text:
//
//	XLSForm                         configuration
//	${tong_ho}                      tong_ho
//	.  (the question itself)        its own id
//	=                               ==
//	div, mod                        /, %
//	true(), false()                 true, false
//	${hd} = 'yes' (hd is yes/no)    hd == true
//	selected(${x}, 'a')             'a' in x
//	count-selected(${x})            len(x)

// token kinds
const (
	tSpace = iota
	tField // ${name}
	tDot   // . standing for the question itself
	tString
	tNumber
	tWord // an identifier or keyword: and, or, not, div, a config id
	tOp
)

type token struct {
	kind int
	text string
	name string // for tField
}

var (
	selectedRe      = regexp.MustCompile(`selected\(\s*(\$\{[A-Za-z0-9_]+\}|\.)\s*,\s*('[^']*'|"[^"]*")\s*\)`)
	countSelectedRe = regexp.MustCompile(`count-selected\(\s*(\$\{[A-Za-z0-9_]+\}|\.)\s*\)`)
	inRe            = regexp.MustCompile(`('[^']*'|"[^"]*") in ([a-z][a-z0-9_]*)`)
	lenRe           = regexp.MustCompile(`len\(([a-z][a-z0-9_]*)\)`)
)

// tokenize splits an expression of either syntax. It never fails: an
// unknown character becomes an operator token, and the checker of the
// configuration then says what is wrong with the expression.
func tokenize(s string) []token {
	var out []token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			j := i
			for j < len(s) && strings.IndexByte(" \t\n\r", s[j]) >= 0 {
				j++
			}
			out = append(out, token{kind: tSpace, text: s[i:j]})
			i = j
		case c == '$' && i+1 < len(s) && s[i+1] == '{':
			j := strings.IndexByte(s[i:], '}')
			if j < 0 {
				out = append(out, token{kind: tOp, text: s[i:]})
				return out
			}
			out = append(out, token{kind: tField, text: s[i : i+j+1], name: s[i+2 : i+j]})
			i += j + 1
		case c == '\'' || c == '"':
			j := strings.IndexByte(s[i+1:], c)
			if j < 0 {
				out = append(out, token{kind: tString, text: s[i:]})
				return out
			}
			out = append(out, token{kind: tString, text: s[i : i+j+2]})
			i += j + 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			out = append(out, token{kind: tNumber, text: s[i:j]})
			i = j
		case c == '.':
			out = append(out, token{kind: tDot, text: "."})
			i++
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(s) && (s[j] == '_' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9') {
				j++
			}
			out = append(out, token{kind: tWord, text: s[i:j]})
			i = j
		default:
			j := i + 1
			if j < len(s) && twoCharOps[s[i:j+1]] {
				j++
			}
			out = append(out, token{kind: tOp, text: s[i:j]})
			i = j
		}
	}
	return out
}

// significant returns the index of the nearest non-space token before i
// (step -1) or after it (step +1), or -1.
func significant(ts []token, i, step int) int {
	for j := i + step; j >= 0 && j < len(ts); j += step {
		if ts[j].kind != tSpace {
			return j
		}
	}
	return -1
}

var twoCharOps = map[string]bool{"<=": true, ">=": true, "!=": true, "==": true, "&&": true, "||": true}

// toConfig translates an XLSForm expression for question self of a form
// whose questions have the given types. It returns the names of ${…}
// references to questions that do not exist.
func toConfig(src, self string, types map[string]flows.QuestionType) (string, []string) {
	var unknown []string
	ref := func(name string) string {
		if name == "." {
			return self
		}
		name = name[2 : len(name)-1]
		if _, ok := types[name]; !ok {
			unknown = append(unknown, name)
		}
		return name
	}
	src = selectedRe.ReplaceAllStringFunc(src, func(m string) string {
		p := selectedRe.FindStringSubmatch(m)
		return p[2] + " in " + ref(p[1])
	})
	src = countSelectedRe.ReplaceAllStringFunc(src, func(m string) string {
		return "len(" + ref(countSelectedRe.FindStringSubmatch(m)[1]) + ")"
	})
	ts := tokenize(src)
	var b strings.Builder
	for i, t := range ts {
		switch t.kind {
		case tField:
			b.WriteString(ref(t.text))
		case tDot:
			b.WriteString(self)
		case tOp:
			if t.text == "=" {
				b.WriteString("==")
			} else {
				b.WriteString(t.text)
			}
		case tWord:
			switch t.text {
			case "div":
				b.WriteString("/")
			case "mod":
				b.WriteString("%")
			case "true", "false":
				// true() and false(): drop the empty brackets that follow.
				b.WriteString(t.text)
				if j := significant(ts, i, 1); j >= 0 && ts[j].text == "(" {
					if k := significant(ts, j, 1); k >= 0 && ts[k].text == ")" {
						ts[j].kind, ts[j].text = tSpace, ""
						ts[k].kind, ts[k].text = tSpace, ""
					}
				}
			default:
				b.WriteString(t.text)
			}
		case tString:
			if yn, ok := yesNoOperand(ts, i, func(t token) flows.QuestionType {
				switch t.kind {
				case tField:
					return types[t.name]
				case tDot:
					return types[self]
				}
				return ""
			}); ok {
				b.WriteString(yn)
				continue
			}
			b.WriteString(t.text)
		default:
			b.WriteString(t.text)
		}
	}
	return b.String(), unknown
}

// yesNoOperand turns 'yes'/'no' compared with a yes/no question into
// true/false: in the configuration a yes/no answer is a boolean.
func yesNoOperand(ts []token, i int, typeOf func(token) flows.QuestionType) (string, bool) {
	v := strings.Trim(ts[i].text, `'"`)
	if v != "yes" && v != "no" {
		return "", false
	}
	op := significant(ts, i, -1)
	if op < 0 || ts[op].kind != tOp || (ts[op].text != "=" && ts[op].text != "!=" && ts[op].text != "==") {
		return "", false
	}
	q := significant(ts, op, -1)
	if q < 0 || typeOf(ts[q]) != flows.TypeYesNo {
		return "", false
	}
	if v == "yes" {
		return "true", true
	}
	return "false", true
}

// fromConfig is the inverse of toConfig for what toConfig produces.
func fromConfig(src, self string, types map[string]flows.QuestionType) string {
	field := func(id string) string {
		if id == self {
			return "."
		}
		return "${" + id + "}"
	}
	src = inRe.ReplaceAllStringFunc(src, func(m string) string {
		p := inRe.FindStringSubmatch(m)
		if _, ok := types[p[2]]; !ok {
			return m
		}
		return "selected(" + field(p[2]) + ", " + p[1] + ")"
	})
	src = lenRe.ReplaceAllStringFunc(src, func(m string) string {
		p := lenRe.FindStringSubmatch(m)
		if _, ok := types[p[1]]; !ok {
			return m
		}
		return "count-selected(" + field(p[1]) + ")"
	})
	ts := tokenize(src)
	var b strings.Builder
	for i, t := range ts {
		switch t.kind {
		case tWord:
			if _, ok := types[t.text]; ok {
				b.WriteString(field(t.text))
				continue
			}
			if t.text == "true" || t.text == "false" {
				op := significant(ts, i, -1)
				if op >= 0 && (ts[op].text == "==" || ts[op].text == "!=") {
					if q := significant(ts, op, -1); q >= 0 && types[ts[q].text] == flows.TypeYesNo {
						if t.text == "true" {
							b.WriteString("'yes'")
						} else {
							b.WriteString("'no'")
						}
						continue
					}
				}
				b.WriteString(t.text + "()")
				continue
			}
			b.WriteString(t.text)
		case tOp:
			switch t.text {
			case "==":
				b.WriteString("=")
			case "/":
				b.WriteString("div")
			case "%":
				b.WriteString("mod")
			case "&&":
				b.WriteString("and")
			case "||":
				b.WriteString("or")
			default:
				b.WriteString(t.text)
			}
		default:
			b.WriteString(t.text)
		}
	}
	return b.String()
}
