package reader

import (
	"strings"

	"github.com/baocao/baocao/locales"
)

// yesNoRetried reads a yes/no refused as a whole once more, as a clerk
// would read it past what stands around the answer (round fourteen).
// Each retry is a rule a clerk states; the first that reads is taken,
// with every safety rule applied to it (governedYesNo):
//
//  1. the answer, then a clause about the sender: "có nha anh, em hỏi
//     chị Phó Chủ tịch rồi" (speakerTail, remark_speaker.go);
//  2. an answer relayed: "Đ/c Hùng xác nhận đã có" (relayedAnswer);
//  3. a line break is a comma: "chưa\nđang chờ kinh phí ạ";
//  4. "tuy nhiên", "song", "có điều" are "nhưng": "Đã có, tuy nhiên thiết
//     bị đã xuống cấp" is read as "Đã có, nhưng thiết bị …" is;
//  5. an office's frame before the answer: "Thực hiện Công văn số
//     123/SVHTTDL-QLVH, UBND xã đã lắp đặt hoàn thành điểm cầu", "Căn cứ
//     Kế hoạch số 45, xã đã có": the answer after the frame's comma. A
//     frame alone ("theo KH số 45") stays refused.
func yesNoRetried(s string, echo *lazyWords) (bool, *Unsure, *locales.Msg, bool) {
	read := func(alt string) (bool, *Unsure, *locales.Msg, bool) {
		if alt == "" || alt == s {
			return false, nil, nil, false
		}
		b, u, p := readYesNo(alt, echo)
		if p != nil {
			return false, nil, nil, false
		}
		b, u, p = governedYesNo(alt, echo, b, u, p)
		if p != nil {
			return false, nil, nil, false
		}
		if u != nil {
			u.Input = string(quoted(s))
		}
		return b, u, nil, true
	}
	if head, ok := speakerTail(s); ok {
		if b, u, p, ok := read(head); ok {
			return b, u, p, true
		}
	}
	if b, u, p, ok := relayedAnswer(s, echo); ok {
		return b, u, p, true
	}
	if strings.ContainsAny(s, "\n\r") {
		joined := strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' }), ", ")
		if b, u, p, ok := read(joined); ok {
			return b, u, p, true
		}
	}
	if alt, ok := butWordsAsNhung(s); ok {
		if b, u, p, ok := read(alt); ok {
			return b, u, p, true
		}
	}
	if rest, ok := afterOfficeFrame(s); ok {
		if b, u, p, ok := read(rest); ok {
			return b, u, p, true
		}
	}
	return false, nil, nil, false
}

// officeButWords are the office's ways of saying "nhưng", lowercased.
var officeButWords = []string{"tuy nhiên", "tuy nhien", "có điều", "song"}

// butWordsAsNhung puts "nhưng" for a but-word after a comma (rule 4).
func butWordsAsNhung(s string) (string, bool) {
	n := Normalize(s)
	low := strings.ToLower(n)
	for _, w := range officeButWords {
		i := strings.Index(low, ", "+w+" ")
		if i < 0 {
			i = strings.Index(low, ", "+w+", ")
		}
		if i < 0 {
			continue
		}
		j := i + 2 + len(w)
		return n[:i] + ", nhưng" + strings.TrimLeft(n[j:], ","), true
	}
	return "", false
}

// officeFrames open an office's frame, folded.
var officeFrames = []string{"thuc hien", "can cu", "theo", "phuc dap", "thua lenh", "trien khai"}

// afterOfficeFrame is the text after the first comma of s when s opens
// with an office's frame that names a document or an instruction (rule 5).
func afterOfficeFrame(s string) (string, bool) {
	n := Normalize(s)
	i := strings.IndexByte(n, ',')
	if i < 0 {
		return "", false
	}
	fw := foldWords(n[:i])
	if len(fw) < 3 || !hasPhraseAt(fw, 0, officeFrames) || !hasAny(fw, frameDocuments) {
		return "", false
	}
	return strings.TrimSpace(n[i+1:]), true
}

// frameDocuments are what a frame names, folded.
var frameDocuments = setOf("cong", "van", "ke", "hoach", "kh", "chi", "dao", "quyet", "dinh", "qd", "so", "huong", "dan",
	"thong", "tri", "nghi", "bao", "cao", "cv")
