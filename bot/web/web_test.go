package web

import (
	"bytes"
	"image"
	pngenc "image/png"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

var countRe = regexp.MustCompile(`id="(done|expected|n-[a-z]+)">(\d+)<`)

// counts reads the overview's figures by their ids.
func counts(page string) map[string]string {
	out := map[string]string{}
	for _, m := range countRe.FindAllStringSubmatch(page, -1) {
		out[m[1]] = m[2]
	}
	return out
}

func TestALinkFromTheChatOpensTheOverviewWithTheDigestsCounts(t *testing.T) {
	f := newFixture(t)
	link := f.link(chatDistrict)
	b := f.browser()
	landing := b.get(link)
	if landing.Status != 200 || !strings.Contains(landing.Body, "Mở trang theo dõi") {
		t.Fatalf("landing page: %d\n%s", landing.Status, landing.Body)
	}
	token := link[strings.LastIndex(link, "/")+1:]
	res := b.post("/web/l", url.Values{"t": {token}})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("opening: %d %s", res.Status, res.Body)
	}
	cookie := res.Header.Get("Set-Cookie")
	for _, want := range []string{CookieName + "=", "HttpOnly", "SameSite=Strict", "Path=/web"} {
		if !strings.Contains(cookie, want) {
			t.Errorf("cookie %q lacks %s", cookie, want)
		}
	}
	if strings.Contains(cookie, "Secure") {
		t.Errorf("a plain-http test server gets no Secure cookie: %q", cookie)
	}
	page := b.get("/web/")
	if page.Status != 200 {
		t.Fatalf("overview: %d\n%s", page.Status, page.Body)
	}
	got := counts(page.Body)
	want := map[string]string{"done": "8", "expected": "24", "n-ontime": "6", "n-late": "2", "n-draft": "1", "n-notstarted": "13", "n-noofficer": "2"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %s (all: %v)", k, got[k], v, got)
		}
	}
	// The same numbers as the digest /tonghop sends in the chat.
	var d flows.Digest
	f.db.View(func(tx *store.Tx) error {
		fm := f.app.Config.Form(formID)
		p, _ := fm.Period(periodID)
		var err error
		d, err = bot.WebSide{App: f.app}.Digest(tx, f.app.Config.Units.Get("391"), fm, p, f.clock())
		return err
	})
	if d.Done != 8 || d.OnTime != 6 || d.Expected != 24 {
		t.Errorf("digest: %d/%d, %d on time", d.Done, d.Expected, d.OnTime)
	}
	digest := f.say(chatDistrict, "/tonghop thang 2026-11")
	wantDigest := locales.Render(locales.VI, locales.M("digest.done", "done", 8, "expected", 24, "pct", locales.Percent(100.0/3),
		"ontime", 6, "late", 2, "deadline", locales.Date(d.Period.LastDeadlineDay())))
	if len(digest) == 0 || !strings.Contains(digest[0].Text, wantDigest) {
		t.Errorf("the chat's digest does not say %q:\n%+v", wantDigest, digest)
	}
	for _, name := range []string{"Thị trấn Kim Tân", "Xã Ngọc Trạo", "Đang nhập dở", "Chưa có cán bộ", "Nộp muộn", "hạn nộp 20/12/2026"} {
		if !strings.Contains(page.Body, name) {
			t.Errorf("overview lacks %q", name)
		}
	}
	if strings.Contains(f.log.String(), token) {
		t.Error("the link's token is in the log")
	}
}

func TestALinkOpensOnceAndNotAfterItExpires(t *testing.T) {
	f := newFixture(t)
	link := f.link(chatDistrict)
	if res := f.browser().open(link); res.Status != 200 {
		t.Fatalf("first use: %d", res.Status)
	}
	replay := f.browser().open(link)
	if replay.Status != http.StatusGone || !strings.Contains(replay.Body, "đã được dùng") {
		t.Errorf("replayed link: %d\n%s", replay.Status, replay.Body)
	}
	// The same POST replayed directly, without the landing page.
	token := link[strings.LastIndex(link, "/")+1:]
	if res := f.browser().post("/web/l", url.Values{"t": {token}}); res.Status != http.StatusGone {
		t.Errorf("replayed POST: %d", res.Status)
	}
	late := f.link(chatDistrict)
	f.advance(flows.WebLinkTTL + time.Second)
	res := f.browser().open(late)
	if res.Status != http.StatusGone || !strings.Contains(res.Body, "đã hết hạn") {
		t.Errorf("expired link: %d\n%s", res.Status, res.Body)
	}
	if res := f.browser().open(f.srv.URL + "/web/l/not-a-token"); res.Status != http.StatusNotFound {
		t.Errorf("made-up link: %d", res.Status)
	}
}

