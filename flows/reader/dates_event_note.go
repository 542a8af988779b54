package reader

import (
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/baocao/baocao/locales"
)

// Round thirteen's rules for a date with what surrounds it on a form.
//
// The event named in brackets after the date (the lead's policy: a date
// with a remark of what the event was is the date): "ngày 20 tháng 12 năm
// 2026 (Giải bóng chuyền hơi nữ)", "thứ 2, 23/11/2026 (khai mạc Tuần lễ
// văn hóa)", "20/12/2026 (Hội diễn văn nghệ quần chúng)". The note opens
// with a word that names an event, so it says what was held, not when;
// its words are the event's name, never a hedge ("hơi" of "bóng chuyền
// hơi" is the ball, not "rather"). A date inside the note ("Hội thi văn
// nghệ chào mừng 22/12") is the occasion's, not the event's: the date
// before it is offered, not stored.
func eventNoted(s string, now time.Time) (time.Time, *Unsure, *locales.Msg, bool) {
	ans, note, ok := CutNote(s)
	if !ok || strings.ContainsAny(note, "?？") {
		return time.Time{}, nil, nil, false
	}
	nw := foldWords(note)
	if len(nw) < 2 || !eventLead[nw[0]] && !(len(nw) > 2 && eventLead[nw[0]+" "+nw[1]]) {
		return time.Time{}, nil, nil, false
	}
	if eventHedged(note) {
		return time.Time{}, nil, nil, false // "(giải dự kiến)", "(hội thi, chưa chắc)"
	}
	t, u, p := readDate(ans, now)
	if p != nil || u != nil {
		return time.Time{}, nil, nil, false
	}
	if strings.ContainsFunc(note, unicode.IsDigit) {
		return t, &Unsure{Key: "reading.date_note", Input: string(quoted(s))}, nil, true
	}
	return t, nil, nil, true
}

// eventLead are the words that open the name of an event held by a
// commune: a tournament, a contest, a festival, a ceremony, an opening.
var eventLead = setOf("giai", "hoi", "le", "khai", "be", "ngay hoi", "lien", "dem", "chuong", "cuoc", "tuan",
	"thang", "ky", "mit", "to", "tong", "trien", "dai", "gala", "chung", "van", "the", "buoi", "phien")

// formItem is a form's item number before the date's label, as Word
// copies it: "1.5. Ngày tổ chức: 20/12/2026.", "2) Thời gian: …", "II.
// Ngày …". The number is the form's, not the date's; only before a label
// of the date ("ngày", "thời gian") is it taken off, for "1.5" alone is a
// date too.
var formItem = regexp.MustCompile(`^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[IVX]{1,4}[.)])\s+((?i:ngày|ngay|thời gian|thoi gian)\b.*)$`)

// withoutFormItem is s without its item number (formItem); ok is false
// when it has none.
func withoutFormItem(s string) (string, bool) {
	m := formItem.FindStringSubmatch(Normalize(s))
	if m == nil {
		return "", false
	}
	return m[1], true
}

// markedHedges are dateHedges as typed with their marks: with marks,
// "bóng chuyền" (volleyball) and "các đội" (teams) are not "chuyển" and
// "đổi" (moved, changed).
var markedHedges = setOf("dự kiến", "dự định", "kế hoạch", "hoãn", "tạm hoãn", "đổi", "lùi", "chuyển", "sắp", "sẽ", "chưa",
	"không", "hủy", "huỷ", "bù", "thay", "dời")

// eventHedged reports a hedge in an event's note: by the words as typed
// when the note has marks, folded when it has none.
func eventHedged(note string) bool {
	if Fold(note) == note {
		// without marks: as typed and with Telex keys undone ("giai duw kieen")
		return dateHedge(strings.Join(foldWords(note), " ")) || dateHedge(untelexWords(dateWords(note)))
	}
	ws := strings.FieldsFunc(strings.ToLower(Normalize(note)), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range ws {
		if markedHedges[w] || i+1 < len(ws) && markedHedges[w+" "+ws[i+1]] {
			return true
		}
	}
	return false
}
