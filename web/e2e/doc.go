// Package e2e holds the end-to-end tests of the browser build: they build the
// site with scripts/build-web.sh, serve it with web.NewHandler and drive
// Debian's Chromium, headless, with chromedp, as a player does: mouse clicks
// and key presses at places read off the screenshots.
//
//	TestBrowser             the page: first frame, title screen against a golden
//	                        screenshot, focus, compression, refused files, console;
//	                        writes build/e2e/metrics.json (scripts/bench-extra.sh)
//	TestBrowserUnsupported  the messages without WebAssembly or WebGL 2
//	TestPlaythrough         title → New game → tutorial → briefing → board, end a
//	                        turn, results, save from the pause menu, reload, load
//	TestSharedLink          ?scenario=tutorial&as=ALD&seed=3&difficulty=hard
//	TestBrokenLinks         links with an unknown seat, scenario, seed or difficulty:
//	                        refused before the download, in words; "Start without
//	                        the link" opens the title screen
//	TestPhone               a phone in portrait: "needs a computer" before the
//	                        download, and "Try anyway" starts the game
//	TestQuit                Quit ends on "Backchannel has ended", the tab stays
//	                        responsive, and "Start again" starts the game anew
//	TestScenarioFiles       a scenario file from the game's file picker button, and
//	                        one dropped on the title screen
//	TestScreenReader        the hidden mirror in Chromium's accessibility tree (title,
//	                        focus, a refused file's message), Tab leaving the game at
//	                        either end of its controls, one viewport meta tag
//	TestFileGameContinues   a dropped file's game, saved with the file's text, goes on
//	                        with Continue after a reload; dialogs and news in the mirror
//	TestTouch               a tablet-sized touch screen (Chromium's touch emulation):
//	                        a tap acts as a click
//	TestTouchGestures       on the same screen: a long press shows a tooltip and
//	                        presses nothing, taps choose and start, a drag scrolls
//	TestSameGameAsDesktop   all-AI games (DeterminismGames) give the same log hash in
//	                        the browser (hashgame) as in the test process
//	TestLetterBoard         five turns of letter-2009 from a shared link: the
//	                        WebAssembly memory against its budget, and the page's
//	                        long tasks; writes build/e2e/board-metrics.json
//
// TestBrowser also builds the bare app (./web/e2e/bare, one colour on the
// screen) and measures its first frame in the same run as the game's, a
// visit of each in turn (every other pair with the bare app first), for make
// bench's ratio: the median of the pairs' ratios.
//
// Every save that the game writes into localStorage during the tests is also
// replayed in the test process, which must reach the log hash that the
// browser computed.
//
// The game runs with the command line "play -trace" (window.backchannelArgs),
// so it names each screen on the console and the tests wait for screens by
// name rather than for time to pass.
//
//	go test ./web/e2e                 run them (skipped without Chromium unless CI is set)
//	go test ./web/e2e -update         rewrite the golden screenshot in testdata/ (then look at it)
//	BACKCHANNEL_CHROMIUM=/path/chrome go test ./web/e2e
//	BACKCHANNEL_E2E_RUNS=5 go test -run '^TestBrowser$' ./web/e2e   the first frame, 5 pairs of visits
//
// Screenshots and measurements go to build/e2e/ at the repository's root.
package e2e
