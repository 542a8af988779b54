package webhook

import (
	"testing"
	"time"
)

// The vector was computed outside Go, with the one-liner the README gives
// receivers:
//
//	printf '%s' '1764900000.{"event":"submission"}' | openssl dgst -sha256 -hmac 3f1c0ffee
func TestTheSignatureIsWhatOpenSSLComputes(t *testing.T) {
	got := Sign("3f1c0ffee", 1764900000, []byte(`{"event":"submission"}`))
	want := "sha256=07da879d03d519b76d0a54eedd9da9f1352014ecb7664c355c8c2fe4e24125b3"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestAReceiverRefusesWhatWasNotSignedNowWithItsSecret(t *testing.T) {
	body := []byte(`{"event":"submission","id":"d_1"}`)
	now := time.Unix(1764900000, 0)
	sig := Sign("s3cret", now.Unix(), body)
	cases := []struct {
		name            string
		secret, sig, ts string
		body            string
		at              time.Time
		ok              bool
	}{
		{"as sent", "s3cret", sig, "1764900000", string(body), now, true},
		{"four minutes later", "s3cret", sig, "1764900000", string(body), now.Add(4 * time.Minute), true},
		{"another secret", "other", sig, "1764900000", string(body), now, false},
		{"a changed body", "s3cret", sig, "1764900000", `{"event":"submission","id":"d_2"}`, now, false},
		{"a new timestamp on an old signature", "s3cret", sig, "1764900060", string(body), now.Add(time.Minute), false},
		{"replayed an hour later", "s3cret", sig, "1764900000", string(body), now.Add(time.Hour), false},
		{"no sha256= prefix", "s3cret", sig[len("sha256="):], "1764900000", string(body), now, false},
		{"no timestamp", "s3cret", sig, "", string(body), now, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Verify(c.secret, c.sig, c.ts, []byte(c.body), c.at, 5*time.Minute); got != c.ok {
				t.Errorf("Verify = %v, want %v", got, c.ok)
			}
		})
	}
}
