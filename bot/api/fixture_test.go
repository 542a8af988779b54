package api

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// fixture is Tỉnh Thanh Hóa (the sample configuration: 166 communes in
// 26 clusters) on the morning after the monthly report of November 2026
// was due: a real store, the API on a local server, tokens for the
// province, a cluster and a commune, and a clock the test sets.
type fixture struct {
	t   testing.TB
	db  *store.DB
	app *bot.App
	h   *Handler
	srv *httptest.Server
	log *syncBuffer

	mu  sync.Mutex
	now time.Time

	// secrets by the unit the token was made for
	tokens map[string]string
}

const (
	formID   = "thang"
	periodID = "2026-11"
	yearAgo  = "2025-11"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// reported decides which communes have reported November 2026: every one
// but each seventh, so that figures, ranks and "not reported" all show.
func someReported(i int, _ *flows.Unit) bool { return i%7 != 3 }

func allReported(int, *flows.Unit) bool { return true }

func newFixture(t testing.TB, reported func(int, *flows.Unit) bool) *fixture {
	t.Helper()
	db, err := store.Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f := &fixture{t: t, db: db, now: time.Date(2026, 12, 21, 9, 30, 0, 0, locales.Zone), log: &syncBuffer{}, tokens: map[string]string{}}
	f.app = &bot.App{Store: db, Config: sample.MustNamed("thanh-hoa"), Now: f.clock,
		Log: slog.New(slog.NewTextHandler(f.log, nil))}
	f.h = New(Options{Store: db, Config: f.app.Config, Bot: bot.WebSide{App: f.app}, Now: f.clock, Log: f.app.Log})
	f.srv = httptest.NewServer(f.h)
	t.Cleanup(f.srv.Close)
	f.seed(reported)
	for _, unit := range []string{"38", "cum_391", "cum_392", "15187"} {
		f.token(unit)
	}
	return f
}

func (f *fixture) clock() time.Time { f.mu.Lock(); defer f.mu.Unlock(); return f.now }

// token makes a token for unit as `baocao api token create` does.
func (f *fixture) token(unit string) string {
	f.t.Helper()
	var secret string
	err := f.db.Update(func(tx *store.Tx) error {
		var err error
		_, secret, err = CreateToken(tx, f.app.Config, unit, "HTTTBC "+unit, "cli", f.clock())
		return err
	})
	if err != nil {
		f.t.Fatal(err)
	}
	f.tokens[unit] = secret
	return secret
}

// answers are a commune's monthly figures, different for each commune and
// year, with the online share stored rounded as the session stores it.
func answers(i, year int) map[string]flows.Value {
	num := func(x float64) flows.Value { return flows.Value{Num: &x} }
	dvc := float64(60 + (i*37+year)%140)
	online := math.Floor(dvc * float64(35+(i*13+year)%60) / 100)
	share := math.Round(online/dvc*1000) / 10
	yes := i%4 != 0
	return map[string]flows.Value{
		"tin_cds": num(float64(2 + (i+year)%9)), "ho_so_dvc": num(dvc), "ho_so_truc_tuyen": num(online),
		"ty_le_truc_tuyen": num(share), "co_hoat_dong": {Bool: &yes}, "noi_dung": {Text: "Tuyên truyền chuyển đổi số"},
	}
}

// seed stores the reports: November 2026 from the communes reported picks
// (the first of cum_391 revised its report; one came late; one was
// imported), and November 2025 from every commune, for the change
// against a year before.
func (f *fixture) seed(reported func(int, *flows.Unit) bool) {
	cfg := f.app.Config
	form := cfg.Form(formID)
	p, _ := form.Period(periodID)
	ago, _ := form.Period(yearAgo)
	err := f.db.Update(func(tx *store.Tx) error {
		for i, u := range cfg.Units.Get("38").Leaves() {
			old := &flows.Submission{Form: formID, Period: yearAgo, Unit: u.Code, Answers: answers(i, 2025),
				By: "p" + u.Code, ByName: "Cán bộ " + u.Name, At: ago.Deadline.Add(-48 * time.Hour), Channel: "zalo"}
			if err := tx.PutSubmission(old); err != nil {
				return err
			}
			if !reported(i, u) {
				continue
			}
			s := &flows.Submission{Form: formID, Period: periodID, Unit: u.Code, Answers: answers(i, 2026),
				By: "p" + u.Code, ByName: "Cán bộ " + u.Name, At: p.Deadline.Add(-time.Duration(24+i) * time.Hour), Channel: "telegram"}
			switch u.Code {
			case "15190": // came a day late
				s.At, s.Late = p.Deadline.Add(20*time.Hour), true
			case "15199": // imported from the district's spreadsheet
				s.Imported = &flows.Imported{File: "thang-2026-11.xlsx", At: f.clock().Add(-time.Hour), By: "cli"}
				s.At, s.By, s.ByName, s.Channel = p.End, "cli", "", ""
			}
			if err := tx.PutSubmission(s); err != nil {
				return err
			}
			if u.Code == "15187" { // revised once
				again := *s
				again.Answers = answers(i+1, 2026)
				again.At = s.At.Add(3 * time.Hour)
				if err := tx.PutSubmission(&again); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		f.t.Fatal(err)
	}
}

// get calls the API with the token made for unit ("" for none) and
// returns the status, the headers and the body.
func (f *fixture) get(unit, path string, header ...string) (int, http.Header, []byte) {
	f.t.Helper()
	req, err := http.NewRequest("GET", f.srv.URL+path, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	if unit != "" {
		req.Header.Set("Authorization", "Bearer "+f.tokens[unit])
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		f.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		f.t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, body
}

// getJSON calls the API and decodes a 200's body into v.
func (f *fixture) getJSON(unit, path string, v any) {
	f.t.Helper()
	code, _, body := f.get(unit, path)
	if code != http.StatusOK {
		f.t.Fatalf("GET %s: %d %s", path, code, body)
	}
	if err := json.Unmarshal(body, v); err != nil {
		f.t.Fatalf("GET %s: %v in %s", path, err, body)
	}
}

// digest is /tonghop's digest of unit, computed as the chat computes it.
func (f *fixture) digest(unit string) flows.Digest {
	f.t.Helper()
	cfg := f.app.Config
	form := cfg.Form(formID)
	p, _ := form.Period(periodID)
	var d flows.Digest
	err := f.db.View(func(tx *store.Tx) error {
		var err error
		d, err = bot.WebSide{App: f.app}.Digest(tx, cfg.Units.Get(unit), form, p, f.clock())
		return err
	})
	if err != nil {
		f.t.Fatal(err)
	}
	return d
}
