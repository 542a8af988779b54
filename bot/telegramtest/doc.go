// Package telegramtest is a strict fake of the Telegram Bot API for tests and
// benchmarks of the baocao bot.
//
// A Server listens on 127.0.0.1 and answers /bot<TOKEN>/<method> like
// api.telegram.org, so the real tgbotapi client talks to it unchanged. It
// plays the people on the other side: they send texts, commands, photos and
// stickers, press inline buttons, block the bot; the test then reads what
// the bot sent and how.
//
// # Strictness
//
// Every request is checked against the embedded official Bot API 10.1
// description (spec/botapi-10.1.json, MIT, see spec/LICENSE) before anything
// else, as a lenient fake hides bugs the real server will not forgive:
//
//   - an unknown method is 404 "Not Found", a wrong token 401 "Unauthorized";
//   - an unknown parameter, a missing required one, or a value of the wrong
//     type (Integer, Float, Boolean, "Integer or String", InputFile, arrays,
//     and JSON-serialized objects checked field by field, recursively, with
//     union types and their "type" discriminators) is 400 "Bad Request: ...";
//   - documented limits: text 1-4096 and caption 0-1024 characters after
//     entity parsing (UTF-16 units), well-formed HTML / MarkdownV2, parse_mode
//     one of MarkdownV2, HTML, Markdown, callback_data 1-64 bytes, exactly one
//     action per inline button, bot commands [a-z0-9_]{1,32} with a 1-256
//     character description, known sendChatAction actions;
//   - state: the chat must be known ("chat not found"), the message to edit,
//     delete or reply to must exist, an edit must change something ("message
//     is not modified"), a callback query is answered once, only one
//     getUpdates runs at a time (409 Conflict), no getUpdates while a webhook
//     is set.
//
// Every rejected request is kept: a test ends with
//
//	if v := srv.Violations(); len(v) > 0 { t.Fatalf("invalid requests: %+v", v) }
//
// Parameters removed from the documentation that Telegram still honours and
// tgbotapi v5.5.1 still sends (reply_to_message_id,
// allow_sending_without_reply, disable_web_page_preview, thumb) are accepted.
//
// getMe, getUpdates, sendMessage, sendPhoto, sendDocument, editMessageText,
// editMessageReplyMarkup, deleteMessage, answerCallbackQuery, setMyCommands,
// getMyCommands, deleteMyCommands, sendChatAction, setWebhook, deleteWebhook
// and getWebhookInfo behave like Telegram. Any other valid method answers
// true if the spec says it returns Boolean, otherwise 400 "Bad Request:
// method not supported by the fake server".
//
// Faults (Inject with TooManyRequests, Blocked, ServerError, Delay; Block)
// and rate limits (Options.GlobalPerSecond, PerChatPerSecond,
// GroupPerMinute) produce the same 429 and 403 answers as Telegram.
//
// # Example
//
//	srv := telegramtest.New(telegramtest.Options{})
//	defer srv.Close()
//	api, err := tgbotapi.NewBotAPIWithClient(srv.Token(), srv.Endpoint(), http.DefaultClient)
//	if err != nil { t.Fatal(err) }
//	go runBot(ctx, api) // the code under test
//
//	lan := telegramtest.User{ID: 42, FirstName: "Lan", LanguageCode: "vi"}
//	srv.SendText(lan, "/start")
//	msgs, err := srv.WaitMessages(ctx, lan.ID, 1)
//	if err != nil { t.Fatal(err) }
//	qid, err := srv.PressButton(lan, msgs[0].ID, msgs[0].Buttons[0][0].Data)
//	...
//	if len(srv.CallbacksUnanswered()) > 0 || len(srv.Violations()) > 0 { t.Fatal("...") }
package telegramtest
