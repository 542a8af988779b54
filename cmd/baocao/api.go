package main

import (
	"errors"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/bot/api"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// The admin socket's operations for tokens: Unit and Person carry the
// token's unit and name (create) or its id (revoke).
const (
	opTokenCreate = "api_token_create"
	opTokenList   = "api_token_list"
	opTokenRevoke = "api_token_revoke"
)

// apiCmd: baocao api token create --unit CODE --name NAME | list | revoke ID.
// A running bot is asked through its admin socket; otherwise the data file
// is opened directly. create prints the token once, alone on its last line.
func apiCmd(args []string) int {
	if len(args) < 2 || args[0] != "token" {
		return failMsg("op.api_usage")
	}
	sub, args := args[1], args[2:]
	fs := newFlags("api token " + sub)
	var c common
	c.register(fs, "./data")
	var unit, name, id *string
	switch sub {
	case "create":
		unit = fs.String("unit", "", help("flag.api_unit"))
		name = fs.String("name", "", help("flag.api_name"))
	case "list":
	case "revoke":
		id = fs.String("id", "", "ID")
		if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
			*id, args = args[0], args[1:]
		}
	default:
		return failMsg("op.api_usage")
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	req := admin.Request{Lang: string(operatorLang()), Operator: operatorName()}
	switch sub {
	case "create":
		if *unit == "" || strings.TrimSpace(*name) == "" {
			return failMsg("op.api_usage")
		}
		req.Op, req.Unit, req.Person = opTokenCreate, *unit, *name
	case "list":
		req.Op = opTokenList
	case "revoke":
		if *id == "" {
			return failMsg("op.api_usage")
		}
		req.Op, req.Person = opTokenRevoke, *id
	}
	resp, code := c.askTokens(req)
	if code != 0 {
		return code
	}
	fmt.Print(resp.Text)
	if resp.Code != "" {
		fmt.Println(resp.Code) // the token, alone on the last line
	}
	return 0
}

// askTokens asks a running bot, or answers from the data file when none
// runs (the bot holds the file's lock).
func (c *common) askTokens(req admin.Request) (admin.Response, int) {
	resp, reached, err := admin.Ask(filepath.Join(c.data, adminSocket), req)
	if err != nil {
		return resp, failMsg("op.bot_silent", "detail", err.Error())
	}
	if !reached {
		cfg, err := c.loadConfig()
		if err != nil {
			return resp, configFail(err)
		}
		db, err := c.openStore(cfg)
		if err != nil {
			return resp, failWith(err)
		}
		defer db.Close()
		resp = tokenAdmin(&bot.App{Store: db, Config: cfg, Log: c.logger()}, nil)(req)
	}
	if resp.Error != "" {
		return resp, fail("%s", resp.Error)
	}
	return resp, 0
}

// tokenAdmin answers the token operations and hands any other to next
// (the app's own App.Admin): serve puts it in front of the admin socket.
func tokenAdmin(app *bot.App, next func(admin.Request) admin.Response) func(admin.Request) admin.Response {
	return func(req admin.Request) admin.Response {
		lang := locales.ParseLang(req.Lang)
		say := func(key string, kv ...any) string { return locales.Render(lang, locales.M(key, kv...)) }
		now := app.Now
		if now == nil {
			now = time.Now
		}
		by := "cli"
		if req.Operator != "" {
			by = "cli:" + req.Operator
		}
		var resp admin.Response
		var err error
		switch req.Op {
		case opTokenCreate:
			if app.Config.Units.Get(req.Unit) == nil {
				return admin.Response{Error: say("op.no_unit", "unit", req.Unit, "file", app.Config.Source)}
			}
			err = app.Store.Update(func(tx *store.Tx) error {
				rec, secret, err := api.CreateToken(tx, app.Config, req.Unit, req.Person, by, now())
				resp = admin.Response{Code: secret, Text: say("op.api_token_created", "id", rec.ID, "name", rec.Name, "unit", unitLabel(app, rec.Unit)) + "\n"}
				return err
			})
		case opTokenList:
			var list []store.APIToken
			err = app.Store.View(func(tx *store.Tx) error {
				var err error
				list, err = tx.APITokens()
				return err
			})
			var b strings.Builder
			if len(list) == 0 {
				b.WriteString(say("op.api_token_none") + "\n")
			}
			for _, t := range list {
				revoked := ""
				if !t.Active() {
					revoked = say("op.api_token_revoked_at", "at", locales.DateTime(t.Revoked))
				}
				b.WriteString(say("op.api_token_row", "id", t.ID, "unit", t.Unit, "name", t.Name,
					"created", locales.DateTime(t.Created), "revoked", locales.Plain(revoked)) + "\n")
			}
			resp.Text = b.String()
		case opTokenRevoke:
			err = app.Store.Update(func(tx *store.Tx) error {
				rec, err := api.RevokeToken(tx, req.Person, by, now())
				if err == nil {
					resp.Text = say("op.api_token_revoked", "id", rec.ID, "name", rec.Name) + "\n"
				}
				return err
			})
			if errors.Is(err, store.ErrNotFound) {
				return admin.Response{Error: say("op.api_token_unknown", "id", req.Person)}
			}
		default:
			if next == nil {
				return admin.Response{Error: say("op.unknown_op", "op", req.Op)}
			}
			return next(req)
		}
		if err != nil {
			app.Log.Error("admin: api token", "op", req.Op, "err", err)
			return admin.Response{Error: say("op.failed", "detail", err.Error())}
		}
		return resp
	}
}

// unitLabel names a unit or cluster for the operator: "Cụm thi đua số 11 (cum_391)".
func unitLabel(app *bot.App, code string) locales.Plain {
	return locales.Plain(app.Config.Units.Get(code).Name + " (" + code + ")")
}

// apiHandler is the read-only API for app, mounted at /api/v1/ on the
// public server.
func apiHandler(app *bot.App, publicURL string) http.Handler {
	return api.New(api.Options{Store: app.Store, Config: app.Config, Bot: bot.WebSide{App: app},
		Now: app.Now, Log: app.Log, PublicURL: publicURL})
}
