package reader

import (
	"regexp"
	"slices"
	"strings"

	"github.com/baocao/baocao/locales"
)

// The frame a chat puts around a choice (the clerk's rule of round
// thirteen; the lead's policy: an option with polite words or a remark is
// the option). A clerk reads through:
//   - a greeting clause before a comma: "Kính gửi anh, …", "Dạ thưa chị, …";
//   - the unit speaking of itself before the option: "đơn vị em là …",
//     "xã em là …", "xã em tổ chức …", "đã tổ chức …";
//   - the speaker's name after a comma: "…, em là Lâm Thị Sa Rết",
//     "…, người báo cáo: Nguyễn Văn A";
//   - closing particles typed with their marks: "ạ", "nờ", "hà", and the
//     centre's "eng" (anh) with its "ơi".
//
// The frame taken off, what is left must read by the sure rules alone;
// then it is stored. Anything else stays as the other rules read it.
func choiceFrame(s string, options []Option) (string, bool) {
	c := strings.TrimSpace(Normalize(s))
	orig := c
	if i := strings.IndexAny(c, ",:"); i > 0 && greetingOnly(c[:i]) {
		c = strings.TrimSpace(c[i+1:])
	}
	if loc := speakerAfter.FindStringIndex(strings.ToLower(c)); loc != nil {
		if namesAnOption(c[loc[0]:], options) {
			return "", false // "…, em là cán bộ xã Thành Công": which one?
		}
		c = strings.TrimSpace(c[:loc[0]])
	}
	ws := strings.Fields(c)
	for len(ws) > 1 && frameTail[strings.ToLower(strings.Trim(ws[len(ws)-1], ".!…"))] {
		ws = ws[:len(ws)-1]
	}
	for len(ws) > 1 && frameHead[strings.ToLower(strings.Trim(ws[0], ",."))] {
		ws = ws[1:]
	}
	c = strings.Join(ws, " ")
	if m := selfLead.FindStringSubmatchIndex(Fold(strings.ToLower(c))); m != nil {
		c = strings.TrimSpace(strings.Join(strings.Fields(c)[len(strings.Fields(Fold(strings.ToLower(c))[:m[1]])):], " "))
	}
	return c, c != "" && c != orig
}

// greetingOnly reports a clause of greeting words alone: "Kính gửi anh",
// "Dạ thưa chị", "Báo cáo Sở".
func greetingOnly(s string) bool {
	ws := foldWords(s)
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !greetingWords[w] {
			return false
		}
	}
	return true
}

var greetingWords = setOf("kinh", "gui", "da", "thua", "anh", "chi", "em", "ad", "admin", "bao", "cao", "so", "phong",
	"van", "hoa", "ban", "oi", "chao", "a", "xin", "eng", "co", "chu", "bac")

// frameHead are the polite words that open an answer.
var frameHead = setOf("dạ", "vâng", "thưa", "da", "vang")

// frameTail are the particles that close one, typed with their marks.
var frameTail = setOf("ạ", "ạ.", "nờ", "hà", "eng", "ơi", "nhé", "nha", "ak", "à")

// selfLead is the unit speaking of itself before the option, folded.
var selfLead = regexp.MustCompile(`^(?:(?:don vi|xa|phuong|ben) (?:em|minh|toi|chung em) (?:la|da to chuc|to chuc|co to chuc)|(?:em|minh|xa|phuong) (?:da )?to chuc|da to chuc)(?: |$)`)

// speakerAfter is the speaker named after the option: ", em là …".
var speakerAfter = regexp.MustCompile(`[,;.]\s*(?:em là|tôi là|mình là|người báo cáo|người gửi|cán bộ)(?:\s|:|$)`)

// framedChoice is readChoice through the frame: stored when what is left
// reads sure.
func framedChoice(s string, options []Option, lang locales.Lang) (string, bool) {
	g, ok := choiceFrame(s, options)
	if !ok {
		return "", false
	}
	id, u, p := readChoiceWords(g, options, lang)
	if p != nil || u != nil || levelBeside(g, id, options) || otherPlaceNamed(g, id, options) {
		return "", false
	}
	return id, true
}

// framedChoices is readChoices through the frame, and "1 3 (văn nghệ với
// đọc sách)": numbers with the names in brackets, stored when both read
// sure and name the same options.
func framedChoices(s string, options []Option, lang locales.Lang) ([]string, bool) {
	if ans, note, ok := CutNote(s); ok {
		a, au, ap := readChoicesWords(ans, options, lang)
		n, nu, np := readChoicesWords(note, options, lang)
		if ap == nil && np == nil && au == nil && nu == nil && len(a) > 0 && slices.Equal(a, n) {
			return a, true
		}
	}
	g, ok := choiceFrame(s, options)
	if !ok {
		return nil, false
	}
	ids, u, p := readChoicesWords(g, options, lang)
	if p != nil || u != nil || len(ids) == 0 {
		return nil, false
	}
	return ids, true
}

// noteNamesOther reports a note in brackets that names an option the
// reading did not pick ("1 3 (văn nghệ, thể thao)", typed with Telex keys
// or not): the numbers and the names disagree, and neither is stored.
func noteNamesOther(s string, ids []string, options []Option) bool {
	_, note, ok := CutNote(s)
	return ok && len(ids) > 0 && namesAnOption(note, others(options, ids))
}
