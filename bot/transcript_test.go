package bot

// Golden conversation transcripts: testdata/transcripts/*.txt at the
// repository root are the clearest specification of how the bot talks.
// Each file is a conversation, readable without knowing Go:
//
//	# A comment line, kept as it is
//	@sample thanh-hoa            the configuration (first line; default thach-thanh)
//	@config khoi-thi-dua-huyen.yaml   or a configuration under testdata/configs
//	@now 2026-12-20 09:00        set the clock (Asia/Ho_Chi_Minh)
//	@as officer:15247            who speaks next (linked without an invite)
//	@as officer:15247 Hoa        a second person of the same unit
//	@as officer:15247,15250      a person reporting for two units
//	@as new                      a chat not linked to anyone
//	@address đồng chí            the configured form of address (anh/chị by default)
//	@chat new-1                  speak again from a chat seen before, as it is now
//	@restart                     stop and start the bot on the same data
//	@submit thang 2026-10 15247 tin_cds=10 ho_so_dvc=100 …   a stored report
//	                             (diem_cau=có, kho_khan=Thiếu_kinh_phí: "_" is a space)
//	@tick                        the scheduler's tick: reminders and digests due now
//	@channel zalo captured       the same, each message sent as a webhook body in
//	                             the shape captured from the live platform (no
//	                             wrapper, photo_url, CHAT_PHOTO, CHAT_VOICE) and
//	                             read by the Zalo adapter, as in production
//	@start                       what serve does at start: people linked to old
//	                             units are told (once) who will re-link them
//	@relink t-officer-15250@2025-07-01 15250   the operator's baocao relink
//	@channel zalo                the next people write from Zalo: no buttons, so
//	                             choices come as a numbered list and "> 1" is
//	                             typed text, read by the app (as on Zalo)
//	> /baocao                    what the person sends
//	| Tổng số hộ: 2.345          more lines of the same message (a pasted form)
//	> [2]                        pressing the second button shown last
//	> (ảnh)  > (nhãn dán)  > (tin nhắn thoại)   a photo, a sticker, a voice note
//	> (tin nhắn thoại 0:42)      a voice note of that length
//	> (trong nhóm) …             a message in a group chat the bot is in
//	< …                          what the bot answered (written by -update)
//
// `go test ./bot -run Transcripts -update` rewrites the "<" lines; review
// the diff like any other change of behaviour.

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"image"
	"image/jpeg"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/zalo"
	"github.com/baocao/baocao/bot/zalotest"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

var update = flag.Bool("update", false, "rewrite the golden transcripts")

// transcriptJPEG is the photo every "(ảnh)" sends: 2×2 grey pixels.
var transcriptJPEG = func() []byte {
	var buf bytes.Buffer
	jpeg.Encode(&buf, image.NewGray(image.Rect(0, 0, 2, 2)), nil)
	return buf.Bytes()
}()

func TestTranscripts(t *testing.T) {
	files, _ := filepath.Glob("../testdata/transcripts/*.txt")
	if len(files) == 0 {
		t.Fatal("no transcripts found")
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := runTranscript(t, string(want))
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != string(want) {
				t.Errorf("the conversation changed; if intended, run go test ./bot -run Transcripts -update\n%s", lineDiff(string(want), got))
			}
		})
	}
}

// transcript is a running conversation against a real store in a temp dir.
type transcript struct {
	t       *testing.T
	dir     string
	db      *store.DB
	app     *App
	clock   time.Time
	photos  int
	chat    string
	name    string
	buttons map[string][]channel.OutButton
	out     strings.Builder
	// history is every button row shown in the current chat, oldest first.
	history [][]channel.OutButton
	// ticking marks output of the scheduler, labelled with its chat.
	ticking bool
	// strangers counts the "@as new" chats so far.
	strangers int
	// sample is the embedded configuration the conversation runs on, or
	// config one read from testdata/configs.
	sample string
	config *flows.Config
	// channel is where the next messages come from ("test" has buttons);
	// wire "captured" sends Zalo's messages in the shape seen live.
	channel, wire string
	// voices counts the voice notes sent.
	voices int
	// book is a workbook being read (transcript_workbook_test.go); once
	// imported, config is the sample with its form.
	book *workbookSpec
	// table is a file being read for `baocao figures import`
	// (transcript_import_test.go).
	table *tableSpec
}

