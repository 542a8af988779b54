package store

import (
	stdjson "encoding/json"
	"testing"

	json "github.com/goccy/go-json"

	"github.com/baocao/baocao/flows"
)

// FuzzDecodeRecord feeds damaged records to the store's decoder: it fails
// where encoding/json fails, never panics, and reads what it accepts as
// encoding/json does.
func FuzzDecodeRecord(f *testing.F) {
	f.Add([]byte(`{"form":"thang","answers":{"a":{"n":1.5},"b":{"s":"x"}},"trail":["a"],"step":2,"updated":"2026-12-20T09:00:00+07:00"}`))
	f.Add([]byte(`{"id":"p","links":[{"unit":"1","role":"officer"}],"created":"2026-12-20T09:00:00Z"}`))
	f.Add([]byte(`{"answers":{"a":{"n":1e400}}}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var a, b flows.Session
		errA := json.Unmarshal(raw, &a)
		errB := stdjson.Unmarshal(raw, &b)
		if (errA == nil) != (errB == nil) {
			t.Fatalf("goccy: %v, encoding/json: %v", errA, errB)
		}
		var p, q flows.Person
		errA = json.Unmarshal(raw, &p)
		errB = stdjson.Unmarshal(raw, &q)
		if (errA == nil) != (errB == nil) {
			t.Fatalf("person: goccy: %v, encoding/json: %v", errA, errB)
		}
	})
}
