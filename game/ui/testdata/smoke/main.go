// Command smoke runs the title screen with the real keyboard and window,
// for the real-input test in package screen, which drives it with xdotool.
// It reports on stderr what the player changed and where they left.
package main

import (
	"fmt"
	"log"
	"os"

	"backchannel/game/ui"
	"backchannel/game/ui/screen"
)

func main() {
	app, err := ui.NewApp(screen.NewTitle(screen.TitleConfig{}), ui.Options{
		SettingsChanged: func(s ui.Settings) { fmt.Fprintf(os.Stderr, "settings scale=%v\n", s.Scale) },
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := ui.Run(app, os.Args[1]); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "exit on %T after %d draws\n", app.Top(), app.Draws())
}
