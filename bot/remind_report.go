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
// without sending or marking anything: the scheduler's own flows.PlanTick on
// the stored state. With full, each message is printed as its reader sees
// it. `baocao reminders` prints it, through the admin socket when the bot
// runs (it holds the data file). It speaks the operator's language, lang;
// the messages themselves are shown in their readers'.
func (a *App) RemindersReport(at time.Time, full bool, lang locales.Lang) (string, error) {
	cfg := a.Config
	tr := func(key string, kv ...any) string { return locales.Render(lang, locales.M(key, kv...)) }
	if cfg.Reminders == nil {
		return "", &reportError{locales.M("rr.no_reminders", "file", cfg.Source)}
	}
	var plan flows.TickPlan
	var ids map[string][]store.Identity
	err := a.Store.View(func(tx *store.Tx) error {
		st, err := tx.RemindState(cfg, at)
		if err != nil {
			return err
		}
		plan = flows.PlanTick(cfg, at, st)
		ids, err = tx.IdentityIndex()
		return err
	})
	if err != nil {
		return "", fmt.Errorf("bot.RemindersReport: %w", err)
	}
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	if cfg.Reminders.Quiet(at) {
		fmt.Fprintln(w, tr("rr.quiet", "at", locales.DateTime(at), "hours", locales.Plain(cfg.Reminders.QuietHours)))
	} else {
		fmt.Fprintln(w, tr("rr.header", "at", locales.DateTime(at), "reminders", len(plan.Reminders), "lists", len(plan.OverdueLists), "summaries", len(plan.Slots)))
	}
	sort.SliceStable(plan.Reminders, func(i, j int) bool { return plan.Reminders[i].Unit.Code < plan.Reminders[j].Unit.Code })
	for _, r := range plan.Reminders {
		for _, rec := range r.To {
			kind := tr("rr.reminder")
			if rec.Draft {
				kind = tr("rr.unfinished")
			}
			fmt.Fprintf(w, "%s %s\t%s %s\t%s %+d\t→ %s\t%s\n", r.Unit.Code, r.Unit.Name, r.Form.ID, r.Period.Key, kind, r.Rung.Day, rec.Person.Name, chatList(ids[rec.Person.ID], tr))
			if full {
				m, _ := r.Message(rec, at)
				fmt.Fprintf(w, "%s\n\n", indent(locales.Render(locales.Lang(rec.Person.Lang), m)))
			}
		}
	}
	for _, d := range plan.OverdueLists {
		if d.Covered {
			continue
		}
		for _, p := range d.To {
			fmt.Fprintf(w, "%s %s\t%s %s\t%s\t→ %s\t%s\n", d.Parent.Code, d.Parent.Name, d.Form.ID, d.Period.Key,
				tr("rr.overdue", "day", locales.Plain(fmt.Sprintf("%+d", d.Rung.Day)), "units", len(d.Overdue)), p.Name, chatList(ids[p.ID], tr))
			if full {
				fmt.Fprintf(w, "%s\n\n", indent(locales.Render(locales.Lang(p.Lang), d.Message(at))))
			}
		}
	}
	for _, ps := range plan.Summaries {
		kind := tr("rr.weekly")
		if ps.Slot.AfterDeadline {
			kind = tr("rr.after_deadline")
		}
		fmt.Fprintf(w, "%s\t%s %s\t%s\t→ %s\t%s\n", strings.Join(ps.To.Supervised(), ","), ps.Slot.Form.ID, ps.Slot.Period.Key, kind, ps.To.Name, chatList(ids[ps.To.ID], tr))
	}
	w.Flush()
	return b.String(), nil
}

func indent(s string) string { return "    " + strings.ReplaceAll(s, "\n", "\n    ") }

func chatList(ids []store.Identity, tr func(string, ...any) string) string {
	var parts []string
	for _, id := range ids {
		parts = append(parts, id.Channel+":"+id.ChatID)
	}
	if len(parts) == 0 {
		return tr("rr.no_chat")
	}
	return strings.Join(parts, ", ")
}

// reportError is a report that cannot be made, said to the operator.
type reportError struct{ msg locales.Msg }

func (e *reportError) Error() string { return locales.Render(locales.EN, e.msg) }
