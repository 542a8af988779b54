package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"time"
)

// profileTo records a CPU profile of the bot while a scenario runs, through
// the /debug/pprof/ handlers of its loopback metrics listener, into
// prefix.name.pprof. The returned function ends it and reports a failure.
// Without a prefix (or a metrics address) it does nothing.
func (p *proc) profileTo(prefix, name string) func() error {
	if prefix == "" || p.metrics == "" {
		return func() error { return nil }
	}
	// The profile runs for a fixed time and ends on its own: 5 seconds
	// covers the middle of either scenario at the default sizes.
	done := make(chan error, 1)
	go func() {
		resp, err := http.Get(fmt.Sprintf("http://%s/debug/pprof/profile?seconds=5", p.metrics))
		if err != nil {
			done <- err
			return
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			done <- fmt.Errorf("%s", resp.Status)
			return
		}
		f, err := os.Create(prefix + "." + name + ".pprof")
		if err != nil {
			done <- err
			return
		}
		_, err = io.Copy(f, resp.Body)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		done <- err
	}()
	time.Sleep(100 * time.Millisecond) // the profile has started before the load does
	return func() error {
		select {
		case err := <-done:
			return err
		case <-time.After(10 * time.Second):
			return fmt.Errorf("the profile did not end")
		}
	}
}

// freePort is a loopback address nothing listens on now.
func freePort() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}
