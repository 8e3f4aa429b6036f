//go:build !js

// Package play holds the browser build that `backchannel host` serves
// under /play/, so that students can play their seat on the board. The
// build is embedded when the program is compiled after it: `make build`
// writes it into site/ (scripts/build-web.sh with OUT=server/play/site)
// and then compiles the program. A program compiled without it still
// hosts classes; students then play on their seat's page. `host` and
// `serve` both choose what to serve with Open.
package play

import (
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"

	"backchannel/web"
)

// files is site/: its README alone, or a whole browser build.
//
//go:embed site
var files embed.FS

// Site returns the embedded browser build and its version (game.json's,
// which changes with game.wasm); ok is false when the program was
// compiled without one.
func Site() (site fs.FS, version string, ok bool) {
	sub, err := fs.Sub(files, "site")
	if err != nil {
		return nil, "", false
	}
	if _, err := fs.Stat(sub, "game.wasm"); err != nil {
		return nil, "", false
	}
	b, err := fs.ReadFile(sub, "game.json")
	if err != nil {
		return nil, "", false
	}
	var meta struct {
		Version string `json:"version"`
	}
	if json.Unmarshal(b, &meta) != nil || meta.Version == "" {
		return nil, "", false
	}
	return sub, meta.Version, true
}

// Open chooses the browser build to serve: the folder dir, or with dir
// empty the build inside the program. where says which, in words; ok is
// false when there is none, and where is then a sentence saying how to get
// one.
func Open(dir string) (h http.Handler, where string, ok bool) {
	if dir != "" {
		for _, f := range []string{"index.html", "game.wasm"} {
			if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
				return nil, "There is no browser build in " + dir + ": scripts/build-web.sh makes one.", false
			}
		}
		return web.NewHandler(dir), "the browser build in " + dir, true
	}
	if site, version, ok := Site(); ok {
		return web.NewFSHandler(site, version), "the browser build inside this program", true
	}
	return nil, "This program was compiled without the browser build: `make build` compiles the program with it.", false
}
