// Package assets embeds the game's data files: the map here, and fonts and
// images in sibling files.
package assets

import _ "embed"

// The map asset is generated from Natural Earth shapes and committed, so a
// normal build needs neither npm nor the network. To regenerate it, see
// docs/map.md.
//
//go:generate go run ../tools/mapgen -in ../tools/mapgen/node_modules/world-atlas/countries-50m.json -out map.json
//go:generate go run ../tools/mapgen -world -in ../tools/mapgen/node_modules/world-atlas/countries-110m.json -out world.json
//go:generate go run ../tools/mapbin map.json map.bin
//go:generate go run ../tools/mapbin world.json world.bin

// MapJSON is the map asset: country shapes of Europe to Iran, projected
// into map units. Decode it with backchannel/game/geo.Decode; the format is
// described there (game/geo/format.go).
//
//go:embed map.json
var MapJSON []byte

// WorldJSON is the world map asset, in the same format: every country but
// Antarctica from the coarser 1:110m shapes, on a Miller cylinder. The
// board draws it for scenarios set outside Europe and the Middle East.
//
//go:embed world.json
var WorldJSON []byte

// MapBin and WorldBin are MapJSON and WorldJSON in the binary form the game
// reads (decode them with backchannel/game/geo.DecodeBinary): the browser
// decodes them in milliseconds, the JSON in most of a second. go generate
// makes them from the JSON (tools/mapbin); a test of package geo checks
// that they match.
//
//go:embed map.bin
var MapBin []byte

//go:embed world.bin
var WorldBin []byte
