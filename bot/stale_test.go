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

func TestPeopleOfMergedCommunesAreToldOnceWhoRelinksThem(t *testing.T) {
	db, err := store.Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, locales.Zone)
	app := &App{Store: db, Config: sample.Config(), Now: func() time.Time { return now }, Log: discardLogger()}
	err = db.Update(func(tx *store.Tx) error {
		for _, p := range []*flows.Person{
			{ID: "old", Name: "Cán bộ Xã Thạch Định", Links: []flows.Link{{Unit: "15214", Role: flows.Officer}}},
			{ID: "sup", Name: "Chị Lan", Links: []flows.Link{{Unit: "cum_391", Role: flows.Supervisor}}},
		} {
			if err := tx.PutPerson(p); err != nil {
				return err
			}
			if err := tx.Link(store.Identity{Channel: "test", ChatID: p.ID}, p.ID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for round := 1; round <= 2; round++ {
		stale, err := app.TellStale(now)
		if err != nil {
			t.Fatal(err)
		}
		if len(stale) != 1 || stale[0].Successor.Code != "15187" {
			t.Fatalf("round %d: %+v", round, stale)
		}
	}
	var texts []string
	db.View(func(tx *store.Tx) error {
		for _, it := range tx.Outbox(100) {
			var m channel.Outgoing
			if err := json.Unmarshal(it.Data, &m); err != nil {
				return err
			}
			texts = append(texts, m.Text)
		}
		return nil
	})
	if len(texts) != 1 || !strings.Contains(texts[0], "xã Kim Tân") || !strings.Contains(texts[0], "Chị Lan") {
		t.Errorf("told %d times: %q", len(texts), texts)
	}
}
