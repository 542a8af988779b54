package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/baocao/baocao/bot/telegramtest"
)

// variant is one program measured: the echo bot, or a baocao binary.
type variant struct {
	name    string
	bin     string // "" for the echo bot
	schema1 bool   // give it the data file in schema 1
}

// result is one scenario of one run.
type result struct {
	variant, scenario string
	round             int
	msgs              int
	wall              time.Duration
	lat               []time.Duration
	cpu               time.Duration // user + system of the bot process
	syncs             int           // fdatasync + fsync calls; -1 unknown
	rssWarm, rssPeak  int64         // bytes
}

func (r result) throughput() float64 { return float64(r.msgs) / r.wall.Seconds() }

func (r result) pct(p float64) time.Duration {
	if len(r.lat) == 0 {
		return 0
	}
	s := slices.Clone(r.lat)
	slices.Sort(s)
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

// proc is the running bot.
type proc struct {
	cmd     *exec.Cmd
	pid     int
	perf    bool   // count fdatasyncs with perf
	metrics string // the bot's metrics address, when profiling
	stderr  *bytes.Buffer
}

func measure(work string, seed *seeded, v variant, o options) ([]result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), o.timeout)
	defer cancel()
	srv := telegramtest.New(telegramtest.Options{})
	defer srv.Close()
	users := make([]telegramtest.User, len(seed.officerChats))
	for i, chat := range seed.officerChats {
		users[i] = telegramtest.User{ID: chat, FirstName: "Cán bộ " + strconv.Itoa(i), LanguageCode: "vi"}
		srv.RegisterUser(users[i])
	}
	run := filepath.Join(work, "run")
	os.RemoveAll(run)
	from := seed.data
	if v.schema1 {
		from = seed.data1
	}
	if err := copyData(run, from); err != nil {
		return nil, err
	}
	p, err := start(v, seed, run, srv, o)
	if err != nil {
		return nil, err
	}
	defer p.stop()
	for srv.Requests("getUpdates") == 0 {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("the bot never polled:\n%s", p.stderr)
		}
		time.Sleep(20 * time.Millisecond)
	}
	echo := v.bin == ""
	// Warm-up: every officer opens the report (the echo bot just answers).
	warm := scenario{name: "warm-up", steps: 1, text: func(int) (string, string) {
		if echo {
			return "xin chào", "xin chào"
		}
		return "/baocao thang 2026-11", "[1/"
	}}
	if _, err := warm.run(ctx, srv, users, p); err != nil {
		return nil, fmt.Errorf("warm-up: %w\n%s", err, p.stderr)
	}
	rssWarm := rss(p.pid, "VmRSS")
	answer := func(k int) (string, string) {
		if echo {
			s := "tin " + strconv.Itoa(k)
			return s, s
		}
		if k%2 == 0 {
			return "12", "[2/"
		}
		return "/quaylai", "[1/"
	}
	var out []result
	for _, sc := range []scenario{
		{name: fmt.Sprintf("steady %d×%d", len(users), o.answers), steps: o.answers, text: answer},
		{name: fmt.Sprintf("burst %d×%d", len(users), o.burst), steps: o.burst, text: answer, burst: true},
	} {
		stopProfile := p.profileTo(o.profile, strings.Fields(sc.name)[0])
		r, err := sc.run(ctx, srv, users, p)
		if perr := stopProfile(); perr != nil {
			return nil, fmt.Errorf("%s: profile: %w", sc.name, perr)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w\n%s", sc.name, err, p.stderr)
		}
		r.variant, r.rssWarm = v.name, rssWarm
		out = append(out, r)
	}
	if vs := srv.Violations(); len(vs) > 0 {
		return nil, fmt.Errorf("%d invalid requests to the fake, first: %+v", len(vs), vs[0])
	}
	return out, nil
}

// scenario sends steps messages from every officer: one after another,
// each after the previous reply (steady), or all at once (burst). text
// gives the k-th message and the text its reply contains.
type scenario struct {
	name  string
	steps int
	text  func(k int) (send, want string)
	burst bool
}

func (sc scenario) run(ctx context.Context, srv *telegramtest.Server, users []telegramtest.User, p *proc) (result, error) {
	res := result{scenario: sc.name, syncs: -1}
	syncs := p.countSyncs()
	cpu0 := cpuTime(p.pid)
	var mu sync.Mutex
	var firstErr error
	peak := int64(0)
	stopRSS := make(chan struct{})
	rssDone := make(chan struct{})
	go func() { // RSS under load, sampled
		defer close(rssDone)
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stopRSS:
				return
			case <-t.C:
				peak = max(peak, rss(p.pid, "VmRSS"))
			}
		}
	}()
	start := time.Now()
	var wg sync.WaitGroup
	for _, u := range users {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lat, err := sc.officer(ctx, srv, u)
			mu.Lock()
			defer mu.Unlock()
			res.lat = append(res.lat, lat...)
			if err != nil && firstErr == nil {
				firstErr = err
			}
		}()
	}
	wg.Wait()
	res.wall = time.Since(start)
	close(stopRSS)
	<-rssDone
	res.msgs = len(res.lat)
	res.rssPeak = max(peak, rss(p.pid, "VmRSS"))
	res.cpu = cpuTime(p.pid) - cpu0
	res.syncs = syncs()
	return res, firstErr
}

