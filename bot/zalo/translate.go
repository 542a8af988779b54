package zalo

import (
	"strings"

	"github.com/baocao/baocao/bot/channel"
)

// Translate maps an event to an Incoming; ok is false for what the bot
// does not act on (an event without a chat, a message from a bot). A
// message in a group chat comes in marked Group, so the app can tell the
// group once how to reach the bot privately. Stickers, events without
// content and events of a kind not yet documented become "unsupported",
// answered politely; a voice note is kept where a question asks for words.
func Translate(u *Update) (channel.Incoming, bool) {
	m := &u.Message
	if m.Chat.ID == "" || m.From.IsBot {
		return channel.Incoming{}, false
	}
	in := channel.Incoming{Channel: Name, ChatID: string(m.Chat.ID), Name: m.SenderName(), LangCode: "vi", MessageID: string(m.MessageID)}
	// Groups are beta; any other chat type (PRIVATE, none, one not seen
	// yet) is the 1-to-1 chat every capture shows.
	if strings.Contains(strings.ToUpper(m.Chat.ChatType), "GROUP") {
		in.Kind, in.Group = channel.KindUnsupported, true
		return in, true
	}
	switch u.kind() {
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
		in.Kind, in.FileID = channel.KindVoice, m.VoiceLink()
		if in.FileID == "" {
			in.Kind, in.What = channel.KindUnsupported, "voice"
		}
	default: // message.unsupported.received, and events added later
		in.Kind, in.What = channel.KindUnsupported, "other"
	}
	return in, true
}
