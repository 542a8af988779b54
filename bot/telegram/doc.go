// Package telegram is the Telegram channel: a thin adapter between the Bot
// API (through github.com/go-telegram-bot-api/telegram-bot-api/v5) and the
// bot's Incoming/Outgoing messages.
//
// It runs its own long-polling loop instead of the library's
// GetUpdatesChan, which confirms updates before they are handled, has no
// context and panics when stopped twice. Here an update is confirmed (the
// next offset) only after its effects are committed: the offset is stored
// in the same transaction (bot.Cursor), and the next getUpdates confirms it
// to Telegram. A crash between the two re-reads the update, finds the
// stored offset ahead of it and skips it.
//
// Updates are decoded one by one, so a malformed update is logged and
// skipped instead of wedging the loop. The token never appears in a log
// line or an error: every error leaving this package passes Redact.
package telegram
