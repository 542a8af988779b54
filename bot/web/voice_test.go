package web

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/baocao/baocao/bot/zalotest"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

// A voice note answering the difficulties question is played on the
// unit's page, to the unit's supervisors only.
func TestAVoiceNoteIsPlayedOnTheUnitsPage(t *testing.T) {
	f := newFixture(t)
	audio := zalotest.VoiceNote(42)
	label := "🎤 ghi âm 0:42"
	err := f.db.Update(func(tx *store.Tx) error {
		if err := tx.PutVoice("v-kim-tan", audio); err != nil {
			return err
		}
		return tx.PutSubmission(&flows.Submission{Form: "nam", Period: "2026", Unit: "15187", By: "p-cb-15187", ByName: "Cán bộ Thị trấn Kim Tân",
			At: f.clock(), Channel: "zalo", Answers: map[string]flows.Value{"tong_ho": {Num: ptr(5000)}, "kho_khan": {Text: label}},
			Voices: map[string]flows.Voice{"kho_khan": {Key: "v-kim-tan", Seconds: 42, Label: label}}})
	})
	if err != nil {
		t.Fatal(err)
	}
	b := f.browser()
	b.open(f.link(chatDistrict))
	page := b.get("/web/don-vi/15187?form=nam&period=2026")
	m := regexp.MustCompile(`<span class="voice">([^<]+)</span><audio class="voice" controls preload="metadata" src="([^"]+)"`).FindStringSubmatch(page.Body)
	if m == nil {
		t.Fatalf("no player on the page:\n%s", page.Body)
	}
	if m[1] != label {
		t.Errorf("the player is labelled %q", m[1])
	}
	src := strings.ReplaceAll(m[2], "&amp;", "&")
	res := b.get(src)
	if res.Status != 200 || res.Header.Get("Content-Type") != "audio/aac" || res.Body != string(audio) {
		t.Errorf("audio: %d %s, %d bytes", res.Status, res.Header.Get("Content-Type"), len(res.Body))
	}
	south := f.browser()
	south.open(f.link(chatSouth))
	if res := south.get(src); res.Status != http.StatusForbidden {
		t.Errorf("another supervisor's voice note: %d", res.Status)
	}
	// A question the form does not have has nothing to play.
	if res := b.get(strings.Replace(src, "kho_khan", "hoat_dong", 1)); res.Status != http.StatusNotFound {
		t.Errorf("a question without a voice note: %d", res.Status)
	}
}

// seedVoiceAndPhoto stores Kim Tân's year report as an officer on Zalo
// sends it: a photo and a voice note of 0:42 at the difficulties question.
func seedVoiceAndPhoto(t testing.TB, f *fixture) {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 320, 200))
	for x := 0; x < 320; x++ {
		for y := 0; y < 200; y++ {
			img.Set(x, y, color.RGBA{uint8(150 + x/4), uint8(60 + y/2), 40, 255})
		}
	}
	var photo bytes.Buffer
	if err := jpeg.Encode(&photo, img, nil); err != nil {
		t.Fatal(err)
	}
	label := "🎤 ghi âm 0:42"
	err := f.db.Update(func(tx *store.Tx) error {
		if err := tx.PutVoice("v-kim-tan", zalotest.VoiceNote(42)); err != nil {
			return err
		}
		if err := tx.PutPhoto("https://photo-s.zdn.vn/kim-tan.jpg", photo.Bytes()); err != nil {
			return err
		}
		return tx.PutSubmission(&flows.Submission{Form: "nam", Period: "2026", Unit: "15187", Version: 1, By: "p-cb-15187", ByName: "Cán bộ Thị trấn Kim Tân",
			At: f.clock(), Channel: "zalo", Answers: map[string]flows.Value{"tong_ho": {Num: ptr(5000)}, "gdvh": {Num: ptr(4400)},
				"kho_khan": {Text: label}, "anh": {Text: "https://photo-s.zdn.vn/kim-tan.jpg"}},
			Voices: map[string]flows.Voice{"kho_khan": {Key: "v-kim-tan", Seconds: 42, Label: label}}})
	})
	if err != nil {
		t.Fatal(err)
	}
}
