package public

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Links keeps files reachable at unguessable, expiring addresses: a chart
// that Zalo fetches for sendPhoto, an Excel export a person downloads from
// a chat app that cannot take files. The files are kept on disk, so a link
// sent before a restart still works after it until it expires.
type Links struct {
	dir  string
	srv  *Server
	now  func() time.Time
	rand io.Reader
	log  *slog.Logger
}

// linkPath is where links are served: /files/<token>/<name>.
const linkPath = "/files/"

// tokenRE is what a token looks like: 43 characters of base64url, 256
// random bits. Anything else is refused before the disk is touched.
var tokenRE = regexp.MustCompile(`^[A-Za-z0-9_-]{43}$`)

// NewLinks keeps its files in dir and mounts itself on srv. now is the
// clock (the bot's, so that tests and --now move expiry too).
func NewLinks(srv *Server, dir string, now func() time.Time, log *slog.Logger) (*Links, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("public.NewLinks: %w", err)
	}
	if now == nil {
		now = time.Now
	}
	l := &Links{dir: dir, srv: srv, now: now, rand: rand.Reader, log: log}
	srv.Handle("GET "+linkPath+"{token}/{name}", l)
	return l, nil
}

type linkMeta struct {
	Name    string    `json:"name"`
	Type    string    `json:"type"`
	Expires time.Time `json:"expires"`
}

// Publish stores data under a fresh token and returns its public URL,
// which works until the returned time and only for that file.
func (l *Links) Publish(name, contentType string, data []byte, ttl time.Duration) (string, time.Time, error) {
	b := make([]byte, 32)
	if _, err := io.ReadFull(l.rand, b); err != nil {
		return "", time.Time{}, fmt.Errorf("public.Publish: %w", err)
	}
	token := base64.RawURLEncoding.EncodeToString(b)
	name = safeName(name)
	if contentType == "" {
		contentType = mime.TypeByExtension(filepath.Ext(name))
	}
	meta := linkMeta{Name: name, Type: contentType, Expires: l.now().Add(ttl)}
	mb, _ := json.Marshal(meta)
	// The data first, the meta last: a link exists only once it is whole.
	if err := writeAtomic(filepath.Join(l.dir, token+".bin"), data); err != nil {
		return "", time.Time{}, fmt.Errorf("public.Publish: %w", err)
	}
	if err := writeAtomic(filepath.Join(l.dir, token+".json"), mb); err != nil {
		return "", time.Time{}, fmt.Errorf("public.Publish: %w", err)
	}
	return l.srv.URL(linkPath + token + "/" + url.PathEscape(name)), meta.Expires, nil
}

// ServeHTTP serves one file by token and exact name, if not expired.
func (l *Links) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	token, name := r.PathValue("token"), r.PathValue("name")
	if !tokenRE.MatchString(token) {
		http.NotFound(w, r)
		return
	}
	mb, err := os.ReadFile(filepath.Join(l.dir, token+".json"))
	var meta linkMeta
	if err != nil || json.Unmarshal(mb, &meta) != nil || meta.Name != name {
		http.NotFound(w, r)
		return
	}
	if !l.now().Before(meta.Expires) {
		l.remove(token)
		http.Error(w, "This link has expired.", http.StatusGone)
		return
	}
	data, err := os.ReadFile(filepath.Join(l.dir, token+".bin"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", meta.Type)
	h.Set("Content-Length", strconv.Itoa(len(data)))
	h.Set("Cache-Control", "private, no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	if !strings.HasPrefix(meta.Type, "image/") {
		h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": meta.Name}))
	}
	if r.Method != http.MethodHead {
		w.Write(data)
	}
}

// Sweep deletes expired files; the bot calls it now and then.
func (l *Links) Sweep() int {
	entries, err := os.ReadDir(l.dir)
	if err != nil {
		return 0
	}
	n := 0
	for _, e := range entries {
		token, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok || !tokenRE.MatchString(token) {
			continue
		}
		mb, err := os.ReadFile(filepath.Join(l.dir, e.Name()))
		var meta linkMeta
		if err == nil && json.Unmarshal(mb, &meta) == nil && l.now().Before(meta.Expires) {
			continue
		}
		l.remove(token)
		n++
	}
	return n
}

func (l *Links) remove(token string) {
	os.Remove(filepath.Join(l.dir, token+".json"))
	os.Remove(filepath.Join(l.dir, token+".bin"))
}

// safeName keeps a file name readable in a URL and a download dialog.
func safeName(name string) string {
	name = filepath.Base(strings.ReplaceAll(name, "\\", "/"))
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == '/' || r == '"' || r == 0x7f {
			return '_'
		}
		return r
	}, name)
	if name == "." || name == "" {
		name = "file"
	}
	return name
}

func writeAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
