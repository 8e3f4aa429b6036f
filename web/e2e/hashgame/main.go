// Command hashgame plays the all-AI games of e2e.DeterminismGames and
// reports the hash of each game's log. TestSameGameAsDesktop builds it for
// js/wasm, loads it in Chromium with the game's own page (index.html and
// loader.js) and compares the hashes with the ones the test computes on the
// desktop: the same scenario, seed and orders must give the same log, byte
// for byte, in the browser.
//
// In the browser it publishes, on window:
//
//	backchannelHashes  a JSON array of e2e.GameResult, one per game
//	backchannelHash    the hash of the first game (tutorial, seed 7), set last
//
// On the desktop (go run ./web/e2e/hashgame) it prints the same JSON.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"backchannel/web/e2e"
)

func main() {
	var results []e2e.GameResult
	for _, s := range e2e.DeterminismGames {
		results = append(results, e2e.PlayAllAI(s))
	}
	out, err := json.Marshal(results)
	if err != nil {
		fmt.Fprintln(os.Stderr, "hashgame:", err)
		os.Exit(1)
	}
	publish(string(out), results[0].Hash)
}
