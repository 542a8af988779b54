package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// maxStaleShown caps the people listed at start; the rest are counted.
const maxStaleShown = 20

// listStale tells the operator, at start, who is linked to a unit the
// configuration no longer has (a commune merged on 01/07/2025), with the
// unit that took it and who can link them again.
func listStale(db *store.DB, cfg *flows.Config) {
	var stale []flows.StaleLink
	err := db.View(func(tx *store.Tx) error {
		people, err := tx.People()
		if err != nil {
			return err
		}
		stale = cfg.StaleLinks(people)
		return nil
	})
	if err != nil || len(stale) == 0 {
		return
	}
	lang := operatorLang()
	say := func(key string, kv ...any) {
		fmt.Fprintln(os.Stderr, "baocao: "+locales.Render(lang, locales.M(key, kv...)))
	}
	say("op.stale_head", "count", len(stale), "file", cfg.Source)
	for i, s := range stale {
		if i == maxStaleShown {
			say("op.stale_more", "count", len(stale)-maxStaleShown)
			break
		}
		switch {
		case s.Successor == nil:
			say("op.stale_gone", "person", s.Person.Name, "unit", locales.Plain(s.Link.Unit))
		case len(s.Relinkers) == 0:
			say("op.stale_line_nobody", "person", s.Person.Name, "unit", locales.Plain(s.Link.Unit), "new", s.Successor.Name, "code", locales.Plain(s.Successor.Code))
		default:
			var names []string
			for _, p := range s.Relinkers {
				names = append(names, p.Name)
			}
			say("op.stale_line", "person", s.Person.Name, "unit", locales.Plain(s.Link.Unit), "new", s.Successor.Name, "code", locales.Plain(s.Successor.Code), "who", locales.Plain(strings.Join(names, ", ")))
		}
	}
}
