package web

import (
	"bytes"
	"crypto/rand"
	"embed"
	"encoding/hex"
	"html/template"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

//go:embed templates/*.html templates/style.css
var files embed.FS

// page is what every template gets: the language, the title, the signed-in
// person's name and CSRF token (empty when not signed in), and the body.
type page struct {
	Base  string // the path the site is under, "" or "/baocao"
	Lang  locales.Lang
	Title string
	Who   string
	CSRF  string
	Path  string // the current path and query, to come back to after a switch
	Nav   *nav
	Body  any
}

// message is the body of a page that only says something.
type message struct {
	Text   string
	Detail string
}

func tr(lang locales.Lang, key string, kv ...any) string {
	return locales.Render(lang, locales.M(key, kv...))
}

var funcs = template.FuncMap{
	// t renders a catalog message: {{t $.Lang "web.key" "name" value}}.
	"t": func(lang locales.Lang, key string, kv ...any) string { return tr(lang, key, kv...) },
	// v formats a message argument (a number, a date, a Text) for lang.
	"v": func(lang locales.Lang, x any) string { return locales.Value(lang, x) },
	"q": func(pairs ...string) template.URL {
		vals := url.Values{}
		for i := 0; i+1 < len(pairs); i += 2 {
			if pairs[i+1] != "" {
				vals.Set(pairs[i], pairs[i+1])
			}
		}
		return template.URL(vals.Encode())
	},
	"pct": func(part, whole int) int {
		if whole == 0 {
			return 0
		}
		return part * 100 / whole
	},
	"dt":    func(t time.Time) locales.DateTime { return locales.DateTime(t) },
	"deref": func(b *bool) bool { return b != nil && *b },
	"inc":   func(i int) int { return i + 1 },
	"seq":   func(n int) []int { return make([]int, n) },
	"other": func(l locales.Lang) locales.Lang {
		if l == locales.EN {
			return locales.VI
		}
		return locales.EN
	},
}

var pages = map[string]*template.Template{}

func init() {
	base := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(files, "templates/layout.html"))
	for _, name := range []string{"link", "message", "overview", "figures", "unit", "charts", "remind", "unlock"} {
		t := template.Must(template.Must(base.Clone()).ParseFS(files, "templates/"+name+".html"))
		pages[name] = t
	}
}

// render writes a page; the HTML is built first, so a template error is a
// clean error page, not half a page.
func (h *Handler) render(w http.ResponseWriter, r *http.Request, status int, name string, p *page) {
	if p.Path == "" {
		p.Path = r.URL.RequestURI()
	}
	p.Base = h.base
	var b bytes.Buffer
	if err := pages[name].ExecuteTemplate(&b, "layout.html", p); err != nil {
		h.fail(w, r, p.Lang, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// refuse shows why a page cannot be shown, in lang, with status.
func (h *Handler) refuse(w http.ResponseWriter, r *http.Request, status int, lang locales.Lang, key string, kv ...any) {
	h.render(w, r, status, "message", &page{Lang: lang, Title: tr(lang, "web.refused_title"), Path: h.home(),
		Body: message{Text: tr(lang, key, kv...)}})
}

// fail logs an unexpected error under a reference and shows the person an
// apology with that reference, never the error.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, lang locales.Lang, err error) {
	b := make([]byte, 4)
	rand.Read(b)
	ref := hex.EncodeToString(b)
	h.log().Error("web: request failed", "ref", ref, "path", safePath(r), "err", err)
	var out bytes.Buffer
	p := &page{Base: h.base, Lang: lang, Title: tr(lang, "web.refused_title"), Path: h.home(), Body: message{Text: tr(lang, "web.error", "ref", locales.Plain(ref))}}
	if e := pages["message"].ExecuteTemplate(&out, "layout.html", p); e != nil {
		http.Error(w, tr(lang, "web.error", "ref", locales.Plain(ref)), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusInternalServerError)
	w.Write(out.Bytes())
}

// safePath is a request's path for the log, without a link's token.
func safePath(r *http.Request) string {
	if i := strings.Index(r.URL.Path, "/web/l/"); i >= 0 {
		return r.URL.Path[:i] + "/web/l/…"
	}
	return r.URL.Path
}

func serveCSS(w http.ResponseWriter, r *http.Request) {
	b, _ := files.ReadFile("templates/style.css")
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "max-age=3600")
	w.Write(b)
}
