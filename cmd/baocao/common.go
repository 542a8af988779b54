package main

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/store"
)

// common holds the flags every command shares.
type common struct {
	config    string
	data      string
	logFormat string
	logLevel  string
}

func (c *common) register(fs *flag.FlagSet, defaultData string) {
	fs.StringVar(&c.config, "config", "", "configuration file (default: the embedded sample district)")
	fs.StringVar(&c.data, "data", defaultData, "data directory")
	fs.StringVar(&c.logFormat, "log-format", "text", "log format: text or json")
	fs.StringVar(&c.logLevel, "log-level", "info", "log level: debug, info, warn, error")
}

// loadConfig reads the configuration, or the embedded sample.
func (c *common) loadConfig() (*flows.Config, error) {
	if c.config == "" {
		return flows.ParseConfig(sample.Name, sample.YAML)
	}
	data, err := os.ReadFile(c.config)
	if err != nil {
		return nil, fmt.Errorf("cannot read the configuration: %w", err)
	}
	return flows.ParseConfig(c.config, data)
}

// openStore opens the data file, failing fast if another baocao holds it.
func (c *common) openStore() (*store.DB, error) {
	db, err := store.Open(c.data, time.Second)
	if errors.Is(err, store.ErrLocked) {
		return nil, fmt.Errorf("another baocao is already running on %s (only one process may use a data directory); stop it or use --data", c.data)
	}
	return db, err
}

func (c *common) logger(secrets ...string) *slog.Logger {
	return newLogger(os.Stderr, c.logFormat, c.logLevel, secrets...)
}

// fail prints a message for the operator and returns the exit code.
func fail(format string, args ...any) int {
	fmt.Fprintf(os.Stderr, "baocao: "+format+"\n", args...)
	return 1
}
