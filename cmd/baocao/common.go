package main

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/flows/units"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// common holds the flags every command shares.
type common struct {
	config    string
	sample    string
	data      string
	logFormat string
	logLevel  string
	// chosen is how the configuration was found, once loaded: a catalog
	// key op.config_by_* for messages that depend on it.
	chosen string
	// backupDir is serve's --backup-dir: a damaged file's message names
	// the latest good backup in it.
	backupDir string
}

func (c *common) register(fs *flag.FlagSet, defaultData string) {
	fs.StringVar(&c.config, "config", "", help("flag.config"))
	fs.StringVar(&c.sample, "sample", "", locales.Render(operatorLang(), locales.M("flag.sample", "names", locales.Plain(strings.Join(sample.Names(), ", ")), "default", locales.Plain(sample.Default))))
	fs.StringVar(&c.data, "data", defaultData, help("flag.data"))
	fs.StringVar(&c.logFormat, "log-format", "text", help("flag.log_format"))
	fs.StringVar(&c.logLevel, "log-level", "info", help("flag.log_level"))
}

// dataConfigName is the configuration kept in the data directory, where
// `baocao config init` writes it.
const dataConfigName = "config.yaml"

// loadConfig reads the configuration, found the same way by every command:
// --config (or --sample), else $BAOCAO_CONFIG, else config.yaml in the data
// directory, else the embedded default sample. So an operator who serves a
// province never gets the sample by forgetting a flag.
//
// Its form of address (address:) becomes the one every message uses.
func (c *common) loadConfig() (*flows.Config, error) {
	name, data, err := c.configText()
	if err != nil {
		return nil, err
	}
	cfg, err := flows.ParseConfig(name, data)
	if err != nil {
		return nil, err
	}
	if err := units.AttachBefore(cfg); err != nil {
		return nil, err
	}
	if cfg.Warnings != nil {
		// Said on every command that loads the file (the operator sees it
		// at start, in `config check` and beside any other command), on
		// standard error so that a command's output stays clean.
		lang := operatorLang()
		fmt.Fprintln(os.Stderr, locales.Render(lang, locales.M("config.warnings", "count", len(cfg.Warnings.Problems))))
		fmt.Fprintln(os.Stderr, cfg.Warnings.Render(lang))
	}
	locales.SetAddress(cfg.Address)
	return cfg, nil
}

// configText finds the configuration (see loadConfig) and returns its
// name for messages and its text.
func (c *common) configText() (string, []byte, error) {
	path := c.config
	switch {
	case path != "":
		c.chosen = "op.config_by_flag"
	case c.sample != "":
		file, data, ok := sample.Named(c.sample)
		if !ok {
			return "", nil, opErr("op.no_sample", "name", c.sample, "names", locales.Plain(strings.Join(sample.Names(), ", ")))
		}
		c.chosen = "op.config_by_sample"
		return file, data, nil
	case os.Getenv("BAOCAO_CONFIG") != "":
		path, c.chosen = os.Getenv("BAOCAO_CONFIG"), "op.config_by_env"
	default:
		kept := filepath.Join(c.data, dataConfigName)
		if _, err := os.Stat(kept); err == nil && c.data != "" {
			path, c.chosen = kept, "op.config_by_data"
			break
		}
		c.chosen = "op.config_by_default"
		return sample.Name, sample.YAML, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", nil, &configReadError{path: path, err: err}
	}
	return path, data, nil
}

// failNotIn prints a "not in the configuration" message, then which
// configuration was read and how to choose another.
func (c *common) failNotIn(cfg *flows.Config, key string, kv ...any) int {
	code := failMsg(key, kv...)
	c.configHint(cfg)
	return code
}

// configHint says which configuration was read and how to choose another,
// for a message that something is not in it.
func (c *common) configHint(cfg *flows.Config) {
	if c.chosen == "" {
		return
	}
	lang := operatorLang()
	fmt.Fprintln(os.Stderr, locales.Render(lang, locales.M("op.config_hint", "file", cfg.Source, "how", locales.M(c.chosen, "data", c.data))))
}

// configReadError is a configuration file that cannot be read at all.
type configReadError struct {
	path string
	err  error
}

func (e *configReadError) Error() string { return "cannot read the configuration: " + e.err.Error() }
func (e *configReadError) Unwrap() error { return e.err }

// operatorLang is the language of the operator's terminal: Vietnamese, or
// English when BAOCAO_LANG=en.
func operatorLang() locales.Lang { return locales.ParseLang(os.Getenv("BAOCAO_LANG")) }

// configFail prints why the configuration did not load, in the operator's
// language, and returns the exit code.
func configFail(err error) int {
	lang := operatorLang()
	var ce *flows.ConfigError
	if errors.As(err, &ce) {
		fmt.Fprintln(os.Stderr, ce.Render(lang))
		fmt.Fprintln(os.Stderr, locales.Render(lang, locales.M("config.summary", "count", len(ce.Problems))))
		return 1
	}
	var re *configReadError
	if errors.As(err, &re) {
		return fail("%s", locales.Render(lang, locales.M("config.cannot_read", "file", re.path, "detail", re.err.Error())))
	}
	return failWith(err)
}

