// Package channel is the contract between the app and every messaging
// network: what comes in (Incoming), what goes out (Outgoing), how an
// adapter sends (Channel) and the one error it returns (SendError). An
// adapter (telegram, console, later zalo) imports this package and nothing
// else of baocao, so a new network never learns about the store or the
// conversation engine.
package channel

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Kind is what a person sent, as far as a channel can tell.
type Kind int

const (
	KindText        Kind = iota // typed text: Text
	KindButton                  // a pressed button: Data holds its data
	KindPhoto                   // a photo: FileID holds the channel's id
	KindUnsupported             // a sticker, a video, a location…: What names it
	// KindVoice is a voice note: FileID holds the channel's id (Zalo: its
	// URL), Seconds its length when the channel says it. It is kept as the
	// answer to a question asked in words.
	KindVoice
)

// Incoming is one message from a person, translated from the channel.
type Incoming struct {
	Channel  string // "telegram", "console"
	ChatID   string
	Name     string // the person's display name on the channel
	LangCode string // the channel's language hint, e.g. "vi", "en-US"

	Kind   Kind
	Text   string
	Data   string // a pressed button's data
	FileID string // a photo's id on the channel
	// Fetch downloads the photo's or voice note's bytes, at most max of
	// them (more is ErrPhotoTooBig), the channel's own way; nil when it
	// cannot. The app calls it before its transaction, only for what the
	// question asked awaits (a link may expire: the adapter keeps it only
	// while the delivery is handled).
	Fetch func(ctx context.Context, max int) ([]byte, error)
	// PhotoData is what Fetch returned for a photo, VoiceData for a voice
	// note; the app fills them.
	PhotoData []byte
	VoiceData []byte
	// Seconds is a voice note's length, when the channel says it (Telegram
	// does; for Zalo the app reads it from the audio).
	Seconds int
	// Group is set for a message in a group chat: nothing in a group is
	// taken as a report; the group is told once how to reach the bot
	// privately. BotName is how to find the bot ("@baocao_bot" on
	// Telegram, its account name on Zalo).
	Group   bool
	BotName string
	// What names an unsupported message for the reply: "sticker", "voice"…
	What string
	// ButtonMessage is the id of the message whose button was pressed, so
	// the adapter can remove the stale keyboard.
	ButtonMessage int
	// MessageID is the network's id of the message when it has one and may
	// deliver the message more than once (Zalo's webhook): the app handles
	// an id once, so a redelivery changes nothing and sends nothing.
	MessageID string
}

// Outgoing is one message to send.
type Outgoing struct {
	Channel  string        `json:"ch"`
	ChatID   string        `json:"chat"`
	PersonID string        `json:"person,omitempty"`
	Text     string        `json:"text,omitempty"`
	Buttons  [][]OutButton `json:"buttons,omitempty"`
	// Shortcuts marks Buttons as shortcuts beside a typed answer (skip a
	// question), not the answers themselves.
	Shortcuts bool `json:"sc,omitempty"`
	// A file to send instead of text; Text is then its caption.
	File *File `json:"file,omitempty"`
	// Attempts counts failed sends, for backoff; FailingSince is when the
	// first of them failed, for the age limit of a retried message.
	Attempts     int       `json:"attempts,omitempty"`
	FailingSince time.Time `json:"failing_since,omitzero"`
	// Tag names what the message belongs to ("ann:ID", an announcement),
	// so its delivery can be counted when the outbox is done with it.
	Tag string `json:"tag,omitempty"`
}

// OutButton is a rendered button.
type OutButton struct {
	Text string `json:"t"`
	Data string `json:"d"`
}

// File is a photo or document to send.
type File struct {
	Name  string `json:"name"`
	Photo bool   `json:"photo,omitempty"` // show inline (a chart) rather than as a file
	Data  []byte `json:"data"`
}

// Caps is what a network can show; the app adapts what it sends to it.
// The zero value is a network with neither buttons nor documents (Zalo).
type Caps struct {
	// Buttons: choices are buttons. Without them the app sends choices as
	// a numbered list and reads a typed number, for the current question
	// or menu only.
	Buttons bool
	// Documents: files can be sent. Without them a document goes out as an
	// expiring link (the adapter publishes it), with a note saying so.
	Documents bool
}

// Channel sends to one messaging network. Send returns nil or a *SendError.
type Channel interface {
	Name() string
	Send(ctx context.Context, m Outgoing) error
}

// FailureKind classifies a send failure; the outbox acts on it.
type FailureKind int

const (
	// Retryable: a network error or 5xx; try again with backoff.
	Retryable FailureKind = iota
	// Throttled: the network said to slow down; wait RetryAfter, then retry.
	Throttled
	// Stopped: the person blocked the bot or deleted the chat; never retry.
	Stopped
	// Permanent: the message itself was refused (too long, bad request).
	Permanent
)

func (k FailureKind) String() string {
	return [...]string{"retryable", "throttled", "stopped", "permanent"}[k]
}

// SendError is the one error a Channel's Send returns.
type SendError struct {
	Kind       FailureKind
	RetryAfter time.Duration
	Err        error
	// Partial is set when a message went out in parts and only some were
	// sent; Rest is the text still to send, so a retry does not repeat the
	// parts the person already has.
	Partial bool
	Rest    string
}

func (e *SendError) Error() string {
	return fmt.Sprintf("send failed (%s): %v", e.Kind, e.Err)
}

func (e *SendError) Unwrap() error { return e.Err }

// AsSendError classifies any error: a *SendError as it is, anything else
// as retryable.
func AsSendError(err error) *SendError {
	var se *SendError
	if errors.As(err, &se) {
		return se
	}
	return &SendError{Kind: Retryable, Err: err}
}

// Update is one update read from a network with the position that confirms
// it. In is nil for an update the app does not act on (a group message, an
// edit, a malformed update): only its offset is kept, so it is not read again.
type Update struct {
	Offset int64
	In     *Incoming
}

// Handler takes one update and stores its offset together with its effects
// (commit, then confirm). A nil error means the update is handled and
// Offset is confirmed; an error means nothing was stored, and the adapter
// offers the same update again after a pause.
type Handler func(ctx context.Context, u Update) error

// BatchHandler takes the updates of one read, in order, and stores them
// with their effects, as few commits as it can (one when all goes well).
// It returns the offset of the last update committed; an error means the
// updates after it were not, and the adapter offers them again after a
// pause.
type BatchHandler func(ctx context.Context, us []Update) (confirmed int64, err error)

// MenuEntry is one line of a channel's command menu (Telegram's
// setMyCommands): the command without its slash, and what it does.
type MenuEntry struct{ Command, Description string }

// ErrPhotoTooBig is what an Incoming's Fetch returns for a photo over the
// size it was allowed.
var ErrPhotoTooBig = errors.New("photo too big")
