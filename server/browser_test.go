//go:build !js

package server_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"backchannel/server/store"
)

// TestClassInBrowsers plays a real class in Chromium, as web/e2e drives
// it: an instructor's console and three students, each in a browser
// context of their own (their own localStorage), with two AI seats. The
// instructor creates a session of letter-2009 in the console; the
// students join by their seat links and type their names. Turn 1 every
// team hands in; turn 2 one team misses the deadline the instructor sets
// and the AI plays its seat; the instructor injects an event, a student
// reloads the page and is back at the same seat and turn, and turn 3
// resolves. The reports then download from the console and a student's page.
func TestClassInBrowsers(t *testing.T) {
	h := startHost(t, filepath.Join(t.TempDir(), "class.sqlite"))
	browser := newChromium(t)

	// Each person gets a browser context of their own (their own
	// localStorage and cookies). The first Run on a tab attaches it and
	// binds its event loop to the context given: it must have no deadline,
	// or the tab goes deaf when that deadline's context is cancelled (every
	// later call then waits forever). Errors on any page's console fail
	// the test at the end.
	var mu sync.Mutex
	var problems []string
	tab := func() context.Context {
		ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
		t.Cleanup(cancel)
		if err := chromedp.Do(ctx); err != nil {
			t.Fatal(err)
		}
		msgs := chromedp.Console(ctx)
		go func() {
			for m, err := range msgs {
				if err != nil {
					return
				}
				if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
					mu.Lock()
					problems = append(problems, fmt.Sprintf("%s (%s:%d)", m, m.URL, m.Line+1))
					mu.Unlock()
				}
			}
		}()
		return ctx
	}
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		if len(problems) > 0 {
			t.Errorf("the pages' consoles have errors:\n%s", strings.Join(problems, "\n"))
		}
	}()
	js := func(ctx context.Context, expr string) string {
		t.Helper()
		c, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		v, err := chromedp.Run(c, chromedp.Evaluate[string]("Promise.resolve("+expr+").then(String)", chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return v
	}
	until := func(ctx context.Context, what, expr string) {
		t.Helper()
		c, cancel := context.WithTimeout(ctx, 60*time.Second)
		defer cancel()
		if _, err := chromedp.Run(c, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
			c2, cancel2 := context.WithTimeout(ctx, 5*time.Second)
			defer cancel2()
			page, perr := chromedp.Run(c2, chromedp.Evaluate[string]("location.href + ' | ' + document.documentElement.outerHTML.slice(0, 300) + ' | ' + document.body.innerText.slice(0, 500)"))
			t.Log(perr)
			t.Fatalf("waiting for %s (%s): %v\nthe page: %s", what, expr, err, page)
		}
	}
	navigate := func(ctx context.Context, url string) {
		t.Helper()
		c, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(c, chromedp.Navigate(url)); err != nil {
			t.Fatal(err)
		}
	}

	// The instructor creates a session: letter-2009, three student seats.
	console := tab()
	navigate(console, h.ts.URL+"/console#key="+h.srv.AdminKey())
	until(console, "the scenario list", `document.querySelectorAll('#s-scenario option').length > 0`)
	js(console, `(() => { const s = document.getElementById('s-scenario'); s.value = 'letter-2009'; s.dispatchEvent(new Event('change')); return 1 })()`)
	js(console, `(() => { document.getElementById('s-name').value = 'Seminar B'; document.getElementById('s-minutes').value = '0'; return 1 })()`)
	until(console, "the seats", `document.querySelectorAll('#s-seats tr').length === 5`)
	js(console, `document.getElementById('create-btn').click()`)
	until(console, "the session's seat links", `document.querySelectorAll('#seats a.seat-link').length === 3`)
	links := strings.Split(js(console, `[...document.querySelectorAll('#seats a.seat-link')].map(a => a.href).join(' ')`), " ")
	code := js(console, `document.getElementById('sess-code').textContent`)
	if len(code) != 9 || js(console, `document.getElementById('sess-qr').naturalWidth > 0`) != "true" {
		t.Fatalf("join code %q or its QR code missing", code)
	}

	// Three students join by link.
	names := []string{"Ada", "Ben", "Cleo"}
	students := make([]context.Context, 3)
	for i := range students {
		students[i] = tab()
		navigate(students[i], links[i])
		until(students[i], "the name form", `!document.getElementById('join-box').hidden`)
		js(students[i], `(() => { document.getElementById('name').value = '`+names[i]+`'; document.getElementById('join-btn').click(); return 1 })()`)
		until(students[i], "the board", `!document.getElementById('game').hidden && document.getElementById('turn').dataset.turn === '1'`)
	}
	turnIs := func(ctx context.Context, n string) {
		t.Helper()
		until(ctx, "turn "+n, `document.getElementById('turn').dataset.turn === '`+n+`'`)
	}
	// handIn hands in no orders and waits until the page shows the hand-in,
	// or the next turn (the last hand-in resolves the turn at once).
	handIn := func(ctx context.Context) {
		t.Helper()
		turn := js(ctx, `document.getElementById('turn').dataset.turn`)
		js(ctx, `(() => { document.getElementById('orders').value = ''; document.getElementById('handin-btn').click(); return 1 })()`)
		until(ctx, "the hand-in", `document.getElementById('handed').dataset.handed === 'yes' || document.getElementById('turn').dataset.turn !== '`+turn+`'`)
	}

	// Turn 1: every team hands in.
	for _, s := range students {
		handIn(s)
	}
	for _, s := range students {
		turnIs(s, "2")
	}
	// Turn 2: two teams hand in; the instructor gives the third two
	// seconds, which pass: the AI plays its seat.
	handIn(students[0])
	handIn(students[1])
	until(console, "the console shows two hand-ins", `document.querySelectorAll('#seats td.handed').length === 2`)
	js(console, `(() => { document.getElementById('extend-min').value = '0.04'; document.getElementById('extend-btn').click(); return 1 })()`)
	for _, s := range students {
		turnIs(s, "3")
	}
	until(students[2], "the missed deadline", `document.getElementById('handed').textContent.includes('played by rule: ai')`)

	// Turn 3: the instructor injects an event; every student sees it.
	until(console, "the events to inject", `document.querySelectorAll('#inject-event option').length > 0`)
	// The first public event that has not happened yet: every student hears of it.
	headline := js(console, `(() => { const s = document.getElementById('inject-event'); const o = [...s.options].find(o => o.dataset.public === 'yes' && o.dataset.headline); s.value = o.value; document.getElementById('inject-event-btn').click(); return o.dataset.headline })()`)
	for _, s := range students {
		until(s, "the injected headline", `document.getElementById('log').textContent.includes(`+jsQuote(headline)+`)`)
	}
	// A student reloads: the same seat, the same turn, no name asked.
	if err := chromedp.Do(students[1], chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	until(students[1], "the page after the reload", `!document.getElementById('game').hidden && document.getElementById('turn').dataset.turn === '3'`)
	if js(students[1], `document.getElementById('title').textContent`) == "" || js(students[1], `document.getElementById('join-box').hidden`) != "true" {
		t.Fatal("the reloaded page asked for the name again")
	}
	for _, s := range students {
		handIn(s)
	}
	for _, s := range students {
		turnIs(s, "4")
	}

	// The reports: the instructor's, a student's own from the console and
	// from the student's page, the activity and the save.
	until(console, "three turns resolved", `document.getElementById('sess-clock').dataset.turn === '4'`)
	// The console fetches them with its key in a header: no link on the
	// page carries it.
	for _, id := range []string{"dl-report", "dl-activity", "dl-save"} {
		got := js(console, `fetchFile(document.getElementById('`+id+`').dataset.path).then(f => f.name + ' ' + f.blob.size)`)
		if name, size, _ := strings.Cut(got, " "); name == "download" || size == "0" {
			t.Fatalf("%s: %s", id, got)
		}
	}
	if n := js(console, `[...document.querySelectorAll('a')].filter(a => a.href.includes(`+jsQuote(h.srv.AdminKey())+`)).length`); n != "0" {
		t.Fatalf("%s links on the console carry the instructor key", n)
	}
	rep := js(students[0], `fetch(document.getElementById('report').href).then(r => r.text())`)
	if !strings.Contains(rep, "What your government knew") || !strings.Contains(rep, "Ada") {
		t.Fatalf("a student's report: %.300s", rep)
	}
	act := js(console, `fetchFile(document.getElementById('dl-activity').dataset.path).then(f => f.blob.text())`)
	for _, n := range names {
		if !strings.Contains(act, n) {
			t.Fatalf("the activity lacks %s:\n%s", n, act)
		}
	}
	shot(t, console, "class-console.png")
	shot(t, students[2], "class-seat.png")

	// The instructor deletes the session, confirming on the page; it
	// leaves the list.
	id := js(console, `current`)
	js(console, `document.getElementById('delete-btn').click()`)
	until(console, "the confirmation", `!document.getElementById('delete-confirm').hidden && document.getElementById('delete-name').textContent === 'Seminar B'`)
	js(console, `document.getElementById('delete-yes').click()`)
	until(console, "the session deleted", `document.getElementById('session').hidden && ![...document.querySelectorAll('.open-session')].some(b => b.dataset.id === `+jsQuote(id)+`)`)
	if _, err := h.st.Session(context.Background(), id); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("the deleted session %q is still stored: %v", id, err)
	}
}

// shot writes a screenshot of the whole page to build/e2e/NAME at the
// repository's root, beside web/e2e's, for whoever looks into a run.
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	img, err := chromedp.Run(c, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "build", "e2e")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), img, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", filepath.Join(dir, name))
}

func jsQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// newChromium starts a headless Chromium as web/e2e's harness does;
// without one the test is skipped, except under CI, where that fails.
func newChromium(t *testing.T) context.Context {
	t.Helper()
	exe := os.Getenv("BACKCHANNEL_CHROMIUM")
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if exe != "" {
			break
		}
		if p, err := exec.LookPath(name); err == nil {
			exe = p
		}
	}
	if exe == "" {
		if os.Getenv("CI") == "" {
			t.Skip("Chromium not found (scripts/setup.sh installs it); in CI this fails")
		}
		t.Fatal("Chromium not found and CI is set: install it with scripts/setup.sh")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	return ctx
}
