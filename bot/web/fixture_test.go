package web

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// fixture is a district on the morning after the monthly deadline: a real
// store, the sample configuration, the bot and the web view on a local
// HTTP server, and a clock the test moves.
type fixture struct {
	t   testing.TB
	db  *store.DB
	app *bot.App
	srv *httptest.Server
	log *syncBuffer
	h   *Handler

	mu  sync.Mutex
	now time.Time
}

// syncBuffer is a log the server goroutines write to.
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

// The people of the fixture, by chat id.
const (
	chatDistrict = "lan"   // Nguyễn Thị Lan, supervises Huyện Thạch Thành (391)
	chatNorth    = "binh"  // supervises Kim Tân and Vân Du only
	chatSouth    = "cuong" // supervises Thành Tâm and Thành An only
	chatOfficer  = "hoa"   // officer of Thạch Lâm
)

// The monthly report of November 2026, due 20/12/2026.
const (
	formID   = "thang"
	periodID = "2026-11"
)

func newFixture(t testing.TB) *fixture {
	t.Helper()
	db, err := store.Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f := &fixture{t: t, db: db, now: time.Date(2026, 12, 21, 9, 30, 0, 0, locales.Zone), log: &syncBuffer{}}
	f.app = &bot.App{Store: db, Config: sample.MustNamed("thach-thanh"), Now: f.clock,
		Log: slog.New(slog.NewTextHandler(f.log, nil))}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { f.h.ServeHTTP(w, r) }))
	t.Cleanup(f.srv.Close)
	f.serveAt(f.srv.URL)
	f.seed()
	return f
}

// serveAt makes the web view and the /web links use publicURL, as
// `baocao serve --public-url` does.
func (f *fixture) serveAt(publicURL string) {
	f.app.PublicURL = publicURL
	f.h = New(Options{Store: f.db, Config: f.app.Config, Bot: bot.WebSide{App: f.app}, Now: f.clock, Log: f.app.Log, PublicURL: publicURL})
}

func (f *fixture) clock() time.Time { f.mu.Lock(); defer f.mu.Unlock(); return f.now }

func (f *fixture) advance(d time.Duration) { f.mu.Lock(); f.now = f.now.Add(d); f.mu.Unlock() }

// seed links the people and stores the reports: of the 24 communes, 6
// reported on time (one of them twice), 2 late, 1 has a draft, 2 have no
// officer, and the other 13 have an officer but nothing yet.
func (f *fixture) seed() {
	cfg := f.app.Config
	people := []struct {
		chat, name string
		links      []flows.Link
	}{
		{chatDistrict, "Nguyễn Thị Lan", []flows.Link{{Unit: "391", Role: flows.Supervisor}}},
		{chatNorth, "Trần Văn Bình", []flows.Link{{Unit: "15187", Role: flows.Supervisor}, {Unit: "15190", Role: flows.Supervisor}}},
		{chatSouth, "Lê Minh Cường", []flows.Link{{Unit: "15247", Role: flows.Supervisor}, {Unit: "15250", Role: flows.Supervisor}}},
	}
	noOfficer := map[string]bool{"15265": true, "15268": true}
	for _, u := range cfg.Units.Get("391").Leaves() {
		if noOfficer[u.Code] {
			continue
		}
		chat := "cb-" + u.Code
		if u.Code == "15196" {
			chat = chatOfficer
		}
		people = append(people, struct {
			chat, name string
			links      []flows.Link
		}{chat, "Cán bộ " + u.Name, []flows.Link{{Unit: u.Code, Role: flows.Officer}}})
	}
	onTime := map[string][2]float64{"15187": {420, 400}, "15190": {380, 150}, "15199": {200, 120}, "15202": {260, 200}, "15205": {90, 30}, "15247": {510, 480}}
	late := map[string][2]float64{"15208": {300, 90}, "15250": {150, 80}}
	err := f.db.Update(func(tx *store.Tx) error {
		for _, p := range people {
			person := &flows.Person{ID: "p-" + p.chat, Name: p.name, Lang: "vi", Links: p.links, CreatedAt: f.now.AddDate(0, -2, 0)}
			if err := tx.PutPerson(person); err != nil {
				return err
			}
			if err := tx.Link(store.Identity{Channel: "test", ChatID: p.chat}, person.ID); err != nil {
				return err
			}
		}
		put := func(unit string, v [2]float64, at time.Time, by string) error {
			tong, tt := v[0], v[1]
			yes := true
			ratio := tt / tong * 100
			return tx.PutSubmission(&flows.Submission{Form: formID, Period: periodID, Unit: unit, By: "p-cb-" + unit, ByName: by,
				At: at, Channel: "telegram", Answers: map[string]flows.Value{
					"tin_cds": {Num: ptr(12)}, "ho_so_dvc": {Num: &tong}, "ho_so_truc_tuyen": {Num: &tt},
					"ty_le_truc_tuyen": {Num: &ratio}, "co_hoat_dong": {Bool: &yes},
					"noi_dung": {Text: "Hội thi văn nghệ quần chúng chào mừng ngày Đại đoàn kết"}, "kien_nghi": {Skipped: true}}})
		}
		for unit, v := range onTime {
			if err := put(unit, v, time.Date(2026, 12, 15, 14, 0, 0, 0, locales.Zone), "Cán bộ "+cfg.Units.Get(unit).Name); err != nil {
				return err
			}
		}
		// Kim Tân corrected its figures after the deadline: still on time.
		if err := put("15187", [2]float64{420, 410}, time.Date(2026, 12, 21, 8, 0, 0, 0, locales.Zone), "Cán bộ Thị trấn Kim Tân"); err != nil {
			return err
		}
		for unit, v := range late {
			if err := put(unit, v, time.Date(2026, 12, 21, 8, 15, 0, 0, locales.Zone), "Cán bộ "+cfg.Units.Get(unit).Name); err != nil {
				return err
			}
		}
		// Thạch Lâm's officer has started the report.
		return tx.PutSession("p-"+chatOfficer, &flows.Session{Form: formID, Period: periodID, Unit: "15196", State: flows.Asking,
			Current: "ho_so_truc_tuyen", Answers: map[string]flows.Value{"tin_cds": {Num: ptr(5)}, "ho_so_dvc": {Num: ptr(60)}}})
	})
	if err != nil {
		f.t.Fatal(err)
	}
}

