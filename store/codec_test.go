package store

import (
	stdjson "encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	json "github.com/goccy/go-json"

	"github.com/baocao/baocao/flows"
)

// The store writes with goccy/go-json, which decodes a draft in a third
// of encoding/json's time. The file stays what encoding/json writes and
// reads: the same bytes both ways, so an older baocao, `baocao export` and
// any tool reading the file see no difference.
func TestStoredRecordsAreByteForByteWhatEncodingJSONWrites(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	f := func(x float64) *float64 { return &x }
	yes := true
	at := time.Date(2026, 12, 20, 9, 0, 0, 123456789, time.FixedZone("ICT", 7*3600))
	values := []any{
		&flows.Person{ID: "p1", Name: "Lê Thị Hồng <Trưởng ban> & \"Tổ\"", Lang: "vi", CreatedAt: at,
			Links: []flows.Link{{Unit: "15187", Role: flows.Officer}, {Unit: "c3", Role: flows.Supervisor, Until: at.Add(48 * time.Hour)}}},
		&flows.Person{ID: "p2", Unreachable: true, UnreachableSince: at},
		&flows.Invite{Code: "TT-4F9K2Q", Unit: "15187", Role: flows.Officer, CreatedAt: at, ExpiresAt: at.AddDate(0, 0, 14), Days: 30},
		&flows.Session{Form: "thang", Period: "2026-11", Unit: "15187", State: flows.Asking, Current: "gdvh",
			Answers: map[string]flows.Value{"tong_ho": {Num: f(32657)}, "tl": {Num: f(93.1)}, "co": {Bool: &yes},
				"ngay": {Date: "2026-11-30"}, "chon": {Picks: []string{"a", "b"}}, "y_kien": {Text: "Đề nghị hỗ trợ\nkinh phí\u2028"}, "bo": {Skipped: true}},
			Trail: []string{"tong_ho", "tl"}, Pending: &flows.Value{Num: f(1e21)}, Step: 7, Started: at, Updated: at},
		&flows.Session{Answers: map[string]flows.Value{}},
		&flows.Submission{Form: "nam", Period: "2026", Unit: "15187", Version: 3, By: "p1", ByName: "Lan", At: at, Channel: "zalo", Late: true,
			Answers: map[string]flows.Value{"x": {Num: f(-0.5)}, "y": {Num: f(math.SmallestNonzeroFloat64)}, "z": {Num: f(4503599627370495)}}},
	}
	for range 300 { // random drafts: numbers as people type them, texts with every kind of rune
		s := &flows.Session{Form: "thang", Answers: map[string]flows.Value{}, Step: r.IntN(100), Updated: at.Add(time.Duration(r.Int64N(1e15)))}
		for k := range r.IntN(40) {
			id := fmt.Sprintf("q%d", k)
			switch r.IntN(3) {
			case 0:
				s.Answers[id] = flows.Value{Num: f(math.Round(r.Float64()*1e6) / 10)}
			case 1:
				rs := make([]rune, r.IntN(30))
				for i := range rs {
					rs[i] = rune(r.IntN(0x2100))
				}
				s.Answers[id] = flows.Value{Text: string(rs)}
			default:
				s.Answers[id] = flows.Value{Skipped: true}
			}
			s.Trail = append(s.Trail, id)
		}
		values = append(values, s)
	}
	for i, v := range values {
		want, err := stdjson.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		got, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Fatalf("value %d:\n goccy %s\n std   %s", i, got, want)
		}
		back := reflect.New(reflect.TypeOf(v).Elem()).Interface()
		stdBack := reflect.New(reflect.TypeOf(v).Elem()).Interface()
		if err := json.Unmarshal(want, back); err != nil {
			t.Fatalf("value %d: %v", i, err)
		}
		stdjson.Unmarshal(want, stdBack)
		if !reflect.DeepEqual(back, stdBack) {
			t.Fatalf("value %d reads back differently:\n goccy %+v\n std   %+v", i, back, stdBack)
		}
	}
}
