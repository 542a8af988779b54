// Package telegram is the Telegram channel: a thin adapter between the Bot
// API (through github.com/go-telegram-bot-api/telegram-bot-api/v5) and the
// contract in bot/channel (Incoming, Outgoing, SendError); it imports no
// other baocao package.
//
// It runs its own long-polling loop instead of the library's
// GetUpdatesChan, which confirms updates before they are handled, has no
// context and panics when stopped twice. Here an update is confirmed (the
// next offset) only after its effects are committed: Poll starts from the
// offset it is given and hands each update with its id to a
// channel.Handler, which stores that offset in the same transaction as the
// update's effects; the next getUpdates confirms it to Telegram. After a
// restart the caller passes the stored offset again, so an update whose
// effects were committed is never handled twice.
//
// Updates are decoded one by one, so a malformed update is logged and
// skipped instead of wedging the loop. The token never appears in a log
// line or an error: every error leaving this package passes Redact.
package telegram
