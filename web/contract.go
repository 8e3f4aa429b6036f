// Package web holds the browser build of Backchannel: the static files of the
// site (index.html, loader.js, style.css, favicon.svg), the Go side of the
// small contract between the page and the game, and the HTTP handler that
// serves a built site (backchannel serve, and the end-to-end tests).
//
// # The JS↔Go contract
//
// loader.js (the page) and this package (the game) talk only through these
// names on window. loader.js documents the same list; change both together.
//
//	window.backchannelPendingFiles   Array of {name: string, text: string}
//	    The page appends one entry for each scenario file that the player opens
//	    with the "Open scenario file" button or drops on the page. The page
//	    reads the file as UTF-8 text and refuses files over MaxFileBytes (it
//	    shows a message itself). The game drains the array with PendingFiles,
//	    typically once per Update. JS and Go run on one thread, so draining
//	    cannot race with an append.
//
//	window.backchannelPickFile()      function, set by the page
//	    Opens the file picker, as the button does. OpenFilePicker calls it so
//	    that the game's own UI can offer "Open file…". Browsers only open a
//	    picker shortly after a user gesture (a click or a key press).
//
//	window.backchannelFirstFrame(ms)  function, set by the page
//	    The game calls it once, through NotifyFirstFrame, when it has drawn its
//	    first frame. The page then hides the loading screen. ms is
//	    performance.now() at that moment, that is milliseconds since the
//	    navigation started; the page keeps it in window.backchannelFirstFrameAt
//	    (the end-to-end tests read it). If the game never calls it, the page
//	    hides the loading screen a few seconds after the canvas appears.
//
//	window.backchannelWake()          function, set by the game (SetWake)
//	    The page calls it after it has queued files, so that a game that
//	    runs frames only on demand takes them at once. Without it the page
//	    sends the window a resize event, on which ebiten runs a frame.
//
//	window.backchannelMirror(json)     function, set by the page
//	    The game calls it, through Mirror, whenever its screen changes in
//	    words: a ui.Description as JSON, {title, focus, tip, dialog, news,
//	    atFirst, atLast}. The page keeps a hidden copy of it in the DOM for
//	    screen readers (the canvas is only pixels to them), announces new
//	    news in a live region, and, when focus is on the game's first or
//	    last control, lets Shift+Tab or Tab leave the game for the page's
//	    own controls instead of the game going round.
//
//	window.backchannelStatus.marks     object, set by the page
//	    performance.now() at the end of each step of the start. The game
//	    adds its own through Mark: firstScreen, when its first real screen
//	    (not the plain loading frame) is drawn.
//
//	window.backchannelMetrics()       function, set by the game (StartBrowser)
//	    Returns a few of the Go runtime's runtime/metrics, keyed by name
//	    without the unit ("/gc/heap/goal"). The page's status object
//	    (backchannelStatus.memory) reads it with the size of the
//	    WebAssembly memory; the end-to-end tests and make bench report both.
//
//	window.backchannelStacks()        function, set by the game (StartBrowser)
//	    Returns the stacks of all the game's goroutines as text. The
//	    end-to-end tests print it when a screen they wait for does not come,
//	    to tell a game stuck inside a frame from one that never got the input.
//
//	location.search                   ?scenario=NAME&as=ACTOR&seed=N&difficulty=D
//	    Read by QueryParams. The page checks them first against the scenarios
//	    listed in game.json and refuses a broken link before the download.
//
//	window.backchannelArgs            for tests and debugging only
//	    An array of strings set before the game starts; the page appends it
//	    to the game's command line (os.Args[1:]), e.g. ["play", "-trace"].
//
// Desktop builds compile the same functions as no-ops (see contract_other.go),
// so the game calls them without build tags of its own.
package web

import (
	"net/url"
	"strings"
)

// MaxFileBytes is the largest scenario file the page hands to the game. The
// page enforces it (loader.js holds the same number) and says so to the player.
const MaxFileBytes = 4 << 20

// The URL query parameters that set up a game, for a link that an instructor
// shares: ?scenario=letter-2009&as=russia&seed=42&difficulty=hard.
const (
	ParamScenario   = "scenario"
	ParamAs         = "as"
	ParamSeed       = "seed"
	ParamDifficulty = "difficulty"
)

// File is a scenario file that the player opened in the page.
type File struct {
	Name string // the file's base name as the browser reports it, e.g. "crisis.toml"
	Text string // its content, decoded as UTF-8
}

// ParseQuery turns a URL query string ("?a=1&b=2" or "a=1&b=2") into a map
// holding the first value of each parameter. Malformed pairs are skipped, so
// a mangled link still opens the game. QueryParams uses it on the page's
// location.search.
func ParseQuery(search string) map[string]string {
	search = strings.TrimPrefix(search, "?")
	out := map[string]string{}
	for pair := range strings.SplitSeq(search, "&") {
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		k, err1 := url.QueryUnescape(k)
		v, err2 := url.QueryUnescape(v)
		if err1 != nil || err2 != nil || k == "" {
			continue
		}
		if _, seen := out[k]; !seen {
			out[k] = v
		}
	}
	return out
}
