package telegram

import (
	"encoding/json"
	"io"
	"log/slog"
	"testing"
)

func TestUpdatesWithoutAnIdTakeTheLowestIdTheyCanHave(t *testing.T) {
	c := &Channel{log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	raws := []json.RawMessage{[]byte(`[1]`), []byte(`"x"`), []byte(`{"update_id":10}`), []byte(`{}`)}
	ups, _ := c.decode(raws, nil, 0)
	var got []int64
	for _, u := range ups {
		got = append(got, u.Offset)
	}
	// 8 and 9 (below 10), 10, then 11: never past an update not yet read.
	if len(got) != 4 || got[0] != 8 || got[1] != 9 || got[2] != 10 || got[3] != 11 {
		t.Errorf("offsets %v", got)
	}
	if ups, _ := c.decode([]json.RawMessage{[]byte(`[1]`)}, nil, 0); len(ups) != 0 {
		t.Errorf("with no id known at all, %v was guessed", ups)
	}
}
