package bot

import (
	"context"
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

func TestSupervisorsGetTheDigestTheMorningAfterTheDeadlineOnce(t *testing.T) {
	db := mustOpen(t)
	now := time.Date(2026, 12, 21, 8, 5, 0, 0, locales.Zone) // the deadline of November's report was 20/12
	db.Update(func(tx *store.Tx) error {
		tx.PutPerson(&flows.Person{ID: "gs", Name: "Phòng VH", Links: []flows.Link{{Unit: "391", Role: flows.Supervisor}}})
		tx.Link(store.Identity{Channel: "test", ChatID: "gs"}, "gs")
		tx.PutPerson(&flows.Person{ID: "cb", Name: "Lan", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}}})
		tx.Link(store.Identity{Channel: "test", ChatID: "cb"}, "cb")
		n := 12.0
		return tx.PutSubmission(&flows.Submission{Form: "thang", Period: "2026-11", Unit: "15247", Answers: map[string]flows.Value{"tin_cds": {Num: &n}}, At: now.AddDate(0, 0, -2)})
	})
	s := (&App{Store: db, Config: sample.MustNamed("thach-thanh"), Now: func() time.Time { return now }, Log: discardLogger()}).Scheduler()
	for tick := 0; tick < 2; tick++ { // a second tick, or a restart, sends nothing more
		if _, err := s.Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	// 21/12/2026 is a Monday: November's monthly report gets its digest
	// the morning after its deadline (and no weekly one that day), the year
	// report (open since 16/12) its weekly one; the 6-month report opened
	// that morning and gets none yet.
	var toSupervisor []string
	db.View(func(tx *store.Tx) error {
		for _, it := range tx.Outbox(1000) {
			var m channel.Outgoing
			json.Unmarshal(it.Data, &m)
			if m.ChatID == "gs" && strings.Contains(m.Text, "Tổng hợp") {
				toSupervisor = append(toSupervisor, m.Text)
			}
		}
		return nil
	})
	if len(toSupervisor) != 2 {
		t.Fatalf("the supervisor got %d digests, want 2:\n%s", len(toSupervisor), strings.Join(toSupervisor, "\n---\n"))
	}
	after, weekly := toSupervisor[0], toSupervisor[1]
	if strings.Contains(weekly, "Hôm qua") {
		after, weekly = weekly, after
	}
	for _, want := range []string{"Hôm qua (20/12/2026) là hạn nộp", "Báo cáo hoạt động tháng", "1/24 đơn vị đã nộp"} {
		if !strings.Contains(after, want) {
			t.Errorf("the after-deadline digest lacks %q:\n%s", want, after)
		}
	}
	for _, want := range []string{"hằng tuần", "Báo cáo tổng kết năm", "0/24 đơn vị đã nộp"} {
		if !strings.Contains(weekly, want) {
			t.Errorf("the weekly digest lacks %q:\n%s", want, weekly)
		}
	}
}
