package web

// A real browser: headless Chromium (Debian's chromium package, installed
// by .ci/run) driven with chromedp through the pages a supervisor uses.
// Without Chromium the test says so and skips. Set
// BAOCAO_WEB_SCREENSHOTS=/some/dir to keep the screenshots it takes.

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium finds the browser, or says why there is none.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("skipped: no Chromium on this machine (apt-get install chromium; .ci/run installs it)")
	return ""
}

// The widths the pages are looked at: a common phone and a desk monitor.
const (
	phoneWidth, phoneHeight = 390, 844
	deskWidth, deskHeight   = 1366, 900
)

func TestInARealBrowser(t *testing.T) {
	path := chromium(t)
	f := newFixture(t)
	shots := os.Getenv("BAOCAO_WEB_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox,
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.Flag("lang", "vi-VN"))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	browserCtx, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	if err := chromedp.Do(browserCtx); err != nil { // start the browser, untimed (see chromedp.Run)
		t.Skipf("skipped: Chromium at %s does not start: %v", path, err)
	}
	// Each person in a browser context of their own: separate cookies, as
	// separate computers.
	person := func() (context.Context, context.CancelFunc) {
		ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
		if err := chromedp.Do(ctx); err != nil {
			t.Fatal(err)
		}
		tctx, tcancel := context.WithTimeout(ctx, 60*time.Second)
		return tctx, func() { tcancel(); cancel() }
	}
	text := func(ctx context.Context, sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return strings.TrimSpace(s)
	}
	body := func(ctx context.Context) string { return text(ctx, "main") }
	at := func(ctx context.Context, w, h int64, mobile bool) {
		t.Helper()
		vopts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(1)}
		if mobile {
			vopts = []chromedp.EmulateViewportOption{chromedp.EmulateScale(2), chromedp.EmulateMobile, chromedp.EmulatePortrait}
		}
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(w, h, vopts...)); err != nil {
			t.Fatal(err)
		}
	}
	noSideScroll := func(ctx context.Context, what string) {
		t.Helper()
		widths, err := chromedp.Run(ctx, chromedp.Evaluate[[]int]("[document.documentElement.scrollWidth, document.documentElement.clientWidth]"))
		if err != nil {
			t.Fatal(err)
		}
		if widths[0] > widths[1] {
			t.Errorf("%s scrolls sideways at %d px: the page is %d px wide", what, widths[1], widths[0])
		} else {
			t.Logf("%s at %d px: no horizontal scroll (page %d px)", what, widths[1], widths[0])
		}
	}
	// shoot keeps what the screen shows first (NAME.png) and the whole
	// page (NAME-full.png).
	shoot := func(ctx context.Context, name string) {
		t.Helper()
		for suffix, a := range map[string]chromedp.Action[[]byte]{"": chromedp.CaptureScreenshot(), "-full": chromedp.FullScreenshot(100)} {
			png, err := chromedp.Run(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(shots, name+suffix+".png")
			if err := os.WriteFile(p, png, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("screenshot %s", p)
		}
	}
	open := func(ctx context.Context, link string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate(link), chromedp.Click(chromedp.CSS("#open")), chromedp.WaitVisible(chromedp.CSS("#summary"))); err != nil {
			t.Fatalf("opening %s: %v", link, err)
		}
	}

	// 1. The district supervisor opens the link from the chat.
	lan, closeLan := person()
	defer closeLan()
	at(lan, phoneWidth, phoneHeight, true)
	link := f.link(chatDistrict)
	open(lan, link)
	got := fmt.Sprintf("%s/%s reported: %s on time, %s late, %s draft, %s not started, %s without officer",
		text(lan, "#done"), text(lan, "#expected"), text(lan, "#n-ontime"), text(lan, "#n-late"), text(lan, "#n-draft"),
		text(lan, "#n-notstarted"), text(lan, "#n-noofficer"))
	if want := "8/24 reported: 6 on time, 2 late, 1 draft, 13 not started, 2 without officer"; got != want {
		t.Errorf("overview counts:\n got %s\nwant %s", got, want)
	} else {
		t.Logf("overview: %s", got)
	}
	noSideScroll(lan, "overview")
	shoot(lan, "web-overview-phone")
	at(lan, deskWidth, deskHeight, false)
	noSideScroll(lan, "overview (desk)")
	shoot(lan, "web-overview-desk")

	// The figures table and a unit's page, at both widths.
	if err := chromedp.Do(lan, chromedp.Navigate(f.srv.URL+"/web/bang?form=thang&period=2026-11&unit=391&sort=ty_le_truc_tuyen&dir=desc"),
		chromedp.WaitVisible(chromedp.CSS("#figures"))); err != nil {
		t.Fatal(err)
	}
	noSideScroll(lan, "figures (desk)")
	shoot(lan, "web-figures-desk")
	at(lan, phoneWidth, phoneHeight, true)
	noSideScroll(lan, "figures")
	if err := chromedp.Do(lan, chromedp.Navigate(f.srv.URL+"/web/don-vi/15187?form=thang&period=2026-11"),
		chromedp.WaitVisible(chromedp.CSS(".answers"))); err != nil {
		t.Fatal(err)
	}
	if b := body(lan); !strings.Contains(b, "Lần 2") || !strings.Contains(b, "Thị trấn Kim Tân") {
		t.Errorf("unit page:\n%s", b)
	}
	noSideScroll(lan, "unit page")
	shoot(lan, "web-unit-phone")
	at(lan, deskWidth, deskHeight, false)
	shoot(lan, "web-unit-desk")

	// A year report sent from Zalo with a photo and, at the difficulties
	// question, a voice note: the page shows the photo and plays the note.
	seedVoiceAndPhoto(t, f)
	at(lan, phoneWidth, phoneHeight, true)
	if err := chromedp.Do(lan, chromedp.Navigate(f.srv.URL+"/web/don-vi/15187?form=nam&period=2026"),
		chromedp.WaitVisible(chromedp.CSS("audio.voice"))); err != nil {
		t.Fatal(err)
	}
	if b := body(lan); !strings.Contains(b, "🎤 ghi âm 0:42") {
		t.Errorf("voice note's label:\n%s", b)
	}
	// The browser fetches the audio and reads its length from it.
	length, err := chromedp.Run(lan, chromedp.Evaluate[float64](`new Promise(ok => {
		const a = document.querySelector("audio.voice");
		if (a.readyState >= 1) { ok(a.duration); return; }
		a.addEventListener("loadedmetadata", () => ok(a.duration));
		a.addEventListener("error", () => ok(-1));
		a.load();
	})`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("voice note in the browser: %.1f s", length)
	if length < 41 || length > 43 {
		t.Errorf("the browser reads the voice note as %.1f s, want 42", length)
	}
	noSideScroll(lan, "unit page with a voice note")
	shoot(lan, "web-unit-voice-phone")

	// "Nhắc" asks first, then sends.
	at(lan, phoneWidth, phoneHeight, true)
	if err := chromedp.Do(lan, chromedp.Navigate(f.srv.URL+"/web/?form=thang&period=2026-11&unit=391"),
		chromedp.Click(chromedp.CSS(`li[data-unit="15196"] button`)), chromedp.WaitVisible(chromedp.CSS("#send"))); err != nil {
		t.Fatal(err)
	}
	if b := body(lan); !strings.Contains(b, "Xã Thạch Lâm") {
		t.Errorf("confirmation:\n%s", b)
	}
	shoot(lan, "web-remind-phone")
	if err := chromedp.Do(lan, chromedp.Click(chromedp.CSS("#send")), chromedp.WaitVisible(chromedp.CSS("#back"))); err != nil {
		t.Fatal(err)
	}
	if b := body(lan); !strings.Contains(b, "Đã gửi") {
		t.Errorf("after sending:\n%s", b)
	}

	// 2. A second person's link shows their units, never the first's.
	cuong, closeCuong := person()
	defer closeCuong()
	at(cuong, phoneWidth, phoneHeight, true)
	open(cuong, f.link(chatSouth))
	if b := body(cuong); !strings.Contains(b, "Xã Thành Tâm") || strings.Contains(b, "Kim Tân") || strings.Contains(b, "Thạch Lâm") {
		t.Errorf("the south supervisor's overview:\n%s", b)
	}
	if err := chromedp.Do(cuong, chromedp.Navigate(f.srv.URL+"/web/don-vi/15187")); err != nil {
		t.Fatal(err)
	}
	if b := body(cuong); !strings.Contains(b, "không thuộc phạm vi") {
		t.Errorf("another person's unit:\n%s", b)
	} else {
		t.Logf("second person: sees Thành Tâm, not Kim Tân or Thạch Lâm; Kim Tân's page: %q", lastLine(b))
	}

	// 3. The first link, replayed in another browser, is refused; so is
	// a link opened after it expired.
	eve, closeEve := person()
	defer closeEve()
	if err := chromedp.Do(eve, chromedp.Navigate(link), chromedp.WaitVisible(chromedp.CSS("main"))); err != nil {
		t.Fatal(err)
	}
	if b := body(eve); !strings.Contains(b, "đã được dùng") {
		t.Errorf("replayed link:\n%s", b)
	} else {
		t.Logf("replayed link: %q", lastLine(b))
	}
	late := f.link(chatNorth)
	f.advance(11 * time.Minute)
	if err := chromedp.Do(eve, chromedp.Navigate(late), chromedp.WaitVisible(chromedp.CSS("main"))); err != nil {
		t.Fatal(err)
	}
	if b := body(eve); !strings.Contains(b, "đã hết hạn") {
		t.Errorf("expired link:\n%s", b)
	} else {
		t.Logf("expired link: %q", lastLine(b))
	}
	if err := chromedp.Do(eve, chromedp.Navigate(f.srv.URL+"/web/")); err != nil {
		t.Fatal(err)
	}
	if b := body(eve); !strings.Contains(b, "đường dẫn nhận được khi gõ /web") {
		t.Errorf("no session:\n%s", b)
	}
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	return s[strings.LastIndex(s, "\n")+1:]
}
