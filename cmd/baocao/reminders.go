package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// reminders prints who would receive which reminder or digest at a given
// moment, without sending or marking anything: the same flows.DueAt the
// scheduler runs, on the stored state.
func reminders(args []string) int {
	fs := flag.NewFlagSet("reminders", flag.ContinueOnError)
	var c common
	c.register(fs, "./data")
	at := fs.String("at", "", "the moment, e.g. \"2026-12-17 08:00\" (Asia/Ho_Chi_Minh); default now")
	full := fs.Bool("text", false, "print each message in full")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	now := time.Now()
	if *at != "" {
		t, err := time.ParseInLocation("2006-01-02 15:04", *at, locales.Zone)
		if err != nil {
			return fail("reminders: --at %q: expected \"2026-12-17 08:00\"", *at)
		}
		now = t
	}
	cfg, err := c.loadConfig()
	if err != nil {
		return fail("%v", err)
	}
	if cfg.Reminders == nil {
		return fail("reminders: %s has no reminders: section, so nothing is ever sent", cfg.Source)
	}
	db, err := c.openStore()
	if err != nil {
		return fail("%v", err)
	}
	defer db.Close()
	var due flows.Due
	var ids map[string][]store.Identity
	err = db.View(func(tx *store.Tx) error {
		st, err := tx.RemindState(cfg, now)
		if err != nil {
			return err
		}
		due = flows.DueAt(cfg, now, st)
		ids, err = tx.IdentityIndex()
		return err
	})
	if err != nil {
		return fail("%v", err)
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "At %s:", locales.FormatDateTime(now))
	if cfg.Reminders.Quiet(now) {
		fmt.Fprintf(w, " quiet hours (%s), nothing goes out.\n", cfg.Reminders.QuietHours)
	} else {
		fmt.Fprintf(w, " %d reminders, %d digests.\n", len(due.Reminders), len(due.Digests))
	}
	sort.SliceStable(due.Reminders, func(i, j int) bool { return due.Reminders[i].Unit.Code < due.Reminders[j].Unit.Code })
	for _, r := range due.Reminders {
		for _, rec := range r.To {
			kind := "reminder"
			if rec.Draft {
				kind = "unfinished"
			}
			fmt.Fprintf(w, "%s\t%s %s\t%s %+d\t→ %s\t%s\n", r.Unit.Code+" "+r.Unit.Name, r.Form.ID, r.Period.Key, kind, r.Rung.Day, rec.Person.Name, chats(ids[rec.Person.ID]))
			if *full {
				m, _ := r.Message(rec, now)
				fmt.Fprintf(w, "\t%s\n", locales.Render(locales.Lang(rec.Person.Lang), m))
			}
		}
	}
	for _, d := range due.Digests {
		for _, p := range d.To {
			fmt.Fprintf(w, "%s\t%s %s\tdigest %+d (%d units)\t→ %s\t%s\n", d.Parent.Code+" "+d.Parent.Name, d.Form.ID, d.Period.Key, d.Rung.Day, len(d.Overdue), p.Name, chats(ids[p.ID]))
			if *full {
				fmt.Fprintf(w, "\t%s\n", locales.Render(locales.Lang(p.Lang), d.Message(now)))
			}
		}
	}
	w.Flush()
	return 0
}

func chats(ids []store.Identity) string {
	s := ""
	for i, id := range ids {
		if i > 0 {
			s += ", "
		}
		s += id.Channel + ":" + id.ChatID
	}
	if s == "" {
		return "(no chat)"
	}
	return s
}
