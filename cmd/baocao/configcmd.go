package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/baocao/baocao/flows"
)

// configCmd: baocao config check [FILE] lists every mistake of a file.
func configCmd(args []string) int {
	if len(args) == 0 || args[0] != "check" {
		return fail("config: usage: baocao config check FILE")
	}
	var c common
	if len(args) > 1 {
		c.config = args[1]
	}
	cfg, err := c.loadConfig()
	var ce *flows.ConfigError
	if errors.As(err, &ce) {
		fmt.Fprintln(os.Stderr, ce.Error())
		fmt.Fprintf(os.Stderr, "%d problem(s) found.\n", len(ce.Problems))
		return 1
	}
	if err != nil {
		return fail("%v", err)
	}
	leaves := 0
	for _, u := range cfg.Units.All() {
		if u.IsLeaf() {
			leaves++
		}
	}
	fmt.Printf("%s: OK — %d units (%d reporting), %d forms\n", cfg.Source, cfg.Units.Len(), leaves, len(cfg.Forms))
	return 0
}
