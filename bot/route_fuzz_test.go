package bot

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// fuzzApp is an App on a real store with an officer ("o") and a supervisor
// ("s") of the sample district linked.
func fuzzApp(f *testing.F) (*App, *store.DB) {
	db, err := store.Open(f.TempDir(), time.Second)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { db.Close() })
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	db.Update(func(tx *store.Tx) error {
		tx.PutPerson(&flows.Person{ID: "o", Name: "Lan", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}}})
		tx.PutPerson(&flows.Person{ID: "s", Name: "Minh", Links: []flows.Link{{Unit: "391", Role: flows.Supervisor}}})
		tx.Link(store.Identity{Channel: "test", ChatID: "o"}, "o")
		return tx.Link(store.Identity{Channel: "test", ChatID: "s"}, "s")
	})
	return &App{Store: db, Config: sample.MustNamed("thach-thanh"), Now: func() time.Time { return now }, Log: discardLogger()}, db
}

// FuzzCommandsAndButtons sends arbitrary text and button data from an
// officer, a supervisor and a stranger: every message is handled without
// an error or a panic, and every reply queued is readable text.
func FuzzCommandsAndButtons(f *testing.F) {
	for _, s := range []string{
		"/baocao thang 2026-11", "/ketqua thang 2026-11 15247", "/tonghop thang 2026-11 391", "/sua thang 2026-11 15247 !",
		"/moi 15247 officer", "/nhac thang 2026-11", "/nhanh tin=1 hs=2", "/start TT-4F9K2Q", "/bieudo nam 2026",
		"/hanchot", "/ketqua thang 9999-99 x", "/" + strings.Repeat("a", 70), "/tonghop\x00", "/baocao  thang\t2026-11",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	app, db := fuzzApp(f)
	f.Fuzz(func(t *testing.T, text string, button bool) {
		for _, chat := range []string{"o", "s", "stranger"} {
			in := channel.Incoming{Channel: "test", ChatID: chat, Kind: channel.KindText, Text: text}
			if button {
				in = channel.Incoming{Channel: "test", ChatID: chat, Kind: channel.KindButton, Data: text, ButtonMessage: 1}
			}
			if err := app.Handle(context.Background(), in, nil); err != nil {
				t.Fatalf("%s %q: %v", chat, text, err)
			}
		}
		db.Update(func(tx *store.Tx) error {
			for _, it := range tx.Outbox(1000) {
				var o channel.Outgoing
				if err := json.Unmarshal(it.Data, &o); err != nil {
					t.Fatalf("unreadable outgoing: %v", err)
				}
				if strings.TrimSpace(o.Text) == "" && o.File == nil {
					t.Fatalf("an empty reply to %q", text)
				}
				if strings.Contains(o.Text, "{") && strings.Contains(o.Text, "}") && strings.Contains(o.Text, "%!") {
					t.Fatalf("a formatting leftover: %q", o.Text)
				}
				tx.Sent(it.Key)
			}
			// The drafts the fuzz opens would change what the next input means.
			tx.DeleteSession("o")
			tx.DeleteSession("s")
			return nil
		})
	})
}

// FuzzAdminRequest hands arbitrary bytes to the admin socket's request
// handling: an unreadable request gets an error answer, a readable one an
// answer; never a panic. A backup is kept inside the test's directory.
func FuzzAdminRequest(f *testing.F) {
	for _, s := range []string{
		`{"op":"invite","unit":"15247","role":"officer","ttl":3600000000000}`,
		`{"op":"invite","unit":"391","role":"admin","ttl_days":14}`,
		`{"op":"reminders","at":"2026-12-17T08:00:00+07:00","full":true}`,
		`{"op":"export","form":"thang","period":"2026-11","unit":"391","format":"csv","lang":"en"}`,
		`{"op":"backup","path":"x.db"}`, `{"op":"nope"}`, `{`, `[]`, `{"op":"invite","ttl":-1,"role":"god"}`,
	} {
		f.Add([]byte(s))
	}
	app, _ := fuzzApp(f)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, raw []byte) {
		var req admin.Request
		if err := json.Unmarshal(raw, &req); err != nil {
			return // serveAdminConn answers "unreadable request"
		}
		if req.Op == "backup" {
			req.Path = filepath.Join(dir, "backup.db")
		}
		resp := app.Admin(req)
		if resp.Error == "" && resp.Code == "" && resp.Text == "" && resp.File == nil && req.Op != "reminders" {
			t.Fatalf("an empty answer to %+v", req)
		}
		if !utf8.ValidString(resp.Error) {
			t.Fatalf("error text %q", resp.Error)
		}
	})
}
