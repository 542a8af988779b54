// Package admin is the operator's socket: the running bot holds the data
// file's lock, so the command line (`baocao invite`, `reminders`, `export`,
// `backup`) asks it over a Unix socket in the data directory (mode 0600:
// only the operator's account can connect) instead of opening the file.
// The server answers with a handler the app gives it; the client is Ask.
package admin

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"syscall"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
)

// Request is one command-line request.
type Request struct {
	Op   string     `json:"op"` // "invite"
	Unit string     `json:"unit"`
	Role flows.Role `json:"role"`
	// TTL is an exact validity; TTLDays a number of days, each to the end
	// of the Vietnamese day (one of the two; neither: the default).
	TTL     time.Duration `json:"ttl"`
	TTLDays int           `json:"ttl_days,omitempty"`
	// At and Full are for "reminders": the moment, and whole messages.
	At   time.Time `json:"at,omitzero"`
	Full bool      `json:"full,omitempty"`
	// Form, Period, Format and Lang are for "export" (with Unit), and
	// Form, Period, Unit for "open_period" (baocao periods open).
	Form   string `json:"form,omitempty"`
	Period string `json:"period,omitempty"`
	Format string `json:"format,omitempty"`
	Lang   string `json:"lang,omitempty"`
	// Path is for "backup": where to write the copy (absolute).
	Path string `json:"path,omitempty"`
	// Days is for "invite": a substitute's access, in days (0: no end).
	Days int `json:"days,omitempty"`
	// Person and Channel are for "revoke" (with Unit): whose access, or
	// which of their chats ("telegram", "telegram:123").
	Person  string `json:"person,omitempty"`
	Channel string `json:"channel,omitempty"`
	// Since is for "audit" (with Unit): the first day read.
	Since time.Time `json:"since,omitzero"`
	// File, DryRun, Replace and Operator are for "import" (with Form and
	// Period): the file's name and bytes, whether only to show what would
	// be stored, whether a unit's own report may be overwritten, and the
	// operator's account for the audit log.
	File     *channel.File `json:"file,omitempty"`
	DryRun   bool          `json:"dry_run,omitempty"`
	Replace  bool          `json:"replace,omitempty"`
	Operator string        `json:"operator,omitempty"`
	// Webhooks is for "webhooks" (baocao webhooks …).
	Webhooks *WebhooksArgs `json:"webhooks,omitempty"`
}

// WebhooksArgs are `baocao webhooks`' subcommand and its arguments.
type WebhooksArgs struct {
	Cmd    string    `json:"cmd"`              // add, list, log, resend, remove
	URL    string    `json:"url,omitempty"`    // add
	Events []string  `json:"events,omitempty"` // add: none is all
	ID     string    `json:"id,omitempty"`     // resend: a delivery; remove: a receiver
	Since  time.Time `json:"since,omitzero"`   // resend
	To     string    `json:"to,omitempty"`     // resend: only to this receiver
	Failed bool      `json:"failed,omitempty"` // log: only the failed deliveries
}

// Response answers it.
type Response struct {
	Code  string        `json:"code,omitempty"`
	Link  string        `json:"link,omitempty"`
	Error string        `json:"error,omitempty"`
	Text  string        `json:"text,omitempty"` // a report to print
	File  *channel.File `json:"file,omitempty"` // an export
}

// Serve listens on path until ctx is done and answers each request with
// handle (the app's App.Admin).
func Serve(ctx context.Context, path string, handle func(Request) Response) error {
	os.Remove(path) // a leftover from a crash; we hold the data lock, so it is ours
	// Created with no permission for group and others from the start, not
	// tightened after: anyone who can connect may create admin invites.
	old := syscall.Umask(0o077)
	l, err := net.Listen("unix", path)
	syscall.Umask(old)
	if err != nil {
		return fmt.Errorf("admin.Serve: %w", err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		l.Close()
		return fmt.Errorf("admin.Serve: %w", err)
	}
	go func() {
		<-ctx.Done()
		l.Close()
		os.Remove(path)
	}()
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			go serveConn(conn, handle)
		}
	}()
	return nil
}

func serveConn(conn net.Conn, handle func(Request) Response) {
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	var req Request
	if err := json.NewDecoder(bufio.NewReader(conn)).Decode(&req); err != nil {
		json.NewEncoder(conn).Encode(Response{Error: "unreadable request"})
		return
	}
	json.NewEncoder(conn).Encode(handle(req))
}

// Ask sends req to a running bot's socket. ok is false when no bot
// listens there.
func Ask(path string, req Request) (Response, bool, error) {
	conn, err := net.DialTimeout("unix", path, 2*time.Second)
	if err != nil {
		return Response{}, false, nil
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	if err := json.NewEncoder(conn).Encode(req); err != nil {
		return Response{}, true, err
	}
	var resp Response
	if err := json.NewDecoder(conn).Decode(&resp); err != nil {
		return Response{}, true, err
	}
	return resp, true, nil
}
