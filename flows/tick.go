package flows

import "time"

// TickPlan is everything one scheduler tick should queue at a moment,
// decided from the stored state: the reminders due, the overdue lists (with
// those a digest already covers), and each supervisor's scheduled digest.
// The scheduler carries it out in batches, marking each job once; `baocao
// reminders` prints the same plan, so what an operator previews is what
// the tick does.
type TickPlan struct {
	Reminders    []Reminder
	OverdueLists []PlannedList
	// Slots are the scheduled digests whose moment has come; Summaries
	// the supervisors who get each (not yet marked, reachable).
	Slots     []SummarySlot
	Summaries []PlannedSummary
}

// PlannedList is an overdue list in the plan.
type PlannedList struct {
	OverdueList
	// Covered: the morning after a deadline the digest already lists the
	// late units, with a "Nhắc" button each, so the overdue list of that
	// report is marked as done without a second message saying the same.
	Covered bool
}

// PlannedSummary is one supervisor's scheduled digest of one slot.
type PlannedSummary struct {
	Slot SummarySlot
	To   *Person
	Key  string // its mark: SummaryKey(Slot.Key, To.ID)
}

// PlanTick is the plan of a tick at now, from st.
func PlanTick(cfg *Config, now time.Time, st *RemindState) TickPlan {
	due := DueAt(cfg, now, st)
	plan := TickPlan{Reminders: due.Reminders, Slots: SummariesDueAt(cfg, now)}
	covered := map[string]bool{}
	for _, slot := range plan.Slots {
		if slot.AfterDeadline {
			covered[slot.Form.ID+"/"+slot.Period.Key] = true
		}
	}
	for _, d := range due.OverdueLists {
		plan.OverdueLists = append(plan.OverdueLists, PlannedList{OverdueList: d, Covered: covered[d.Form.ID+"/"+d.Period.Key]})
	}
	for _, slot := range plan.Slots {
		for _, p := range st.People {
			key := SummaryKey(slot.Key, p.ID)
			if !May(p, cfg.Units, Supervise, nil) || p.Unreachable || st.Marks[key] {
				continue
			}
			plan.Summaries = append(plan.Summaries, PlannedSummary{Slot: slot, To: p, Key: key})
		}
	}
	return plan
}
