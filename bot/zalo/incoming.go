package zalo

import (
	"log/slog"
	"sync"

	"github.com/baocao/baocao/bot/channel"
)

// unknownEvents remembers the event names not yet documented that were
// logged, so each is logged once per process, not once per delivery.
var unknownEvents sync.Map

// incoming translates an update for the app, the same way for the webhook
// and for getUpdates: a photo or voice note gets its Fetch (the link may
// expire, so it is fetched while the delivery is handled), the message
// says how to find the bot, and an event of a kind nobody documented is
// logged once (it is answered politely like any unsupported message).
func incoming(u *Update, c *Channel, log *slog.Logger) (channel.Incoming, bool) {
	in, ok := Translate(u)
	if !ok {
		return in, false
	}
	if !u.Known() {
		if _, seen := unknownEvents.LoadOrStore(u.EventName, true); !seen && log != nil {
			log.Warn("zalo: an event of a kind not documented, answered as unsupported", "event", u.EventName, "message_type", u.Message.MessageType)
		}
	}
	if c != nil {
		if in.Kind == channel.KindPhoto || in.Kind == channel.KindVoice {
			in.Fetch = c.fetcher(in.FileID)
		}
		if c.me != nil {
			in.BotName = c.me.AccountName
		}
	}
	return in, true
}
