package fakeapi

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestFaultsHitTheirCallsInOrderThenGo(t *testing.T) {
	var q Faults[string]
	q.Add("sendMessage", "", 2, "429")
	q.Add("*", "c1", -1, "403 in c1")
	hits := []string{}
	for _, call := range []struct{ method, chat string }{
		{"sendMessage", "c2"}, {"getMe", "c2"}, {"sendMessage", "c1"}, {"sendMessage", "c1"}, {"sendPhoto", "c1"}, {"sendPhoto", "c2"},
	} {
		f, ok := q.Take(call.method, call.chat)
		if !ok {
			f = "-"
		}
		hits = append(hits, f)
	}
	want := []string{"429", "-", "429", "403 in c1", "403 in c1", "-"}
	for i := range want {
		if hits[i] != want[i] {
			t.Fatalf("hits %q, want %q", hits, want)
		}
	}
	q.Clear()
	if _, ok := q.Take("sendPhoto", "c1"); ok {
		t.Error("a fault outlived Clear")
	}
}

func TestPostSendsTheSecretAndIsGivenUpOnClose(t *testing.T) {
	got := make(chan string, 1)
	block := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			<-block
			return
		}
		b, _ := io.ReadAll(r.Body)
		got <- r.Header.Get("X-Secret") + " " + r.Header.Get("Content-Type") + " " + string(b)
		w.WriteHeader(http.StatusAccepted)
	}))
	defer srv.Close()
	defer close(block)
	code, err := Post(srv.Client(), srv.URL, "X-Secret", "s3cret-value", []byte(`{"a":1}`), time.Second, nil)
	if err != nil || code != http.StatusAccepted || <-got != `s3cret-value application/json {"a":1}` {
		t.Fatalf("%d %v", code, err)
	}
	closed := make(chan struct{})
	done := make(chan error)
	go func() {
		_, err := Post(srv.Client(), srv.URL+"/slow", "X-Secret", "", nil, 0, closed)
		done <- err
	}()
	close(closed)
	select {
	case err := <-done:
		if err == nil {
			t.Error("a post given up reported success")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("closing did not give up the post")
	}
	Hold(context.Background(), time.Millisecond)
}
