package telegramtest

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Documented value limits that the type system of the spec cannot express.

const (
	maxTextLen     = 4096
	maxCaptionLen  = 1024
	maxCallbackLen = 64
	maxAnswerLen   = 200
)

var (
	commandRe     = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)
	secretTokenRe = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)
)

var chatActions = map[string]bool{
	"typing": true, "upload_photo": true, "record_video": true, "upload_video": true,
	"record_voice": true, "upload_voice": true, "upload_document": true, "choose_sticker": true,
	"find_location": true, "record_video_note": true, "upload_video_note": true,
}

// typeRules run after an object passed the structural check of its type.
var typeRules = map[string]func(obj map[string]any, path string) error{
	"InlineKeyboardButton": func(obj map[string]any, path string) error {
		actions := 0
		for k := range obj {
			if k != "text" && k != "icon_custom_emoji_id" && k != "style" {
				actions++
			}
		}
		if actions != 1 {
			return badRequest("can't parse inline keyboard button: %s must have exactly one of url, callback_data, web_app, login_url, switch_inline_query*, copy_text, callback_game, pay (has %d)", path, actions)
		}
		if d, ok := obj["callback_data"].(string); ok && (len(d) < 1 || len(d) > maxCallbackLen) {
			return badRequest("BUTTON_DATA_INVALID (%s is %d bytes, allowed 1-%d)", path+".callback_data", len(d), maxCallbackLen)
		}
		if t, _ := obj["text"].(string); t == "" {
			return badRequest("can't parse inline keyboard button: %s.text is empty", path)
		}
		return nil
	},
	"KeyboardButton": func(obj map[string]any, path string) error {
		if t, _ := obj["text"].(string); t == "" {
			return badRequest("can't parse keyboard button: %s.text is empty", path)
		}
		return nil
	},
	"BotCommand": func(obj map[string]any, path string) error {
		c, _ := obj["command"].(string)
		if !commandRe.MatchString(c) {
			return badRequest("BOT_COMMAND_INVALID (%s.command %q: 1-32 chars of a-z, 0-9, _)", path, c)
		}
		d, _ := obj["description"].(string)
		if n := utf8.RuneCountInString(d); n < 1 || n > 256 {
			return badRequest("BOT_COMMAND_DESCRIPTION_INVALID (%s.description must be 1-256 characters)", path)
		}
		return nil
	},
}

// checkLimits enforces per-method value limits on already type-checked params.
// It returns the plain text (after entity parsing) of "text" or "caption".
func checkLimits(method string, params map[string]param) error {
	for name, p := range params {
		if name == "parse_mode" || strings.HasSuffix(name, "_parse_mode") {
			if _, ok := parseModeOf(p.value); !ok {
				return badRequest("unsupported parse_mode %q (use MarkdownV2, HTML or Markdown)", clip(p.value))
			}
		}
	}
	mode := params["parse_mode"].value
	switch method {
	case "sendMessage", "editMessageText":
		t, ok := params["text"]
		if !ok {
			if method == "editMessageText" {
				if _, rich := params["rich_message"]; rich {
					return nil
				}
			}
			return badRequest("message text is empty")
		}
		plain, err := plainText(t.value, mode)
		if err != nil {
			return err
		}
		n := textLen(plain)
		if n == 0 || strings.TrimSpace(plain) == "" {
			return badRequest("message text is empty")
		}
		if n > maxTextLen {
			return badRequest("message is too long (%d characters after entity parsing, limit %d)", n, maxTextLen)
		}
	case "answerCallbackQuery":
		if n := textLen(params["text"].value); n > maxAnswerLen {
			return badRequest("MESSAGE_TOO_LONG (callback answer text is %d characters, limit %d)", n, maxAnswerLen)
		}
	case "sendChatAction":
		if a := params["action"].value; !chatActions[a] {
			return badRequest("wrong parameter action in request")
		}
	case "setWebhook":
		if t, ok := params["secret_token"]; ok && !secretTokenRe.MatchString(t.value) {
			return badRequest("secret token contains unallowed characters (1-256 of A-Za-z0-9_-)")
		}
		if mc, ok := params["max_connections"]; ok {
			if n, _ := strconv.Atoi(mc.value); n < 1 || n > 100 {
				return badRequest("bad webhook: max_connections must be 1-100")
			}
		}
	case "setMyCommands":
		if strings.Count(params["commands"].value, `"command"`) > 100 {
			return badRequest("BOT_COMMANDS_TOO_MUCH")
		}
	}
	if c, ok := params["caption"]; ok {
		plain, err := plainText(c.value, mode)
		if err != nil {
			return err
		}
		if n := textLen(plain); n > maxCaptionLen {
			return badRequest("message caption is too long (%d characters, limit %d)", n, maxCaptionLen)
		}
	}
	return nil
}

// parseModeOf normalises a parse_mode; Telegram compares it case-insensitively.
func parseModeOf(v string) (string, bool) {
	switch strings.ToLower(v) {
	case "":
		return "", true
	case "markdownv2":
		return "MarkdownV2", true
	case "html":
		return "HTML", true
	case "markdown":
		return "Markdown", true
	}
	return "", false
}

// textLen counts UTF-16 code units, as Telegram does.
func textLen(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}
