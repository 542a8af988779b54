package zalotest

import (
	"bytes"
	"encoding/json"
	"image"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

type answer struct {
	Ok          bool            `json:"ok"`
	Result      json.RawMessage `json:"result"`
	ErrorCode   int             `json:"error_code"`
	Description string          `json:"description"`
}

// api posts body (a JSON string) to method with the server's token.
func api(t *testing.T, s *Server, method, body string) (int, answer) {
	t.Helper()
	return callWith(t, s.URL()+"/bot"+s.Token()+"/"+method, body)
}

func callWith(t *testing.T, url, body string) (int, answer) {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var a answer
	raw, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(raw, &a); err != nil {
		t.Fatalf("answer is not JSON: %s", raw)
	}
	if a.Ok != (resp.StatusCode == 200) || (!a.Ok && a.ErrorCode != resp.StatusCode) {
		t.Fatalf("envelope %s does not match status %d", raw, resp.StatusCode)
	}
	return resp.StatusCode, a
}

var lan = User{ID: "e4ea2cd5189df1c3a88c", Name: "Lan"}

func TestTheFakeRefusesWhatThePlatformRefuses(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	s.RegisterUser(lan)
	long := strings.Repeat("ạ", 2001)
	cases := []struct {
		name, method, body string
		code               int
	}{
		{"documents do not exist", "sendDocument", `{"chat_id":"e4ea2cd5189df1c3a88c","document":"x"}`, 404},
		{"method names are case-sensitive", "sendmessage", `{"chat_id":"e4ea2cd5189df1c3a88c","text":"a"}`, 404},
		{"no buttons", "sendMessage", `{"chat_id":"e4ea2cd5189df1c3a88c","text":"a","reply_markup":{"inline_keyboard":[]}}`, 400},
		{"missing text", "sendMessage", `{"chat_id":"e4ea2cd5189df1c3a88c"}`, 400},
		{"empty text", "sendMessage", `{"chat_id":"e4ea2cd5189df1c3a88c","text":""}`, 400},
		{"text over 2000", "sendMessage", `{"chat_id":"e4ea2cd5189df1c3a88c","text":"` + long + `"}`, 400},
		{"chat_id is a string", "sendMessage", `{"chat_id":42,"text":"a"}`, 400},
		{"unknown chat", "sendMessage", `{"chat_id":"nobody","text":"a"}`, 400},
		{"parse_mode", "sendMessage", `{"chat_id":"e4ea2cd5189df1c3a88c","text":"a","parse_mode":"MarkdownV2"}`, 400},
		{"not JSON", "sendMessage", `chat_id=1&text=a`, 400},
		{"typing only", "sendChatAction", `{"chat_id":"e4ea2cd5189df1c3a88c","action":"upload_document"}`, 400},
		{"short secret", "setWebhook", `{"url":"https://bot.example.gov.vn/zalo","secret_token":"short"}`, 400},
		{"secret required", "setWebhook", `{"url":"https://bot.example.gov.vn/zalo"}`, 400},
		{"https webhook", "setWebhook", `{"url":"http://bot.example.gov.vn/zalo","secret_token":"long-enough-secret"}`, 400},
		{"photo by URL", "sendPhoto", `{"chat_id":"e4ea2cd5189df1c3a88c","photo":"chart.png"}`, 400},
	}
	for i, c := range cases {
		code, a := api(t, s, c.method, c.body)
		if code != c.code || a.Ok {
			t.Errorf("%s: got %d %q, want %d", c.name, code, a.Description, c.code)
		}
		if n := len(s.Violations()); n != i+1 {
			t.Errorf("%s: %d violations recorded, want %d", c.name, n, i+1)
		}
	}
	if code, _ := callWith(t, s.URL()+"/botwrong:token/getMe", `{}`); code != 401 {
		t.Errorf("wrong token: %d, want 401", code)
	}
	resp, err := http.Get(s.URL() + "/bot" + s.Token() + "/getMe")
	if err != nil || resp.StatusCode != 400 {
		t.Errorf("GET: %v %v, want 400", err, resp)
	}
	if s.Stats().Sent != 0 {
		t.Errorf("refused requests sent %d messages", s.Stats().Sent)
	}
}

func TestTheFakeAcceptsWhatTheDocsShow(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	s.RegisterUser(lan)
	for _, c := range []struct{ method, body string }{
		{"getMe", `{}`},
		{"getMe", ``},
		{"sendMessage", `{"chat_id":"e4ea2cd5189df1c3a88c","text":"` + strings.Repeat("ạ", 2000) + `"}`},
		{"sendMessage", `{"chat_id":"e4ea2cd5189df1c3a88c","text":"đậm","text_styles":[{"start":0,"len":3,"st":"b"}]}`},
		{"sendChatAction", `{"chat_id":"e4ea2cd5189df1c3a88c","action":"typing"}`},
		{"sendSticker", `{"chat_id":"e4ea2cd5189df1c3a88c","sticker":"0e078a2fb66a5f34067b"}`},
		{"getWebhookInfo", `{}`},
	} {
		if code, a := api(t, s, c.method, c.body); code != 200 || !a.Ok {
			t.Errorf("%s %s: %d %s", c.method, c.body, code, a.Description)
		}
	}
	_, me := api(t, s, "getMe", `{}`)
	if !strings.Contains(string(me.Result), `"id":"1459232241454765289"`) {
		t.Errorf("getMe: %s", me.Result)
	}
	if v := s.Violations(); len(v) > 0 {
		t.Fatalf("violations: %+v", v)
	}
	if got := s.ChatActions(lan.ID); len(got) != 1 || got[0] != "typing" {
		t.Errorf("chat actions %v", got)
	}
	if n := len(s.Messages(lan.ID)); n != 3 {
		t.Errorf("%d messages, want 3", n)
	}
}

func TestGetUpdatesHandsOutOneUpdateAndForgetsIt(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	id1 := s.SendText(lan, "xin chào")
	s.SendSticker(lan)

	_, a := api(t, s, "getUpdates", `{"timeout":30}`)
	var u struct {
		EventName string `json:"event_name"`
		Message   struct {
			MessageID string                        `json:"message_id"`
			Text      string                        `json:"text"`
			Chat      struct{ ID, ChatType string } `json:"chat"`
			From      struct {
				ID          string `json:"id"`
				DisplayName string `json:"display_name"`
			} `json:"from"`
			Date int64 `json:"date"`
		} `json:"message"`
	}
	if err := json.Unmarshal(a.Result, &u); err != nil {
		t.Fatalf("result %s is not one update: %v", a.Result, err)
	}
	if u.EventName != "message.text.received" || u.Message.MessageID != id1 || u.Message.Text != "xin chào" ||
		u.Message.From.DisplayName != "Lan" || u.Message.Date < time.Now().Add(-time.Minute).UnixMilli() {
		t.Errorf("update %s", a.Result)
	}
	_, a = api(t, s, "getUpdates", `{"timeout":"30"}`) // the table says string
	if !strings.Contains(string(a.Result), "message.sticker.received") {
		t.Errorf("second poll: %s", a.Result)
	}
	start := time.Now()
	code, a := api(t, s, "getUpdates", `{"timeout":0.2}`)
	if code != 408 || a.Ok || time.Since(start) < 150*time.Millisecond {
		t.Errorf("empty poll: %d %+v after %v, want 408 after the timeout", code, a, time.Since(start))
	}
	if v := s.Violations(); len(v) > 0 {
		t.Fatalf("violations: %+v", v)
	}
	// A poll that waits is answered as soon as something arrives.
	go func() { time.Sleep(50 * time.Millisecond); s.SendText(lan, "muộn") }()
	if _, a := api(t, s, "getUpdates", `{}`); !strings.Contains(string(a.Result), "muộn") {
		t.Errorf("long poll: %s", a.Result)
	}
}

func TestWebhookDeliversWithTheSecretAndRedeliversUntil2xx(t *testing.T) {
	s := New(Options{RedeliverAfter: 10 * time.Millisecond})
	defer s.Close()
	var mu sync.Mutex
	var got []string
	fails := 2
	bot := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		defer mu.Unlock()
		if r.Header.Get(SecretHeader) != "secret-of-the-bot" {
			w.WriteHeader(403)
			return
		}
		got = append(got, string(body))
		if fails > 0 {
			fails--
			w.WriteHeader(500)
			return
		}
	}))
	defer bot.Close()
	if code, a := api(t, s, "setWebhook", `{"url":"`+bot.URL+`/zalo","secret_token":"secret-of-the-bot"}`); code != 200 || !strings.Contains(string(a.Result), "updated_at") {
		t.Fatalf("setWebhook: %d %s", code, a.Description)
	}
	if code, _ := api(t, s, "getUpdates", `{"timeout":0}`); code != 400 {
		t.Errorf("getUpdates with a webhook set: %d, want 400", code)
	}
	id := s.SendText(lan, "một")
	ctx, cancel := contextFor(5 * time.Second)
	defer cancel()
	if err := s.WaitDelivered(ctx); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	if len(got) != 3 || !strings.HasPrefix(got[0], `{"ok":true,"result":{"event_name":"message.text.received"`) || got[0] != got[2] {
		t.Errorf("deliveries %q", got)
	}
	mu.Unlock()
	ds := s.Deliveries()
	if len(ds) != 3 || ds[0].Status != 500 || ds[2].Status != 200 || ds[2].MessageID != id {
		t.Errorf("delivery log %+v", ds)
	}
	if !s.Redeliver(id) {
		t.Fatal("Redeliver did not find the update")
	}
	if err := s.WaitDelivered(ctx); err != nil {
		t.Fatal(err)
	}
	if code, _ := s.Forge(lan, "/start", "wrong-secret"); code != 403 {
		t.Errorf("forged delivery: %d", code)
	}
	mu.Lock()
	if len(got) != 4 {
		t.Errorf("%d deliveries after Redeliver, want 4", len(got))
	}
	mu.Unlock()
	if v := s.Violations(); len(v) > 1 { // the getUpdates above
		t.Fatalf("violations: %+v", v)
	}
}

