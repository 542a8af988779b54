package locales

import (
	"sync"
	"testing"
)

// Printers are pooled; numbers printed at once from many goroutines, in
// both languages, still come out each in its own language.
func TestNumbersPrintedConcurrentlyKeepTheirLanguage(t *testing.T) {
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				if g%2 == 0 {
					if got := Int(VI, 32657); got != "32.657" {
						t.Errorf("vi: %q", got)
						return
					}
				} else if got := Pct(EN, 93.14); got != "93.1%" {
					t.Errorf("en: %q", got)
					return
				}
			}
		}()
	}
	wg.Wait()
}
