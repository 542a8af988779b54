package report

import "testing"

// A bar's figure and note never overlap each other, never leave the
// picture, and a note is shortened only when no place holds it whole.
func TestAFigureAndItsNoteStayInThePicture(t *testing.T) {
	const x0, right, w = 300, 1040, 110 // as on a 1080 px chart: names, then bars to about 920
	for _, nw := range []int{0, 60, 220, 260, 400, 700} {
		for end := x0 + 1; end <= 920; end++ {
			p := placeFigure(x0, end, w, nw, right)
			figFrom, figTo := end+8, end+8+w
			if p.figInside {
				figFrom, figTo = end-10-w, end-10
				if figFrom < x0 {
					t.Fatalf("end %d: the figure inside starts before the bar", end)
				}
			}
			if figTo > right {
				t.Fatalf("end %d: the figure ends at %d, past %d", end, figTo, right)
			}
			if nw == 0 {
				continue
			}
			noteTo := p.noteAt + p.noteRoom
			if noteTo > right {
				t.Fatalf("end %d, note %d: the note ends at %d, past %d", end, nw, noteTo, right)
			}
			if p.noteInside && noteTo > end-10 {
				t.Fatalf("end %d, note %d: the white note runs out of its bar", end, nw)
			}
			if p.noteAt < figTo && noteTo > figFrom {
				t.Fatalf("end %d, note %d: note [%d,%d] over figure [%d,%d]", end, nw, p.noteAt, noteTo, figFrom, figTo)
			}
			// Whole whenever some place would hold it whole.
			whole := end-x0 > nw+20 || end+8+w+12+nw <= right
			if whole && p.noteRoom < nw {
				t.Fatalf("end %d, note %d: shortened to %d though it fits", end, nw, p.noteRoom)
			}
		}
	}
	// The province chart's case: a long bar whose note does not fit beside
	// its figure goes inside the bar, the figure after it.
	p := placeFigure(520, 880, 110, 230, 1040)
	if !p.noteInside || p.figInside || p.noteRoom != 230 {
		t.Fatalf("a long bar with a long note: %+v", p)
	}
}