func ptr(v float64) *float64 { return &v }

var linkRe = regexp.MustCompile(`https?://\S+/web/l/[A-Za-z0-9_-]+`)

// say sends text in the chat as chat and returns the bot's replies.
func (f *fixture) say(chat, text string) []channel.Outgoing {
	f.t.Helper()
	in := channel.Incoming{Channel: "test", ChatID: chat, Name: chat, LangCode: "vi", Kind: channel.KindText, Text: text}
	if err := f.app.Handle(context.Background(), in, nil); err != nil {
		f.t.Fatal(err)
	}
	var out []channel.Outgoing
	err := f.db.Update(func(tx *store.Tx) error {
		for _, it := range tx.Outbox(1000) {
			var m channel.Outgoing
			if err := json.Unmarshal(it.Data, &m); err != nil {
				return err
			}
			out = append(out, m)
			if err := tx.Sent(it.Key); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		f.t.Fatal(err)
	}
	return out
}

// link asks for /web as chat and returns the one-time link of the answer.
func (f *fixture) link(chat string) string {
	f.t.Helper()
	for _, m := range f.say(chat, "/web") {
		if l := linkRe.FindString(m.Text); l != "" {
			return l
		}
	}
	f.t.Fatalf("no link in the answer to /web of %s", chat)
	return ""
}

// browser is an HTTP client with its own cookies, as one browser is.
type browser struct {
	t testing.TB
	c *http.Client
	f *fixture
}

func (f *fixture) browser() *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{t: f.t, f: f, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

type response struct {
	Status int
	Body   string
	Header http.Header
}

func (b *browser) do(req *http.Request) response {
	b.t.Helper()
	res, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return response{Status: res.StatusCode, Body: string(body), Header: res.Header}
}

func (b *browser) get(path string) response {
	b.t.Helper()
	req, _ := http.NewRequest("GET", b.abs(path), nil)
	return b.do(req)
}

// post sends a form as the page would: from the site's own origin.
func (b *browser) post(path string, form url.Values) response {
	b.t.Helper()
	return b.postFrom(b.f.srv.URL, path, form)
}

func (b *browser) postFrom(origin, path string, form url.Values) response {
	b.t.Helper()
	req, _ := http.NewRequest("POST", b.abs(path), strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if origin != "" {
		req.Header.Set("Origin", origin)
	}
	return b.do(req)
}

func (b *browser) abs(path string) string {
	if strings.HasPrefix(path, "http") {
		return path
	}
	return b.f.srv.URL + path
}

// open follows a one-time link as a person does: the page, then its button.
func (b *browser) open(link string) response {
	b.t.Helper()
	page := b.get(link)
	if page.Status != http.StatusOK {
		return page
	}
	i := strings.LastIndex(link, "/")
	res := b.post(link[:i], url.Values{"t": {link[i+1:]}})
	if res.Status == http.StatusSeeOther {
		return b.get(res.Header.Get("Location"))
	}
	return res
}

var csrfRe = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrf is the token of the forms of the page last shown.
func csrf(t testing.TB, page string) string {
	t.Helper()
	m := csrfRe.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no CSRF token on the page")
	}
	return m[1]
}
