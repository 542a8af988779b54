package zalotest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"unicode/utf16"
)

// The documented contract: each method's parameters, their JSON types and
// whether they are required, from the official API reference pages.

// Limits from the docs.
const (
	MaxText      = 2000 // sendMessage text: 1–2000 characters
	MaxCaption   = 2000 // sendPhoto caption
	MinSecret    = 8    // setWebhook secret_token: 8–256 characters
	MaxSecret    = 256
	DefaultPoll  = 30 // getUpdates timeout default, seconds
	SecretHeader = "X-Bot-Api-Secret-Token"
)

type kind int

const (
	kString      kind = iota // a JSON string
	kStringOrNum             // getUpdates timeout: the table says String, the example sends a number
	kTextStyles              // [{start, len, st}]
)

type paramSpec struct {
	name     string
	kind     kind
	required bool
}

type method struct {
	params []paramSpec
	handle func(*Server, *call) (any, error)
}

// call is one request that passed validation.
type call struct {
	ctx    context.Context
	method string
	params map[string]json.RawMessage
}

func (c *call) str(name string) string {
	var s string
	if err := json.Unmarshal(c.params[name], &s); err != nil {
		return strings.Trim(string(c.params[name]), `"`)
	}
	return s
}

func (c *call) has(name string) bool { _, ok := c.params[name]; return ok }

var chatID = paramSpec{"chat_id", kString, true}

var methods map[string]*method

func init() {
	methods = map[string]*method{
		"getMe":          {nil, (*Server).getMe},
		"getUpdates":     {[]paramSpec{{"timeout", kStringOrNum, false}}, (*Server).getUpdates},
		"setWebhook":     {[]paramSpec{{"url", kString, true}, {"secret_token", kString, true}}, (*Server).setWebhook},
		"deleteWebhook":  {nil, (*Server).deleteWebhook},
		"getWebhookInfo": {nil, (*Server).getWebhookInfo},
		"sendMessage": {[]paramSpec{chatID, {"text", kString, true}, {"parse_mode", kString, false},
			{"text_styles", kTextStyles, false}}, (*Server).sendMessage},
		"sendPhoto":      {[]paramSpec{chatID, {"photo", kString, true}, {"caption", kString, false}}, (*Server).sendPhoto},
		"sendSticker":    {[]paramSpec{chatID, {"sticker", kString, true}}, (*Server).sendSticker},
		"sendVoice":      {[]paramSpec{chatID, {"voice_url", kString, true}}, (*Server).sendVoice},
		"sendChatAction": {[]paramSpec{chatID, {"action", kString, true}}, (*Server).sendChatAction},
	}
}

// validate checks names, presence and JSON types, then the documented
// limits of the method's values.
func (m *method) validate(params map[string]json.RawMessage) error {
	known := map[string]paramSpec{}
	for _, p := range m.params {
		known[p.name] = p
	}
	var names []string
	for k := range params {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		p, ok := known[k]
		if !ok {
			return badRequest(fmt.Sprintf("unknown parameter %q", k))
		}
		if err := checkType(p, params[k]); err != nil {
			return err
		}
	}
	for _, p := range m.params {
		if _, ok := params[p.name]; p.required && !ok {
			return badRequest(fmt.Sprintf("parameter %q is required", p.name))
		}
	}
	return checkValues(params)
}

func checkType(p paramSpec, raw json.RawMessage) error {
	t := strings.TrimSpace(string(raw))
	wrong := badRequest(fmt.Sprintf("parameter %q has the wrong type", p.name))
	switch p.kind {
	case kString:
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return wrong
		}
	case kStringOrNum:
		var s string
		var n float64
		if json.Unmarshal(raw, &s) != nil && json.Unmarshal(raw, &n) != nil {
			return wrong
		}
	case kTextStyles:
		var styles []struct {
			Start *int    `json:"start"`
			Len   *int    `json:"len"`
			St    *string `json:"st"`
		}
		if !strings.HasPrefix(t, "[") || json.Unmarshal(raw, &styles) != nil {
			return wrong
		}
		for _, st := range styles {
			if st.Start == nil || st.Len == nil || st.St == nil || *st.Start < 0 || *st.Len < 1 {
				return badRequest("text_styles: each style needs start ≥ 0, len ≥ 1 and st")
			}
		}
	}
	return nil
}

// Units counts characters as the platform's text_styles do, in UTF-16
// units; every limit is checked in them, the stricter reading of
// "characters" for text outside the Basic Multilingual Plane (emoji).
func Units(s string) int { return len(utf16.Encode([]rune(s))) }

func str(params map[string]json.RawMessage, name string) (string, bool) {
	raw, ok := params[name]
	if !ok {
		return "", false
	}
	var s string
	_ = json.Unmarshal(raw, &s)
	return s, true
}

func checkValues(params map[string]json.RawMessage) error {
	if v, ok := str(params, "chat_id"); ok && strings.TrimSpace(v) == "" {
		return badRequest("chat_id is empty")
	}
	if v, ok := str(params, "text"); ok {
		if n := Units(v); n < 1 || n > MaxText {
			return badRequest(fmt.Sprintf("text must be 1-%d characters, got %d", MaxText, n))
		}
	}
	if v, ok := str(params, "caption"); ok && Units(v) > MaxCaption {
		return badRequest(fmt.Sprintf("caption must be at most %d characters, got %d", MaxCaption, Units(v)))
	}
	if v, ok := str(params, "parse_mode"); ok && v != "markdown" && v != "html" {
		return badRequest(fmt.Sprintf("parse_mode must be markdown or html, not %q", v))
	}
	if v, ok := str(params, "action"); ok && v != "typing" {
		// upload_photo is announced as "coming soon".
		return badRequest(fmt.Sprintf("action %q is not supported (only typing)", v))
	}
	if v, ok := str(params, "secret_token"); ok {
		if n := len([]rune(v)); n < MinSecret || n > MaxSecret {
			return badRequest(fmt.Sprintf("secret_token must be %d-%d characters, got %d", MinSecret, MaxSecret, n))
		}
	}
	for _, name := range []string{"url", "photo", "voice_url"} {
		if v, ok := str(params, name); ok {
			if err := checkURL(v); err != nil {
				return badRequest(fmt.Sprintf("%s: %v", name, err))
			}
		}
	}
	return nil
}

// checkURL requires https, as the platform does, except on the loopback
// interface, where tests run their servers without certificates.
func checkURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return fmt.Errorf("%q is not an absolute URL", raw)
	}
	if u.Scheme == "https" {
		return nil
	}
	h := u.Hostname()
	if u.Scheme == "http" && (h == "127.0.0.1" || h == "localhost" || h == "::1") {
		return nil
	}
	return fmt.Errorf("%q must be an https URL", raw)
}
