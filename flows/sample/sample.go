// Package sample embeds the configurations baocao runs on when none is
// chosen. The default is Tỉnh Thanh Hóa as it is since 01/07/2025: its 166
// communes and wards from the official list, supervised by the provincial
// department through clusters of the communes of each former district
// (thanh-hoa.yaml is `baocao config init --province 38` as written). The
// pre-2025 district Huyện Thạch Thành, with its 24 official units, stays
// available by name (--sample thach-thanh) for the district-era situations.
package sample

import (
	_ "embed"
	"fmt"
	"sort"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/units"
)

// Default is the sample used when none is named.
const Default = "thanh-hoa"

// Name is how messages refer to the default sample.
const Name = "sample/" + Default + ".yaml"

//go:embed thanh-hoa.yaml
var thanhHoa []byte

//go:embed thach-thanh.yaml
var thachThanh []byte

// YAML is the default sample's text.
var YAML = thanhHoa

var byName = map[string][]byte{"thanh-hoa": thanhHoa, "thach-thanh": thachThanh}

// Names lists the samples, sorted.
func Names() []string {
	var out []string
	for n := range byName {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Named returns a sample's file name (for messages) and text; ok is false
// for a name that is not a sample.
func Named(name string) (file string, data []byte, ok bool) {
	data, ok = byName[name]
	return "sample/" + name + ".yaml", data, ok
}

// Config parses the default sample; it cannot fail once the tests pass.
func Config() *flows.Config { return MustNamed(Default) }

// MustNamed parses a sample by name; it panics for a name that is not one
// or a sample that does not load, which the tests rule out.
func MustNamed(name string) *flows.Config {
	file, data, ok := Named(name)
	if !ok {
		panic(fmt.Sprintf("sample: no sample %q", name))
	}
	cfg, err := flows.ParseConfig(file, data)
	if err != nil {
		panic(err)
	}
	if err := units.AttachBefore(cfg); err != nil {
		panic(err)
	}
	return cfg
}
