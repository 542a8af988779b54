package reader

import (
	"regexp"
	"strings"
	"unicode"
)

// What a chat app puts in place of what is not text, as a clerk reads it,
// with its table test (chat_placeholder_test.go): "[Hình ảnh]",
// "[Sticker]", "[Tệp]", "<Media omitted>", "image omitted", "Tin nhắn đã
// được thu hồi", "Đã gửi một ảnh" are written by Zalo, Messenger,
// WhatsApp, Telegram or Viber when a photo, a sticker, a file, a voice
// message or a deleted message is copied or forwarded; none is the
// person's words. Alone, the reply says nothing: refused at every kind of
// question, free text included, asking for the answer typed in words. A
// bracketed one beside words ("[Sticker] 2", "[Hình ảnh] Thiếu kinh phí")
// is taken off and the words read. A bracket that names no kind of media
// ("[2]", "[x] Văn nghệ", "[Ghi chú] …") is not this rule's.

// mediaWords are the kinds of media a chat names in brackets, folded.
var mediaWords = setOfPhrases("hinh anh", "anh", "hinh", "photo", "photos", "image", "picture", "sticker", "nhan dan", "video",
	"file", "tep", "tep tin", "tai lieu", "document", "voice", "tin nhan thoai", "tin nhan giong noi", "ghi am", "audio",
	"vi tri", "location", "danh thiep", "contact", "link", "lien ket", "gif", "emoji", "bieu tuong cam xuc", "cuoc goi",
	"call", "cuoc goi nho", "missed call", "binh chon", "poll", "media", "media omitted", "da bo qua phuong tien",
	"da bo qua tep phuong tien", "tin nhan da thu hoi", "tin nhan da bi xoa", "tin nhan da duoc thu hoi", "message deleted",
	"attachment", "tep dinh kem", "album", "anh dong")

// bracketed finds "[…]", "<…>", "(…)" holding a few words.
var bracketed = regexp.MustCompile(`[\[<]([^\[\]<>]{1,40})[\]>]`)

// placeholderWhole are whole replies a chat writes for what is not text,
// folded.
var placeholderWhole = regexp.MustCompile(`^(?:(?:image|photo|sticker|video|audio|gif|document|media|file) omitted|this message was deleted|you deleted this message|` +
	`(?:ban )?da thu hoi (?:mot|1) tin nhan|tin nhan da (?:bi |duoc )?(?:xoa|thu hoi)|` +
	`(?:[a-z ]{1,30} )?da gui (?:mot|1|\d{1,2}) (?:anh|hinh anh|buc anh|nhan dan|sticker|video|tep|tep tin|file|tin nhan thoai|gif)|` +
	`(?:[a-z ]{1,30} )?sent (?:a|an|\d{1,2}) (?:photo|photos|sticker|attachment|video|gif|voice message))$`)

// cutPlaceholders takes the chat's placeholders off s: what is left, and
// whether there was one.
func cutPlaceholders(s string) (string, bool) {
	if !strings.ContainsAny(s, "[<") {
		if len(s) <= 80 && mayBeWholePlaceholder(s) && placeholderWhole.MatchString(strings.Trim(Fold(s), " .!")) {
			return "", true
		}
		return s, false
	}
	had := false
	out := bracketed.ReplaceAllStringFunc(s, func(m string) string {
		inner := strings.TrimSpace(m[1 : len(m)-1])
		f := strings.Trim(Fold(inner), " .!:")
		f = strings.TrimSpace(strings.TrimLeft(f, "0123456789 ")) // "[2 ảnh]"
		if mediaWords[f] {
			had = true
			return " "
		}
		return m
	})
	if !had {
		return s, false
	}
	return strings.TrimSpace(out), true
}

// onlyPlaceholder reports whether s, its placeholders taken off, holds
// no letter or digit: nothing the person typed.
func onlyPlaceholder(s string) (rest string, only, had bool) {
	rest, had = cutPlaceholders(s)
	if !had {
		return s, false, false
	}
	return rest, !strings.ContainsFunc(rest, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }), true
}

// wholeHints are letters every whole placeholder holds, in either case:
// the cheap check before placeholderWhole.
var wholeHints = []string{"mitted", "eleted", "ửi", "ỬI", "ui ", "UI ", "sent", "SENT", "Sent", "hồi", "HỒI", "hoi", "HOI", "óa", "ÓA", "oá", "OÁ", "xoa", "XOA"}

// mayBeWholePlaceholder reports whether s may be a whole placeholder.
func mayBeWholePlaceholder(s string) bool {
	for _, h := range wholeHints {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}
