package api

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"github.com/baocao/baocao/bot/wire"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

func TestAClusterTokenReadsItsFiguresAsTheDigestCountsThem(t *testing.T) {
	f := newFixture(t, someReported)
	var got Figures
	f.getJSON("cum_391", "/api/v1/figures?form=thang&period=2026-11&unit=cum_391", &got)
	d := f.digest("cum_391")
	if got.Submitted != d.Done || got.Expected != d.Expected || got.OnTime != d.OnTime {
		t.Errorf("submitted %d of %d (%d on time), the digest %d of %d (%d)", got.Submitted, got.Expected, got.OnTime, d.Done, d.Expected, d.OnTime)
	}
	if got.Expected != 6 || got.Submitted == 0 || got.Late != 1 {
		t.Errorf("cum_391: %d of %d, %d late; want 6 expected and 15190 late", got.Submitted, got.Expected, got.Late)
	}
	if !got.Unit.Cluster || got.Unit.Code != "cum_391" {
		t.Errorf("unit %+v", got.Unit)
	}
	share := indicator(t, got, "ty_le_truc_tuyen")
	if share.Parts == nil || share.Value == nil || *share.Value != share.Parts.Num/share.Parts.Den*100 {
		t.Errorf("the share is not its summed parts' ratio: %+v %+v", share.Value, share.Parts)
	}
	if share.YearAgo == nil || share.YearAgo.Period != "2025-11" {
		t.Errorf("no comparison with November 2025: %+v", share.YearAgo)
	}
}

func indicator(t *testing.T, f Figures, id string) Indicator {
	t.Helper()
	for _, l := range f.Indicators {
		if l.ID == id {
			return l
		}
	}
	t.Fatalf("no indicator %s in %+v", id, f.Indicators)
	return Indicator{}
}

func TestAFigureNobodyReportedIsNullNeverZero(t *testing.T) {
	f := newFixture(t, func(int, *flows.Unit) bool { return false })
	code, _, body := f.get("38", "/api/v1/figures?form=thang&period=2026-11&unit=cum_392")
	if code != 200 {
		t.Fatalf("%d %s", code, body)
	}
	var raw struct {
		Submitted  *int `json:"submitted"`
		Indicators []map[string]json.RawMessage
		Clusters   []map[string]json.RawMessage
	}
	if err := json.Unmarshal(body, &raw); err != nil {
		t.Fatal(err)
	}
	if raw.Submitted == nil || *raw.Submitted != 0 {
		t.Errorf("submitted: %v", raw.Submitted)
	}
	for _, l := range raw.Indicators {
		if string(l["value"]) != "null" {
			t.Errorf("%s: value %s, want null", l["id"], l["value"])
		}
	}
	var prov Figures
	f.getJSON("38", "/api/v1/figures?form=thang&period=2026-11", &prov)
	for _, c := range prov.Clusters {
		if c.Value != nil || c.Rank != nil {
			t.Errorf("cluster %s: %v, rank %v with nobody reported", c.ID, c.Value, c.Rank)
		}
	}
}