// officer plays one person and returns the latency of each message.
func (sc scenario) officer(ctx context.Context, srv *telegramtest.Server, u telegramtest.User) ([]time.Duration, error) {
	seen := len(srv.Messages(u.ID))
	var lat []time.Duration
	var pending []telegramtest.Message // arrived, not yet looked at
	// await reads new messages, one by one, until one contains want.
	await := func(want string, since time.Time) error {
		for {
			for len(pending) > 0 {
				m := pending[0]
				pending = pending[1:]
				if strings.Contains(m.Text, want) {
					lat = append(lat, time.Since(since))
					return nil
				}
			}
			msgs, err := srv.WaitAfter(ctx, u.ID, seen)
			if err != nil {
				return err
			}
			seen += len(msgs)
			pending = append(pending, msgs...)
		}
	}
	if !sc.burst {
		for k := range sc.steps {
			send, want := sc.text(k)
			t := time.Now()
			srv.SendText(u, send)
			if err := await(want, t); err != nil {
				return lat, err
			}
		}
		return lat, nil
	}
	sent := make([]time.Time, sc.steps)
	for k := range sc.steps {
		send, _ := sc.text(k)
		sent[k] = time.Now()
		srv.SendText(u, send)
	}
	for k := range sc.steps {
		_, want := sc.text(k)
		if err := await(want, sent[k]); err != nil {
			return lat, err
		}
	}
	return lat, nil
}

func start(v variant, seed *seeded, data string, srv *telegramtest.Server, o options) (*proc, error) {
	p := &proc{stderr: &bytes.Buffer{}}
	var args []string
	if v.bin == "" {
		self, err := os.Executable()
		if err != nil {
			return nil, err
		}
		args = []string{self, "echo"}
	} else {
		args = []string{v.bin, "serve", "--config", seed.config, "--data", data, "--now", "2026-12-20 09:00",
			"--send-rate", "100000", "--chat-gap", "1ms", "--log-level", "error"}
		p.perf = o.perf
		if o.profile != "" {
			addr, err := freePort()
			if err != nil {
				return nil, err
			}
			p.metrics = addr
			args = append(args, "--metrics", addr)
		}
	}
	p.cmd = exec.Command(args[0], args[1:]...)
	p.cmd.Env = append(os.Environ(), "TELEGRAM_BOT_TOKEN="+srv.Token(), "TELEGRAM_API_ENDPOINT="+srv.Endpoint())
	p.cmd.Stderr = p.stderr
	if err := p.cmd.Start(); err != nil {
		return nil, err
	}
	p.pid = p.cmd.Process.Pid
	return p, nil
}

func (p *proc) stop() {
	p.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { p.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		p.cmd.Process.Kill()
		<-done
	}
}

// countSyncs counts the bot's fdatasync and fsync calls with perf (the
// kernel's syscall tracepoints) until the returned function is called,
// which gives the count (-1 when perf is off or failed).
func (p *proc) countSyncs() func() int {
	if !p.perf {
		return func() int { return -1 }
	}
	out := &bytes.Buffer{}
	cmd := exec.Command("perf", "stat", "-x", ",", "-e", "syscalls:sys_enter_fdatasync,syscalls:sys_enter_fsync", "-p", strconv.Itoa(p.pid))
	cmd.Stderr = out
	if cmd.Start() != nil {
		return func() int { return -1 }
	}
	time.Sleep(300 * time.Millisecond) // attached before the scenario starts
	return func() int {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
		n, found := 0, false
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			f := strings.Split(sc.Text(), ",")
			if len(f) >= 3 && strings.HasPrefix(f[2], "syscalls:sys_enter_") {
				if k, err := strconv.Atoi(f[0]); err == nil {
					n, found = n+k, true
				}
			}
		}
		if !found {
			return -1
		}
		return n
	}
}

// cpuTime is the process's user + system time (all its threads).
func cpuTime(pid int) time.Duration {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(raw)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	if len(fields) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(fields[11], 10, 64)
	st, _ := strconv.ParseInt(fields[12], 10, 64)
	return time.Duration(ut+st) * time.Second / 100 // USER_HZ is 100 on Linux
}

// rss reads a Vm… line of /proc/PID/status, in bytes.
func rss(pid int, field string) int64 {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(l, field+":"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb * 1024
		}
	}
	return 0
}
