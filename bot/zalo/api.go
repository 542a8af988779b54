package zalo

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/baocao/baocao/bot/channel"
)

// DefaultEndpoint is the platform's API host, as a format string of token
// and method, like TELEGRAM_API_ENDPOINT.
const DefaultEndpoint = "https://bot-api.zaloplatforms.com/bot%s/%s"

// MaxText is the platform's limit for a text and a caption, in characters.
const MaxText = 2000

// pollTimeout is how long getUpdates waits when there is nothing new.
const pollTimeout = 25 * time.Second

// APIError is an answer with "ok": false. Code is error_code (400 bad
// request, 401 bad token, 403 refused, 404 unknown method, 408 empty poll,
// 429 quota exceeded, 5xx the platform's trouble).
type APIError struct {
	Method      string
	Code        int
	Description string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("zalo %s: %d %s", e.Method, e.Code, e.Description)
}

// ErrUnauthorized means the platform rejected the token: retrying cannot help.
var ErrUnauthorized = errors.New("zalo rejected the bot token (401): check ZALO_BOT_TOKEN")

// Client makes Bot API calls. The token is part of every URL, so every
// error it returns has the token replaced by "<token>".
type Client struct {
	token    string
	endpoint string
	http     *http.Client
}

// NewClient checks endpoint (empty means the platform) and returns a client.
func NewClient(token, endpoint string, hc *http.Client) (*Client, error) {
	if endpoint == "" {
		endpoint = DefaultEndpoint
	}
	if strings.Count(endpoint, "%s") != 2 {
		return nil, fmt.Errorf("zalo.NewClient: ZALO_API_ENDPOINT must contain two %%s (token, method), e.g. http://127.0.0.1:8081/bot%%s/%%s")
	}
	if token == "" {
		return nil, fmt.Errorf("zalo.NewClient: no token")
	}
	if hc == nil {
		hc = &http.Client{Timeout: pollTimeout + 15*time.Second}
	}
	return &Client{token: token, endpoint: endpoint, http: hc}, nil
}

// redact removes the token from an error's text (Go's HTTP errors quote
// the URL, which holds it).
func (c *Client) redact(err error) error {
	if err == nil || !strings.Contains(err.Error(), c.token) {
		return err
	}
	return redacted{msg: strings.ReplaceAll(err.Error(), c.token, "<token>"), err: err}
}

type redacted struct {
	msg string
	err error
}

func (r redacted) Error() string { return r.msg }
func (r redacted) Unwrap() error { return r.err }