func TestATokenIsRefusedOutsideItsUnitAndWithoutAValidSecret(t *testing.T) {
	f := newFixture(t, someReported)
	path := "/api/v1/figures?form=thang&period=2026-11&unit=cum_391"
	cases := []struct {
		name   string
		unit   string
		path   string
		header []string
		status int
		code   string
	}{
		{"no token", "", path, nil, 401, "unauthorized"},
		{"a wrong token", "", path, []string{"Authorization", "Bearer bcapi_not-a-token"}, 401, "unauthorized"},
		{"not a bearer token", "", path, []string{"Authorization", "Basic dXNlcjpwYXNz"}, 401, "unauthorized"},
		{"another cluster's token", "cum_392", path, nil, 403, "forbidden"},
		{"a commune's token for its cluster", "15187", path, nil, 403, "forbidden"},
		{"a cluster's token for the province", "cum_391", "/api/v1/status?form=thang&period=2026-11&unit=38", nil, 403, "forbidden"},
		{"an unknown unit", "38", "/api/v1/figures?form=thang&period=2026-11&unit=99999", nil, 404, "not_found"},
		{"an unknown form", "38", "/api/v1/figures?form=quy&period=2026-11", nil, 404, "not_found"},
		{"a period the form does not have", "38", "/api/v1/figures?form=thang&period=2026", nil, 404, "not_found"},
		{"no period", "38", "/api/v1/figures?form=thang", nil, 400, "bad_request"},
		{"an unknown route", "38", "/api/v1/reports", nil, 404, "not_found"},
		{"CSV of the forms", "38", "/api/v1/forms.csv", nil, 406, "not_acceptable"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, hd, body := f.get(c.unit, c.path, c.header...)
			var e Error
			if err := json.Unmarshal(body, &e); err != nil || status != c.status || e.Error != c.code || e.Message == "" {
				t.Errorf("%d %s, want %d %s", status, body, c.status, c.code)
			}
			if hd.Get("Content-Type") != "application/json" {
				t.Errorf("Content-Type %q", hd.Get("Content-Type"))
			}
		})
	}
	t.Run("a revoked token", func(t *testing.T) {
		var id string
		f.db.View(func(tx *store.Tx) error {
			tok, err := tx.APITokenFor(f.tokens["cum_391"])
			id = tok.ID
			return err
		})
		if err := f.db.Update(func(tx *store.Tx) error { _, err := RevokeToken(tx, id, "cli", f.clock()); return err }); err != nil {
			t.Fatal(err)
		}
		if status, _, body := f.get("cum_391", path); status != 401 {
			t.Errorf("%d %s", status, body)
		}
		// Its use after revocation is in the audit log, under its holder.
		var audited []string
		f.db.View(func(tx *store.Tx) error {
			entries, _, err := tx.AuditLog(time.Time{}, func(e store.AuditEntry) bool { return e.Action == store.AuditAPI }, 100)
			for _, e := range entries {
				audited = append(audited, e.ByName+" "+e.Detail)
			}
			return err
		})
		if want := "HTTTBC cum_391 GET " + path + " 401"; !slices.Contains(audited, want) {
			t.Errorf("audited %q, want %q", audited, want)
		}
	})
}

func TestTheMessageOfARefusalIsInTheCallersLanguage(t *testing.T) {
	f := newFixture(t, someReported)
	_, _, vi := f.get("cum_392", "/api/v1/figures?form=thang&period=2026-11&unit=cum_391")
	_, _, en := f.get("cum_392", "/api/v1/figures?form=thang&period=2026-11&unit=cum_391", "Accept-Language", "en-US,en;q=0.9")
	if !strings.Contains(string(vi), "không được xem") || !strings.Contains(string(en), "may not see") {
		t.Errorf("vi %s\nen %s", vi, en)
	}
}

func TestATokenOverItsRateIsAskedToWait(t *testing.T) {
	f := newFixture(t, someReported)
	f.h.Rate, f.h.Burst = rate.Every(time.Minute), 2
	path := "/api/v1/forms"
	for i := 0; i < 2; i++ {
		if status, _, body := f.get("38", path); status != 200 {
			t.Fatalf("call %d: %d %s", i+1, status, body)
		}
	}
	status, hd, body := f.get("38", path)
	if status != 429 || hd.Get("Retry-After") == "" || !strings.Contains(string(body), `"rate_limited"`) {
		t.Errorf("third call: %d Retry-After %q %s", status, hd.Get("Retry-After"), body)
	}
	// Another token has its own budget.
	if status, _, _ := f.get("cum_391", path); status != 200 {
		t.Errorf("another token: %d", status)
	}
	// And the budget comes back with time.
	f.mu.Lock()
	f.now = f.now.Add(time.Minute)
	f.mu.Unlock()
	if status, _, _ := f.get("38", path); status != 200 {
		t.Errorf("a minute later: %d", status)
	}
}

func TestEveryCallIsAuditedAndTheTokenIsNeverWritten(t *testing.T) {
	f := newFixture(t, someReported)
	f.get("cum_391", "/api/v1/figures?form=thang&period=2026-11&unit=cum_391")
	f.get("cum_391", "/api/v1/status?form=thang&period=2026-11&unit=38")
	var entries []store.AuditEntry
	f.db.View(func(tx *store.Tx) error {
		var err error
		entries, _, err = tx.AuditLog(time.Time{}, func(e store.AuditEntry) bool { return e.Action == store.AuditAPI }, 100)
		return err
	})
	var calls []string
	for _, e := range entries {
		if strings.HasPrefix(e.Detail, "GET ") {
			calls = append(calls, e.Unit+" "+e.Detail)
			if !strings.HasPrefix(e.By, "api:t") || e.ByName != "HTTTBC cum_391" {
				t.Errorf("entry by %q %q", e.By, e.ByName)
			}
		}
	}
	want := []string{"cum_391 GET /api/v1/figures?form=thang&period=2026-11&unit=cum_391 200",
		"38 GET /api/v1/status?form=thang&period=2026-11&unit=38 403"}
	if strings.Join(calls, "\n") != strings.Join(want, "\n") {
		t.Errorf("audited:\n%s\nwant:\n%s", strings.Join(calls, "\n"), strings.Join(want, "\n"))
	}
	// A failing call logs, but never the token.
	f.get("", "/api/v1/forms", "Authorization", "Bearer "+f.tokens["38"]+"x")
	for _, secret := range f.tokens {
		for _, e := range entries {
			if strings.Contains(e.Detail, secret) {
				t.Errorf("the audit log holds a token: %s", e.Detail)
			}
		}
		if strings.Contains(f.log.String(), secret) {
			t.Error("the log holds a token")
		}
	}
}

