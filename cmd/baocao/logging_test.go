package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestTheTokenNeverReachesALogLine(t *testing.T) {
	const token = "123456:ABC-secret"
	for _, format := range []string{"text", "json"} {
		var buf bytes.Buffer
		log := newLogger(&buf, format, "debug", token)
		log.Info("calling https://api.telegram.org/bot"+token+"/getMe", "err", errors.New(`Post "https://api.telegram.org/bot`+token+`/getUpdates": timeout`), "url", "bot"+token)
		log.With("endpoint", token).Warn("again", "group", map[string]string{"t": token})
		if strings.Contains(buf.String(), "ABC-secret") {
			t.Errorf("%s log shows the token:\n%s", format, buf.String())
		}
		if !strings.Contains(buf.String(), "<token>") {
			t.Errorf("%s log does not show where the token was removed:\n%s", format, buf.String())
		}
	}
}
