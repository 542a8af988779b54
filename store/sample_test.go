package store

import (
	"testing"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
)

func mustSample(t *testing.T) *flows.Config {
	t.Helper()
	return sample.MustNamed("thach-thanh")
}
