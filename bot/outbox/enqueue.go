package outbox

import (
	"encoding/json"
	"fmt"

	"github.com/baocao/baocao/bot/channel"
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
