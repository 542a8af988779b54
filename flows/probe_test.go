package flows

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestProbe prints what the reader makes of PROBE lines "q<TAB>typed".
func TestProbe(t *testing.T) {
	f, err := os.Open(os.Getenv("PROBE"))
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		q, typed, _ := strings.Cut(l, "\t")
		if u, err := strconv.Unquote(typed); err == nil {
			typed = u
		}
		c := tableCase{question: q, typed: typed}
		fmt.Printf("%s\t%s\t%s\n", q, typed, c.got())
	}
}
