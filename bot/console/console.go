// Package console is the terminal playground: a channel that reads what a
// person types on standard input and prints the bot's replies, through the
// same App, store and outbox as Telegram. It has no buttons: the app sends
// choices as a numbered list and reads a typed number, the way Zalo works;
// with As "zalo", Limit and Links it shows exactly what a Zalo user sees.
package console

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/baocao/baocao/bot/channel"
)

// Name is the channel's name in identities and the outbox.
const Name = "console"

// Caps is what the playground shows: no buttons (the app numbers the
// choices and reads the typed number), files saved to FileDir.
var Caps = channel.Caps{Buttons: false, Documents: true}

// Files publishes a file at an expiring link (bot/public.Links), for a
// playground that shows what a Zalo user sees.
type Files interface {
	Publish(name, contentType string, data []byte, ttl time.Duration) (string, time.Time, error)
}

// Channel prints messages to a terminal.
type Channel struct {
	Out io.Writer
	// FileDir is where photos and documents the bot sends are written.
	FileDir string
	// As is the channel the playground plays ("" for the console itself,
	// "zalo" to see what a Zalo user sees): its name in the outbox.
	As string
	// Limit splits a text into messages of at most this many characters,
	// as the channel played would (Zalo: 2,000); 0 for no limit.
	Limit int
	// Links, when set, turns files into links, as on Zalo (a chart is the
	// URL Zalo fetches, a document a download link); LinkTTL is their life.
	Links   Files
	LinkTTL time.Duration

	mu sync.Mutex
	// prompt is shown while waiting for a line; a message that arrives
	// meanwhile (a reminder) is printed on its own line and the prompt again.
	prompt string
}

// waiting sets the prompt on screen ("" once a line was read).
func (c *Channel) waiting(prompt string) {
	c.mu.Lock()
	c.prompt = prompt
	if prompt != "" {
		io.WriteString(c.Out, prompt)
	}
	c.mu.Unlock()
}

// Name implements channel.Channel.
func (c *Channel) Name() string {
	if c.As != "" {
		return c.As
	}
	return Name
}

// Send implements channel.Channel: it prints the message as the person
// would read it. The app has already turned choices into a numbered list.
func (c *Channel) Send(_ context.Context, m channel.Outgoing) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var b strings.Builder
	if c.prompt != "" {
		b.WriteString("\r") // over the prompt, which is printed again below
	}
	text := m.Text
	if m.File != nil {
		switch {
		case c.Links != nil:
			ttl := c.LinkTTL
			if ttl <= 0 {
				ttl = 24 * time.Hour
			}
			url, _, err := c.Links.Publish(m.File.Name, "", m.File.Data, ttl)
			if err != nil {
				return &channel.SendError{Kind: channel.Retryable, Err: err}
			}
			if m.File.Photo {
				fmt.Fprintf(&b, "🖼  %s\n", url)
			} else {
				text = strings.TrimSpace(text + "\n" + url)
			}
		default:
			path, err := c.saveFile(m.File)
			if err != nil {
				return &channel.SendError{Kind: channel.Permanent, Err: err}
			}
			fmt.Fprintf(&b, "📎 %s\n", path)
		}
	}
	parts := []string{text}
	if c.Limit > 0 {
		parts = channel.Split(text, c.Limit)
	}
	for i, part := range parts {
		if i > 0 {
			fmt.Fprintf(&b, "<   ─── (%d/%d) ───\n", i+1, len(parts))
		}
		for _, line := range strings.Split(part, "\n") {
			fmt.Fprintf(&b, "< %s\n", line)
		}
	}
	for i, btn := range channel.Flatten(m.Buttons) { // only if the app was not told this channel has none
		fmt.Fprintf(&b, "<   [%d] %s\n", i+1, btn.Text)
	}
	b.WriteString(c.prompt)
	_, err := io.WriteString(c.Out, b.String())
	return err
}

