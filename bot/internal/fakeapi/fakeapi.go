// Package fakeapi is what the strict fakes of the chat platforms
// (bot/telegramtest, bot/zalotest) have in common, so that each fake is
// only its platform's contract: the queue of injected faults (an error
// answer, a delay, for some calls, in one chat or any) and the webhook
// request that delivers an update to the bot (a POST with the platform's
// secret header, given up when the fake closes).
package fakeapi

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"sync"
	"time"
)

// Faults is a queue of injected faults of a platform's type F. A fault
// matches a method ("*" for any) and a chat ("" for any); it hits a
// number of matching calls (negative: all of them) and then goes. Safe
// for concurrent use.
type Faults[F any] struct {
	mu    sync.Mutex
	rules []*rule[F]
}

type rule[F any] struct {
	method, chat string
	left         int // remaining hits; negative = forever
	f            F
}

// Add queues f for method and chat, hitting count calls (0 means 1).
func (q *Faults[F]) Add(method, chat string, count int, f F) {
	if count == 0 {
		count = 1
	}
	q.mu.Lock()
	q.rules = append(q.rules, &rule[F]{method: method, chat: chat, left: count, f: f})
	q.mu.Unlock()
}

// Clear removes every fault.
func (q *Faults[F]) Clear() {
	q.mu.Lock()
	q.rules = nil
	q.mu.Unlock()
}

// Take returns the first fault matching a call of method in chat, in the
// order injected, and counts the hit.
func (q *Faults[F]) Take(method, chat string) (F, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for i, r := range q.rules {
		if r.method != "*" && r.method != method {
			continue
		}
		if r.chat != "" && r.chat != chat {
			continue
		}
		if r.left > 0 {
			r.left--
			if r.left == 0 {
				q.rules = append(q.rules[:i:i], q.rules[i+1:]...)
			}
		}
		return r.f, true
	}
	var none F
	return none, false
}

// Hold waits d, or until ctx ends (the bot gave up the call).
func Hold(ctx context.Context, d time.Duration) {
	if d <= 0 {
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// Post makes one webhook request: body as JSON to url, with the secret in
// header when there is one. It is given up when closed closes (the fake is
// closing) or after timeout (0: none beyond the client's). It returns the
// bot's HTTP status.
func Post(client *http.Client, url, header, secret string, body []byte, timeout time.Duration, closed <-chan struct{}) (int, error) {
	ctx, cancel := context.WithCancel(context.Background())
	if timeout > 0 {
		ctx, cancel = context.WithTimeout(context.Background(), timeout)
	}
	defer cancel()
	go func() {
		select {
		case <-closed:
			cancel()
		case <-ctx.Done():
		}
	}()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set(header, secret)
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}
