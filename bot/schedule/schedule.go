// Package schedule is the scheduler: cron only ticks; what is due is
// decided by flows.PlanTick from stored state, so a restart catches up and
// nothing fires twice.
//
// Exactly once, and where it is not: each reminder's mark and the messages
// it causes are written in one bbolt transaction (tx.Mark refuses a key
// already marked), so after a crash at any point a reminder is either
// fully queued and marked, or neither, and the next tick queues exactly the
// ones that are missing. What remains is the outbox's window: a message
// Telegram accepted but whose deletion from the outbox had not committed
// when the process died is sent again after the restart. The outbox keeps
// that window to the few sends in flight plus one group commit.

package schedule

import (
	"context"
	"fmt"
	"log"
	"log/slog"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/baocao/baocao/bot/reach"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// Scheduler queues reminders and digests when they are due. The app makes
// one with its store, configuration, clock and digest (bot.App.Scheduler).
type Scheduler struct {
	Store  store.Store
	Config *flows.Config
	// Now is the clock; Wake starts the outbox after a batch committed.
	Now  func() time.Time
	Wake func()
	Log  *slog.Logger
	// Digest builds a supervisor's digest inside the batch's transaction
	// (bot.DigestFor), so it shows what is stored at that moment.
	Digest func(tx *store.Tx, cfg *flows.Config, p *flows.Person, f *flows.Form, period flows.Period, now time.Time) ([]flows.Reply, error)
	// Reach is how a message reaches a person: the chat they used last, in
	// the shape of its channel (bot.App.Scheduler sets it).
	Reach reach.Options
	// Spec is the cron spec of the ticks; "@every 1m" by default.
	Spec string
	// Batch is how many reminders (units) one transaction queues; 500 by
	// default, so a fan-out to 30.000 units never holds the write lock long.
	Batch int

	// AfterBatch, when set, runs after each committed batch; a test
	// returns an error to simulate a crash between transactions.
	AfterBatch func(batch int) error
	mu         sync.Mutex // one tick at a time
}

// TickResult counts what one tick queued.
type TickResult struct {
	Reminders, OverdueLists, Summaries, Messages int
}

// job is one reminder or digest: its mark and what it queues.
type job struct {
	key     string
	report  *flows.Reminder // a reminder's report is re-checked in the tx
	summary bool            // a scheduled digest
	opening bool            // a period opened: logged, nothing sent
	enqueue func(tx *store.Tx, ids map[string][]store.Identity) (int, error)
}

// Tick queues what is due at the App's now.
func (s *Scheduler) Tick(ctx context.Context) (TickResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	var plan flows.TickPlan
	var ids map[string][]store.Identity
	err := s.Store.View(func(tx *store.Tx) error {
		st, err := tx.RemindState(s.Config, now)
		if err != nil {
			return err
		}
		plan = flows.PlanTick(s.Config, now, st)
		ids, err = tx.IdentityIndex()
		return err
	})
	if err != nil {
		return TickResult{}, fmt.Errorf("schedule.Tick: %w", err)
	}
	var jobs []job
	for _, r := range plan.Reminders {
		jobs = append(jobs, job{key: r.Key, report: &r,
			enqueue: func(tx *store.Tx, ids map[string][]store.Identity) (int, error) {
				return QueueReminder(tx, s.Reach, ids, r, now)
			}})
	}
	for _, d := range plan.OverdueLists {
		if d.Covered { // marked only: the digest after the deadline says it
			jobs = append(jobs, job{key: d.Key, enqueue: func(*store.Tx, map[string][]store.Identity) (int, error) { return 0, nil }})
			continue
		}
		jobs = append(jobs, job{key: d.Key, enqueue: func(tx *store.Tx, ids map[string][]store.Identity) (int, error) {
			n := 0
			for _, p := range d.To {
				k, err := s.Reach.Notify(tx, ids[p.ID], p, store.PriorityBulk, d.Message(now))
				if err != nil {
					return n, err
				}
				n += k
			}
			return n, nil
		}})
	}
	jobs = append(jobs, s.summaryJobs(now, plan.Summaries)...)
	// A period that has opened goes into the audit log once.
	for _, f := range s.Config.Forms {
		for _, p := range f.OpenPeriods(now) {
			jobs = append(jobs, job{key: "open/" + f.ID + "/" + p.Key, opening: true, enqueue: func(tx *store.Tx, _ map[string][]store.Identity) (int, error) {
				return 0, tx.Audit(store.AuditEntry{At: p.Opens, By: "schedule", Action: store.AuditOpen, Detail: f.ID + " " + p.Key})
			}})
		}
	}
	res := TickResult{}
	batch := s.Batch
	if batch <= 0 {
		batch = 500
	}
	for b := 0; b*batch < len(jobs); b++ {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		part := jobs[b*batch : min((b+1)*batch, len(jobs))]
		var got TickResult
		err := s.Store.Update(func(tx *store.Tx) error {
			got = TickResult{}
			for _, j := range part {
				if r := j.report; r != nil {
					if tx.HasSubmission(r.Form.ID, r.Period.Key, r.Unit.Code) {
						continue // submitted since the state was read
					}
				}
				fresh, err := tx.Mark(j.key, now)
				if err != nil {
					return err
				}
				if !fresh {
					continue
				}
				n, err := j.enqueue(tx, ids)
				if err != nil {
					return err
				}
				got.Messages += n
				switch {
				case j.opening:
				case j.report != nil:
					got.Reminders++
				case j.summary:
					got.Summaries++
				default:
					got.OverdueLists++
				}
			}
			return nil
		})
		if err != nil {
			return res, fmt.Errorf("schedule.Tick: batch %d: %w", b, err)
		}
		res.Reminders += got.Reminders
		res.OverdueLists += got.OverdueLists
		res.Summaries += got.Summaries
		res.Messages += got.Messages
		if s.Wake != nil {
			s.Wake()
		}
		if s.AfterBatch != nil {
			if err := s.AfterBatch(b); err != nil {
				return res, err
			}
		}
	}
	if res.Messages > 0 {
		s.log().Info("reminders queued", "at", now.Format(time.RFC3339), "reminders", res.Reminders, "overdue_lists", res.OverdueLists, "summaries", res.Summaries, "messages", res.Messages)
	}
	return res, nil
}

// QueueReminder queues a reminder to each of its recipients (the tick, and
// a supervisor's /nhac), each on the chat they used last.
func QueueReminder(tx *store.Tx, via reach.Options, ids map[string][]store.Identity, r flows.Reminder, now time.Time) (int, error) {
	n := 0
	for _, rec := range r.To {
		m, buttons := r.Message(rec, now)
		k, err := via.Notify(tx, ids[rec.Person.ID], rec.Person, store.PriorityBulk, m, buttons...)
		if err != nil {
			return n, err
		}
		n += k
	}
	return n, nil
}

// Run ticks at once (to catch up after downtime) and then on Spec, until
// ctx is done. A panic in a tick is recovered and logged by cron.Recover.
func (s *Scheduler) Run(ctx context.Context) error {
	spec := s.Spec
	if spec == "" {
		spec = "@every 1m"
	}
	logger := cron.PrintfLogger(log.New(slogWriter{s.log()}, "", 0))
	c := cron.New(cron.WithLocation(locales.Zone), cron.WithChain(cron.Recover(logger), cron.SkipIfStillRunning(logger)))
	tick := func() {
		if _, err := s.Tick(ctx); err != nil && ctx.Err() == nil {
			s.log().Error("reminder tick failed; the next tick retries", "err", err)
		}
	}
	if _, err := c.AddFunc(spec, tick); err != nil {
		return fmt.Errorf("schedule.Run: spec %q: %w", spec, err)
	}
	tick()
	c.Start()
	<-ctx.Done()
	<-c.Stop().Done()
	return nil
}

// slogWriter lets cron's printf logger write to the app's log.
type slogWriter struct{ l *slog.Logger }

func (w slogWriter) Write(p []byte) (int, error) {
	w.l.Warn("scheduler", "msg", string(p))
	return len(p), nil
}

// summaryJobs queues each supervisor's scheduled digest of each slot once
// (its mark is per slot and person). The digest is built inside the batch's
// transaction, so it shows what is stored at that moment.
func (s *Scheduler) summaryJobs(now time.Time, planned []flows.PlannedSummary) []job {
	var jobs []job
	for _, ps := range planned {
		slot, p := ps.Slot, ps.To
		jobs = append(jobs, job{key: ps.Key, summary: true, enqueue: func(tx *store.Tx, ids map[string][]store.Identity) (int, error) {
			replies, err := s.Digest(tx, s.Config, p, slot.Form, slot.Period, now)
			if err != nil {
				return 0, err
			}
			head := locales.M("summary.weekly")
			if slot.AfterDeadline {
				head = locales.M("summary.after_deadline", "deadline", locales.Date(slot.Period.LastDeadlineDay()))
			}
			n := 0
			for _, r := range replies {
				k, err := s.Reach.Notify(tx, ids[p.ID], p, store.PriorityBulk, locales.M("session.note_then", "note", head, "then", r.Msg), r.Buttons...)
				if err != nil {
					return n, err
				}
				n += k
			}
			return n, nil
		}})
	}
	return jobs
}

func (s *Scheduler) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Scheduler) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}
