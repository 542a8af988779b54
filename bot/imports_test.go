package bot_test

import (
	"go/build"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

const module = "github.com/baocao/baocao"

// TestImportsRunOneWay keeps the house standing: a channel adapter never
// imports the app or the store, the domain imports no I/O, nothing imports
// cmd. Only the packages' own (non-test) files count: tests may wire
// anything together.
func TestImportsRunOneWay(t *testing.T) {
	imports := modulePackages(t)
	// ioPackages talk to the outside world; flows decides without them.
	ioPackages := []string{"os", "os/", "net", "net/", "syscall", "io/ioutil", "io/fs", "log", "log/",
		"database/", "go.etcd.io/bbolt", "github.com/go-telegram-bot-api/", "github.com/robfig/cron",
		"github.com/prometheus/"}
	// adapters translate one network to bot/channel, and nothing else.
	adapters := []string{"bot/telegram", "bot/console", "bot/zalo"}

	for pkg, deps := range imports {
		for _, dep := range deps {
			rel, own := strings.CutPrefix(dep, module+"/")
			switch {
			case own && (rel == "cmd" || strings.HasPrefix(rel, "cmd/")):
				t.Errorf("%s imports %s: nothing imports cmd", pkg, rel)
			case pkg == "bot/channel" && own:
				t.Errorf("bot/channel imports %s: the contract depends on no baocao package", rel)
			case contains(adapters, pkg) && own && rel != "bot/channel":
				t.Errorf("adapter %s imports %s: adapters import bot/channel only, never the app or the store", pkg, rel)
			case strings.HasPrefix(pkg, "bot/") && rel == "bot":
				t.Errorf("%s imports the app (bot): the rooms of bot/ are used by the app, never the other way", pkg)
			case pkg == "flows" && own && rel != "locales" && rel != "flows/reader":
				t.Errorf("flows imports %s: the domain imports no baocao package but locales and its reader", rel)
			case pkg == "flows/reader" && own && rel != "locales":
				t.Errorf("flows/reader imports %s: the reader stands alone, below flows", rel)
			case isUnder(pkg, "flows") && own && !isUnder(rel, "flows") && rel != "locales":
				t.Errorf("%s imports %s: the domain imports only itself and locales", pkg, rel)
			case isUnder(pkg, "flows") && hasPrefixAny(dep, ioPackages):
				t.Errorf("%s imports %s: the domain does no I/O (state, input and now in; state and messages out)", pkg, dep)
			case pkg == "locales" && own:
				t.Errorf("locales imports %s: the catalogs depend on nothing of baocao", rel)
			case pkg == "store" && own && !isUnder(rel, "flows") && rel != "locales":
				t.Errorf("store imports %s: the store knows the domain, not the app", rel)
			}
		}
	}
	for _, must := range []string{"bot", "bot/channel", "bot/telegram", "bot/console", "bot/outbox", "bot/schedule", "bot/admin", "flows", "store", "locales"} {
		if _, ok := imports[must]; !ok {
			t.Errorf("package %s not found: the test walks the wrong tree", must)
		}
	}
}

// modulePackages maps every package of the module (by its path inside the
// module) to its non-test imports.
func modulePackages(t *testing.T) map[string][]string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root not at %s: %v", root, err)
	}
	out := map[string][]string{}
	err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if name := d.Name(); path != root && (strings.HasPrefix(name, ".") || name == "testdata") {
			return filepath.SkipDir
		}
		p, err := build.ImportDir(path, 0)
		if err != nil {
			if _, none := err.(*build.NoGoError); none {
				return nil
			}
			return err
		}
		rel, _ := filepath.Rel(root, path)
		deps := append([]string(nil), p.Imports...)
		sort.Strings(deps)
		out[filepath.ToSlash(rel)] = deps
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func isUnder(pkg, dir string) bool { return pkg == dir || strings.HasPrefix(pkg, dir+"/") }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func hasPrefixAny(dep string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasSuffix(p, "/") && strings.HasPrefix(dep, p) || dep == p {
			return true
		}
	}
	return false
}
