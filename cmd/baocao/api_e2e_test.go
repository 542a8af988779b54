package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"

	"github.com/baocao/baocao/bot/telegramtest"
)

// The read-only API on the real binary: the operator makes tokens while
// the bot runs (through its admin socket), a cluster's figures change
// after one commune reports in the chat, and a call without a token, with
// a wrong one or outside the token's cluster is refused.
func TestTheAPIEndToEnd(t *testing.T) {
	bin := buildBinary(t)
	srv := telegramtest.New(telegramtest.Options{})
	defer srv.Close()
	data, addr := t.TempDir(), freeAddr(t)
	base := "http://" + addr
	officer := telegramtest.User{ID: 5151, FirstName: "Hoa", LanguageCode: "vi"}
	token := func(unit, name string) string {
		t.Helper()
		out, err := exec.Command(bin, "api", "token", "create", "--unit", unit, "--name", name, "--data", data).Output()
		if err != nil {
			t.Fatalf("api token create: %v\n%s", err, out)
		}
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		last := lines[len(lines)-1]
		if !strings.HasPrefix(last, "bcapi_") || strings.Contains(last, " ") || len(lines) < 2 {
			t.Fatalf("the token is not alone on the last line:\n%s", out)
		}
		return last
	}
	// A token made before the bot runs (from the data file), and one while
	// it runs (through its admin socket).
	other := token("cum_392", "Phòng VH-XH cụm 12")
	// Tỉnh Thanh Hóa, the default sample: Xã Kim Tân (15187) is in cum_391.
	cmd := exec.Command(bin, "serve", "--data", data, "--now", "2026-12-15 09:00", "--listen", addr, "--public-url", base)
	cmd.Env = append(os.Environ(), "TELEGRAM_BOT_TOKEN="+srv.Token(), "TELEGRAM_API_ENDPOINT="+srv.Endpoint(), "ZALO_BOT_TOKEN=", "TELEGRAM_WEBHOOK_SECRET=")
	bot := &botProcess{cmd: cmd, stderr: &bytes.Buffer{}}
	cmd.Stderr = bot.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	waitFor(t, "the webhook is registered", func() bool { url, _ := srv.Webhook(); return url != "" })

	cluster := token("cum_391", "HTTTBC tỉnh")

	get := func(secret, path string) (int, []byte) {
		t.Helper()
		req, _ := http.NewRequest("GET", base+path, nil)
		if secret != "" {
			req.Header.Set("Authorization", "Bearer "+secret)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, body
	}
	type figures struct {
		Submitted, Expected int
		Totals              []struct {
			ID    string
			Value *float64
		}
	}
	figuresOf := func() figures {
		t.Helper()
		code, body := get(cluster, "/api/v1/figures?form=thang&period=2026-11&unit=cum_391")
		var f figures
		if err := json.Unmarshal(body, &f); code != 200 || err != nil {
			t.Fatalf("figures: %d %v %s", code, err, body)
		}
		return f
	}
	before := figuresOf()
	if before.Submitted != 0 || before.Expected != 6 || before.Totals[0].Value != nil {
		t.Errorf("before any report: %+v", before)
	}

	// One commune of the cluster reports November in the chat.
	say := func(text, want string) telegramtest.Message {
		t.Helper()
		from := len(srv.Messages(officer.ID))
		srv.SendText(officer, text)
		var found telegramtest.Message
		waitFor(t, "a reply to "+text+" containing "+want, func() bool {
			msgs := srv.Messages(officer.ID)
			for _, m := range msgs[min(from, len(msgs)):] {
				if strings.Contains(m.Text, want) {
					found = m
					return true
				}
			}
			return false
		})
		return found
	}
	say("/start "+inviteCodeIn(t, bin, data, "15187"), "Kim Tân")
	say("/baocao thang 2026-11", "[1/6]")
	say("12", "[2/6]")
	say("200", "[3/6]")
	say("150", "[4/6]")
	say("có", "[5/6]")
	say("Văn nghệ", "[6/6]")
	review := say("bỏ qua", "kiểm tra lại trước khi nộp")
	from := len(srv.Messages(officer.ID))
	if _, err := srv.PressButton(officer, review.ID, review.Buttons[0][0].Data); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the confirmation", func() bool {
		for _, m := range srv.Messages(officer.ID)[from:] {
			if strings.Contains(m.Text, "Đã nhận") {
				return true
			}
		}
		return false
	})

	after := figuresOf()
	want := map[string]float64{"tin_cds": 12, "ho_so_dvc": 200, "ho_so_truc_tuyen": 150, "ty_le_truc_tuyen": 75}
	if after.Submitted != 1 || after.Expected != 6 || len(after.Totals) != len(want) {
		t.Errorf("after one report: %+v", after)
	}
	for _, x := range after.Totals {
		if x.Value == nil || *x.Value != want[x.ID] {
			t.Errorf("%s: %v, want %v", x.ID, x.Value, want[x.ID])
		}
	}

	// Refusals.
	for _, c := range []struct {
		secret, path string
		status       int
	}{
		{"", "/api/v1/figures?form=thang&period=2026-11&unit=cum_391", 401},
		{"bcapi_wrong", "/api/v1/figures?form=thang&period=2026-11&unit=cum_391", 401},
		{other, "/api/v1/figures?form=thang&period=2026-11&unit=cum_391", 403},
		{cluster, "/api/v1/figures?form=thang&period=2026-11&unit=38", 403},
		{other, "/api/v1/figures?form=thang&period=2026-11&unit=cum_392", 200},
	} {
		code, body := get(c.secret, c.path)
		var e struct{ Error, Message string }
		json.Unmarshal(body, &e)
		if code != c.status || c.status != 200 && (e.Error == "" || e.Message == "") {
			t.Errorf("%s: %d %s, want %d", c.path, code, body, c.status)
		}
	}

	// The contract, without a token.
	code, body := get("", "/api/v1/openapi.json")
	var doc struct {
		OpenAPI string         `json:"openapi"`
		Paths   map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(body, &doc); code != 200 || err != nil || !strings.HasPrefix(doc.OpenAPI, "3.") || doc.Paths["/api/v1/figures"] == nil {
		t.Errorf("openapi.json: %d %v %.200s", code, err, body)
	}

	// Revoked while the bot runs: refused at once.
	out, err := exec.Command(bin, "api", "token", "list", "--data", data).Output()
	if err != nil || !strings.Contains(string(out), "HTTTBC tỉnh") || strings.Contains(string(out), cluster) {
		t.Fatalf("api token list: %v\n%s", err, out)
	}
	var id string
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "HTTTBC tỉnh") {
			id = strings.Fields(line)[0]
		}
	}
	if out, err := exec.Command(bin, "api", "token", "revoke", id, "--data", data).CombinedOutput(); err != nil {
		t.Fatalf("api token revoke: %v\n%s", err, out)
	}
	if code, _ := get(cluster, "/api/v1/forms"); code != 401 {
		t.Errorf("a revoked token: %d", code)
	}

	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("exit after SIGTERM: %v\n%s", err, bot.stderr)
	}
	for _, secret := range []string{cluster, other} {
		if strings.Contains(bot.stderr.String(), secret) {
			t.Error("the log holds an API token")
		}
	}
	out, err = exec.Command(bin, "audit", "--data", data).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "GET /api/v1/figures?form=thang&period=2026-11&unit=cum_391 200") {
		t.Errorf("the audit log has no API call: %v\n%s", err, out)
	}
}

// inviteCodeIn is an officer's invite code for unit of the default sample.
func inviteCodeIn(t *testing.T, bin, data, unit string) string {
	t.Helper()
	out, err := exec.Command(bin, "invite", "--unit", unit, "--role", "officer", "--data", data).CombinedOutput()
	if err != nil {
		t.Fatalf("invite: %v\n%s", err, out)
	}
	return strings.SplitN(strings.TrimSpace(string(out)), "\n", 2)[0]
}
