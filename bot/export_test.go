package bot

// Helpers shared by the package's own tests and the external bot_test
// package (end-to-end tests through the real Telegram adapter).

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/schedule"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// SetAfterBatch installs the scheduler's between-transactions hook.
func SetAfterBatch(s *schedule.Scheduler, f func(batch int) error) { s.AfterBatch = f }

// FanoutConfig is a district (code 391) with n communes C00001…, one
// monthly form due on the 20th of the next month, reminded 3 and 1 days
// before, on the morning of the deadline, and 1 and 3 days after.
func FanoutConfig(tb testing.TB, n int) *flows.Config {
	tb.Helper()
	var b strings.Builder
	b.WriteString("units:\n  - code: \"391\"\n    name: Huyện Thạch Thành\n    children:\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "      - {code: %q, name: \"Xã số %d\"}\n", CommuneCode(i), i)
	}
	b.WriteString(`forms:
  - id: thang
    title: {vi: "Báo cáo hoạt động tháng", en: "Monthly activity report"}
    period: month
    open_days: 5
    deadline_days: 20
    lock_days: 30
    questions:
      - {id: so, key: so, type: integer, required: true, label: {vi: "Số buổi sinh hoạt?", en: "Number of events?"}}
reminders:
  ladders:
    - form: thang
      rungs: [-3, -1, "0 07:30", 1, 3]
`)
	cfg, err := flows.ParseConfig("fanout.yaml", []byte(b.String()))
	if err != nil {
		tb.Fatal(err)
	}
	return cfg
}

// CommuneCode is the code of the i-th commune of FanoutConfig.
func CommuneCode(i int) string { return fmt.Sprintf("C%05d", i) }

// OfficerChat is the Telegram chat of the i-th commune's officer.
func OfficerChat(i int) int64 { return 100000 + int64(i) }

// SupervisorChat is the Telegram chat of the district's supervisor.
const SupervisorChat = 99

// SeedPeople links one officer to each of the first n communes (chat
// OfficerChat(i)) and a supervisor to the district, on channel.
func SeedPeople(tb testing.TB, db store.Store, channel string, n int) {
	tb.Helper()
	err := db.Update(func(tx *store.Tx) error {
		for i := 1; i <= n; i++ {
			p := &flows.Person{ID: "o" + strconv.Itoa(i), Name: "Cán bộ " + strconv.Itoa(i), Lang: "vi", Links: []flows.Link{{Unit: CommuneCode(i), Role: flows.Officer}}}
			if err := tx.PutPerson(p); err != nil {
				return err
			}
			if err := tx.Link(store.Identity{Channel: channel, ChatID: strconv.FormatInt(OfficerChat(i), 10)}, p.ID); err != nil {
				return err
			}
		}
		sup := &flows.Person{ID: "sup", Name: "Giám sát huyện", Lang: "vi", Links: []flows.Link{{Unit: "391", Role: flows.Supervisor}}}
		if err := tx.PutPerson(sup); err != nil {
			return err
		}
		return tx.Link(store.Identity{Channel: channel, ChatID: strconv.Itoa(SupervisorChat)}, sup.ID)
	})
	if err != nil {
		tb.Fatal(err)
	}
}

// At reads a time in Vietnam's zone.
func At(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, locales.Zone)
	if err != nil {
		panic(err)
	}
	return t
}

// MustOpen opens a store in a temporary directory.
func MustOpen(tb testing.TB) *store.DB {
	tb.Helper()
	db, err := store.Open(tb.TempDir(), time.Second)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}
