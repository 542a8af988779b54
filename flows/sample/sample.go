// Package sample embeds the default configuration: Huyện Thạch Thành of
// Tỉnh Thanh Hóa with its 24 official units and the movement's report forms.
// It is what `baocao` runs on when no --config is given.
package sample

import (
	_ "embed"

	"github.com/baocao/baocao/flows"
)

// Name is how messages refer to the embedded file.
const Name = "sample/thach-thanh.yaml"

//go:embed thach-thanh.yaml
var YAML []byte

// Config parses the embedded configuration; it cannot fail once the tests pass.
func Config() *flows.Config {
	cfg, err := flows.ParseConfig(Name, YAML)
	if err != nil {
		panic(err)
	}
	return cfg
}