func TestSendPhotoFetchesTheURLAndChecksItIsAnImage(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	s.RegisterUser(lan)
	var pngBytes bytes.Buffer
	png.Encode(&pngBytes, image.NewGray(image.Rect(0, 0, 8, 8)))
	files := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/chart.png":
			w.Header().Set("Content-Type", "image/png")
			w.Write(pngBytes.Bytes())
		case "/lie.png":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("<html>not a chart</html>"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer files.Close()
	code, a := api(t, s, "sendPhoto", `{"chat_id":"`+lan.ID+`","photo":"`+files.URL+`/chart.png","caption":"Biểu đồ"}`)
	if code != 200 || !strings.Contains(string(a.Result), "message_id") {
		t.Fatalf("sendPhoto: %d %s", code, a.Description)
	}
	m := s.Messages(lan.ID)[0]
	if m.PhotoType != "image/png" || !bytes.Equal(m.PhotoData, pngBytes.Bytes()) || m.Caption != "Biểu đồ" {
		t.Errorf("photo %+v", m)
	}
	for _, path := range []string{"/lie.png", "/gone.png"} {
		if code, _ := api(t, s, "sendPhoto", `{"chat_id":"`+lan.ID+`","photo":"`+files.URL+path+`"}`); code != 400 {
			t.Errorf("%s: %d, want 400", path, code)
		}
	}
	if n := len(s.Violations()); n != 2 {
		t.Errorf("%d violations, want 2", n)
	}
	// A photo a person sends can be downloaded by the bot.
	s.SendPhoto(lan, "ảnh hội diễn")
	_, up := api(t, s, "getUpdates", `{"timeout":0}`)
	var u struct {
		Message struct{ Photo, Caption string } `json:"message"`
	}
	json.Unmarshal(up.Result, &u)
	resp, err := http.Get(u.Message.Photo)
	if err != nil || resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "image/jpeg" || u.Message.Caption != "ảnh hội diễn" {
		t.Errorf("person's photo %q: %v %v", u.Message.Photo, err, resp)
	}
}

func TestFaultsAndBlockedChatsAreRefusalsNotViolations(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	s.RegisterUser(lan)
	s.Inject("sendMessage", TooManyRequests())
	s.Inject("sendMessage", ServerError().InChat(lan.ID))
	body := `{"chat_id":"` + lan.ID + `","text":"a"}`
	for _, want := range []int{429, 502, 200} {
		if code, _ := api(t, s, "sendMessage", body); code != want {
			t.Errorf("got %d, want %d", code, want)
		}
	}
	s.Block(lan)
	if code, _ := api(t, s, "sendMessage", body); code != 403 {
		t.Errorf("blocked: %d", code)
	}
	s.Unblock(lan)
	s.Inject("*", Delay(100*time.Millisecond))
	start := time.Now()
	if code, _ := api(t, s, "sendMessage", body); code != 200 || time.Since(start) < 100*time.Millisecond {
		t.Errorf("delay: %d after %v", code, time.Since(start))
	}
	st := s.Stats()
	if st.Throttled != 1 || st.Refused != 2 || st.Violations != 0 || st.Sent != 2 {
		t.Errorf("stats %+v", st)
	}
}
