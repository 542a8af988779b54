package reader

import "strings"

// A total and its part "trong đó" ("of which"): "Tổng số tin bài: 120,
// trong đó về chuyển đổi số: 35". When the words naming the part are
// words of the question that the total's side does not have, the
// question asks for the part: its figure is offered, never stored.
// Otherwise the figure before "trong đó" stands (the other rules). The
// label's words may be written as their initials ("GĐVH").

// partStop are short words that name nothing ("về", "là", "có", "số").
var partStop = setOf("ve", "la", "co", "so", "cua", "cho", "tren", "trong", "da", "duoc", "va", "cac", "nhung")

// partAsked reads the part's figure when the question asks for the part.
func partAsked(q *Question, s string) (float64, *Unsure, bool) {
	if !strings.Contains(strings.ToLower(s), "trong") {
		return 0, nil, false // no "trong đó": the cheap check first
	}
	ts := Tokenize(s).Tokens
	at := -1
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].Fold == "trong" && ts[i+1].Fold == "do" {
			at = i
			break
		}
	}
	if at < 1 {
		return 0, nil, false
	}
	before := map[string]bool{}
	total := false
	for _, t := range ts[:at] {
		before[t.Skel] = true
		total = total || t.Lower != "" && isDigit(rune(t.Lower[0]))
	}
	if !total {
		return 0, nil, false
	}
	asked := q.unitRule().asked
	named := 0
	for _, t := range ts[at+2:] {
		if len(t.Skel) > 1 && !partStop[t.Skel] && asked.has(t.Skel) && !before[t.Skel] {
			named++
		} else if len(t.Skel) >= 3 && !before[t.Skel] && !isDigit(rune(t.Skel[0])) && asked.initials(t.Skel) {
			// "GĐVH": the initials of the label's words ("Gia đình văn
			// hóa") name as many of them as they have letters (round
			// thirteen: "1.245 hộ, trong đó 1.158 hộ đạt GĐVH").
			named += len(t.Skel)
		}
	}
	if named < 2 {
		return 0, nil, false
	}
	var tail []string
	for _, t := range ts[at+2:] {
		tail = append(tail, t.Typed)
	}
	f, _, p := readNumberAnswer(q, strings.Join(tail, " "))
	if p != nil {
		return 0, nil, false
	}
	return f, &Unsure{Key: "reading.part_asked", Input: string(quoted(s))}, true
}