func TestASessionEndsAfterAWorkingDayOrOnWebThoat(t *testing.T) {
	f := newFixture(t)
	b := f.browser()
	b.open(f.link(chatDistrict))
	f.advance(flows.WebSessionTTL - time.Minute)
	if res := b.get("/web/"); res.Status != 200 {
		t.Fatalf("within the day: %d", res.Status)
	}
	f.advance(2 * time.Minute)
	if res := b.get("/web/"); res.Status != http.StatusUnauthorized || !strings.Contains(res.Body, "Phiên làm việc đã kết thúc") {
		t.Errorf("after the day: %d\n%s", res.Status, res.Body)
	}
	b2 := f.browser()
	b2.open(f.link(chatDistrict))
	reply := f.say(chatDistrict, "/web thoat")
	if len(reply) == 0 || !strings.Contains(reply[0].Text, "Đã đăng xuất") {
		t.Fatalf("/web thoat: %+v", reply)
	}
	if res := b2.get("/web/"); res.Status != http.StatusUnauthorized {
		t.Errorf("after /web thoat: %d", res.Status)
	}
}

func TestAPersonSeesOnlyTheirOwnUnits(t *testing.T) {
	f := newFixture(t)
	north, south := f.browser(), f.browser()
	north.open(f.link(chatNorth))
	south.open(f.link(chatSouth))
	page := south.get("/web/")
	if page.Status != 200 || !strings.Contains(page.Body, "Xã Thành Tâm") {
		t.Fatalf("south: %d\n%s", page.Status, page.Body)
	}
	if strings.Contains(page.Body, "Kim Tân") || strings.Contains(page.Body, "Huyện Thạch Thành") && strings.Contains(page.Body, "Xã Thạch Lâm") {
		t.Error("south's overview shows units that are not theirs")
	}
	for _, path := range []string{
		"/web/?unit=15187", "/web/?unit=391", "/web/don-vi/15187", "/web/bang?unit=391",
		"/web/tai/csv?unit=15187&form=thang&period=2026-11", "/web/tai/xlsx?unit=391", "/web/bieu-do/0?unit=15187",
	} {
		if res := south.get(path); res.Status != http.StatusForbidden {
			t.Errorf("south GET %s: %d, want 403", path, res.Status)
		}
	}
	if res := south.post("/web/nhac", url.Values{"csrf": {csrf(t, page.Body)}, "unit": {"15190"}}); res.Status != http.StatusForbidden {
		t.Errorf("south reminding north's unit: %d", res.Status)
	}
	if res := north.get("/web/don-vi/15187?form=thang&period=2026-11"); res.Status != 200 || !strings.Contains(res.Body, "Lần 2") {
		t.Errorf("north's own unit page: %d", res.Status)
	}
	// An officer has no /web; a stranger's browser has no session.
	if out := f.say(chatOfficer, "/web"); len(out) == 0 || linkRe.MatchString(out[0].Text) {
		t.Errorf("an officer got a link: %+v", out)
	}
	if res := f.browser().get("/web/"); res.Status != http.StatusUnauthorized {
		t.Errorf("no session: %d", res.Status)
	}
}

func TestChangesNeedTheTokenAndTheOrigin(t *testing.T) {
	f := newFixture(t)
	b := f.browser()
	page := b.open(f.link(chatDistrict))
	token := csrf(t, page.Body)
	form := url.Values{"csrf": {token}, "unit": {"15196"}}
	if res := b.post("/web/nhac", url.Values{"unit": {"15196"}}); res.Status != http.StatusForbidden {
		t.Errorf("no token: %d", res.Status)
	}
	if res := b.post("/web/nhac", url.Values{"csrf": {token + "x"}, "unit": {"15196"}}); res.Status != http.StatusForbidden {
		t.Errorf("wrong token: %d", res.Status)
	}
	if res := b.postFrom("https://evil.example", "/web/nhac", form); res.Status != http.StatusForbidden {
		t.Errorf("other origin: %d", res.Status)
	}
	if res := b.postFrom("https://evil.example", "/web/thoat", url.Values{"csrf": {token}}); res.Status != http.StatusForbidden {
		t.Errorf("sign-out from another origin: %d", res.Status)
	}
	if res := b.get("/web/"); res.Status != 200 {
		t.Errorf("the session survived: %d", res.Status)
	}
}

