package reader

import "strings"

// Who provided the thing, between "được" and the verb of work done (the
// clerk's rule of round thirteen): "Xã đã được Sở Khoa học và Công nghệ
// đầu tư điểm cầu" says what "Xã đã được đầu tư điểm cầu" says, and "đã
// được tỉnh đầu tư" is read already. The body's name, however long, only
// says who paid or fitted it; the answer is the rest.
func withoutProvider(s string) (string, bool) {
	if !strings.Contains(s, "được") && !strings.Contains(strings.ToLower(s), "duoc") {
		return "", false // the cheap path
	}
	ws := strings.Fields(s)
	fs := make([]string, len(ws))
	for i, w := range ws {
		fs[i] = strings.Join(foldWords(w), "")
	}
	for i, f := range fs {
		if f != "duoc" {
			continue
		}
		for j := i + 2; j < len(fs) && j <= i+9; j++ {
			if j+1 < len(fs) && providedVerbs[fs[j]+" "+fs[j+1]] || providedVerbs[fs[j]] {
				return strings.Join(append(append([]string{}, ws[:i+1]...), ws[j:]...), " "), true
			}
		}
		return "", false
	}
	return "", false
}

// providedVerbs are the verbs of giving or fitting the thing, folded.
var providedVerbs = setOf("dau tu", "lap dat", "trang bi", "ho tro", "ban giao", "cap", "tai tro")