func TestSubmissionsLeaveInTheWireShapeWithTheirVersionsAndMarks(t *testing.T) {
	f := newFixture(t, someReported)
	code, _, body := f.get("cum_391", "/api/v1/submissions?form=thang&period=2026-11&unit=cum_391")
	if code != 200 {
		t.Fatalf("%d %s", code, body)
	}
	var got struct {
		Submissions []struct {
			Unit     string            `json:"unit"`
			Current  json.RawMessage   `json:"current"`
			Versions []json.RawMessage `json:"versions"`
		} `json:"submissions"`
	}
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	cfg := f.app.Config
	form := cfg.Form(formID)
	seen := map[string]bool{}
	for _, s := range got.Submissions {
		seen[s.Unit] = true
		var want []byte
		var hist []*flows.Submission
		f.db.View(func(tx *store.Tx) error {
			cur, err := tx.Submission(formID, periodID, s.Unit)
			if err != nil {
				return err
			}
			want, _ = json.Marshal(wire.SubmissionOf(form, *cur, cfg.Units.Get(s.Unit).Name))
			hist, err = tx.History(formID, periodID, s.Unit)
			return err
		})
		if !bytes.Equal(s.Current, want) {
			t.Errorf("%s:\n got %s\nwant %s", s.Unit, s.Current, want)
		}
		if len(s.Versions) != len(hist) {
			t.Errorf("%s: %d versions, stored %d", s.Unit, len(s.Versions), len(hist))
		}
	}
	var marks struct {
		Submissions []struct {
			Unit     string            `json:"unit"`
			Current  wire.Submission   `json:"current"`
			Versions []wire.Submission `json:"versions"`
		} `json:"submissions"`
	}
	json.Unmarshal(body, &marks)
	for _, s := range marks.Submissions {
		switch s.Unit {
		case "15187":
			if len(s.Versions) != 2 || s.Current.Version != 2 || s.Versions[0].Version != 1 {
				t.Errorf("15187 revised: %+v", s.Versions)
			}
		case "15190":
			if !s.Current.Late {
				t.Error("15190 is not marked late")
			}
		case "15199":
			if s.Current.Imported == nil || s.Current.Imported.File != "thang-2026-11.xlsx" {
				t.Errorf("15199 is not marked imported: %+v", s.Current.Imported)
			}
		}
	}
	if !seen["15187"] || !seen["15190"] || !seen["15199"] || seen["14758"] {
		t.Errorf("units listed: %v", seen)
	}
}

func TestTheStatusSaysWhoReportedWhoLateAndWhoStillOwes(t *testing.T) {
	f := newFixture(t, someReported)
	var s Status
	f.getJSON("cum_391", "/api/v1/status?form=thang&period=2026-11&unit=cum_391", &s)
	by := map[string]UnitStatus{}
	counts := map[string]int{}
	for _, u := range s.Units {
		by[u.Unit] = u
		counts[u.Status]++
	}
	if by["15190"].Status != "late" || by["15187"].Status != "on_time" || by["15187"].Version != 2 || !by["15199"].Imported {
		t.Errorf("statuses: %+v", s.Units)
	}
	if counts["on_time"] != s.OnTime || counts["late"] != s.Late || counts["not_submitted"] != s.NotSubmitted || len(s.Units) != s.Expected {
		t.Errorf("rows %v do not add up to %+v", counts, s)
	}
	d := f.digest("cum_391")
	if s.Submitted != d.Done || s.NotSubmitted != len(d.Missing) {
		t.Errorf("status %d/%d, the digest %d, %d missing", s.Submitted, s.Expected, d.Done, len(d.Missing))
	}
	for _, m := range d.Missing {
		if by[m.Code].Status != "not_submitted" || by[m.Code].SubmittedAt != nil {
			t.Errorf("%s is missing in the digest, %+v here", m.Code, by[m.Code])
		}
	}
}

