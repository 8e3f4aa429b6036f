// Package scenarios holds the built-in scenario files, embedded in the
// program. Package game/scenario reads them; tests walk this folder so
// that every file is also a test fixture.
package scenarios

import "embed"

// FS holds every *.toml file of this folder.
//
//go:embed *.toml
var FS embed.FS
