package flows_test

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// Figures an operator imported from a file are not a report made on time
// or late: the digest counts them apart ("nhập từ tệp"), as the status
// sheet says "Nhập từ tệp", even when the import came after the deadline
// or its time is before it.
func TestTheDigestCountsImportedFiguresAsNeitherOnTimeNorLate(t *testing.T) {
	cfg, _, tables := sampleTables(t)
	now := at(2027, 1, 15, 8)
	before := cfg.BuildDigest(flows.DigestInput{Unit: cfg.Units.Get("391"), Table: tables["2026"], Now: now})
	subs := map[string]*flows.Submission{}
	for code, s := range tables["2026"].Subs {
		subs[code] = s
	}
	var early, late string
	for code, s := range subs {
		if early == "" && !tables["2026"].Period.IsLate(s.At) {
			early = code
		}
	}
	for code, s := range subs {
		if code != early && late == "" {
			late = code
			c := *s
			c.At = tables["2026"].Period.Deadline.AddDate(0, 2, 0) // imported long after the deadline
			c.Imported = &flows.Imported{File: "huyen-2026.xlsx", At: c.At, By: "vanthu"}
			subs[code] = &c
		}
	}
	c := *subs[early]
	c.Imported = &flows.Imported{File: "huyen-2026.xlsx", At: c.At, By: "vanthu"}
	subs[early] = &c
	d := cfg.BuildDigest(flows.DigestInput{Unit: cfg.Units.Get("391"), Table: flows.NewTable(tables["2026"].Form, tables["2026"].Period, subs), Now: now})
	if d.Done != before.Done || d.Imported != 2 || d.OnTime+d.Late()+d.Imported != d.Done || d.OnTime+d.Late() != before.OnTime+before.Late()-2 || d.OnTime > before.OnTime-1 {
		t.Errorf("done %d on time %d late %d imported %d; before: done %d on time %d late %d",
			d.Done, d.OnTime, d.Late(), d.Imported, before.Done, before.OnTime, before.Late())
	}
	text := render(locales.VI, d.Reply())
	if !strings.Contains(text, "2 nhập từ tệp (không xét đúng hạn)") {
		t.Errorf("the digest does not count the imported figures apart:\n%s", text)
	}
	if text := render(locales.VI, before.Reply()); strings.Contains(text, "nhập từ tệp") {
		t.Errorf("a digest with nothing imported speaks of imports:\n%s", text)
	}
}
