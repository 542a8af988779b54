package bot

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

func TestTheSupervisorLearnsThatAnOfficersMessagesDoNotGoThrough(t *testing.T) {
	db := mustOpen(t)
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	db.Update(func(tx *store.Tx) error {
		tx.PutPerson(&flows.Person{ID: "lan", Name: "Lan", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}}})
		tx.PutPerson(&flows.Person{ID: "minh", Name: "Minh", Lang: "vi", Links: []flows.Link{{Unit: "391", Role: flows.Supervisor}}})
		tx.PutPerson(&flows.Person{ID: "hoa", Name: "Hoa", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}}})
		tx.Link(store.Identity{Channel: "test", ChatID: "lan"}, "lan")
		tx.Link(store.Identity{Channel: "test", ChatID: "minh"}, "minh")
		return tx.Link(store.Identity{Channel: "test", ChatID: "hoa"}, "hoa")
	})
	app := &App{Store: db, Config: sample.MustNamed("thach-thanh"), Now: func() time.Time { return now }, Log: discardLogger()}
	since := now.Add(-15 * time.Minute)
	app.OutboxStalled("lan", since)
	app.OutboxStalled("lan", since) // reported again: told once
	var got []channel.Outgoing
	db.View(func(tx *store.Tx) error {
		for _, it := range tx.Outbox(10) {
			var o channel.Outgoing
			json.Unmarshal(it.Data, &o)
			got = append(got, o)
		}
		return nil
	})
	if len(got) != 1 || got[0].ChatID != "minh" {
		t.Fatalf("queued %+v; want one message to the supervisor", got)
	}
	if !strings.Contains(got[0].Text, "Lan") || !strings.Contains(got[0].Text, "08:45 20/12/2026") || !strings.Contains(got[0].Text, "Xã Thành Tâm") {
		t.Errorf("the supervisor reads %q", got[0].Text)
	}
}