func (c *Channel) saveFile(f *channel.File) (string, error) {
	dir := c.FileDir
	if dir == "" {
		dir = os.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(dir, filepath.Base(f.Name))
	return path, os.WriteFile(path, f.Data, 0o644)
}

// Session is a person typing in the playground.
type Session struct {
	// Handle takes each message (the app's Handle, without a cursor: the
	// playground has no offsets to confirm).
	Handle  func(context.Context, channel.Incoming) error
	Channel *Channel
	ChatID  string
	Name    string
	// Flush waits until the replies of the last message were printed.
	Flush func(context.Context)
	// Prompt is printed before each line is read (on a terminal).
	Prompt string
	// PasteWindow joins the lines that arrive within this time of the one
	// before into one message, as a phone sends a pasted block: a filled
	// template pasted in the terminal is one message, not twenty. 0 reads
	// each line as a message (input from a file), except a bracketed paste.
	PasteWindow time.Duration

	photos int // photos sent, to tell them apart
}

// A terminal in bracketed-paste mode (BracketedPasteOn) wraps what is
// pasted in these, so a paste is one message however fast it arrives.
const (
	pasteStart = "\x1b[200~"
	pasteEnd   = "\x1b[201~"
	// BracketedPasteOn and BracketedPasteOff ask a terminal to mark pastes.
	BracketedPasteOn  = "\x1b[?2004h"
	BracketedPasteOff = "\x1b[?2004l"
)

// Run reads lines until EOF or ctx is done. Besides text, it understands
// "!anh" (send a photo), "!ghiam" or "!voice" (a voice note) and
// "!sticker" (a message the bot cannot read), to try those paths without
// a phone.
func (s *Session) Run(ctx context.Context, in io.Reader) error {
	lines := make(chan string)
	var readErr error
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		readErr = sc.Err()
	}()
	for {
		s.Channel.waiting(s.Prompt)
		var text string
		select {
		case line, ok := <-lines:
			if !ok {
				return readErr // set before lines was closed
			}
			text = s.message(line, lines)
		case <-ctx.Done():
			return nil
		}
		s.Channel.waiting("")
		if ctx.Err() != nil {
			return nil
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		msg := s.incoming(text)
		if err := s.Handle(ctx, msg); err != nil {
			return err
		}
		if s.Flush != nil {
			s.Flush(ctx)
		}
	}
}

// message is the whole message that begins with first: to the end of a
// bracketed paste, or with the lines that follow within PasteWindow.
func (s *Session) message(first string, lines <-chan string) string {
	if rest, ok := strings.CutPrefix(first, pasteStart); ok {
		msg := []string{}
		for line, more := rest, true; more; line, more = <-lines {
			if before, done := strings.CutSuffix(line, pasteEnd); done {
				return joinPasted(append(msg, before))
			}
			msg = append(msg, line)
		}
		return joinPasted(msg) // the input ended inside the paste
	}
	first = strings.ReplaceAll(first, pasteEnd, "")
	if s.PasteWindow <= 0 {
		return first
	}
	msg := []string{first}
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				return joinPasted(msg)
			}
			msg = append(msg, line)
		case <-time.After(s.PasteWindow):
			return joinPasted(msg)
		}
	}
}

// joinPasted is a pasted block as one message, without the empty lines
// around it.
func joinPasted(lines []string) string {
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

func (s *Session) incoming(line string) channel.Incoming {
	if strings.Contains(line, "\n") {
		return channel.Incoming{Channel: s.Channel.Name(), ChatID: s.ChatID, Name: s.Name, LangCode: "vi", Kind: channel.KindText, Text: line}
	}
	// A typed number stays text: the app knows which choices are current.
	in := channel.Incoming{Channel: s.Channel.Name(), ChatID: s.ChatID, Name: s.Name, LangCode: "vi", Kind: channel.KindText, Text: line}
	trimmed := strings.TrimSpace(line)
	word, path, _ := strings.Cut(trimmed, " ")
	switch w := strings.ToLower(word); {
	case w == "!anh" || w == "!ảnh" || w == "!photo":
		s.photos++
		in.Kind, in.Text, in.FileID = channel.KindPhoto, "", "console-photo-"+strconv.FormatInt(time.Now().UnixNano(), 36)+"-"+strconv.Itoa(s.photos)
		in.Fetch = playgroundPhoto(strings.TrimSpace(path), s.photos)
		return in
	case w == "!ghiam" || w == "!ghiâm" || w == "!ghi-am" || w == "!voice":
		s.photos++
		in.Kind, in.Text, in.FileID = channel.KindVoice, "", "console-voice-"+strconv.FormatInt(time.Now().UnixNano(), 36)+"-"+strconv.Itoa(s.photos)
		in.Fetch = playgroundVoice(strings.TrimSpace(path))
		return in
	}
	switch strings.ToLower(trimmed) {
	case "!sticker":
		in.Kind, in.Text, in.What = channel.KindUnsupported, "", "sticker"
	}
	return in
}
