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