func runTranscript(t *testing.T, script string) string {
	tr := &transcript{t: t, dir: t.TempDir(), buttons: map[string][]channel.OutButton{}, chat: "new-0", name: "Người dùng mới", sample: "thach-thanh", channel: "test"}
	// The district-era sample stays the default of the older transcripts.
	for _, line := range strings.Split(script, "\n") {
		if name, ok := strings.CutPrefix(line, "@sample "); ok {
			tr.sample = strings.TrimSpace(name)
			break
		}
		if name, ok := strings.CutPrefix(line, "@config "); ok {
			path := filepath.Join("..", "testdata", "configs", strings.TrimSpace(name))
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if tr.config, err = flows.ParseConfig(path, data); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	tr.clock = time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	tr.open()
	defer func() { tr.db.Close() }()
	lines := strings.Split(strings.TrimRight(script, "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if strings.HasPrefix(line, "<") || strings.HasPrefix(line, "!!") {
			continue // the bot's words are regenerated
		}
		if tr.book != nil && !strings.HasPrefix(line, "| ") {
			tr.importWorkbook()
		}
		if tr.table != nil && !strings.HasPrefix(line, "| ") {
			tr.importTable()
		}
		tr.out.WriteString(line + "\n")
		switch {
		case strings.HasPrefix(line, "| ") && tr.table != nil:
			tr.tableRow(line)
		case strings.HasPrefix(line, "| "):
			tr.workbookRow(line)
		case strings.HasPrefix(line, "> "):
			// "| " lines right after it continue the same message.
			text := strings.TrimPrefix(line, "> ")
			for i+1 < len(lines) && (strings.HasPrefix(lines[i+1], "| ") || lines[i+1] == "|") {
				i++
				tr.out.WriteString(lines[i] + "\n")
				text += "\n" + strings.TrimPrefix(strings.TrimPrefix(lines[i], "|"), " ")
			}
			tr.send(text)
		case strings.HasPrefix(line, "@"):
			tr.directive(line)
		}
	}
	if tr.book != nil {
		tr.importWorkbook()
	}
	if tr.table != nil {
		tr.importTable()
	}
	return tr.out.String()
}

func (tr *transcript) open() {
	db, err := store.Open(tr.dir, time.Second)
	if err != nil {
		tr.t.Fatal(err)
	}
	tr.db = db
	seed := rand.NewChaCha8([32]byte{'b', 'a', 'o', 'c', 'a', 'o'})
	cfg := tr.config
	if cfg == nil {
		cfg = sample.MustNamed(tr.sample)
	}
	tr.app = &App{Store: db, Config: cfg, Now: func() time.Time { return tr.clock }, Rand: seed, BotName: "baocao_bot", Log: discardLogger(),
		Caps: map[string]channel.Caps{"zalo": {}}, PublicURL: "https://baocao.thanhhoa.gov.vn"}
}

func (tr *transcript) directive(line string) {
	fields := strings.Fields(line)
	switch fields[0] {
	case "@now":
		t, err := time.ParseInLocation("2006-01-02 15:04", strings.Join(fields[1:], " "), locales.Zone)
		if err != nil {
			tr.t.Fatalf("%s: %v", line, err)
		}
		tr.clock = t
	case "@as":
		tr.as(fields[1], strings.Join(fields[2:], " "))
	case "@address":
		// The deployment's form of address (configuration "address:").
		a, ok := locales.ParseAddress(strings.Join(fields[1:], " "))
		if !ok {
			tr.t.Fatalf("%s: not a form of address", line)
		}
		prev := locales.SetAddress(a)
		tr.t.Cleanup(func() { locales.SetAddress(prev) })
	case "@channel":
		tr.channel, tr.wire = fields[1], strings.Join(fields[2:], " ")
	case "@import":
		tr.startImport(fields[1:])
	case "@workbook":
		tr.startWorkbook(fields[1])
	case "@sample", "@config":
		// read before the store opened (runTranscript)
	case "@chat":
		// Speak again from a chat seen before, as it is now (linked or
		// not): "@chat new-1", "@chat officer:15247/Hoa".
		tr.chat = fields[1]
	case "@restart":
		tr.db.Close()
		tr.open()
	case "@submit":
		tr.submit(fields[1], fields[2], fields[3], fields[4:])
	case "@start":
		if _, err := tr.app.TellStale(tr.clock); err != nil {
			tr.t.Fatal(err)
		}
		tr.ticking = true
		tr.drain()
		tr.ticking = false
	case "@relink":
		resp := tr.app.Admin(admin.Request{Op: "relink", Person: fields[1], Unit: fields[2], Lang: "vi"})
		tr.out.WriteString("< (người vận hành) " + strings.TrimSpace(resp.Text+resp.Error) + "\n")
		tr.ticking = true
		tr.drain()
		tr.ticking = false
	case "@tick":
		// The scheduler's minute tick: reminders and digests due now go out
		// to whoever they are for, shown with the chat they go to.
		if _, err := tr.app.Scheduler().Tick(context.Background()); err != nil {
			tr.t.Fatal(err)
		}
		tr.ticking = true
		tr.drain()
		tr.ticking = false
	default:
		tr.t.Fatalf("unknown directive %q", line)
	}
}

// as links a chat for role:unit[,unit…], as the playground does; a name
// makes a second person of the same unit ("@as officer:15247 Hoa").
func (tr *transcript) as(who, name string) {
	if who == "new" { // a fresh chat, not linked to anyone
		tr.strangers++
		tr.chat, tr.name = "new-"+strconv.Itoa(tr.strangers), "Người dùng mới"
		return
	}
	roleStr, unitList, _ := strings.Cut(who, ":")
	role := flows.Role(roleStr)
	units := strings.Split(unitList, ",")
	tr.chat, tr.name = who, "Cán bộ "+units[0]
	if u := tr.app.Config.Units.Get(units[0]); u != nil {
		tr.name = "Cán bộ " + u.Name
	} else if code, until := flows.SplitRef(units[0]); !until.IsZero() {
		// A unit of an ended era: "@as officer:15250@2025-07-01".
		if u := tr.app.Config.OldUnit(code, until); u.Name != "" {
			tr.name = "Cán bộ " + u.Name + " cũ"
		}
	}
	if name != "" {
		tr.chat, tr.name = who+"/"+name, name
	}
	var links []flows.Link
	for _, u := range units {
		links = append(links, flows.Link{Unit: u, Role: role})
	}
	err := tr.db.Update(func(tx *store.Tx) error {
		id := store.Identity{Channel: tr.channel, ChatID: tr.chat}
		if _, err := tx.PersonByIdentity(id); err == nil {
			return nil
		}
		p := &flows.Person{ID: "t-" + strings.NewReplacer(":", "-", "/", "-", ",", "-").Replace(tr.chat), Name: tr.name, Lang: "vi", Links: links}
		if err := tx.PutPerson(p); err != nil {
			return err
		}
		return tx.Link(id, p.ID)
	})
	if err != nil {
		tr.t.Fatal(err)
	}
}

// submit stores a report directly, e.g. last period's, for comparisons.
func (tr *transcript) submit(form, period, unit string, pairs []string) {
	answers := map[string]flows.Value{}
	for _, p := range pairs {
		k, v, _ := strings.Cut(p, "=")
		if v == "có" || v == "không" { // a yes/no answer
			yes := v == "có"
			answers[k] = flows.Value{Bool: &yes}
			continue
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil { // a text answer, "_" for its spaces
			answers[k] = flows.Value{Text: strings.ReplaceAll(v, "_", " ")}
			continue
		}
		answers[k] = flows.Value{Num: &f}
	}
	err := tr.db.Update(func(tx *store.Tx) error {
		return tx.PutSubmission(&flows.Submission{Form: form, Period: period, Unit: unit, Answers: answers, By: "seed", ByName: "Dữ liệu mẫu", At: tr.clock, Channel: "test"})
	})
	if err != nil {
		tr.t.Fatal(err)
	}
}

func (tr *transcript) send(text string) {
	in := channel.Incoming{Channel: tr.channel, ChatID: tr.chat, Name: tr.name, LangCode: "vi", Kind: channel.KindText, Text: text}
	switch {
	case strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]") && !isNumber(strings.Trim(text, "[]")):
		// A button by its label, on the latest message that has it: this
		// can be an old message, as when a person scrolls up and taps.
		label := strings.Trim(text, "[]")
		data := ""
		for i := len(tr.history) - 1; i >= 0 && data == ""; i-- {
			for _, b := range tr.history[i] {
				if b.Text == label {
					data = b.Data
					break
				}
			}
		}
		if data == "" {
			tr.t.Errorf("%q: no message had a button labelled %q", text, label)
			return
		}
		in.Kind, in.Text, in.Data = channel.KindButton, "", data
	case text == "(5.000 ký tự)":
		in.Text = string([]rune(strings.Repeat("Báo cáo dài. ", 400))[:5000])
	case strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]"):
		n, _ := strconv.Atoi(strings.Trim(text, "[]"))
		bs := tr.buttons[tr.chat]
		if n < 1 || n > len(bs) {
			tr.t.Errorf("%q: there is no button %d", text, n)
			tr.out.WriteString("!! there is no button " + strconv.Itoa(n) + "\n")
			return
		}
		in.Kind, in.Text, in.Data = channel.KindButton, "", bs[n-1].Data
	case text == "(ảnh)":
		// A photo as a phone sends it: the channel can fetch its bytes.
		tr.photos++
		in.Kind, in.Text, in.FileID = channel.KindPhoto, "", "photo-file-id-"+strconv.Itoa(tr.photos)
		in.Fetch = func(context.Context, int) ([]byte, error) { return transcriptJPEG, nil }
	case text == "(nhãn dán)":
		in.Kind, in.Text, in.What = channel.KindUnsupported, "", "sticker"
	case text == "(tin nhắn thoại)" || strings.HasPrefix(text, "(tin nhắn thoại "):
		// A voice note as Zalo records it; the app reads its length.
		length := 7
		if m, s, ok := strings.Cut(strings.TrimSuffix(strings.TrimPrefix(text, "(tin nhắn thoại "), ")"), ":"); ok {
			mi, _ := strconv.Atoi(m)
			si, _ := strconv.Atoi(s)
			length = mi*60 + si
		}
		tr.voices++
		audio := zalotest.VoiceNote(length)
		in.Kind, in.Text, in.FileID = channel.KindVoice, "", "voice-file-id-"+strconv.Itoa(tr.voices)
		in.Fetch = func(context.Context, int) ([]byte, error) { return audio, nil }
	case strings.HasPrefix(text, "(trong nhóm) "):
		in.Text, in.ChatID, in.Group = strings.TrimPrefix(text, "(trong nhóm) "), "nhom-1", true
		in.Kind, in.Text, in.BotName = channel.KindUnsupported, "", "Báo cáo VHTT"
	}
	if tr.wire == "captured" {
		in = tr.captured(in)
	}
	if err := tr.app.Handle(context.Background(), in, nil); err != nil {
		tr.t.Fatal(err)
	}
	tr.drain()
}

// drain prints and removes everything the bot queued, as the outbox would send it.
func (tr *transcript) drain() {
	err := tr.db.Update(func(tx *store.Tx) error {
		// Every message is delivered; what the delivery itself causes (an
		// announcement's report back) is shown after it.
		for round := 0; round < 3 && tx.OutboxLen() > 0; round++ {
			for _, it := range tx.Outbox(1000) {
				var m channel.Outgoing
				if err := json.Unmarshal(it.Data, &m); err != nil {
					return err
				}
				tr.print(m)
				if err := tx.Sent(it.Key); err != nil {
					return err
				}
				if m.Tag != "" {
					if err := CountDelivery(tx, m, true, tr.clock); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		tr.t.Fatal(err)
	}
}

func (tr *transcript) print(m channel.Outgoing) {
	prefix := "<"
	if m.ChatID != tr.chat {
		prefix = "< (gửi " + m.ChatID + ")"
	}
	if tr.ticking {
		prefix = "< [" + m.ChatID + "]"
	}
	if m.File != nil {
		fmt.Fprintf(&tr.out, "%s 📎 %s (%d bytes)\n", prefix, m.File.Name, len(m.File.Data))
	}
	for _, l := range strings.Split(m.Text, "\n") {
		fmt.Fprintf(&tr.out, "%s %s\n", prefix, l)
	}
	var flat []channel.OutButton
	for _, row := range m.Buttons {
		flat = append(flat, row...)
	}
	if len(flat) > 0 {
		tr.buttons[m.ChatID] = flat
		if m.ChatID == tr.chat {
			tr.history = append(tr.history, flat)
		}
		for i, b := range flat {
			fmt.Fprintf(&tr.out, "%s   [%d] %s\n", prefix, i+1, b.Text)
		}
	}
}

// lineDiff shows the first differing lines, enough to see what changed.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b bytes.Buffer
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 12; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n  want: %s\n  got:  %s\n", i+1, wl, gl)
			shown++
		}
	}
	return b.String()
}

func isNumber(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// captured sends in through the Zalo adapter as the live platform was
// seen to deliver it (../shared/zalo/README.md, "Seen in real deliveries"):
// no {ok, result} wrapper, message_type, a photo's photo_url, display_name.
// The media links are the platform's; the harness serves their bytes.
func (tr *transcript) captured(in channel.Incoming) channel.Incoming {
	fetch := in.Fetch
	msg := map[string]any{
		"from":       map[string]any{"id": in.ChatID, "display_name": in.Name, "is_bot": false},
		"chat":       map[string]any{"id": in.ChatID, "chat_type": "PRIVATE"},
		"message_id": fmt.Sprintf("%s-%d", in.ChatID, tr.photos*1000+tr.voices*10+len(tr.out.String())),
		"date":       tr.clock.UnixMilli(),
	}
	event := "message.text.received"
	switch {
	case in.Group:
		msg["chat"] = map[string]any{"id": in.ChatID, "chat_type": "GROUP"}
		msg["message_type"], msg["text"] = "CHAT_TEXT", "…"
	case in.Kind == channel.KindPhoto:
		event, msg["message_type"], msg["photo_url"] = "message.image.received", "CHAT_PHOTO", "https://photo-s.zdn.vn/fixture/"+in.FileID+".jpg"
	case in.Kind == channel.KindVoice:
		event, msg["message_type"], msg["voice_url"] = "message.voice.received", "CHAT_VOICE", "https://voice-s.zdn.vn/fixture/"+in.FileID+".aac"
	case in.Kind == channel.KindText:
		msg["message_type"], msg["text"] = "CHAT_TEXT", in.Text
	default:
		return in // a pressed button has no wire shape on Zalo
	}
	raw, err := json.Marshal(map[string]any{"event_name": event, "message": msg})
	if err != nil {
		tr.t.Fatal(err)
	}
	u, err := zalo.ParseUpdate(raw)
	if err != nil {
		tr.t.Fatalf("the adapter refused %s: %v", raw, err)
	}
	out, ok := zalo.Translate(u)
	if !ok {
		tr.t.Fatalf("the adapter dropped %s", raw)
	}
	out.Fetch, out.BotName = fetch, in.BotName
	return out
}