func TestNhacAsksThenRemindsOnce(t *testing.T) {
	f := newFixture(t)
	b := f.browser()
	page := b.open(f.link(chatDistrict))
	token := csrf(t, page.Body)
	ask := b.post("/web/nhac", url.Values{"csrf": {token}, "unit": {"15196"}})
	if ask.Status != 200 || !strings.Contains(ask.Body, "Xã Thạch Lâm") || !strings.Contains(ask.Body, `name="confirm"`) {
		t.Fatalf("confirmation: %d\n%s", ask.Status, ask.Body)
	}
	if out := f.say(chatOfficer, "/hanchot"); len(out) != 1 {
		t.Fatalf("nothing sent before the confirmation, got %d messages", len(out))
	}
	id := regexp.MustCompile(`name="confirm" value="([^"]+)"`).FindStringSubmatch(ask.Body)[1]
	send := url.Values{"csrf": {token}, "unit": {"15196"}, "confirm": {id}}
	sent := b.post("/web/nhac", send)
	if sent.Status != 200 || !strings.Contains(sent.Body, "Đã gửi") {
		t.Fatalf("sending: %d\n%s", sent.Status, sent.Body)
	}
	out := f.say(chatOfficer, "/hanchot")
	reminded := false
	for _, m := range out {
		if m.ChatID == chatOfficer && strings.Contains(m.Text, "Báo cáo hoạt động tháng") && !strings.Contains(m.Text, "Hạn nộp các báo cáo") {
			reminded = true
		}
	}
	if !reminded {
		t.Errorf("the officer got no reminder: %+v", out)
	}
	again := b.post("/web/nhac", send)
	if !strings.Contains(again.Body, locales.Render(locales.VI, locales.M("nhac.already"))) {
		t.Errorf("a replayed confirmation reminds again:\n%s", again.Body)
	}
}

func TestTheTableHasTheDigestsAndTheExportsTotals(t *testing.T) {
	f := newFixture(t)
	b := f.browser()
	b.open(f.link(chatDistrict))
	page := b.get("/web/bang?form=thang&period=2026-11&unit=391")
	if page.Status != 200 {
		t.Fatalf("%d\n%s", page.Status, page.Body)
	}
	// 2.010 + … online of 2.310 applications: the share of the summed parts.
	var total float64
	var num, den float64
	for _, v := range [][2]float64{{420, 410}, {380, 150}, {200, 120}, {260, 200}, {90, 30}, {510, 480}, {300, 90}, {150, 80}} {
		den += v[0]
		num += v[1]
	}
	total = num / den * 100
	want := locales.Value(locales.VI, flows.FormatFigure(f.app.Config.Form(formID).Question("ty_le_truc_tuyen"), total))
	foot := page.Body[strings.Index(page.Body, `id="total"`):]
	if !strings.Contains(foot, want) || !strings.Contains(foot, "1.560/2.310") {
		t.Errorf("total row lacks %s and 1.560/2.310:\n%s", want, foot[:min(len(foot), 600)])
	}
	csv := b.get("/web/tai/csv?form=thang&period=2026-11&unit=391")
	if csv.Status != 200 || !strings.Contains(csv.Header.Get("Content-Disposition"), "thang-2026-11-391.csv") {
		t.Fatalf("csv: %d %v", csv.Status, csv.Header)
	}
	// Sorted by the share, highest first: Kim Tân (97,6%) leads.
	sorted := b.get("/web/bang?form=thang&period=2026-11&unit=391&sort=ty_le_truc_tuyen&dir=desc")
	first := strings.Index(sorted.Body, `data-unit="15187"`)
	second := strings.Index(sorted.Body, `data-unit="15247"`)
	if first < 0 || second < 0 || first > second {
		t.Errorf("sorting: Kim Tân at %d, Thành Tâm at %d", first, second)
	}
	xlsx := b.get("/web/tai/xlsx?form=thang&period=2026-11&unit=391")
	if xlsx.Status != 200 || !strings.HasPrefix(xlsx.Body, "PK") {
		t.Errorf("xlsx: %d", xlsx.Status)
	}
	if res := b.get("/web/bieu-do?form=thang&period=2026-11&unit=391"); res.Status != 200 || !strings.Contains(res.Body, "/web/bieu-do/0?") {
		t.Errorf("charts page: %d", res.Status)
	}
	if res := b.get("/web/bieu-do/0?form=thang&period=2026-11&unit=391"); res.Status != 200 || res.Header.Get("Content-Type") != "image/png" {
		t.Errorf("chart: %d %s", res.Status, res.Header.Get("Content-Type"))
	}
}

