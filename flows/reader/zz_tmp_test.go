package reader

import (
	"bufio"
	"os"
	"testing"
)

func TestZZTmp(t *testing.T) {
	f, _ := os.Open("/tmp/r8yn_in.txt")
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		t.Logf("%-40q %s", sc.Text(), readYN(sc.Text()))
	}
}
