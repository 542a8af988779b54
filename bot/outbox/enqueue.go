package outbox

import (
	"fmt"

	json "github.com/goccy/go-json"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// Enqueue queues a message in tx, to be sent after the commit.
func Enqueue(tx *store.Tx, p store.Priority, o channel.Outgoing) error {
	data, err := json.Marshal(o)
	if err != nil {
		return fmt.Errorf("outbox.Enqueue: %w", err)
	}
	return tx.Enqueue(p, data)
}

// Render renders a reply in lang for a chat, ready to enqueue.
func Render(ch, chat string, lang locales.Lang, rep flows.Reply) channel.Outgoing {
	o := channel.Outgoing{Channel: ch, ChatID: chat, Text: locales.Render(lang, rep.Msg)}
	for _, row := range rep.Buttons {
		var out []channel.OutButton
		for _, b := range row {
			out = append(out, channel.OutButton{Text: locales.Render(lang, b.Label), Data: b.Data})
		}
		o.Buttons = append(o.Buttons, out)
	}
	return o
}
