package bot

import (
	"bytes"
	"context"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/webhook"
	"github.com/baocao/baocao/bot/webhook/webhooktest"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// An officer sends November's report, then corrects it; the operator
// imports last year's figures: the receiver gets each, signed, by the
// same paths a deployment takes (the conversation, /sua, baocao figures
// import), and the operator's commands show and resend them. The secret
// is printed once and never logged.
func TestReportsRevisionsAndImportsReachTheReceiver(t *testing.T) {
	clock := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	now := func() time.Time { return clock }
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	db := mustOpen(t)
	a := &App{Store: db, Config: sample.MustNamed("thach-thanh"), Now: now, Log: log}
	r := webhooktest.New(t, now)
	hooks := &webhook.Driver{Store: db, Now: now, Log: log}
	ask := func(w admin.WebhooksArgs) admin.Response {
		t.Helper()
		resp := a.Admin(admin.Request{Op: "webhooks", Webhooks: &w, Lang: "vi", Operator: "vanthu"})
		if resp.Error != "" {
			t.Fatalf("webhooks %s: %s", w.Cmd, resp.Error)
		}
		return resp
	}
	added := ask(admin.WebhooksArgs{Cmd: "add", URL: r.URL()})
	secret := added.Code
	if len(secret) != 64 || strings.Contains(added.Text, secret) {
		t.Fatalf("add: secret %q, text %q", secret, added.Text)
	}
	r.SetSecret(secret)

	err := db.Update(func(tx *store.Tx) error {
		p := &flows.Person{ID: "p-hoa", Name: "Lê Thị Hoa", Lang: "vi", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}}}
		if err := tx.PutPerson(p); err != nil {
			return err
		}
		return tx.Link(store.Identity{Channel: "zalo", ChatID: "hoa"}, p.ID)
	})
	if err != nil {
		t.Fatal(err)
	}
	say := func(text string) {
		t.Helper()
		in := channel.Incoming{Channel: "zalo", ChatID: "hoa", Name: "Lê Thị Hoa", LangCode: "vi", Kind: channel.KindText, Text: text}
		if err := a.Handle(context.Background(), in, nil); err != nil {
			t.Fatal(err)
		}
	}
	say("/nhanh tin=12 hs=200 tt=150 hd=khong kien_nghi=Không")
	say("gửi")
	if _, err := hooks.Round(context.Background()); err != nil {
		t.Fatal(err)
	}
	clock = clock.Add(49 * time.Hour)
	say("/sua")
	say("sửa 1")
	say("13")
	say("gửi")
	if _, err := hooks.Round(context.Background()); err != nil {
		t.Fatal(err)
	}
	got := r.Delivered()
	if len(got) != 2 {
		t.Fatalf("%d deliveries, want the report and its revision", len(got))
	}
	first, second := got[0], got[1]
	if first.Body.Event != "submission" || first.Sub.Version != 1 || first.Sub.Answers["tin_cds"] != 12.0 ||
		first.Sub.Unit != "15247" || first.Sub.UnitName != "Xã Thành Tâm" || first.Sub.ByName != "Lê Thị Hoa" || first.Sub.Channel != "zalo" {
		t.Errorf("first: %+v %+v", first.Body, first.Sub)
	}
	if second.Body.Event != "revision" || second.Sub.Version != 2 || second.Sub.Answers["tin_cds"] != 13.0 || first.Delivery == second.Delivery {
		t.Errorf("revision: %+v %+v", second.Body, second.Sub)
	}

	// Last year's figures, imported from a sheet.
	cfg, f, p := importConfig(t)
	a.Config = cfg
	leaves := rootOf(cfg).Leaves()
	file := "Mã,tong_ho\n" + leaves[0].Code + ",3.000\n" + leaves[1].Code + ",4.165\n"
	if resp := a.AdminImport(adminImport("huyen-2024.csv", []byte(file), f.ID, p.Key, false, false)); resp.Error != "" {
		t.Fatal(resp.Error)
	}
	if _, err := hooks.Round(context.Background()); err != nil {
		t.Fatal(err)
	}
	got = r.Delivered()
	if len(got) != 4 {
		t.Fatalf("%d deliveries after the import, want 2 more", len(got))
	}
	for _, q := range got[2:] {
		if q.Body.Event != "import" || q.Sub.Imported == nil || q.Sub.Imported.File != "huyen-2024.csv" || q.Sub.Period != "2024" || q.Sub.Answers["tong_ho"] == nil {
			t.Errorf("import: %+v %+v", q.Body, q.Sub)
		}
	}

	list := ask(admin.WebhooksArgs{Cmd: "list"}).Text
	if !strings.Contains(list, r.URL()) || !strings.Contains(list, "đã nhận: 4") || strings.Contains(list, secret) {
		t.Errorf("list:\n%s", list)
	}
	logText := ask(admin.WebhooksArgs{Cmd: "log"}).Text
	if strings.Count(logText, "đã nhận (HTTP 200)") != 4 || !strings.Contains(logText, "revision  thang 2026-11 15247 Xã Thành Tâm bản 2") {
		t.Errorf("log:\n%s", logText)
	}
	resent := ask(admin.WebhooksArgs{Cmd: "resend", ID: first.Delivery}).Text
	if !strings.Contains(resent, "Đã xếp 1 lần gửi lại") {
		t.Errorf("resend: %s", resent)
	}
	if _, err := hooks.Round(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := r.Delivered(); len(got) != 5 || !got[4].Body.Resent || got[4].Sub.Version != 1 {
		t.Errorf("after resend: %d deliveries", len(got))
	}
	db.View(func(tx *store.Tx) error {
		entries, _, err := tx.AuditLog(time.Time{}, func(e store.AuditEntry) bool { return e.Action == webhook.AuditAction }, 10)
		if err != nil || len(entries) != 2 || !strings.HasPrefix(entries[0].Detail, "add wh_") || entries[1].Detail != "resend "+first.Delivery+" (1)" ||
			entries[0].ByName != "vanthu" || strings.Contains(entries[0].Detail, secret) {
			t.Errorf("audit: %+v, %v", entries, err)
		}
		return nil
	})
	rec := httptest.NewRecorder()
	MetricsHandler(a, nil, hooks).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	for _, want := range []string{`baocao_webhook_deliveries_total{outcome="delivered"} 5`, `baocao_webhook_deliveries_total{outcome="failed"} 0`, "baocao_webhook_queued 0"} {
		if !strings.Contains(rec.Body.String(), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if strings.Contains(logs.String(), secret) {
		t.Errorf("the secret is in the log:\n%s", logs.String())
	}
	if !strings.Contains(logs.String(), "webhook delivered") {
		t.Errorf("the log does not show the deliveries (so the check above proves nothing):\n%s", logs.String())
	}
}
