//go:build !js

package e2e

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"backchannel/game/class"
	classserver "backchannel/server"
	"backchannel/server/client"
	"backchannel/server/servertest"
	"backchannel/web"
)

// TestClassSeatOnTheBoard plays a seat of a class server on the board of
// the browser build, as a student does: the class server serves the site
// under /play/ (as the build embedded in the program); the student opens the seat's link, types a
// name, follows "Play on the board", and the game opens on the seat's
// turn. End turn, then "End the turn" (no orders) hands in, and the server
// has it (a second connection to the seat sees it).
func TestClassSeatOnTheBoard(t *testing.T) {
	t.Parallel()
	chromium(t)
	dir := site(t, gamePackage)
	ctx := context.Background()
	// Served from an fs.FS as `backchannel host` serves the build embedded
	// in the program (no modification times: the version makes the ETags).
	h := servertest.Start(t, classserver.Options{Web: web.NewFSHandler(os.DirFS(dir), "e2e")})
	cr := h.Create(classserver.CreateRequest{Name: "Seminar", Scenario: "letter-2009", Seed: 2,
		Seats: []class.SeatConfig{{Actor: "USA", Human: true}}})

	b := &tab{t: t, ctx: newBrowser(t), born: time.Now(), traced: true}
	b.cons = collectConsole(b.ctx)
	// The game names its screens on the console (see gameArgs).
	if _, err := chromedp.Call(b.ctx, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: "window.backchannelArgs = " + jsStrings(gameArgs) + ";"}); err != nil {
		t.Fatal(err)
	}
	do(t, b.ctx, 10*time.Second, chromedp.EmulateViewport(viewportW, viewportH))
	do(t, b.ctx, 60*time.Second, chromedp.Navigate(h.URL+"/s/"+cr.Seats["USA"]))
	poll[bool](t, b.ctx, 30*time.Second, `!document.getElementById('join-box').hidden`)
	eval[bool](t, b.ctx, `(() => { document.getElementById('name').value = 'Ada'; document.getElementById('join-btn').click(); return true })()`)
	poll[bool](t, b.ctx, 30*time.Second, `!document.getElementById('game').hidden && !document.getElementById('board-box').hidden`)
	eval[bool](t, b.ctx, `(() => { document.getElementById('board-link').click(); return true })()`)
	// Generous: a loaded machine compiles 29 MB of WebAssembly slowly.
	if ms := pollAcross[float64](t, b.ctx, 180*time.Second, firstFrameJS); ms < 0 {
		t.Fatalf("the board did not start: %v\n%s", eval[map[string]any](t, b.ctx, `window.backchannelStatus`), strings.Join(b.cons.all(), "\n"))
	}
	if got := eval[string](t, b.ctx, `location.pathname + location.search`); got != "/play/?seat="+cr.Seats["USA"] {
		t.Errorf("the board is at %s", got)
	}

	// A second connection to the seat watches for the hand-in.
	wctx, cancel := context.WithTimeout(ctx, patient(3*time.Minute))
	defer cancel()
	watch, err := client.Dial(wctx, h.URL, cr.Seats["USA"], "e2e-watcher-0123456789", client.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer watch.Close()
	if v, err := watch.State(wctx); err != nil || v.HandedIn != nil || v.Members[0].Name != "Ada" {
		t.Fatalf("before the hand-in: %+v %v", v, err)
	}
	b.waitScreen("Table", screenTimeout)
	b.clickAt(boardEndTurn) // the board asks, as there are no orders
	b.waitScreen("Dialog", screenTimeout)
	b.clickAt(dialogEndTurn)
	if _, err := watch.Until(wctx, func(v *class.SeatView) bool { return v.HandedIn != nil || v.Clock.Round > 0 }); err != nil {
		b.shot("class-seat-board.png")
		t.Fatalf("the board's hand-in never reached the server: %v", err)
	}
	b.shot("class-seat-board.png")
	if p := b.cons.problems(); len(p) > 0 {
		t.Errorf("the console has %d errors:\n%s", len(p), strings.Join(p, "\n"))
	}
}