func TestTheUnitPageAndEnglish(t *testing.T) {
	f := newFixture(t)
	b := f.browser()
	page := b.open(f.link(chatDistrict))
	unit := b.get("/web/don-vi/15187?form=thang&period=2026-11")
	for _, want := range []string{"Thị trấn Kim Tân", "Chỉ tiêu chính", `<table class="keyfigs"`, "Cùng kỳ năm trước", "Lần 1: 14:00 ngày 15/12/2026", "Lần 2: 08:00 ngày 21/12/2026", "bản hiện hành", "Hội thi văn nghệ quần chúng", "97,6%"} {
		if !strings.Contains(unit.Body, want) {
			t.Errorf("unit page lacks %q", want)
		}
	}
	// A page, not the chat's message: no emoji (empty boxes in a browser).
	for _, chat := range []string{"📊", "✅", "❌", "🏆", "•"} {
		if strings.Contains(unit.Body, chat) {
			t.Errorf("unit page shows the chat's %q", chat)
		}
	}
	res := b.post("/web/ngon-ngu", url.Values{"csrf": {csrf(t, page.Body)}, "lang": {"en"}, "back": {"/web/don-vi/15187?form=thang&period=2026-11"}})
	if res.Status != http.StatusSeeOther {
		t.Fatalf("switch: %d", res.Status)
	}
	en := b.get(res.Header.Get("Location"))
	for _, want := range []string{"Key indicators", "Version 2", "On time", "Tiếng Việt"} {
		if !strings.Contains(en.Body, want) {
			t.Errorf("English unit page lacks %q", want)
		}
	}
	if res := b.post("/web/ngon-ngu", url.Values{"csrf": {csrf(t, en.Body)}, "lang": {"vi"}, "back": {"//evil.example/"}}); res.Header.Get("Location") != "/web/" {
		t.Errorf("an outside 'back' is followed: %q", res.Header.Get("Location"))
	}
}

func TestBehindAProxyUnderAPath(t *testing.T) {
	f := newFixture(t)
	f.serveAt(f.srv.URL + "/baocao")
	link := f.link(chatDistrict)
	if !strings.HasPrefix(link, f.srv.URL+"/baocao/web/l/") {
		t.Fatalf("link %s", link)
	}
	b := f.browser()
	page := b.open(link)
	if page.Status != 200 || !strings.Contains(page.Body, `href="/baocao/web/bang?`) || !strings.Contains(page.Body, `action="/baocao/web/nhac"`) {
		t.Fatalf("overview under /baocao: %d\n%s", page.Status, page.Body)
	}
	if res := b.get("/web/"); res.Status != http.StatusNotFound && res.Status != http.StatusUnauthorized {
		t.Errorf("/web/ outside the prefix: %d", res.Status)
	}
}

