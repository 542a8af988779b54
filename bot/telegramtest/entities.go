package telegramtest

import (
	"strconv"
	"strings"
)

// Entity parsing: enough of Telegram's HTML and MarkdownV2 rules to compute
// the visible text (for length limits and Message.Text) and to reject the
// common mistakes Telegram rejects (unknown or unclosed tags, unescaped
// reserved MarkdownV2 characters).

func plainText(s, mode string) (string, error) {
	m, _ := parseModeOf(mode)
	switch m {
	case "HTML":
		return parseHTML(s)
	case "MarkdownV2":
		return parseMarkdownV2(s)
	case "Markdown":
		return parseMarkdownLegacy(s)
	}
	return s, nil
}

func entityErr(format string, args ...any) error {
	return badRequest("can't parse entities: "+format, args...)
}

var htmlTags = map[string]bool{
	"b": true, "strong": true, "i": true, "em": true, "u": true, "ins": true,
	"s": true, "strike": true, "del": true, "span": true, "tg-spoiler": true,
	"a": true, "code": true, "pre": true, "blockquote": true, "tg-emoji": true,
	"tg-time": true,
}

func parseHTML(s string) (string, error) {
	var out strings.Builder
	var stack []string
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '<':
			end := strings.IndexByte(s[i:], '>')
			closing := i+1 < len(s) && s[i+1] == '/'
			start := i + 1
			if closing {
				start++
			}
			j := start
			for j < len(s) && (isAlnum(s[j]) || s[j] == '-') {
				j++
			}
			name := strings.ToLower(s[start:j])
			if end < 0 || !htmlTags[name] {
				if closing {
					return "", entityErr("Unexpected end tag at byte offset %d", i)
				}
				return "", entityErr("Unsupported start tag %q at byte offset %d", name, i)
			}
			if closing {
				if len(stack) == 0 || stack[len(stack)-1] != name {
					return "", entityErr("Unmatched end tag at byte offset %d, expected \"</%s>\", found \"</%s>\"", i, top(stack), name)
				}
				stack = stack[:len(stack)-1]
			} else {
				stack = append(stack, name)
			}
			i += end + 1
		case '&':
			semi := strings.IndexByte(s[i:], ';')
			if semi > 1 && semi < 10 {
				if r, ok := htmlEntity(s[i+1 : i+semi]); ok {
					out.WriteString(r)
					i += semi + 1
					continue
				}
			}
			out.WriteByte('&')
			i++
		default:
			out.WriteByte(c)
			i++
		}
	}
	if len(stack) > 0 {
		return "", entityErr("Can't find end tag corresponding to start tag \"%s\"", top(stack))
	}
	return out.String(), nil
}

func top(stack []string) string {
	if len(stack) == 0 {
		return ""
	}
	return stack[len(stack)-1]
}

func htmlEntity(name string) (string, bool) {
	switch name {
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "amp":
		return "&", true
	case "quot":
		return `"`, true
	}
	if n, ok := strings.CutPrefix(name, "#"); ok {
		base := 10
		if h, ok := strings.CutPrefix(n, "x"); ok {
			n, base = h, 16
		}
		if v, err := strconv.ParseUint(n, base, 32); err == nil {
			return string(rune(v)), true
		}
	}
	return "", false
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// parseMarkdownV2 follows https://core.telegram.org/bots/api#markdownv2-style.
func parseMarkdownV2(s string) (string, error) {
	var out strings.Builder
	var open []string // open entity markers
	lineStart := true
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\\' {
			if i+1 >= len(s) {
				return "", entityErr("Character '\\' is reserved and must be escaped with the preceding '\\'")
			}
			out.WriteByte(s[i+1])
			i += 2
			lineStart = false
			continue
		}
		if c == '`' { // inline code or pre block: content is literal
			marker := "`"
			if strings.HasPrefix(s[i:], "```") {
				marker = "```"
			}
			rest := s[i+len(marker):]
			end := strings.Index(rest, marker)
			if end < 0 {
				return "", entityErr("Can't find end of the entity starting at byte offset %d", i)
			}
			body := rest[:end]
			if marker == "```" {
				if nl := strings.IndexByte(body, '\n'); nl >= 0 {
					body = body[nl+1:] // language line
				}
			}
			out.WriteString(strings.NewReplacer("\\`", "`", `\\`, `\`).Replace(body))
			i += len(marker) + end + len(marker)
			lineStart = false
			continue
		}
		marker := ""
		switch {
		case strings.HasPrefix(s[i:], "||"):
			marker = "||"
		case strings.HasPrefix(s[i:], "__"):
			marker = "__"
		case c == '*' || c == '_' || c == '~':
			marker = string(c)
		}
		if marker != "" {
			if len(open) > 0 && open[len(open)-1] == marker {
				open = open[:len(open)-1]
			} else {
				open = append(open, marker)
			}
			i += len(marker)
			lineStart = false
			continue
		}
		switch c {
		case '[':
			open = append(open, "[")
			i++
			continue
		case ']':
			if len(open) == 0 || open[len(open)-1] != "[" {
				return "", entityErr("Character ']' is reserved and must be escaped with the preceding '\\'")
			}
			open = open[:len(open)-1]
			if i+1 < len(s) && s[i+1] == '(' {
				end := strings.IndexByte(s[i:], ')')
				if end < 0 {
					return "", entityErr("Can't find end of a URL at byte offset %d", i)
				}
				i += end + 1
			} else {
				i++
			}
			continue
		case '!':
			if i+1 < len(s) && s[i+1] == '[' { // custom emoji
				i++
				continue
			}
		case '>':
			if lineStart {
				i++
				continue
			}
		}
		if strings.IndexByte("_*[]()~`>#+-=|{}.!", c) >= 0 {
			return "", entityErr("Character '%c' is reserved and must be escaped with the preceding '\\'", c)
		}
		out.WriteByte(c)
		lineStart = c == '\n'
		i++
	}
	if len(open) > 0 {
		return "", entityErr("Can't find end of %s entity", open[len(open)-1])
	}
	return out.String(), nil
}

// parseMarkdownLegacy strips the legacy Markdown markers.
func parseMarkdownLegacy(s string) (string, error) {
	var out strings.Builder
	var open byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			i++
			out.WriteByte(s[i])
		case c == '*' || c == '_' || c == '`':
			if open == 0 {
				open = c
			} else if open == c {
				open = 0
			} else {
				out.WriteByte(c)
			}
		case c == '[' && open == 0:
			end := strings.Index(s[i:], "](")
			close := strings.IndexByte(s[i:], ')')
			if end < 0 || close < end {
				out.WriteByte(c)
				continue
			}
			out.WriteString(s[i+1 : i+end])
			i += close
		default:
			out.WriteByte(c)
		}
	}
	if open != 0 {
		return "", entityErr("Can't find end of the entity")
	}
	return out.String(), nil
}
