package flows

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestBlindTable scores the reader on a table it was not grown with: cases
// written from how officers type, by someone who had not read the reader
// (issue 20, point 4). The table stays outside the project until the reader
// has been changed, so it is named by the environment:
//
//	BAOCAO_BLIND=/work/blind/a.tsv go test -count=1 ./flows -run TestBlindTable -v
//
// (-count=1: the test cache does not always see that the table changed.)
//
// It measures and does not judge: per section and overall it logs how many
// answers were read right (some accepted outcome fits), how many as the
// first outcome says, how many were asked back or refused against the
// table, and the misreads — a value stored or offered that no outcome
// allows, which the person did not mean. With BAOCAO_BLIND_STRICT=1 a
// misread fails the test.
func TestBlindTable(t *testing.T) {
	path := os.Getenv("BAOCAO_BLIND")
	if path == "" {
		t.Skip("BAOCAO_BLIND names no table; set it to a file in answers.tsv's notation")
	}
	strict := os.Getenv("BAOCAO_BLIND_STRICT") == "1"
	cases := loadTableFile(t, path)
	if len(cases) == 0 {
		t.Fatalf("%s holds no cases", path)
	}

	var order []string
	bySection := map[string]*blindScore{}
	var total blindScore
	var misreads, others []string
	for _, c := range cases {
		s := bySection[c.section]
		if s == nil {
			s = &blindScore{}
			bySection[c.section] = s
			order = append(order, c.section)
		}
		got := c.got()
		v := blindVerdict(c, got)
		s.add(v, got)
		total.add(v, got)
		line := fmt.Sprintf("line %d [%s] %s %q: got %s, accepted %v", c.line, c.section, c.question, c.typed, got, c.accepted)
		switch v {
		case blindMisread:
			misreads = append(misreads, line)
		case blindMissed:
			others = append(others, line)
		}
	}

	t.Logf("%-60s %5s %6s %7s %6s %6s %7s %8s", "section", "cases", "right", "right%", "first", "asked", "refused", "misreads")
	for _, name := range order {
		bySection[name].log(t, name)
	}
	total.log(t, "TOTAL")
	for _, m := range others {
		t.Logf("not read as hoped: %s", m)
	}
	for _, m := range misreads {
		if strict {
			t.Errorf("misread: %s", m)
		} else {
			t.Logf("misread: %s", m)
		}
	}
}

// blindVerdict sorts a case's reading: right (first outcome, or another
// accepted one), a misread, or merely missed (refused, or asked back for a
// value the table would store, when the table expected better).
type blindVerdictKind int

const (
	blindFirst blindVerdictKind = iota
	blindRight
	blindMissed
	blindMisread
)

func blindVerdict(c tableCase, got outcome) blindVerdictKind {
	switch {
	case got.fits(c.accepted[0]):
		return blindFirst
	case slices.ContainsFunc(c.accepted, got.fits):
		return blindRight
	// The same rule as TestAnswerTable's: a value stored that no outcome
	// allows, or offered when no outcome has it, is a misread.
	case got.kind != '!' && !offers(c.accepted, got.value) || got.kind == '=':
		return blindMisread
	}
	return blindMissed
}

// blindScore counts one section's (or the whole table's) readings.
type blindScore struct {
	cases, right, first, asked, refused, misreads int
}

func (s *blindScore) add(v blindVerdictKind, got outcome) {
	s.cases++
	switch v {
	case blindFirst:
		s.first++
		s.right++
	case blindRight:
		s.right++
	case blindMisread:
		s.misreads++
	}
	// Asked back and refused count only where the table hoped for more.
	if v == blindMissed || v == blindMisread {
		switch got.kind {
		case '?':
			s.asked++
		case '!':
			s.refused++
		}
	}
}

func (s *blindScore) log(t *testing.T, name string) {
	t.Helper()
	if name == "" {
		name = "(no section)"
	}
	share := float64(s.right) / float64(s.cases) * 100
	t.Logf("%-60s %5d %6d %6.1f%% %6d %6d %7d %8d", blindTrim(name, 60), s.cases, s.right, share, s.first, s.asked, s.refused, s.misreads)
}

func blindTrim(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return strings.TrimSpace(s)
}
