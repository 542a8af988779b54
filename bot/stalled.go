package bot

import (
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// OutboxStalled tells the supervisors of a person's units that the bot's
// messages to them have not gone through since since (the outbox keeps
// retrying): they can reach the officer another way. Once per person and
// spell, marked in the store.
func (a *App) OutboxStalled(personID string, since time.Time) {
	if personID == "" {
		return
	}
	err := a.Store.Update(func(tx *store.Tx) error {
		first, err := tx.Mark("stalled/"+personID+"/"+since.UTC().Format(time.RFC3339), a.now())
		if err != nil || !first {
			return err
		}
		p, err := tx.Person(personID)
		if isNotFound(err) {
			return nil
		}
		if err != nil {
			return err
		}
		told := map[string]bool{personID: true}
		for _, l := range p.Links {
			u := a.Config.Units.Get(l.Unit)
			if u == nil {
				continue
			}
			for up := u; up != nil; up = up.Parent {
				sups, err := tx.LinkedTo(up.Code, flows.Supervisor, flows.Admin)
				if err != nil {
					return err
				}
				for _, s := range sups {
					if told[s.ID] || !flows.May(s, a.Config.Units, flows.Supervise, u) {
						continue
					}
					told[s.ID] = true
					m := locales.M("outbox.stalled_supervisor", "name", p.Name, "unit", u.Name, "since", locales.Plain(locales.FormatDateTime(since)))
					if err := notify(tx, s, store.PriorityReply, m); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		a.log().Error("telling supervisors of a stalled chat failed", "person", personID, "err", err)
		return
	}
	a.wake()
}
