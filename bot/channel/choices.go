package channel

import "sync"

// Choices is the shared helper for channels without buttons (the
// playground, later Zalo): it remembers, per chat, the buttons last shown
// as a numbered list, so that typing a number presses the button.
type Choices struct {
	mu   sync.Mutex
	last map[string][]OutButton
}

// Show flattens a message's button rows into the numbered list to print
// (1 is the first) and remembers it for chat. A message without buttons
// leaves the previous list in place.
func (c *Choices) Show(chat string, rows [][]OutButton) []OutButton {
	var flat []OutButton
	for _, row := range rows {
		flat = append(flat, row...)
	}
	if len(flat) == 0 {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.last == nil {
		c.last = map[string][]OutButton{}
	}
	c.last[chat] = flat
	return flat
}

// Press returns the data of the n-th button last shown in chat.
func (c *Choices) Press(chat string, n int) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	bs := c.last[chat]
	if n < 1 || n > len(bs) {
		return "", false
	}
	return bs[n-1].Data, true
}
