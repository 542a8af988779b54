package api

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

// 15199's figures of November 2026 were imported from the district's
// spreadsheet: neither on time nor late. /status and /figures count it in
// "imported" (a field added in 1.1.0), never in on_time, and the digest
// agrees.
func TestAnImportedReportIsCountedNeitherOnTimeNorLate(t *testing.T) {
	f := newFixture(t, someReported)
	var s Status
	f.getJSON("cum_391", "/api/v1/status?form=thang&period=2026-11&unit=cum_391", &s)
	counts := map[string]int{}
	var imported UnitStatus
	for _, u := range s.Units {
		counts[u.Status]++
		if u.Unit == "15199" {
			imported = u
		}
	}
	if imported.Status != "imported" || !imported.Imported || imported.SubmittedAt == nil {
		t.Errorf("15199: %+v, want status imported", imported)
	}
	if s.Imported != 1 || counts["imported"] != 1 || s.OnTime != counts["on_time"] || s.Late != counts["late"] ||
		s.OnTime+s.Late+s.Imported != s.Submitted {
		t.Errorf("status counts %+v, rows %v", s, counts)
	}
	var fig Figures
	f.getJSON("cum_391", "/api/v1/figures?form=thang&period=2026-11&unit=cum_391", &fig)
	d := f.digest("cum_391")
	if fig.Imported != 1 || d.Imported != 1 || fig.OnTime != s.OnTime || fig.Late != s.Late || fig.OnTime != d.OnTime ||
		fig.OnTime+fig.Late+fig.Imported != fig.Submitted {
		t.Errorf("figures: on time %d late %d imported %d of %d; status %d %d %d; digest %d on time, %d imported",
			fig.OnTime, fig.Late, fig.Imported, fig.Submitted, s.OnTime, s.Late, s.Imported, d.OnTime, d.Imported)
	}
	// The CSV carries the same three counts, as its last columns.
	_, _, body := f.get("cum_391", "/api/v1/figures.csv?form=thang&period=2026-11&unit=cum_391")
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")))).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("figures.csv (%v):\n%s", err, body)
	}
	head, row := rows[0], rows[1]
	n := len(head)
	if n < 3 || strings.Join(head[n-3:], ",") != "on_time,late,imported" || head[4] != "submitted" {
		t.Fatalf("figures.csv header %v", head)
	}
	if got, want := strings.Join(row[n-3:], ","), fmt.Sprintf("%d,%d,%d", fig.OnTime, fig.Late, fig.Imported); got != want {
		t.Errorf("figures.csv counts %s, want %s as /figures has them", got, want)
	}
}

// Before the reform too: old Xã Thành An's figures of May 2025 came from a
// file, and the status of that period counts it apart.
func TestAnImportedReportOfAnEarlierEraIsCountedApart(t *testing.T) {
	f := newFixture(t, someReported)
	cfg := f.app.Config
	p, err := cfg.Form(formID).Period("2025-05")
	if err != nil {
		t.Fatal(err)
	}
	err = f.db.Update(func(tx *store.Tx) error {
		for i, code := range []string{"15250", "15187"} {
			s := &flows.Submission{Form: formID, Period: p.Key, Unit: code, Answers: answers(i, 2025),
				By: "p" + code, ByName: "Cán bộ " + code, At: p.Deadline.Add(-24 * time.Hour), Channel: "zalo"}
			if code == "15250" {
				s.Imported = &flows.Imported{File: "huyen-2025.xlsx", At: f.clock(), By: "cli"}
			}
			if err := tx.PutSubmission(s); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var s Status
	f.getJSON("cum_391", "/api/v1/status?form=thang&period=2025-05&unit=cum_391", &s)
	if s.Submitted != 2 || s.OnTime != 1 || s.Late != 0 || s.Imported != 1 {
		t.Errorf("May 2025: submitted %d on time %d late %d imported %d, want 2 1 0 1", s.Submitted, s.OnTime, s.Late, s.Imported)
	}
	for _, u := range s.Units {
		if u.Unit == "15250" && (u.Status != "imported" || u.Name != "Xã Thành An") {
			t.Errorf("15250 in May 2025: %+v, want Xã Thành An, imported", u)
		}
	}
}
