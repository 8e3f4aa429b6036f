// Package scenario reads Backchannel scenario files: TOML to game.Scenario,
// with every reference checked, expressions compiled, limits enforced on
// hostile input, lints for likely mistakes, a JSON Schema of the format for
// editors, the built-in scenarios, and a watcher that reloads a file when it
// changes on disk.
//
// Loading runs in stages so that every problem is reported at once, each
// with a file position: the raw bytes are checked against the size and
// nesting limits, BurntSushi/toml parses them into plain maps, a small
// scanner records where every key and value starts, a reflective decoder
// fills the format structs of format.go (checking types, ranges, unknown and
// missing keys), and the checker resolves references, compiles expressions
// and builds the game.Scenario. The same format structs generate the JSON
// Schema, so the schema and the loader cannot drift apart.
package scenario
