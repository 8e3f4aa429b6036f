//go:build !js

// Package play holds the browser build that `backchannel host` serves
// under /play/, so that students can play their seat on the board. The
// build is embedded when the program is compiled after it: `make build`
// writes it into site/ (scripts/build-web.sh with OUT=server/play/site)
// and then compiles the program. A program compiled without it still
// hosts classes; students then play on their seat's page.
package play

import (
	"embed"
	"encoding/json"
	"io/fs"
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