// openStore opens the data file, failing fast if another baocao holds it.
// A file of an older schema is migrated (its backup made first) and the
// units' eras of cfg settled (store.SettleEras): each is logged.
func (c *common) openStore(cfg *flows.Config) (*store.DB, error) {
	return c.openStoreWith(cfg, store.Open)
}

// openStoreWith is openStore with another way to open (store.OpenChecked).
func (c *common) openStoreWith(cfg *flows.Config, open func(string, time.Duration) (*store.DB, error)) (*store.DB, error) {
	db, err := open(c.data, time.Second)
	if errors.Is(err, store.ErrLocked) {
		return nil, opErr("op.locked", "data", c.data)
	}
	switch {
	case err == nil:
		log := c.logger()
		for _, m := range db.Migrated {
			log.Info("store migrated", "file", db.Path, "what", m)
		}
		notes, err := db.SettleEras(cfg, time.Now())
		if err != nil {
			db.Close()
			return nil, opErr("op.store_failed", "data", c.data, "detail", err.Error())
		}
		for _, n := range notes {
			log.Info("units' era", "what", n)
		}
		return db, nil
	case errors.Is(err, store.ErrTooNew):
		return nil, opErr("op.too_new", "data", c.data)
	case errors.Is(err, store.ErrDamaged):
		return nil, damagedErrWith(c.data, err, latestGood(c.backupDir))
	}
	return nil, opErr("op.store_failed", "data", c.data, "detail", err.Error())
}

// damagedErr is the message for a damaged data file: it names the file and
// `baocao restore`, and says nothing was written.
func damagedErr(data string, err error) error {
	return opErr("op.damaged", "file", filepath.Join(data, store.FileName), "data", data, "detail", reason(err))
}

// damagedErrWith is damagedErr naming the backup to restore, when the
// scheduled backups' directory has a good one.
func damagedErrWith(data string, err error, backup string) error {
	if backup == "" {
		return damagedErr(data, err)
	}
	return opErr("op.damaged_backup", "file", filepath.Join(data, store.FileName), "data", data, "detail", reason(err), "backup", backup)
}

// reason is what follows "damaged: " in a store error: why, without the
// chain of operations.
func reason(err error) string {
	detail := err.Error()
	if _, after, ok := strings.Cut(detail, store.ErrDamaged.Error()+": "); ok {
		return after
	}
	return detail
}

func (c *common) logger(secrets ...string) *slog.Logger {
	return newLogger(os.Stderr, c.logFormat, c.logLevel, secrets...)
}

// fail prints a message for the operator and returns the exit code.
func fail(format string, args ...any) int {
	fmt.Fprintf(os.Stderr, "baocao: "+format+"\n", args...)
	return 1
}

// opError is a failure the operator reads: a catalog message, rendered in
// their language (BAOCAO_LANG) when printed.
type opError struct{ msg locales.Msg }

func (e *opError) Error() string { return locales.Render(locales.EN, e.msg) }

func opErr(key string, kv ...any) error { return &opError{locales.M(key, kv...)} }

// failMsg prints a catalog message for the operator and returns the exit code.
func failMsg(key string, kv ...any) int {
	return fail("%s", locales.Render(operatorLang(), locales.M(key, kv...)))
}

// failWith prints err for the operator: a designed message in their
// language, or, for anything unforeseen, a sentence quoting the error so it
// can still be diagnosed.
func failWith(err error) int {
	var oe *opError
	var ce *flows.ConfigError
	switch {
	case errors.As(err, &oe):
		return fail("%s", locales.Render(operatorLang(), oe.msg))
	case errors.As(err, &ce):
		return configFail(err)
	case errors.Is(err, store.ErrDamaged):
		return fail("%s", locales.Render(operatorLang(), locales.M("op.damaged", "file", store.FileName, "data", ".", "detail", reason(err))))
	}
	return failMsg("op.failed", "detail", err.Error())
}

// askBot sends req to the bot running on the data directory, over its
// admin socket; when none runs, it opens the data file and answers the
// request here with the same code (bot.App.Admin). cfg may be nil: it is
// then loaded. A non-zero code means the operator has been told why.
func (c *common) askBot(req admin.Request, cfg *flows.Config) (admin.Response, int) {
	resp, reached, err := admin.Ask(filepath.Join(c.data, adminSocket), req)
	if err != nil {
		return resp, failMsg("op.bot_silent", "detail", err.Error())
	}
	local := !reached
	if !reached {
		if cfg == nil {
			if cfg, err = c.loadConfig(); err != nil {
				return resp, configFail(err)
			}
		}
		db, err := c.openStore(cfg)
		if err != nil {
			return resp, failWith(err)
		}
		defer db.Close()
		resp = (&bot.App{Store: db, Config: cfg, Log: c.logger()}).Admin(req)
	}
	if resp.Error != "" {
		code := failMsg("op.refused", "detail", resp.Error)
		if local {
			c.configHint(cfg)
		}
		return resp, code
	}
	return resp, 0
}
