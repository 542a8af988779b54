package bot

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

// TestRemindConfirmation: a /nhac confirmation is a one-time id the server
// issued; a forged, replayed, expired or borrowed one reminds nobody, and
// the normal flow reminds once however often the button is pressed.
func TestRemindConfirmation(t *testing.T) {
	db := MustOpen(t)
	SeedPeople(t, db, "test", 3)
	// A second supervisor of the same district, who must not be able to
	// use the first one's confirmation.
	err := db.Update(func(tx *store.Tx) error {
		p := &flows.Person{ID: "sup2", Name: "Giám sát 2", Lang: "vi", Links: []flows.Link{{Unit: "391", Role: flows.Supervisor}}}
		if err := tx.PutPerson(p); err != nil {
			return err
		}
		return tx.Link(store.Identity{Channel: "test", ChatID: "sup2-chat"}, p.ID)
	})
	if err != nil {
		t.Fatal(err)
	}
	now := At("2026-12-21 09:00") // thang 2026-11 is a day late for everyone
	app := &App{Store: db, Config: FanoutConfig(t, 3), Now: func() time.Time { return now }, Log: discardLogger(),
		Rand: rand.NewChaCha8([32]byte{'n', 'h', 'a', 'c'})}
	sup, sup2 := strconv.Itoa(SupervisorChat), "sup2-chat"

	// send handles text from chat and returns what was queued, by chat.
	send := func(t *testing.T, chat, text string) map[string][]channel.Outgoing {
		t.Helper()
		in := channel.Incoming{Channel: "test", ChatID: chat, Name: "Giám sát", LangCode: "vi", Kind: channel.KindText, Text: text}
		if strings.HasPrefix(text, "/nhac ok") {
			in.Kind, in.Text, in.Data = channel.KindButton, "", text
		}
		if err := app.Handle(context.Background(), in, nil); err != nil {
			t.Fatal(err)
		}
		out := map[string][]channel.Outgoing{}
		err := db.Update(func(tx *store.Tx) error {
			for _, it := range tx.Outbox(1000) {
				var m channel.Outgoing
				if err := json.Unmarshal(it.Data, &m); err != nil {
					return err
				}
				out[m.ChatID] = append(out[m.ChatID], m)
				if err := tx.Sent(it.Key); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	// ask sends /nhac for target and returns the confirm button's data.
	ask := func(t *testing.T, target string) string {
		t.Helper()
		out := send(t, sup, strings.TrimSpace("/nhac "+target))
		if len(out) != 1 {
			t.Fatalf("/nhac %s reached %d chats", target, len(out))
		}
		for _, m := range out[sup] {
			if len(m.Buttons) == 2 {
				data := m.Buttons[0][0].Data
				if !regexp.MustCompile(`^/nhac ok [0-9a-f]{12}$`).MatchString(data) {
					t.Fatalf("confirm button data %q", data)
				}
				return data
			}
		}
		t.Fatalf("no confirmation: %+v", out[sup])
		return ""
	}
	officers := func(out map[string][]channel.Outgoing) int {
		n := 0
		for i := 1; i <= 3; i++ {
			n += len(out[strconv.FormatInt(OfficerChat(i), 10)])
		}
		return n
	}
	// refused checks that text sent by chat reminds nobody and says the
	// request is no longer valid.
	refused := func(t *testing.T, chat, text, want string) {
		t.Helper()
		out := send(t, chat, text)
		if n := officers(out); n != 0 {
			t.Errorf("%q reminded %d officers", text, n)
		}
		if r := out[chat]; len(r) != 1 || !strings.Contains(r[0].Text, want) {
			t.Errorf("%q: reply %+v, want %q", text, r, want)
		}
	}
	const expired, already = "quá một giờ", "đã được gửi rồi"

	t.Run("forged confirmations remind nobody", func(t *testing.T) {
		future := strconv.FormatInt(now.Add(1000*time.Hour).Unix(), 10)
		for _, text := range []string{
			"/nhac ok " + CommuneCode(3) + " " + future, // the old format, with a time in the future
			"/nhac ok " + CommuneCode(3) + " " + strconv.FormatInt(now.Unix(), 10),
			"/nhac ok all 99999999999",
			"/nhac ok 000000000000",
			"/nhac ok " + CommuneCode(3),
		} {
			refused(t, sup, text, expired)
		}
	})

	var data string
	t.Run("another supervisor cannot use the confirmation", func(t *testing.T) {
		data = ask(t, CommuneCode(3))
		refused(t, sup2, data, expired)
	})

	t.Run("pressing confirm reminds once; a second press says already", func(t *testing.T) {
		out := send(t, sup, data)
		if n := len(out[strconv.FormatInt(OfficerChat(3), 10)]); n != 1 || officers(out) != 1 {
			t.Errorf("officer 3 got %d, all officers %d", n, officers(out))
		}
		if r := out[sup]; len(r) != 1 || !strings.Contains(r[0].Text, "Đã gửi nhắc nhở tới 1 đơn vị (1 người nhận)") {
			t.Errorf("reply %+v", r)
		}
		for range 3 {
			refused(t, sup, data, already)
		}
	})

	t.Run("a confirmation older than an hour by the server's clock reminds nobody", func(t *testing.T) {
		data := ask(t, "")
		now = now.Add(confirmTTL + time.Minute)
		refused(t, sup, data, expired)
		// Still stale however the client dresses it up.
		refused(t, sup, data+" "+strconv.FormatInt(now.Add(time.Hour).Unix(), 10), expired)
	})

	t.Run("a fresh confirmation for all works, once", func(t *testing.T) {
		data := ask(t, "")
		now = now.Add(59 * time.Minute)
		out := send(t, sup, data)
		if n := officers(out); n != 3 {
			t.Errorf("%d officers reminded, want 3", n)
		}
		refused(t, sup, data, already)
	})

	t.Run("expired confirmations are pruned when a new one is issued", func(t *testing.T) {
		now = now.Add(2 * confirmTTL)
		ask(t, "")
		n := 0
		db.View(func(tx *store.Tx) error {
			n = len(tx.MarksWithPrefix("nhac-confirm/"))
			return nil
		})
		if n != 1 {
			t.Errorf("%d confirmations stored, want only the new one", n)
		}
	})
}