func TestUnlockingALockedReportAsksFirst(t *testing.T) {
	f := newFixture(t)
	f.advance(12 * 24 * time.Hour) // 02/01/2027: November's report locked on 31/12
	b := f.browser()
	page := b.open(f.link(chatDistrict))
	unit := b.get("/web/don-vi/15187?form=thang&period=2026-11")
	if !strings.Contains(unit.Body, `id="unlock"`) {
		t.Fatalf("no unlock button on a locked report:\n%s", unit.Body)
	}
	form := url.Values{"csrf": {csrf(t, page.Body)}, "unit": {"15187"}, "form": {"thang"}, "period": {"2026-11"}}
	ask := b.post("/web/mo-khoa", form)
	if !strings.Contains(ask.Body, "Cho phép Thị trấn Kim Tân sửa") || !strings.Contains(ask.Body, `value="yes"`) {
		t.Fatalf("confirmation:\n%s", ask.Body)
	}
	form.Set("confirm", "yes")
	done := b.post("/web/mo-khoa", form)
	want := locales.Render(locales.VI, locales.M("unlock.done", "unit", locales.UnitName("Thị trấn Kim Tân"), "title", f.app.Config.Form("thang").Title,
		"period", mustPeriod(t, f, "2026-11").Label()))
	if !strings.Contains(done.Body, want) {
		t.Errorf("after unlocking, want %q in\n%s", want, done.Body)
	}
	// Another person's unit cannot be unlocked from the web either.
	south := f.browser()
	sp := south.open(f.link(chatSouth))
	form.Set("csrf", csrf(t, sp.Body))
	if res := south.post("/web/mo-khoa", form); res.Status != http.StatusForbidden {
		t.Errorf("south unlocking north's unit: %d", res.Status)
	}
}

