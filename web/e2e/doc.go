// Package e2e holds the end-to-end tests of the browser build: they build the
// site with scripts/build-web.sh, serve it with web.NewHandler and drive
// Debian's Chromium, headless, with chromedp. See e2e_test.go and
// docs/hosting.md.
//
//	go test ./web/e2e                 run them (skipped without Chromium unless CI is set)
//	go test ./web/e2e -update         rewrite the golden screenshot in testdata/
//	BACKCHANNEL_CHROMIUM=/path/chrome go test ./web/e2e
//
// Screenshots and measurements go to build/e2e/ at the repository's root.
package e2e
