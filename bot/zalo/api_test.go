package zalo

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/zalotest"
)

var lan = zalotest.User{ID: "e4ea2cd5189df1c3a88c", Name: "Lan"}

func newClient(t *testing.T, srv *zalotest.Server) *Client {
	t.Helper()
	c, err := NewClient(srv.Token(), srv.Endpoint(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func noViolations(t *testing.T, srv *zalotest.Server) {
	t.Helper()
	if v := srv.Violations(); len(v) > 0 {
		t.Fatalf("%d invalid requests, first: %+v", len(v), v[0])
	}
}

func TestTheClientSpeaksTheDocumentedAPI(t *testing.T) {
	srv := zalotest.New(zalotest.Options{})
	defer srv.Close()
	c := newClient(t, srv)
	ctx := context.Background()
	me, err := c.GetMe(ctx)
	if err != nil || me.ID != "1459232241454765289" {
		t.Fatalf("getMe: %+v %v", me, err)
	}
	id := srv.SendText(lan, "xin chào")
	u, err := c.GetUpdates(ctx, time.Second)
	if err != nil || u == nil || u.EventName != EventText || string(u.Message.MessageID) != id || u.Message.Text != "xin chào" ||
		string(u.Message.Chat.ID) != lan.ID || u.Message.From.DisplayName != "Lan" {
		t.Fatalf("getUpdates: %+v %v", u, err)
	}
	if u, err := c.GetUpdates(ctx, 0); u != nil || err != nil {
		t.Errorf("an empty poll: %+v %v, want nil, nil", u, err)
	}
	if err := c.SendTyping(ctx, lan.ID); err != nil {
		t.Error(err)
	}
	if err := c.SendMessage(ctx, lan.ID, "Chào anh/chị"); err != nil {
		t.Error(err)
	}
	if err := c.SetWebhook(ctx, "https://bot.example.gov.vn/zalo/webhook", "0123456789abcdef"); err != nil {
		t.Error(err)
	}
	if url, secret := srv.Webhook(); url != "https://bot.example.gov.vn/zalo/webhook" || secret != "0123456789abcdef" {
		t.Errorf("webhook %q %q", url, secret)
	}
	if err := c.DeleteWebhook(ctx); err != nil {
		t.Error(err)
	}
	noViolations(t, srv)
}

func TestFailuresAreClassifiedAndNeverShowTheToken(t *testing.T) {
	srv := zalotest.New(zalotest.Options{})
	defer srv.Close()
	srv.RegisterUser(lan)
	c := newClient(t, srv)
	ctx := context.Background()
	cases := []struct {
		fault zalotest.Fault
		want  channel.FailureKind
	}{
		{zalotest.TooManyRequests(), channel.Throttled},
		{zalotest.ServerError(), channel.Retryable},
		{zalotest.InternalError(), channel.Retryable},
		{zalotest.Forbidden(), channel.Stopped},
	}
	for _, tc := range cases {
		srv.Inject("sendMessage", tc.fault)
		err := c.SendMessage(ctx, lan.ID, "a")
		if se := classify(err); se.Kind != tc.want {
			t.Errorf("%d: %v classified %s, want %s", tc.fault.Code, err, se.Kind, tc.want)
		}
	}
	if se := classify(c.SendMessage(ctx, "a-chat-that-never-wrote", "a")); se.Kind != channel.Stopped {
		t.Errorf("unknown chat: %s", se.Kind)
	}
	if se := classify(c.SendMessage(ctx, lan.ID, strings.Repeat("a", 2001))); se.Kind != channel.Permanent {
		t.Errorf("too long: %s", se.Kind)
	}
	if se := classify(throttledFor(t)); se.Kind != channel.Throttled || se.RetryAfter <= 0 {
		t.Errorf("429 without retry_after: %+v", se)
	}

	bad, _ := NewClient("999:wrong-token-value", srv.Endpoint(), nil)
	if _, err := bad.GetMe(ctx); !errors.Is(err, ErrUnauthorized) || strings.Contains(err.Error(), "wrong-token-value") {
		t.Errorf("a wrong token: %v", err)
	}
	if se := classify(bad.SendMessage(ctx, lan.ID, "a")); se.Kind != channel.Permanent || strings.Contains(se.Error(), "wrong-token-value") {
		t.Errorf("401 on send: %+v", se)
	}

	// A network error quotes the URL, which holds the token.
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	down, _ := NewClient(srv.Token(), "http://"+addr+"/bot%s/%s", nil)
	err := down.SendMessage(ctx, lan.ID, "a")
	if se := classify(err); se.Kind != channel.Retryable {
		t.Errorf("network error: %s", se.Kind)
	}
	if err == nil || strings.Contains(err.Error(), srv.Token()) || !strings.Contains(err.Error(), "<token>") {
		t.Errorf("network error shows the token or hides the URL: %v", err)
	}
	if _, err := NewClient(srv.Token(), "http://127.0.0.1/bot/%s", nil); err == nil {
		t.Error("an endpoint with one verb was accepted")
	}
}

func throttledFor(t *testing.T) error {
	return &APIError{Method: "sendMessage", Code: 429, Description: "quota exceeded"}
}

func TestParseUpdateTakesBothBodyShapesAndRefusesJunk(t *testing.T) {
	for _, raw := range []string{
		`{"ok":true,"result":{"event_name":"message.text.received","message":{"message_id":"m1","text":"a","chat":{"id":"c","chat_type":"PRIVATE"}}}}`,
		`{"event_name":"message.text.received","message":{"message_id":"m1","text":"a","chat":{"id":"c","chat_type":"PRIVATE"}}}`,
	} {
		u, err := ParseUpdate([]byte(raw))
		if err != nil || u.Message.MessageID != "m1" || u.Message.Chat.ID != "c" {
			t.Errorf("%s: %+v %v", raw, u, err)
		}
	}
	for _, raw := range []string{``, `[]`, `"x"`, `{"ok":true,"result":{}}`, `{"message":{}}`} {
		if _, err := ParseUpdate([]byte(raw)); err == nil {
			t.Errorf("%q parsed", raw)
		}
	}
}
