// Package bot is baocao's application layer: an incoming message becomes a
// state change and the replies it causes, written in one store transaction
// (App.Handle); the Outbox then sends those replies through the channels
// within their rate limits. Channels (bot/telegram, bot/console) are thin
// adapters that translate their wire format to Incoming and Outgoing and
// report failures as a *SendError.
package bot
