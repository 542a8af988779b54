package reach

// One person, several channels: a person linked on Telegram and on Zalo
// gets reminders and digests on the chat they wrote from last, once.
// Linking counts as writing, so a new link takes over at once.

import (
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/store"
)

func lastKey(personID string) string { return "lastchat/" + personID }

// Used records the chat a person's message came from as their last.
func Used(tx *store.Tx, personID, ch, chat string) error {
	v := ch + ":" + chat
	if tx.Meta(lastKey(personID)) == v {
		return nil
	}
	return tx.SetMeta(lastKey(personID), v)
}

// UsedLast picks, among a person's identities, the one they used last;
// without a record (linked before this was kept) the first one.
func UsedLast(tx *store.Tx, personID string, ids []store.Identity) (store.Identity, bool) {
	if len(ids) == 0 {
		return store.Identity{}, false
	}
	last := tx.Meta(lastKey(personID))
	for _, id := range ids {
		if id.Channel+":"+id.ChatID == last {
			return id, true
		}
	}
	return ids[0], true
}

// Once records the id of a message from a channel that may deliver it
// twice (Zalo's webhook), in the transaction of its effects; it reports
// false for an id already handled, whose redelivery must change nothing.
func Once(tx *store.Tx, in channel.Incoming, now time.Time) (bool, error) {
	if in.MessageID == "" {
		return true, nil
	}
	return tx.Mark("seen/"+in.Channel+"/"+in.MessageID, now)
}
