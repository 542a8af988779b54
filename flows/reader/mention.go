package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rule a clerk states about a mention (mention_test.go): Zalo and
// Telegram groups mention a person or an office by a display name, with
// its spaces: "@Chị Hạnh Phòng VH 24 chương trình", "@Phòng Văn hóa -
// Thông tin huyện 5". The name is addressed, not answered: a mention that
// opens the line, its name typed with a capital, runs up to the first
// figure, as long as none of its words could tell of the figure (an
// estimate, a negation, a correction, a period, a place, a number in
// words, money). Otherwise only the "@word" goes, as before, and the
// words left are read (or refused) as typed.

// mentionWords is the most words a display name runs over.
const mentionWords = 8

// mentionName is how many words of ws, a line's words, are a mention and
// its display name before the figure; 0 when the line opens with none.
func mentionName(ws []string) int {
	if len(ws) < 3 || !strings.HasPrefix(ws[0], "@") {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(ws[0][1:])
	if !unicode.IsUpper(r) {
		return 0 // "@baocao_bot": a username, one word
	}
	for k := 1; k < len(ws) && k <= mentionWords; k++ {
		if strings.ContainsFunc(ws[k], isDigit) {
			if k == 1 {
				return 0
			}
			return k
		}
		if tellsOfFigure(MakeToken(ws[k])) {
			return 0
		}
	}
	return 0
}

// tellsOfFigure reports a word that may say something of a figure after
// it, so that it cannot be part of a name dropped unread.
func tellsOfFigure(t Token) bool {
	w := t.Skel
	if t.Fold == "" {
		return false // "-": between the parts of an office's name
	}
	_, spelled := spelledWord[w]
	spelled = spelled && !markedName(t) // "Hải", "Bá": a name, not "hai", "ba" (round eight)
	return sentenceBlocks[w] || sentenceBlocks[t.Fold] || sentenceBlocksTyped[t.Lower] ||
		hasKey(approxBefore, w) || hasKey(approxBefore, t.Fold) || (periodNouns[w] || placeNouns[w]) && !otherMarks(t) || // number_r9.go
		spelled || spelledScale[w] > 0 && (w != "van" || t.Lower == "vạn") || w == "muoi" ||
		mentionBlocks[w] || negations[w] || noWords[w]
}

// mentionBlocks, skeletons, are more words that tell of a figure: its
// age ("cũ", "mới"), a part ("riêng", "chỉ"), the South's no and mistake,
// and a commune named ("@Văn hóa xã Quảng Tân 2345": the figure may be
// that commune's, so it stays asked).
var mentionBlocks = setOf("cu", "moi", "rieng", "chi", "hong", "lon", "sai", "tong", "cong", "gom", "dat",
	"xa", "phuong", "tran")

func hasKey(m map[string][]string, k string) bool {
	_, ok := m[k]
	return ok
}
