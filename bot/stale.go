package bot

// People linked to units that no longer exist (merged on 01/07/2025) are
// told once, politely, which unit took theirs and who will link them
// again. The operator is shown the same list at start (cmd/baocao).

import (
	"strings"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// staleKey marks that a person was told about one old link.
func staleKey(person, unit string) string { return "stale/" + person + "/" + unit }

// TellStale notifies, once each, the people linked to units the
// configuration no longer has, and returns the links found.
func (a *App) TellStale(now time.Time) ([]flows.StaleLink, error) {
	var stale []flows.StaleLink
	err := a.Store.Update(func(tx *store.Tx) error {
		people, err := tx.People()
		if err != nil {
			return err
		}
		stale = a.Config.StaleLinks(people)
		for _, s := range stale {
			fresh, err := tx.Mark(staleKey(s.Person.ID, s.Link.Unit), now)
			if err != nil {
				return err
			}
			if !fresh {
				continue // told before
			}
			var m locales.Msg
			code := staleUnit(a.Config, s)
			switch {
			case s.Successor == nil:
				m = locales.M("stale.gone", "unit", code)
			case len(s.Relinkers) == 0:
				m = locales.M("stale.notice_office", "unit", code, "new", s.Successor.Named())
			default:
				var names []string
				for _, p := range s.Relinkers {
					names = append(names, p.Name)
				}
				m = locales.M("stale.notice", "unit", code, "new", s.Successor.Named(), "who", locales.Plain(strings.Join(names, ", ")))
			}
			if err := notify(tx, s.Person, 1, m); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil && len(stale) > 0 && a.Wake != nil {
		a.Wake()
	}
	return stale, err
}

// staleUnit names the old unit of a stale link: its name of that era
// (old Xã Thành An, whose code new Xã Ngọc Trạo reuses) and its code.
func staleUnit(cfg *flows.Config, s flows.StaleLink) locales.Msg {
	code, until := flows.SplitRef(s.Link.Unit)
	if until.IsZero() {
		until = cfg.EraStart()
	}
	if u := cfg.OldUnit(code, until); u != nil && u.Name != "" {
		return locales.M("era.stale_unit", "name", u.Named(), "code", locales.Plain(code))
	}
	return locales.M("era.stale_code", "code", locales.Plain(code))
}
