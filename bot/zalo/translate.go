package zalo

import (
	"github.com/baocao/baocao/bot/channel"
)

// Translate maps an event to an Incoming; ok is false for what the bot
// does not act on (group chats, which are beta, and messages from bots).
// Stickers, voice notes, events without content and events of a kind not
// yet documented become "unsupported", answered politely.
func Translate(u *Update) (channel.Incoming, bool) {
	m := &u.Message
	if m.Chat.ID == "" || m.Chat.ChatType != "PRIVATE" || m.From.IsBot {
		return channel.Incoming{}, false
	}
	in := channel.Incoming{Channel: Name, ChatID: m.Chat.ID, Name: m.From.DisplayName, LangCode: "vi", MessageID: m.MessageID}
	switch u.EventName {
	case EventText:
		in.Kind, in.Text = channel.KindText, m.Text
		if m.Text == "" {
			in.Kind, in.What = channel.KindUnsupported, "other"
		}
	case EventImage:
		in.Kind, in.FileID = channel.KindPhoto, m.PhotoLink()
		if in.FileID == "" {
			in.Kind, in.What = channel.KindUnsupported, "other"
		}
	case EventSticker:
		in.Kind, in.What = channel.KindUnsupported, "sticker"
	case EventVoice:
		in.Kind, in.What = channel.KindUnsupported, "voice"
	default: // message.unsupported.received, and events added later
		in.Kind, in.What = channel.KindUnsupported, "other"
	}
	return in, true
}
