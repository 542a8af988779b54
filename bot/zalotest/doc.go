// Package zalotest is a strict fake of the Zalo Bot Platform API
// (bot-api.zaloplatforms.com) for tests and benchmarks of the baocao bot.
//
// A Server listens on 127.0.0.1 and answers POST /bot<TOKEN>/<method> with
// a JSON body, as the platform does (../shared/zalo/README.md condenses the
// official docs at https://bot.zaloplatforms.com/docs). It plays the people
// on the other side: they send texts, photos, stickers, voice notes and
// messages Zalo does not show to bots; the test then reads what the bot
// sent.
//
// # Strictness
//
// Every request is checked against the documented contract before
// anything else, since a lenient fake hides what the real platform refuses:
//
//   - an unknown method (sendDocument among them: Zalo bots cannot send
//     files) is 404; a wrong token 401; anything but a POST with a JSON
//     object body is 400;
//   - an unknown parameter (reply_markup too: Zalo has no buttons), a
//     missing required one, a value of the wrong JSON type, a text outside
//     1–2000 characters, a caption over 2000, a parse_mode other than
//     markdown or html, an action other than typing, a webhook secret
//     outside 8–256 characters, a webhook or photo URL that is not https
//     (loopback http is allowed, for tests) is 400;
//   - state: a chat must have written to the bot before it can be sent to,
//     getUpdates fails while a webhook is set, and a photo URL must answer
//     200 with an image the fake can decode (it fetches it, as Zalo does).
//
// Every rejected request is recorded; a test ends with
//
//	if v := srv.Violations(); len(v) > 0 { t.Fatalf("invalid requests: %+v", v) }
//
// Deliberate refusals (injected faults, a chat that blocked the bot) are
// counted, not recorded as violations. Calls lists the valid requests with
// every parameter, for courier-style tables of what an Outgoing becomes.
//
// # Receiving
//
// Without a webhook, updates wait in a queue and each getUpdates hands out
// exactly one, with no offset and no acknowledgement: an update handed out
// is gone, as on the platform. After setWebhook, the fake POSTs each update
// to the URL with the X-Bot-Api-Secret-Token header, one at a time and in
// order, and delivers it again after a pause while the bot answers anything
// but 2xx (the platform does not document its retries; a bot must be
// correct either way). Redeliver sends a delivered update once more, to
// test that handling is idempotent on message_id.
//
// # Shapes
//
// The platform's docs and what it was seen to send in 2026 differ. By
// default the fake sends the documented shape; with Options.Captured (or
// SetCaptured, while it runs) it sends the captured one: the webhook body
// without its {ok, result} wrapper, message_type on every message
// (CHAT_PHOTO, CHAT_VOICE…), a photo's address as photo_url. Voice notes
// are real ADTS AAC (VoiceNote). Either way media links stop answering
// after ExpireMedia, groups can be written in (SendInGroup), and Probe
// sends the empty request seen once. Tests run both shapes.
//
// What the fake shares with bot/telegramtest (the fault queue, the webhook
// request) lives in bot/internal/fakeapi.
package zalotest
