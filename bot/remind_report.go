package bot

import (
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// RemindersReport says who would receive which reminder or digest at `at`,
// without sending or marking anything: the scheduler's own flows.DueAt on
// the stored state. With full, each message is printed as its reader sees
// it. `baocao reminders` prints it, through the admin socket when the bot
// runs (it holds the data file).
func (a *App) RemindersReport(at time.Time, full bool) (string, error) {
	cfg := a.Config
	if cfg.Reminders == nil {
		return "", fmt.Errorf("bot.RemindersReport: %s has no reminders: section, so nothing is ever sent", cfg.Source)
	}
	var due flows.Due
	var ids map[string][]store.Identity
	var st *flows.RemindState
	summaries := flows.SummariesDueAt(cfg, at)
	err := a.Store.View(func(tx *store.Tx) error {
		var err error
		st, err = tx.RemindState(cfg, at)
		if err != nil {
			return err
		}
		due = flows.DueAt(cfg, at, st)
		ids, err = tx.IdentityIndex()
		return err
	})
	if err != nil {
		return "", fmt.Errorf("bot.RemindersReport: %w", err)
	}
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "At %s:", locales.FormatDateTime(at))
	if cfg.Reminders.Quiet(at) {
		fmt.Fprintf(w, " quiet hours (%s), nothing goes out.\n", cfg.Reminders.QuietHours)
	} else {
		fmt.Fprintf(w, " %d reminders, %d overdue lists, %d scheduled summaries.\n", len(due.Reminders), len(due.OverdueLists), len(summaries))
	}
	sort.SliceStable(due.Reminders, func(i, j int) bool { return due.Reminders[i].Unit.Code < due.Reminders[j].Unit.Code })
	for _, r := range due.Reminders {
		for _, rec := range r.To {
			kind := "reminder"
			if rec.Draft {
				kind = "unfinished"
			}
			fmt.Fprintf(w, "%s %s\t%s %s\t%s %+d\t→ %s\t%s\n", r.Unit.Code, r.Unit.Name, r.Form.ID, r.Period.Key, kind, r.Rung.Day, rec.Person.Name, chatList(ids[rec.Person.ID]))
			if full {
				m, _ := r.Message(rec, at)
				fmt.Fprintf(w, "%s\n\n", indent(locales.Render(locales.Lang(rec.Person.Lang), m)))
			}
		}
	}
	covered := map[string]bool{} // as in Scheduler.Tick: the digest says it
	for _, slot := range summaries {
		if slot.AfterDeadline {
			covered[slot.Form.ID+"/"+slot.Period.Key] = true
		}
	}
	for _, d := range due.OverdueLists {
		if covered[d.Form.ID+"/"+d.Period.Key] {
			continue
		}
		for _, p := range d.To {
			fmt.Fprintf(w, "%s %s\t%s %s\tdigest %+d (%d units)\t→ %s\t%s\n", d.Parent.Code, d.Parent.Name, d.Form.ID, d.Period.Key, d.Rung.Day, len(d.Overdue), p.Name, chatList(ids[p.ID]))
			if full {
				fmt.Fprintf(w, "%s\n\n", indent(locales.Render(locales.Lang(p.Lang), d.Message(at))))
			}
		}
	}
	for _, slot := range summaries {
		kind := "weekly summary"
		if slot.AfterDeadline {
			kind = "summary after the deadline"
		}
		for _, p := range st.People {
			if len(p.Supervised()) == 0 || p.Unreachable || st.Marks[flows.SummaryKey(slot.Key, p.ID)] {
				continue
			}
			fmt.Fprintf(w, "%s	%s %s	%s	→ %s	%s\n", strings.Join(p.Supervised(), ","), slot.Form.ID, slot.Period.Key, kind, p.Name, chatList(ids[p.ID]))
		}
	}
	w.Flush()
	return b.String(), nil
}

func indent(s string) string { return "    " + strings.ReplaceAll(s, "\n", "\n    ") }

func chatList(ids []store.Identity) string {
	var parts []string
	for _, id := range ids {
		parts = append(parts, id.Channel+":"+id.ChatID)
	}
	if len(parts) == 0 {
		return "(no chat)"
	}
	return strings.Join(parts, ", ")
}
