package bot

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// The admin socket lets the operator's command line reach a running bot:
// the running process holds the data file's lock, so `baocao invite` asks
// it over a Unix socket in the data directory (mode 0600: only the
// operator's account can connect) instead of opening the file.

// AdminRequest is one command-line request.
type AdminRequest struct {
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
	// Form, Period, Format and Lang are for "export" (with Unit).
	Form   string `json:"form,omitempty"`
	Period string `json:"period,omitempty"`
	Format string `json:"format,omitempty"`
	Lang   string `json:"lang,omitempty"`
	// Path is for "backup": where to write the copy (absolute).
	Path string `json:"path,omitempty"`
}

// AdminResponse answers it.
type AdminResponse struct {
	Code  string `json:"code,omitempty"`
	Link  string `json:"link,omitempty"`
	Error string `json:"error,omitempty"`
	Text  string `json:"text,omitempty"` // a report to print
	File  *File  `json:"file,omitempty"` // an export
}

// ServeAdmin listens on path until ctx is done.
func (a *App) ServeAdmin(ctx context.Context, path string) error {
	os.Remove(path) // a leftover from a crash; we hold the data lock, so it is ours
	// Created with no permission for group and others from the start, not
	// tightened after: anyone who can connect may create admin invites.
	old := syscall.Umask(0o077)
	l, err := net.Listen("unix", path)
	syscall.Umask(old)
	if err != nil {
		return fmt.Errorf("bot.ServeAdmin: %w", err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		l.Close()
		return fmt.Errorf("bot.ServeAdmin: %w", err)
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
			go a.serveAdminConn(conn)
		}
	}()
	return nil
}

func (a *App) serveAdminConn(conn net.Conn) {
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	var req AdminRequest
	if err := json.NewDecoder(bufio.NewReader(conn)).Decode(&req); err != nil {
		json.NewEncoder(conn).Encode(AdminResponse{Error: "unreadable request"})
		return
	}
	json.NewEncoder(conn).Encode(a.Admin(req))
}

// Admin answers one operator request. The admin socket calls it in the
// running bot; the command line calls it directly when no bot runs, so
// both paths are the same code.
func (a *App) Admin(req AdminRequest) AdminResponse {
	switch req.Op {
	case "invite":
		return a.AdminInvite(req)
	case "reminders":
		text, err := a.RemindersReport(req.At, req.Full)
		if err != nil {
			return AdminResponse{Error: err.Error()}
		}
		return AdminResponse{Text: text}
	case "export":
		return a.AdminExport(req)
	case "backup":
		return a.AdminBackup(req)
	}
	return AdminResponse{Error: "unknown operation " + req.Op}
}

// AdminExport renders a form's period for a unit as .xlsx or .csv, in a
// read-only transaction: the bot keeps serving while the operator exports.
func (a *App) AdminExport(req AdminRequest) AdminResponse {
	f := a.Config.Form(req.Form)
	if f == nil {
		return AdminResponse{Error: fmt.Sprintf("--form %q is not a form of %s", req.Form, a.Config.Source)}
	}
	p, err := f.Period(req.Period)
	if err != nil {
		return AdminResponse{Error: fmt.Sprintf("--period %q: expected e.g. 2026, 2026-H1, 2026-Q4 or 2026-11", req.Period)}
	}
	u := a.Config.Units.Get(req.Unit)
	if u == nil {
		return AdminResponse{Error: fmt.Sprintf("--unit %q is not a unit of %s", req.Unit, a.Config.Source)}
	}
	format := FormatXLSX
	if req.Format == FormatCSV {
		format = FormatCSV
	}
	lang := locales.ParseLang(req.Lang)
	var att Attachment
	err = a.Store.View(func(tx *store.Tx) error {
		var err error
		att, err = Export(tx, a.Config, u, f, p, format, lang)
		return err
	})
	if err != nil {
		a.log().Error("admin export failed", "err", err)
		return AdminResponse{Error: "the export could not be made; see the bot's log"}
	}
	file := att.File
	return AdminResponse{File: &file, Text: locales.Render(lang, att.Caption)}
}

// AdminBackup writes a consistent copy of the data file to req.Path while
// the bot keeps serving. Text says how many bytes were written.
func (a *App) AdminBackup(req AdminRequest) AdminResponse {
	b, ok := a.Store.(interface{ Backup(string) (int64, error) })
	if !ok {
		return AdminResponse{Error: "this store cannot be backed up"}
	}
	n, err := b.Backup(req.Path)
	if err != nil {
		a.log().Error("admin backup failed", "err", err)
		return AdminResponse{Error: err.Error()}
	}
	return AdminResponse{Text: fmt.Sprint(n)}
}

// AdminInvite creates an invite with the operator's full rights.
func (a *App) AdminInvite(req AdminRequest) AdminResponse {
	var inv *flows.Invite
	err := a.Store.Update(func(tx *store.Tx) error {
		var err error
		inv, err = CreateInvite(tx, a.Config, nil, req.Unit, req.Role, flows.TTL{Days: req.TTLDays, Exact: req.TTL}, a.now(), a.rand())
		return err
	})
	var ie *InviteError
	if errors.As(err, &ie) {
		return AdminResponse{Error: locales.Render(locales.ParseLang(req.Lang), ie.Msg)}
	}
	if err != nil {
		a.log().Error("admin invite failed", "err", err)
		return AdminResponse{Error: "the invite could not be stored; see the bot's log"}
	}
	return AdminResponse{Code: inv.Code, Link: DeepLink(a.botName(), inv.Code)}
}

// botName is the Telegram username: known to a running bot, remembered in
// the store for the command line.
func (a *App) botName() string {
	if a.BotName != "" {
		return a.BotName
	}
	name := ""
	a.Store.View(func(tx *store.Tx) error { name = tx.Meta("bot_username"); return nil })
	return name
}

// AskAdmin sends req to a running bot's socket. ok is false when no bot
// listens there.
func AskAdmin(path string, req AdminRequest) (AdminResponse, bool, error) {
	conn, err := net.DialTimeout("unix", path, 2*time.Second)
	if err != nil {
		return AdminResponse{}, false, nil
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	if err := json.NewEncoder(conn).Encode(req); err != nil {
		return AdminResponse{}, true, err
	}
	var resp AdminResponse
	if err := json.NewDecoder(conn).Decode(&resp); err != nil {
		return AdminResponse{}, true, err
	}
	return resp, true, nil
}