func mustPeriod(t *testing.T, f *fixture, key string) flows.Period {
	p, err := f.app.Config.Form(formID).Period(key)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestTheOverviewGroupsUnitsByCluster(t *testing.T) {
	f := newFixture(t)
	_, districtYAML, _ := sample.Named("thach-thanh")
	yml := strings.Replace(string(districtYAML), "clusters: []",
		"clusters:\n  - {id: cum_bac, name: \"Cụm phía Bắc\", units: [\"15187\", \"15190\", \"15196\"]}", 1)
	cfg, err := flows.ParseConfig("cum.yaml", []byte(yml))
	if err != nil {
		t.Fatal(err)
	}
	f.app.Config = cfg
	f.serveAt(f.srv.URL)
	b := f.browser()
	page := b.open(f.link(chatDistrict)).Body
	cluster := strings.Index(page, "Cụm thi đua: Cụm phía Bắc")
	district := strings.Index(page, "<h2>Huyện Thạch Thành <small>6/21</small>")
	if cluster < 0 || district < 0 || cluster > district {
		t.Fatalf("cluster at %d, district at %d:\n%s", cluster, district, page)
	}
	if !strings.Contains(page[cluster:district], "<small>2/3</small>") || !strings.Contains(page[cluster:district], "Xã Thạch Lâm") {
		t.Errorf("the cluster's units:\n%s", page[cluster:district])
	}
	if got := counts(page); got["done"] != "8" || got["expected"] != "24" {
		t.Errorf("the totals do not depend on the grouping: %v", got)
	}
}

func TestEveryUnitsPageOpens(t *testing.T) {
	f := newFixture(t)
	b := f.browser()
	b.open(f.link(chatDistrict))
	for code, want := range map[string]string{"15196": "Đang nhập dở", "15265": "Chưa có cán bộ", "15211": "Chưa nộp", "15208": "Nộp muộn"} {
		res := b.get("/web/don-vi/" + code + "?form=thang&period=2026-11")
		if res.Status != 200 || !strings.Contains(res.Body, want) {
			t.Errorf("%s: %d, want %q", code, res.Status, want)
		}
	}
	// A district's "unit page" is its table; the year report's too.
	if res := b.get("/web/don-vi/391?form=nam&period=2026"); res.Status != http.StatusSeeOther {
		t.Errorf("district page: %d", res.Status)
	}
	if res := b.get("/web/bang?form=nam&period=2026&unit=391"); res.Status != 200 {
		t.Errorf("year table: %d", res.Status)
	}
	if res := b.get("/web/?form=nope&period=x"); res.Status != 200 {
		t.Errorf("an unknown form falls back to the one due first: %d", res.Status)
	}
	if res := b.get("/web/bieu-do/99?form=thang&period=2026-11&unit=391"); res.Status != http.StatusNotFound {
		t.Errorf("a chart that is not there: %d", res.Status)
	}
}

func TestTheWebViewsActionsAreInTheAuditLog(t *testing.T) {
	f := newFixture(t)
	b := f.browser()
	page := b.open(f.link(chatDistrict))
	b.get("/web/tai/xlsx?form=thang&period=2026-11&unit=391")
	ask := b.post("/web/nhac", url.Values{"csrf": {csrf(t, page.Body)}, "unit": {"15196"}})
	id := regexp.MustCompile(`name="confirm" value="([^"]+)"`).FindStringSubmatch(ask.Body)[1]
	b.post("/web/nhac", url.Values{"csrf": {csrf(t, page.Body)}, "unit": {"15196"}, "confirm": {id}})
	var got []string
	f.db.View(func(tx *store.Tx) error {
		entries, _, err := tx.AuditLog(f.clock().Add(-time.Hour), func(e store.AuditEntry) bool { return e.By == "p-"+chatDistrict }, 100)
		for _, e := range entries {
			got = append(got, e.Action+" "+e.Unit+" "+e.Detail)
		}
		return err
	})
	want := []string{"web  until 2026-12-21 19:30", "export 391 thang 2026-11 xlsx (web)", "remind 15196 1 units, 1 people"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("audit log:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestAPhotoTheStoreKeptIsShownOnTheUnitsPage(t *testing.T) {
	f := newFixture(t)
	img := image.NewRGBA(image.Rect(0, 0, 4, 3))
	var png bytes.Buffer
	if err := pngenc.Encode(&png, img); err != nil {
		t.Fatal(err)
	}
	err := f.db.Update(func(tx *store.Tx) error {
		if err := tx.PutPhoto("tg-photo-1", png.Bytes()); err != nil {
			return err
		}
		return tx.PutSubmission(&flows.Submission{Form: "nam", Period: "2026", Unit: "15187", By: "p-cb-15187", ByName: "Cán bộ Thị trấn Kim Tân",
			At: f.clock(), Channel: "telegram", Answers: map[string]flows.Value{"tong_ho": {Num: ptr(5000)}, "anh": {Text: "tg-photo-1"}}})
	})
	if err != nil {
		t.Fatal(err)
	}
	b := f.browser()
	b.open(f.link(chatDistrict))
	page := b.get("/web/don-vi/15187?form=nam&period=2026")
	m := regexp.MustCompile(`<img class="photo" src="([^"]+)"`).FindStringSubmatch(page.Body)
	if m == nil {
		t.Fatalf("no photo on the page:\n%s", page.Body)
	}
	src := strings.ReplaceAll(m[1], "&amp;", "&")
	res := b.get(src)
	if res.Status != 200 || res.Header.Get("Content-Type") != "image/png" || res.Body != png.String() {
		t.Errorf("photo: %d %s", res.Status, res.Header.Get("Content-Type"))
	}
	south := f.browser()
	south.open(f.link(chatSouth))
	if res := south.get(src); res.Status != http.StatusForbidden {
		t.Errorf("another supervisor's photo: %d", res.Status)
	}
}

func TestReopeningALockedPeriodAsksFirst(t *testing.T) {
	f := newFixture(t)
	f.advance(12 * 24 * time.Hour) // 02/01/2027: November's report locked on 31/12
	b := f.browser()
	b.open(f.link(chatDistrict))
	page := b.get("/web/?form=thang&period=2026-11&unit=391")
	if !strings.Contains(page.Body, `id="open-period"`) || strings.Contains(page.Body, "Nhắc 14") {
		t.Fatalf("a locked period offers reopening, not reminders:\n%s", page.Body)
	}
	form := url.Values{"csrf": {csrf(t, page.Body)}, "unit": {"391"}, "form": {"thang"}, "period": {"2026-11"}}
	ask := b.post("/web/mo-ky", form)
	if !strings.Contains(ask.Body, "Cho các đơn vị thuộc Huyện Thạch Thành chưa nộp") {
		t.Fatalf("confirmation:\n%s", ask.Body)
	}
	form.Set("confirm", "yes")
	done := b.post("/web/mo-ky", form)
	if done.Status != 200 || !strings.Contains(done.Body, "cho 16 đơn vị (Huyện Thạch Thành)") || strings.Contains(done.Body, `value="yes"`) {
		t.Errorf("after reopening:\n%s", done.Body)
	}
}
