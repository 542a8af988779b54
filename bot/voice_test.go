package bot

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/zalotest"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

func TestTheLengthOfAZaloVoiceNoteIsReadFromItsFrames(t *testing.T) {
	for _, s := range []int{1, 7, 42, 65, 300} {
		if got := adtsSeconds(zalotest.VoiceNote(s)); got != s {
			t.Errorf("%d s read as %d s", s, got)
		}
	}
	cut := zalotest.VoiceNote(42)
	if got := adtsSeconds(cut[:len(cut)-5]); got != 42 {
		t.Errorf("a note cut short in its last frame: %d s", got)
	}
	for _, junk := range [][]byte{nil, []byte("OggS\x00\x02"), []byte("not audio at all, just text")} {
		if got := adtsSeconds(junk); got != 0 {
			t.Errorf("%q read as %d s", junk, got)
		}
	}
}

// The written-answers sheet lists a voice note with a link to where the
// web view plays it; without a web view it is listed without one.
func TestTheWrittenAnswersSheetLinksAVoiceNote(t *testing.T) {
	db, err := store.Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cfg := sample.MustNamed("thach-thanh")
	label := "🎤 ghi âm 0:42"
	err = db.Update(func(tx *store.Tx) error {
		if err := tx.PutVoice("v-thanh-tam", zalotest.VoiceNote(42)); err != nil {
			return err
		}
		return tx.PutSubmission(&flows.Submission{Form: "nam", Period: "2026", Unit: "15247", Version: 1, By: "p1", ByName: "Cán bộ Xã Thành Tâm",
			At: time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone), Channel: "zalo",
			Answers: map[string]flows.Value{"kho_khan": {Text: label}},
			Voices:  map[string]flows.Voice{"kho_khan": {Key: "v-thanh-tam", Seconds: 42, Label: label}}})
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, public := range []string{"https://baocao.thanhhoa.gov.vn", ""} {
		var a Attachment
		db.View(func(tx *store.Tx) error {
			f := cfg.Form("nam")
			p, _ := f.Period("2026")
			a, err = ExportLinked(tx, cfg, cfg.Units.Get("391"), f, p, FormatXLSX, locales.VI, "Lan", public, time.Date(2027, 1, 5, 9, 0, 0, 0, locales.Zone))
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		book, err := excelize.OpenReader(bytes.NewReader(a.File.Data))
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := book.GetRows("Ý kiến bằng văn bản")
		if len(rows) < 2 || !strings.HasPrefix(rows[1][4], label) {
			t.Fatalf("written answers: %q", rows)
		}
		ok, link, err := book.GetCellHyperLink("Ý kiến bằng văn bản", "E2")
		want := "https://baocao.thanhhoa.gov.vn/web/ghi-am/15247/kho_khan?form=nam&period=2026&unit=15247"
		switch {
		case err != nil:
			t.Fatal(err)
		case public != "" && (!ok || link != want):
			t.Errorf("link %v %q, want %q", ok, link, want)
		case public == "" && (ok || rows[1][4] != label):
			t.Errorf("without a web view: link %v %q, text %q", ok, link, rows[1][4])
		}
	}
}

// A voice note replaced by a typed answer, and a photo replaced by another,
// leave the store with the draft; a restarted draft leaves nothing behind.
func TestMediaADraftNoLongerRefersToArePruned(t *testing.T) {
	tr := &transcript{t: t, dir: t.TempDir(), buttons: map[string][]channel.OutButton{}, chat: "new-0", name: "Người dùng mới", sample: "thach-thanh", channel: "zalo"}
	tr.clock = time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	tr.open()
	defer tr.db.Close()
	tr.as("officer:15247", "")
	tr.send("/nhanh ho=2345 gdvh=2100 gdtt=900 thon=12 kdcvh=10 hu=12 cq=5 clb=8 giai=3 ds=9000 tl=4000 tin=20 ct=12 ps=150 dc=co ttth=6 dvc=40 doc=500")
	tr.send("(tin nhắn thoại 0:42)")
	tr.send("(ảnh)")
	count := func() (photos, voices int) {
		tr.db.View(func(tx *store.Tx) error {
			for i := 1; i <= tr.photos; i++ {
				if _, err := tx.Photo("photo-file-id-" + strconv.Itoa(i)); err == nil {
					photos++
				}
			}
			for i := 1; i <= tr.voices; i++ {
				in := channel.Incoming{Channel: "zalo", ChatID: tr.chat, FileID: "voice-file-id-" + strconv.Itoa(i)}
				if _, err := tx.Voice(voiceKey(&in)); err == nil {
					voices++
				}
			}
			return nil
		})
		return
	}
	if p, v := count(); p != 1 || v != 1 {
		t.Fatalf("kept %d photos, %d voice notes; want 1 and 1", p, v)
	}
	tr.send("sửa 19")
	tr.send("Thiếu kinh phí tổ chức hội diễn")
	tr.send("sửa 20")
	tr.send("(ảnh)")
	if p, v := count(); p != 1 || v != 0 {
		t.Errorf("after replacing both: %d photos, %d voice notes; want 1 and 0", p, v)
	}
	tr.send("sửa 19")
	tr.send("(tin nhắn thoại 0:10)")
	tr.send("/baocao")
	tr.send("2") // Làm lại từ đầu
	if p, v := count(); p != 0 || v != 0 {
		t.Errorf("after starting over: %d photos, %d voice notes; want none\n%s", p, v, tr.out.String())
	}
}