// call posts params as JSON to method and decodes the result into out (if
// not nil). A transport failure is returned as it is (redacted), an answer
// with "ok": false as *APIError.
func (c *Client) call(ctx context.Context, method string, params any, out any) error {
	if params == nil {
		params = struct{}{}
	}
	body, err := json.Marshal(params)
	if err != nil {
		return fmt.Errorf("zalo %s: %w", method, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, fmt.Sprintf(c.endpoint, c.token, method), bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("zalo %s: %w", method, c.redact(err))
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("zalo %s: %w", method, c.redact(err))
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	if err != nil {
		return fmt.Errorf("zalo %s: reading the answer: %w", method, c.redact(err))
	}
	var env struct {
		Ok          bool            `json:"ok"`
		Result      json.RawMessage `json:"result"`
		ErrorCode   int             `json:"error_code"`
		Description string          `json:"description"`
	}
	if err := json.Unmarshal(raw, &env); err != nil {
		// A proxy's HTML error page, say: classify by the HTTP status.
		return &APIError{Method: method, Code: resp.StatusCode, Description: "answer is not JSON (HTTP " + resp.Status + ")"}
	}
	if !env.Ok { // HTTP 200 alone is not success
		code := env.ErrorCode
		if code == 0 {
			code = resp.StatusCode
		}
		return &APIError{Method: method, Code: code, Description: env.Description}
	}
	if out != nil && len(env.Result) > 0 {
		if err := json.Unmarshal(env.Result, out); err != nil {
			return fmt.Errorf("zalo %s: unexpected result %.200s: %w", method, env.Result, err)
		}
	}
	return nil
}

// Me is getMe's result.
type Me struct {
	ID          string `json:"id"`
	AccountName string `json:"account_name"`
	AccountType string `json:"account_type"`
	// CanJoinGroups: whether people can add the bot to a group (bots on
	// the Zalo marketplace could not, in 2026). Logged at start; nil when
	// the platform does not say.
	CanJoinGroups *bool `json:"can_join_groups"`
}

// GetMe checks the token.
func (c *Client) GetMe(ctx context.Context) (*Me, error) {
	var me Me
	if err := c.call(ctx, "getMe", nil, &me); err != nil {
		if isCode(err, 401) {
			return nil, ErrUnauthorized
		}
		return nil, err
	}
	return &me, nil
}

// GetUpdates waits up to timeout for one update; it returns nil, nil when
// nothing came (the platform's 408). The raw result is returned with the
// decoded update so that a malformed one can be logged by size.
func (c *Client) GetUpdates(ctx context.Context, timeout time.Duration) (*Update, error) {
	var raw json.RawMessage
	err := c.call(ctx, "getUpdates", map[string]any{"timeout": int(timeout / time.Second)}, &raw)
	if isCode(err, 408) {
		return nil, nil
	}
	if isCode(err, 401) {
		return nil, ErrUnauthorized
	}
	if err != nil {
		return nil, err
	}
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	return ParseUpdate(raw)
}

// SetWebhook points the platform at url; every delivery will carry secret
// in the X-Bot-Api-Secret-Token header.
func (c *Client) SetWebhook(ctx context.Context, url, secret string) error {
	return c.call(ctx, "setWebhook", map[string]string{"url": url, "secret_token": secret}, nil)
}

// DeleteWebhook returns to getUpdates.
func (c *Client) DeleteWebhook(ctx context.Context) error {
	return c.call(ctx, "deleteWebhook", nil, nil)
}

// SendMessage sends one text of 1–2000 characters.
func (c *Client) SendMessage(ctx context.Context, chatID, text string) error {
	return c.call(ctx, "sendMessage", map[string]string{"chat_id": chatID, "text": text}, nil)
}

// SendPhoto sends the photo at url, which the platform fetches.
func (c *Client) SendPhoto(ctx context.Context, chatID, url, caption string) error {
	p := map[string]string{"chat_id": chatID, "photo": url}
	if caption != "" {
		p["caption"] = caption
	}
	return c.call(ctx, "sendPhoto", p, nil)
}

// SendTyping shows "typing…" in the chat.
func (c *Client) SendTyping(ctx context.Context, chatID string) error {
	return c.call(ctx, "sendChatAction", map[string]string{"chat_id": chatID, "action": "typing"}, nil)
}

func isCode(err error, code int) bool {
	var ae *APIError
	return errors.As(err, &ae) && ae.Code == code
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// ErrTooBig is Download's answer for a photo over the size allowed.
var ErrTooBig = channel.ErrPhotoTooBig

// Download fetches a photo a person sent, by the URL in its event, at most
// max bytes (more is ErrTooBig). The URL is the platform's (its CDN), not
// the API, so the token is not sent.
func (c *Client) Download(ctx context.Context, url string, max int) ([]byte, error) {
	if !strings.HasPrefix(url, "https://") && !strings.HasPrefix(url, "http://") {
		return nil, fmt.Errorf("zalo.Download: %q is not a URL", url)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("zalo.Download: %w", err)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("zalo.Download: %w", c.redact(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("zalo.Download: HTTP %s", resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, int64(max)+1))
	if err != nil {
		return nil, fmt.Errorf("zalo.Download: %w", err)
	}
	if len(data) > max {
		return nil, ErrTooBig
	}
	return data, nil
}
