package main

import (
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

func TestInviteTTLsBelowADayAreExactAndDaysEndAtTheEndOfTheVietnameseDay(t *testing.T) {
	bin := buildBinary(t)
	data := t.TempDir()
	for _, c := range []struct {
		ttl  string
		want func(created time.Time) time.Time
	}{
		{"1s", func(c time.Time) time.Time { return c.Add(time.Second) }},
		{"30m", func(c time.Time) time.Time { return c.Add(30 * time.Minute) }},
		{"48h", func(c time.Time) time.Time { return c.Add(48 * time.Hour) }},
		{"2d", func(c time.Time) time.Time {
			d := c.In(locales.Zone).AddDate(0, 0, 3)
			return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, locales.Zone)
		}},
	} {
		out, err := runBin(bin, nil, "invite", "--unit", "15247", "--ttl", c.ttl, "--data", data, "--config", "../../flows/sample/thach-thanh.yaml")
		if err != nil {
			t.Fatalf("invite --ttl %s: %v\n%s", c.ttl, err, out)
		}
		code := strings.SplitN(out, "\n", 2)[0]
		db, err := store.Open(data, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		db.View(func(tx *store.Tx) error {
			inv, err := tx.Invite(code)
			if err != nil {
				t.Fatal(err)
			}
			if want := c.want(inv.CreatedAt); !inv.ExpiresAt.Equal(want) {
				t.Errorf("--ttl %s: expires %v, want %v", c.ttl, inv.ExpiresAt.In(locales.Zone), want.In(locales.Zone))
			}
			return nil
		})
		db.Close()
	}
}

func TestParseTTL(t *testing.T) {
	for _, bad := range []string{"", "0d", "-1d", "xd", "1.5d", "0s", "-3h", "tomorrow"} {
		if _, err := parseTTL(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
