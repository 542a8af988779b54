// Command baocao-load measures the serving core against the transport's
// ceiling. It runs the real baocao binary (and, with -base, a baseline
// build of it) and an echo bot built on the same Telegram library, which
// answers every message at once and stores nothing, each against the
// strict fake Bot API (bot/telegramtest) on 127.0.0.1, interleaved round by
// round in one run, and prints throughput, p50/p99 latency, their ratios
// to the echo bot's, CPU and fdatasyncs per message, and RSS.
//
//	go run ./cmd/baocao-load                       # this tree only
//	go run ./cmd/baocao-load -base /tmp/base/baocao -rounds 2
//	go run ./cmd/baocao-load -rounds 1 -profile /tmp/cpu  # then go tool pprof /tmp/cpu.steady.pprof
//
// Two scenarios per run: "steady", officers each sending answers one after
// another and waiting for each reply (50 × 200); and "burst", every
// officer sending 40 at once (50 × 40). The data file holds 30,000 people
// linked by chat and two years of monthly reports of the 3,321 communes of
// the 01/07/2025 list, as a province in production would. Everything is
// bounded: -timeout ends a run that stalls.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "echo" {
		os.Exit(echoBot())
	}
	var o options
	flag.StringVar(&o.bin, "bin", "", "the baocao binary to measure (default: built from this tree)")
	flag.StringVar(&o.base, "base", "", "a baseline baocao binary, measured in the same rounds (optional)")
	flag.IntVar(&o.rounds, "rounds", 2, "rounds; each runs every variant once, interleaved")
	flag.IntVar(&o.officers, "officers", 50, "officers sending at once")
	flag.IntVar(&o.answers, "answers", 200, "answers per officer in the steady scenario")
	flag.IntVar(&o.burst, "burst", 40, "messages per officer in the burst scenario")
	flag.IntVar(&o.people, "people", 30_000, "people linked in the data file")
	flag.BoolVar(&o.perf, "perf", true, "count fdatasync/fsync calls with perf stat (when installed)")
	flag.DurationVar(&o.timeout, "timeout", 3*time.Minute, "give up on a run after this long")
	flag.StringVar(&o.profile, "profile", "", "write a CPU profile of this tree's binary during each scenario of round 1 to FILE.steady.pprof and FILE.burst.pprof (read them with go tool pprof)")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "baocao-load:", err)
		os.Exit(1)
	}
}

type options struct {
	bin, base                        string
	rounds, officers, answers, burst int
	people                           int
	perf                             bool
	timeout                          time.Duration
	profile                          string
}

func run(o options) error {
	work, err := os.MkdirTemp("", "baocao-load")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	if o.bin == "" {
		o.bin = filepath.Join(work, "baocao")
		fmt.Fprintln(os.Stderr, "building ./cmd/baocao …")
		if out, err := exec.Command("go", "build", "-o", o.bin, "./cmd/baocao").CombinedOutput(); err != nil {
			return fmt.Errorf("go build: %v\n%s", err, out)
		}
	}
	if o.perf {
		if _, err := exec.LookPath("perf"); err != nil {
			fmt.Fprintln(os.Stderr, "perf not found: fdatasyncs are not counted")
			o.perf = false
		}
	}
	fmt.Fprintf(os.Stderr, "seeding %d people and two years of reports …\n", o.people)
	seed, err := makeSeed(work, o)
	if err != nil {
		return err
	}
	variants := []variant{{name: "echo"}, {name: "baocao", bin: o.bin}}
	if o.base != "" {
		variants = append(variants, variant{name: "baseline", bin: o.base, schema1: true})
	}
	var results []result
	for r := 1; r <= o.rounds; r++ {
		for _, v := range variants {
			fmt.Fprintf(os.Stderr, "round %d: %s …\n", r, v.name)
			vo := o
			if r > 1 || v.name != "baocao" {
				vo.profile = ""
			}
			res, err := measure(work, seed, v, vo)
			if err != nil {
				return fmt.Errorf("round %d, %s: %w", r, v.name, err)
			}
			for i := range res {
				res[i].round = r
			}
			results = append(results, res...)
		}
	}
	report(os.Stdout, results, o)
	return nil
}
