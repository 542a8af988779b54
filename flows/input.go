package flows

import (
	"time"

	"github.com/baocao/baocao/locales"
)

// InputKind is what a person sent.
type InputKind int

const (
	InputText    InputKind = iota // typed text
	InputButton                   // a pressed button: Data holds its data
	InputPhoto                    // a photo: FileID holds the channel's id
	InputCommand                  // back, skip or cancel: Command says which
	// InputUnsupported is a sticker, a file, a location…: something the
	// bot cannot read as an answer. Text names it.
	InputUnsupported
	// InputVoice is a voice note: FileID is the key its audio was kept
	// under ("" when it could not be), Seconds its length, Text its name
	// (as InputUnsupported's) for where it cannot be an answer.
	InputVoice
)

// Input is one message from a person, already translated from the channel.
type Input struct {
	Kind    InputKind
	Text    string
	Data    string
	FileID  string
	Command string // CmdBack, CmdSkip, CmdCancel
	Seconds int    // a voice note's length
}

// Commands a session understands (the bot maps /quaylai, /boqua, /huy).
const (
	CmdBack   = "back"
	CmdSkip   = "skip"
	CmdCancel = "cancel"
)

// Button is one choice offered with a message. Channels with buttons show
// them as buttons; the others show a numbered list.
type Button struct {
	Label locales.Msg
	Data  string
}

// Reply is one message to send back.
type Reply struct {
	Msg     locales.Msg
	Buttons [][]Button
	// Typed marks a question answered by typing (a figure, a date, a
	// text): its buttons are shortcuts (skip, back to the review), not the
	// answers, so on a channel without buttons a typed number is the answer.
	Typed bool
}

// Context is what the conversation needs from outside: the time, the
// person's language, and the unit's previous figures for plausibility.
type Context struct {
	Now      time.Time
	Lang     locales.Lang
	Previous *Submission // the same unit's previous period, if any
	PrevName locales.Msg // the previous period's label
	// YearAgo is the same unit's report of the same period a year
	// earlier (before 07/2025 its old units' sum), which the
	// plausibility check prefers to the previous period: a December
	// is compared with a December (session_history.go).
	YearAgo  *Submission
	YearName locales.Msg // that period's label
	// Unit is the unit reported for: the review names it, and question
	// labels say its level ("xã", "phường"). Nil reads as "đơn vị".
	Unit *Unit
	// Targets are the configured targets: a computed share the review
	// shows is told apart from the unit's (85,96% is not shown as the
	// 86% it misses). Nil: none.
	Targets *Targets
}
