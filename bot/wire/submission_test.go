package wire

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
)

func TestASubmissionLeavesAsItsFormTypesIt(t *testing.T) {
	num := func(f float64) *float64 { return &f }
	yes := true
	f := &flows.Form{ID: "thang", Questions: []*flows.Question{
		{ID: "tong_ho", Type: flows.TypeInt},
		{ID: "ty_le", Type: flows.TypePercent, Calculate: "gdvh / tong_ho * 100"},
		{ID: "cau_truyen_hinh", Type: flows.TypeYesNo},
		{ID: "hoat_dong", Type: flows.TypeMulti},
		{ID: "ngay", Type: flows.TypeDate},
		{ID: "anh", Type: flows.TypePhoto},
		{ID: "ghi_chu", Type: flows.TypeText},
	}}
	at := time.Date(2026, 12, 3, 9, 30, 0, 0, time.FixedZone("ICT", 7*3600))
	s := flows.Submission{
		Form: "thang", Period: "2026-11", Unit: "15247", Version: 2, At: at,
		ByName: "Lê Thị Hoa", Channel: "zalo",
		Answers: map[string]flows.Value{
			"tong_ho":         {Num: num(32657)},
			"ty_le":           {Num: num(93.1)},
			"cau_truyen_hinh": {Bool: &yes},
			"hoat_dong":       {Picks: []string{"van_nghe", "the_thao"}},
			"anh":             {Text: "AgACAgUAAxkBAAIB"},
			"ghi_chu":         {Skipped: true},
			"bo_di":           {Num: num(7)},
		},
	}
	got, err := json.Marshal(SubmissionOf(f, s, "Xã Ngọc Trạo"))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"form":"thang","period":"2026-11","unit":"15247","unit_name":"Xã Ngọc Trạo","version":2,` +
		`"at":"2026-12-03T02:30:00Z","by_name":"Lê Thị Hoa","channel":"zalo","late":false,` +
		`"answers":{"cau_truyen_hinh":true,"ghi_chu":null,"hoat_dong":["van_nghe","the_thao"],"tong_ho":32657}}`
	if string(got) != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
