// Command mapbin writes the binary form of a map asset (see
// backchannel/game/geo.EncodeBinary), which the game decodes, from the
// JSON asset that tools/mapgen writes and people read:
//
//	go run ./tools/mapbin IN.json OUT.bin
//
// go generate ./assets runs it for both maps.
package main

import (
	"fmt"
	"os"

	"backchannel/game/geo"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: mapbin IN.json OUT.bin")
		os.Exit(2)
	}
	if err := convert(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "mapbin:", err)
		os.Exit(1)
	}
}

func convert(in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	bin, err := geo.EncodeBinary(data)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	return os.WriteFile(out, bin, 0o644)
}
