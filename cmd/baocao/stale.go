package main

import (
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// maxStaleShown caps the people listed at start; the rest are counted.
const maxStaleShown = 20

// tellStale tells the people linked to a unit the configuration no longer
// has (a commune merged on 01/07/2025) once, and the operator at every
// start, with the unit that took theirs and who can link them again.
func tellStale(app *bot.App, cfg *flows.Config, now time.Time, log *slog.Logger) {
	stale, err := app.TellStale(now)
	if err != nil {
		log.Warn("could not check links to former units", "err", err)
		return
	}
	if len(stale) == 0 {
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
		old, id := locales.Plain(s.Code()), locales.Plain(s.Person.ID)
		switch {
		case s.Successor == nil:
			say("op.stale_gone", "person", s.Person.Name, "unit", old)
		case len(s.Relinkers) == 0:
			say("op.stale_line_nobody", "person", s.Person.Name, "unit", old, "new", s.Successor.Name, "code", locales.Plain(s.Successor.Code), "id", id)
		default:
			var names []string
			for _, p := range s.Relinkers {
				names = append(names, p.Name)
			}
			say("op.stale_line", "person", s.Person.Name, "unit", old, "new", s.Successor.Name, "code", locales.Plain(s.Successor.Code), "who", locales.Plain(strings.Join(names, ", ")), "id", id)
		}
	}
}
