package main

import (
	"fmt"

	"github.com/baocao/baocao/locales"
)

// configCmd: baocao config check [FILE] lists every mistake of a file.
func configCmd(args []string) int {
	if len(args) == 0 || args[0] != "check" {
		return failMsg("op.config_usage")
	}
	var c common
	if len(args) > 1 {
		c.config = args[1]
	}
	cfg, err := c.loadConfig()
	if err != nil {
		return configFail(err)
	}
	leaves := 0
	for _, u := range cfg.Units.All() {
		if u.IsLeaf() {
			leaves++
		}
	}
	fmt.Println(locales.Render(operatorLang(), locales.M("config.ok", "file", cfg.Source,
		"units", cfg.Units.Len(), "leaves", leaves, "forms", len(cfg.Forms))))
	return 0
}
