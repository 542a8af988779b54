// Package console is the terminal playground: a channel that reads what a
// person types on standard input and prints the bot's replies, through the
// same App, store and outbox as Telegram. It has no buttons, so choices
// are printed as a numbered list and typing the number presses the button,
// the way a channel without buttons (Zalo, SMS) works.
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

	"github.com/baocao/baocao/bot/channel"
)

// Name is the channel's name in identities and the outbox.
const Name = "console"

// Channel prints messages to a terminal.
type Channel struct {
	Out io.Writer
	// FileDir is where photos and documents the bot sends are written.
	FileDir string

	mu      sync.Mutex
	choices channel.Choices // the last numbered choices per chat
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
func (c *Channel) Name() string { return Name }

// Send implements channel.Channel: it prints the message, numbering its buttons.
func (c *Channel) Send(_ context.Context, m channel.Outgoing) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var b strings.Builder
	if c.prompt != "" {
		b.WriteString("\r") // over the prompt, which is printed again below
	}
	if m.File != nil {
		path, err := c.saveFile(m.File)
		if err != nil {
			return &channel.SendError{Kind: channel.Permanent, Err: err}
		}
		fmt.Fprintf(&b, "📎 %s\n", path)
	}
	for _, line := range strings.Split(m.Text, "\n") {
		fmt.Fprintf(&b, "< %s\n", line)
	}
	for i, btn := range c.choices.Show(m.ChatID, m.Buttons) {
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

// Press returns the data of the n-th button last shown in chat.
func (c *Channel) Press(chat string, n int) (string, bool) { return c.choices.Press(chat, n) }

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
}

// Run reads lines until EOF or ctx is done. Besides text, it understands
// "!anh" (send a photo) and "!sticker", "!voice" (messages the bot cannot
// read), to try those paths without a phone.
func (s *Session) Run(ctx context.Context, in io.Reader) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for {
		s.Channel.waiting(s.Prompt)
		if !sc.Scan() {
			return sc.Err()
		}
		s.Channel.waiting("")
		if ctx.Err() != nil {
			return nil
		}
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			continue
		}
		msg := s.incoming(line)
		if err := s.Handle(ctx, msg); err != nil {
			return err
		}
		if s.Flush != nil {
			s.Flush(ctx)
		}
	}
}

func (s *Session) incoming(line string) channel.Incoming {
	in := channel.Incoming{Channel: Name, ChatID: s.ChatID, Name: s.Name, LangCode: "vi", Kind: channel.KindText, Text: line}
	trimmed := strings.TrimSpace(line)
	if n, err := strconv.Atoi(trimmed); err == nil {
		if data, ok := s.Channel.Press(s.ChatID, n); ok {
			in.Kind, in.Data, in.Text = channel.KindButton, data, ""
		}
	}
	switch strings.ToLower(trimmed) {
	case "!anh", "!ảnh", "!photo":
		in.Kind, in.Text, in.FileID = channel.KindPhoto, "", "console-photo-1"
	case "!sticker":
		in.Kind, in.Text, in.What = channel.KindUnsupported, "", "sticker"
	case "!voice":
		in.Kind, in.Text, in.What = channel.KindUnsupported, "", "voice"
	}
	return in
}
