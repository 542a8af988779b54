package flows

import (
	"fmt"
	"testing"
)

// The batches written blind for issue 20 (testdata/blind-a.tsv,
// blind-b.tsv and blind-c.tsv: cases written from how officers type, by someone who had
// not read the reader) are kept as the project's test once the reader had
// been changed. They are not grown with the code: a case the reader misses
// stays missed until a rule reads it. This test holds the line measured
// when they were committed, so the reader can only get better on them:
// fewer misreads (a value stored or offered that the person did not mean)
// and no fewer answers read right. Raise the floor when the reader
// improves; never lower it to let a change through.
var blindFloor = map[string]struct{ right, misreads int }{
	// 577 since round nine: lines 411 to 413, "co1", "kho6ng", "chu7a"
	// alone, may be the word and a figure typed together, and are offered,
	// not stored (the lead's policy 4 of round nine, and its brief: "VNI
	// digits inside a word"). A whole reply in VNI keys stays the words.
	"testdata/blind-a.tsv": {right: 577, misreads: 0},
	"testdata/blind-b.tsv": {right: 623, misreads: 0},
	// Batch C (round four's development set, northern and central officers).
	// 706 since round eight: line 330, "hai nghìn không trăm linh năm" alone
	// at the households question, reads as a year in words and is offered,
	// not stored (the lead's policy 6).
	"testdata/blind-c.tsv": {right: 706, misreads: 0},
	// Batches F–K (rounds six to eight, 05/12/2026): F southern and Tây
	// Nguyên officers, G northern, H central, I mountain communes (the
	// development sets of rounds six, seven and eight), J ward officers on
	// Zalo and K older officers with voice typing (held out through round
	// eight, scored blind, then committed). Their misreads are a ceiling,
	// not a goal: each one left is listed in docs/READER-SCORES.md, with
	// the cases the lead judged the batch wrong on.
	"testdata/blind-f.tsv": {right: 729, misreads: 0},
	"testdata/blind-g.tsv": {right: 717, misreads: 0},
	"testdata/blind-h.tsv": {right: 598, misreads: 1},
	"testdata/blind-i.tsv": {right: 664, misreads: 1},
	"testdata/blind-j.tsv": {right: 636, misreads: 7},
	"testdata/blind-k.tsv": {right: 653, misreads: 7},
	// Batches L–O (round nine, 05/12/2026): L Mekong-delta officers on
	// Telegram and M northern mountain officers (round nine's development
	// sets), N city ward officers pasting from Excel and Word and O central
	// officers of merged communes with voice typing (held out through
	// round nine, scored blind before and after it, then committed).
	"testdata/blind-l.tsv": {right: 601, misreads: 0},
	"testdata/blind-m.tsv": {right: 613, misreads: 0},
	// Raised in round ten by the rules for yes/no, dates and choices
	// (yesno_remark.go, dates_remark.go, choice_remark.go): B, G, H, I, N, O;
	// and by the rules for figures (sentence_bound.go, sentence_several.go,
	// said_twice.go, correct_total.go, figure_sums.go, label_other.go,
	// figure_bounds.go, spelled_decimal.go): B, F, I, N, O.
	"testdata/blind-n.tsv": {right: 660, misreads: 0},
	"testdata/blind-o.tsv": {right: 609, misreads: 0},
	// Batches P–T (round ten, 06/12/2026), held out through round ten and
	// scored blind before and after it (docs/READER-SCORES.md): P Red
	// River delta officers of merged communes, Q young southern officers
	// with teencode, R south-central officers with voice typing, S
	// north-east and north-central officers pasting from Word and Excel, T
	// southern officers new to the job, on English keyboards. Committed
	// at their blind score after round ten; round eleven's development sets.
	// Round eleven (both branches merged): P 647/3 → 653/0, Q 649/4 → 659/0,
	// R 623/4 → 636/0, S 643/3 → 649/0, T 634/3 → 640/0.
	"testdata/blind-p.tsv": {right: 675, misreads: 0},
	"testdata/blind-q.tsv": {right: 674, misreads: 0},
	"testdata/blind-r.tsv": {right: 670, misreads: 0},
	"testdata/blind-s.tsv": {right: 672, misreads: 0},
	"testdata/blind-t.tsv": {right: 665, misreads: 0},
	// Batches U–W (06/12/2026), held out through round eleven and scored
	// blind before and after it: U Central Highlands officers, many of an
	// ethnic minority, V ward officers answering inside a group chat with
	// their supervisor, W a second writer of U's persona. Committed at
	// their blind score after round eleven; their misreads are listed in
	// docs/READER-SCORES.md.
	// Round twelve, figures ("ask only with a reason": figure_reason.go,
	// zero_said.go, spelled_idiom.go, spelled_short.go, share_parts.go,
	// unit_kind.go, lead_separator.go, correct_marked.go and the bare list
	// in sentence_r8.go): G 715 → 717, I 662 → 663, N 659 → 660, P 653 →
	// 659, Q 659 → 663, R 636 → 647, S 649 → 656, T 640 → 654, U 650/3 →
	// 663/2, V 654 → 661, W 631/4 → 658/1 (figure_bounds.go and
	// figure_zero_fraction.go too).
	// Round twelve, words (yes/no, dates, choices asked only with a reason):
	// I 662/1 → 663/1, J 635/8 → 636/7, K 652/8 → 653/7, P 653 → 669,
	// Q 659 → 670, R 636 → 658, S 649 → 664, T 640 → 649, U 650/3 → 662/1,
	// V 654/4 → 670/0, W 631/4 → 645/4.
	// Both branches merged: P 675, Q 674, R 669, S 671, T 663, U 675/0,
	// V 677/0, W 672/1.
	"testdata/blind-u.tsv": {right: 675, misreads: 0},
	"testdata/blind-v.tsv": {right: 678, misreads: 0},
	"testdata/blind-w.tsv": {right: 674, misreads: 0},
	// Batches X–Z (06/12/2026), held out through round twelve and scored
	// blind before and after it (docs/READER-SCORES.md): X northern
	// mountain officers, many Tày, Nùng, Thái, Hmông, Dao, typing slowly;
	// Y Mekong-delta officers with southern words and voice typing; Z
	// north-central officers writing dialect and pasting from Word.
	// Committed at their blind score after round twelve; round thirteen's
	// development sets.
	// Round thirteen, words: X 651/4 → 662/3, Y 640/5 → 649/2, Z 615/6 → 635/3.
	// Round thirteen, figures: R 670, S 672, T 664, W 673/1, X 669/1, Y 655/3, Z 634/3.
	// Both branches merged: X 680/0, Y 664/0, Z 654/0.
	"testdata/blind-x.tsv": {right: 680, misreads: 0},
	"testdata/blind-y.tsv": {right: 665, misreads: 0},
	"testdata/blind-z.tsv": {right: 655, misreads: 0},
	// Batches AA–AC (06/12/2026), held out through round thirteen and
	// scored blind before round twelve, before and after round thirteen
	// (docs/READER-SCORES.md): AA delta and north-east officers typing with
	// one thumb in meetings (autocorrect), AB south-east officers of
	// industrial communes with voice typing, AC officers relaying village
	// heads, deputy chairmen and new contract staff. Committed at their
	// blind score after round thirteen; round fourteen's development sets.
	// Round fourteen, figures: V 677 → 678, W 673/1 → 674/0, Z 654 → 655, AA 668 → 671, AB 657/2 → 661/0, AC 625/4 → 633/1.
	// Round fourteen, words: T 665, AA 668/4 → 675/0, AB 657/2 → 658/2, AC 625/4 → 635/3.
	// Round fourteen, both branches merged: AA 678/0, AB 662/0, AC 643/0.
	"testdata/blind-aa.tsv": {right: 678, misreads: 0},
	"testdata/blind-ab.tsv": {right: 662, misreads: 0},
	"testdata/blind-ac.tsv": {right: 643, misreads: 0},
	// Batches AD–AF (06/12/2026), held out through round fourteen and
	// scored blind before rounds twelve, thirteen and fourteen and after
	// it (docs/READER-SCORES.md): AD island and coastal officers on a bad
	// signal, AE officers over fifty typing with one finger, AF officers
	// pasting from Word, Excel and PDF. Committed at their blind score
	// after round fourteen; the next round's development sets.
	"testdata/blind-ad.tsv": {right: 661, misreads: 5},
	"testdata/blind-ae.tsv": {right: 634, misreads: 3},
	"testdata/blind-af.tsv": {right: 668, misreads: 5},
}

func TestTheBlindBatchesReadNoWorseThanWhenCommitted(t *testing.T) {
	for path, floor := range blindFloor {
		t.Run(path, func(t *testing.T) {
			var total blindScore
			var misreads []string
			for _, c := range loadTableFile(t, path) {
				got := c.got()
				v := blindVerdict(c, got)
				total.add(v, got)
				if v == blindMisread {
					misreads = append(misreads, fmt.Sprintf("line %d %s %q: got %s, accepted %v", c.line, c.question, c.typed, got, c.accepted))
				}
			}
			t.Logf("%s: %d of %d read right (%.1f%%), %d misreads", path, total.right, total.cases, float64(total.right)/float64(total.cases)*100, total.misreads)
			if total.misreads > floor.misreads {
				t.Errorf("%d misreads, more than the %d when the batch was committed:", total.misreads, floor.misreads)
				for _, m := range misreads {
					t.Errorf("  %s", m)
				}
			}
			if total.right < floor.right {
				t.Errorf("%d answers read right, fewer than the %d when the batch was committed", total.right, floor.right)
			}
		})
	}
}
