package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"image/png"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// testConfig is the sample with a second district, Huyện Hà Trung (392),
// so that access across districts can be tested.
func testConfig(t testing.TB) *flows.Config {
	t.Helper()
	_, thachThanh, _ := sample.Named("thach-thanh")
	y := strings.Replace(string(thachThanh), `      - code: "391"`, `      - code: "392"
        name: Huyện Hà Trung
        level: huyện
        children:
          - {code: "15460", name: Xã Hà Long, level: xã}
      - code: "391"`, 1)
	cfg, err := flows.ParseConfig("test.yaml", []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

type harness struct {
	t   testing.TB
	app *App
	db  *store.DB
	now time.Time
}

func newHarness(t testing.TB) *harness {
	db, err := store.Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	h := &harness{t: t, db: db, now: time.Date(2027, 1, 15, 9, 0, 0, 0, locales.Zone)}
	h.app = &App{Store: db, Config: testConfig(t), Now: func() time.Time { return h.now }}
	return h
}

// person links a chat to a unit with a role.
func (h *harness) person(chat, name string, unit string, role flows.Role) {
	err := h.db.Update(func(tx *store.Tx) error {
		p := &flows.Person{ID: "p-" + chat, Name: name, Lang: "vi", Links: []flows.Link{{Unit: unit, Role: role}}}
		if err := tx.PutPerson(p); err != nil {
			return err
		}
		return tx.Link(store.Identity{Channel: "test", ChatID: chat}, p.ID)
	})
	if err != nil {
		h.t.Fatal(err)
	}
}

// seed stores the 2026 year report of the first n units of 391 and the
// 2025 one of all of them.
func (h *harness) seed(n int) {
	f := h.app.Config.Form("nam")
	err := h.db.Update(func(tx *store.Tx) error {
		for _, year := range []string{"2025", "2026"} {
			for i, u := range h.app.Config.Units.Get("391").Leaves() {
				if year == "2026" && i >= n {
					break
				}
				v := func(x float64) flows.Value { return flows.Value{Num: &x} }
				hh, g := float64(1000+10*i), float64(860+12*i)
				if year == "2025" {
					g -= 20
				}
				s := &flows.Submission{Form: f.ID, Period: year, Unit: u.Code, By: "x", ByName: "Cán bộ " + u.Name,
					At:      time.Date(2027, 1, 5, 8, 0, 0, 0, locales.Zone).AddDate(-2026+atoi(year), 0, 0),
					Answers: map[string]flows.Value{"tong_ho": v(hh), "gdvh": v(g), "ty_le_gdvh": v(float64(int(g/hh*1000)) / 10)}}
				if err := tx.PutSubmission(s); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		h.t.Fatal(err)
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// send handles a message and returns what the bot queued, emptying the outbox.
func (h *harness) send(chat, text string) []channel.Outgoing {
	h.t.Helper()
	if err := h.app.Handle(context.Background(), channel.Incoming{Channel: "test", ChatID: chat, Kind: channel.KindText, Text: text}, nil); err != nil {
		h.t.Fatal(err)
	}
	var out []channel.Outgoing
	h.db.Update(func(tx *store.Tx) error {
		for _, it := range tx.Outbox(1000) {
			var o channel.Outgoing
			json.Unmarshal(it.Data, &o)
			out = append(out, o)
			tx.Sent(it.Key)
		}
		return nil
	})
	return out
}

func texts(out []channel.Outgoing) string {
	var b strings.Builder
	for _, o := range out {
		b.WriteString(o.Text + "\n")
		for _, row := range o.Buttons {
			for _, btn := range row {
				b.WriteString("[" + btn.Text + "] " + btn.Data + "\n")
			}
		}
	}
	return b.String()
}

func TestAccess(t *testing.T) {
	h := newHarness(t)
	h.seed(18)
	h.person("sup391", "Nguyễn Văn Giám Sát", "391", flows.Supervisor)
	h.person("sup392", "Trần Thị Hà", "392", flows.Supervisor)
	h.person("off", "Lê Văn Cán Bộ", "15247", flows.Officer)
	cases := []struct {
		name, chat, text string
		want, not        string
	}{
		{"an officer sees the standing of their own commune", "off", "/ketqua nam 2026", "Kết quả Báo cáo tổng kết năm 2026\nXã Thành Tâm", "Dẫn đầu"},
		{"an officer cannot ask for another commune", "off", "/ketqua nam 2026 15187", "không thuộc phạm vi theo dõi", "Kết quả"},
		{"a supervisor sees a commune under them", "sup391", "/ketqua nam 2026 15187", "Kết quả Báo cáo tổng kết năm 2026\nThị trấn Kim Tân", ""},
		{"a supervisor of one district cannot see a commune of another", "sup392", "/ketqua nam 2026 15187", "không thuộc phạm vi theo dõi", "Kết quả"},
		{"a supervisor of one district cannot summarise another", "sup392", "/tonghop nam 2026 391", "không thuộc phạm vi theo dõi", "Tổng hợp"},
		{"a supervisor's digest covers their own district only", "sup392", "/tonghop nam 2026", "Huyện Hà Trung", "Thạch Thành"},
		{"an officer cannot ask for a digest", "off", "/tonghop nam 2026", "không dành cho tài khoản này", "Tổng hợp"},
		{"the digest lists the late units and one button reminds them all", "sup391", "/tonghop nam 2026", "[🔔 Nhắc tất cả đơn vị chưa nộp] /nhac", "Nhắc Xã"},
		{"without a period the person picks one with buttons", "off", "/ketqua", "/ketqua nam 2026", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := texts(h.send(c.chat, c.text))
			if !strings.Contains(got, c.want) {
				t.Errorf("reply lacks %q:\n%s", c.want, got)
			}
			if c.not != "" && strings.Contains(got, c.not) {
				t.Errorf("reply has %q:\n%s", c.not, got)
			}
		})
	}
}

func TestChartsAreSentAsPhotos(t *testing.T) {
	h := newHarness(t)
	h.seed(18)
	h.person("sup", "Giám sát", "391", flows.Supervisor)
	var photos int
	for _, o := range h.send("sup", "/bieudo nam 2026") {
		if o.File == nil {
			continue
		}
		img, err := png.Decode(bytes.NewReader(o.File.Data))
		if err != nil || !o.File.Photo {
			t.Fatalf("%s: not a photo PNG: %v", o.File.Name, err)
		}
		if img.Bounds().Dx() < 900 || img.Bounds().Dy() < 500 {
			t.Errorf("%s is %v", o.File.Name, img.Bounds())
		}
		photos++
	}
	if photos < 2 {
		t.Errorf("%d photos, want the indicator chart and the progress chart", photos)
	}
}

// thachThanhYAML is the district-era sample the older tests are written on.
func thachThanhYAML() []byte {
	_, y, _ := sample.Named("thach-thanh")
	return y
}