func TestTablesComeAsCSVThatExcelOpensInVietnamese(t *testing.T) {
	f := newFixture(t, someReported)
	for _, c := range []struct {
		path   string
		header []string
	}{
		{"/api/v1/status.csv?form=thang&period=2026-11&unit=cum_391", nil},
		{"/api/v1/status?form=thang&period=2026-11&unit=cum_391", []string{"Accept", "text/csv"}},
	} {
		code, hd, body := f.get("cum_391", c.path, c.header...)
		if code != 200 || !strings.HasPrefix(hd.Get("Content-Type"), "text/csv") {
			t.Fatalf("%s: %d %s", c.path, code, hd.Get("Content-Type"))
		}
		if !bytes.HasPrefix(body, []byte("\xef\xbb\xbfunit,name,status,")) {
			t.Errorf("%s: starts %q", c.path, body[:min(40, len(body))])
		}
		if !strings.Contains(string(body), "15190,Xã Thạch Bình,late,") && !strings.Contains(string(body), ",late,") {
			t.Errorf("%s: no late row in\n%s", c.path, body)
		}
	}
	for _, path := range []string{"/api/v1/units.csv", "/api/v1/periods.csv?form=thang",
		"/api/v1/figures.csv?form=thang&period=2026-11", "/api/v1/submissions.csv?form=thang&period=2026-11&unit=15187"} {
		code, _, body := f.get("38", path)
		if code != 200 || !bytes.HasPrefix(body, []byte("\xef\xbb\xbf")) || bytes.Count(body, []byte("\r\n")) < 2 {
			t.Errorf("%s: %d %q", path, code, body[:min(80, len(body))])
		}
	}
	// A figure nobody reported is an empty cell, never 0.
	g := newFixture(t, func(int, *flows.Unit) bool { return false })
	_, _, body := g.get("38", "/api/v1/figures.csv?form=thang&period=2026-11&unit=cum_391")
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")))).ReadAll()
	if err != nil || len(rows) != 5 || rows[0][7] != "value" || rows[4][5] != "ty_le_truc_tuyen" || rows[4][11] != "true" {
		t.Fatalf("the figures' table (%v):\n%s", err, body)
	}
	for _, r := range rows[1:] {
		if r[7] != "" || r[4] != "0" || r[10] != "0" {
			t.Errorf("not reported shows as a figure: %v", r)
		}
	}
}

func TestTheUnitsCarryTheirErasAndClusters(t *testing.T) {
	f := newFixture(t, someReported)
	var u Units
	f.getJSON("cum_391", "/api/v1/units", &u)
	if u.Scope != "cum_391" || len(u.Units) != 6 || len(u.Clusters) != 1 || len(u.Clusters[0].Members) != 6 {
		t.Fatalf("cum_391 sees %d units, %+v", len(u.Units), u.Clusters)
	}
	if len(u.Eras) != 2 || u.Eras[0].Until == nil || *u.Eras[0].Until != "2025-07-01" || u.Eras[1].Until != nil {
		t.Errorf("eras %+v", u.Eras)
	}
	for _, x := range u.Units {
		if x.Code == "15250" {
			// New Xã Ngọc Trạo has old Xã Thành An's code: the API says so.
			found := false
			for _, o := range x.Formerly {
				found = found || o.Code == "15250" && o.Until == "2025-07-01"
			}
			if !found || x.Cluster != "cum_391" || x.ValidFrom == nil || *x.ValidFrom != "2025-07-01" {
				t.Errorf("15250: %+v", x)
			}
		}
	}
	var prov Units
	f.getJSON("38", "/api/v1/units", &prov)
	if len(prov.Units) != 167 || len(prov.Clusters) != 26 {
		t.Errorf("the province: %d units, %d clusters", len(prov.Units), len(prov.Clusters))
	}
}

func TestFormsAndPeriodsAreListed(t *testing.T) {
	f := newFixture(t, someReported)
	var forms struct{ Forms []Form }
	f.getJSON("15187", "/api/v1/forms", &forms)
	if len(forms.Forms) != len(f.app.Config.Forms) || forms.Forms[2].ID != "thang" {
		t.Fatalf("forms %+v", forms.Forms)
	}
	var ps struct{ Periods []Period }
	f.getJSON("15187", "/api/v1/periods?form=thang&n=3", &ps)
	if len(ps.Periods) != 3 || ps.Periods[0].Key != "2026-11" || ps.Periods[0].Deadline != "2026-12-20" || !ps.Periods[0].Open {
		t.Errorf("periods %+v", ps.Periods)
	}
	if code, _, _ := f.get("15187", "/api/v1/periods?form=thang&n=0"); code != http.StatusBadRequest {
		t.Errorf("n=0: %d", code)
	}
}
