//go:build !js

package e2e

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"backchannel/scenarios"
)

// axNode is a node of Chromium's accessibility tree, as a screen reader
// gets it: its role and its name.
type axNode struct{ role, name string }

// axTree returns the page's accessibility tree, without the ignored nodes.
func axTree(t *testing.T, b *tab) []axNode {
	t.Helper()
	res, err := chromedp.Call(b.ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	if err != nil {
		t.Fatalf("accessibility tree: %v", err)
	}
	str := func(v *accessibility.Value) string {
		var s string
		if v != nil {
			json.Unmarshal([]byte(v.Value), &s)
		}
		return s
	}
	var out []axNode
	for _, n := range res.Nodes {
		if !n.Ignored {
			out = append(out, axNode{str(n.Role), str(n.Name)})
		}
	}
	return out
}

// findAX returns the first node of role (any role for "") whose name holds
// text, and whether there is one.
func findAX(nodes []axNode, role, text string) (axNode, bool) {
	text = oneLine(text) // a name in the tree has its white space folded
	for _, n := range nodes {
		if (role == "" || n.role == role) && strings.Contains(oneLine(n.name), text) {
			return n, true
		}
	}
	return axNode{}, false
}

// oneLine folds runs of white space into one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// mirrored is the game's last description of its screen
// (window.backchannelMirrored, kept by mirror.js).
type mirrored struct {
	Title, Focus, Tip, Dialog, Detail string
	News                              []string
	AtFirst, AtLast                   bool
}

func (b *tab) mirror() mirrored {
	b.t.Helper()
	return eval[mirrored](b.t, b.ctx, `window.backchannelMirrored || {}`)
}

// tabKey presses Tab, or Shift+Tab with shift, and waits until the game has
// moved its focus or the page's focus has left the game.
func (b *tab) tabKey(shift bool) {
	b.t.Helper()
	before := b.mirror().Focus
	eval[bool](b.t, b.ctx, `(window.backchannelFocusBefore = document.activeElement, true)`)
	send := func(p *input.DispatchKeyEventParams) {
		b.t.Helper()
		if _, err := chromedp.Call(b.ctx, input.DispatchKeyEvent, *p); err != nil {
			b.t.Fatal(err)
		}
	}
	// When the game has the focus, it sees Shift and Tab go down; their
	// release may go to wherever Tab takes the focus. On a page control,
	// the game sees neither.
	shiftKey := kb.Encode([]rune(kb.Shift)[0])
	var mods int64
	inGame := b.onCanvas()
	if shift {
		mods = int64(kb.ModifierShift)
		shiftKey[0].Modifiers = mods
		from := b.cons.count()
		send(shiftKey[0])
		if inGame {
			b.seen(from, "key Shift")
		} else {
			b.frames()
		}
	}
	from := b.cons.count()
	for _, p := range kb.Encode('\t') {
		p.Modifiers |= mods
		if p.Type == input.DispatchKeyEventTypeKeyUp {
			b.tabTaken(from)
		}
		send(p)
	}
	if shift {
		send(shiftKey[len(shiftKey)-1])
	}
	poll[bool](b.t, b.ctx, 30*time.Second, `(window.backchannelMirrored || {}).focus !== `+jsString(before)+
		` || document.activeElement !== window.backchannelFocusBefore`)
}

// tabTaken waits until the game has seen Tab go down (its trace says so,
// among the console messages from the from-th on) or the page has moved
// the focus out of the game, which it does at once, before the game's next
// tick.
func (b *tab) tabTaken(from int) {
	b.t.Helper()
	deadline := time.Now().Add(patient(30 * time.Second))
	for time.Now().Before(deadline) {
		msgs, more := b.cons.since(from)
		for _, m := range msgs {
			if strings.HasPrefix(strings.TrimSpace(m.Text), "key Tab") {
				return
			}
		}
		if eval[bool](b.t, b.ctx, `document.activeElement !== window.backchannelFocusBefore`) {
			return
		}
		select {
		case <-more:
		case <-time.After(20 * time.Millisecond):
		}
	}
	b.t.Fatalf("the game did not see Tab, and the focus stayed")
}

// answering waits until the page answers: the game may hold the page's
// only thread for a while (entering the board), and a key sent meanwhile
// times out.
func (b *tab) answering() {
	b.t.Helper()
	poll[bool](b.t, b.ctx, 2*time.Minute, `true`)
}

// onCanvas reports whether the game's canvas has the page's focus.
func (b *tab) onCanvas() bool {
	return eval[bool](b.t, b.ctx, `document.activeElement === document.querySelector('body > canvas')`)
}

// TestScreenReader is issue 13 item 8: screen readers get the game in
// words from a hidden mirror beside the canvas (checked in Chromium's
// accessibility tree), Tab leaves the game at either end of its controls
// for the page's own, and the page has one viewport meta tag. A scenario
// file that takes a built-in's id is refused in words the mirror carries
// (item 6).
func TestScreenReader(t *testing.T) {
	t.Parallel()
	b := openGame(t, "/", "home")

	if n := eval[int](t, b.ctx, `document.querySelectorAll('meta[name="viewport"]').length`); n != 1 {
		t.Errorf("the page has %d viewport meta tags, want 1", n)
	}
	poll[bool](t, b.ctx, 30*time.Second, `(window.backchannelMirrored || {}).title !== undefined`)
	ax := axTree(t, b)
	const title = "Backchannel: Diplomacy in the shadows"
	if _, ok := findAX(ax, "heading", title); !ok {
		t.Errorf("no heading %q in the accessibility tree: %v", title, ax)
	}
	if _, ok := findAX(ax, "application", title); !ok {
		t.Errorf("the canvas is not an application named %q: %v", title, ax)
	}

	// Into the game's controls, to the first one, and out with Shift+Tab.
	b.tabKey(false)
	for i := 0; b.onCanvas() && i < 12; i++ {
		b.tabKey(true)
	}
	if id := eval[string](t, b.ctx, `document.activeElement.id`); id != "open-file" {
		t.Fatalf("Shift+Tab on the game's first control left the focus on %q, want the page's Open scenario file", id)
	}
	if m := b.mirror(); !m.AtFirst || !strings.Contains(m.Focus, "button") {
		t.Errorf("leaving with Shift+Tab, the game said %+v", m)
	}
	if _, ok := findAX(axTree(t, b), "button", "Open scenario file"); !ok {
		t.Error("the page's Open scenario file button is not in the accessibility tree")
	}
	b.shot("a11y-page-control.png")

	// Back into the game (the canvas is before the page's controls), then
	// Tab to its last control and out.
	b.tabKey(true)
	if !b.onCanvas() {
		t.Fatalf("Shift+Tab from the page's button went to %q, want the game", eval[string](t, b.ctx, `document.activeElement.id || document.activeElement.tagName`))
	}
	var spoken []string
	for i := 0; b.onCanvas() && i < 12; i++ {
		spoken = append(spoken, b.mirror().Focus)
		b.tabKey(false)
	}
	if id := eval[string](t, b.ctx, `document.activeElement.id`); id != "open-file" {
		t.Fatalf("Tab on the game's last control left the focus on %q, want the page's Open scenario file; the game said %q", id, spoken)
	}
	t.Logf("Tab went through %q", spoken)
	focus := b.mirror().Focus
	if m := b.mirror(); !m.AtLast {
		t.Errorf("Tab left the game before its last control: %+v", m)
	}
	// The focused control is the canvas's description, in the tree.
	if _, ok := findAX(axTree(t, b), "", focus); !ok || focus == "" {
		t.Errorf("the focused control %q is not in the accessibility tree", focus)
	}
	if !eval[bool](t, b.ctx, `document.getElementById('toolbar').hidden === false`) {
		t.Error("the page's toolbar is hidden while it has the focus")
	}

	// A file that takes the tutorial's id with other contents.
	tut, err := scenarios.FS.ReadFile("tutorial.toml")
	if err != nil {
		t.Fatal(err)
	}
	dropFile(t, b, "my-tutorial.toml", string(tut)+"\n# my changes\n")
	b.waitScreen("choose", screenTimeout)
	want := `already uses`
	detail := poll[string](t, b.ctx, 60*time.Second, `(() => { const d = (window.backchannelMirrored || {}).detail || ''; return d.includes(`+jsString(want)+`) && d; })()`)
	if !strings.Contains(detail, `the id "tutorial", which the built-in scenario "Tutorial" already uses`) {
		t.Errorf("the refused file's message: %q", detail)
	}
	if _, ok := findAX(axTree(t, b), "", want); !ok {
		t.Errorf("the refusal is not in the accessibility tree")
	}
	if h := b.mirror().Title; h != "New game" {
		t.Errorf("the scenario choice is titled %q in the mirror", h)
	}
	b.shot("a11y-clash.png")

	// Tab reads the game's last description even when the page has not
	// applied it yet (input goes before the timer that applies it): the
	// game said its focus was on its last control, then, in the same task
	// as the Tab, that it is not.
	stayed := eval[bool](t, b.ctx, `(async () => {
		const c = document.querySelector('body > canvas');
		c.focus();
		const now = window.backchannelMirrored || {};
		window.backchannelMirror(JSON.stringify(Object.assign({}, now, {atLast: true})));
		while (!(window.backchannelMirrored || {}).atLast) await new Promise((r) => setTimeout(r, 0));
		window.backchannelMirror(JSON.stringify(Object.assign({}, now, {atLast: false})));
		const key = {key: 'Tab', code: 'Tab', bubbles: true, cancelable: true};
		c.dispatchEvent(new KeyboardEvent('keydown', key));
		const stayed = document.activeElement === c;
		c.dispatchEvent(new KeyboardEvent('keyup', key));
		return stayed;
	})()`)
	if !stayed {
		t.Errorf("Tab left the game on its last description but one (focus on its last control), not its last; the page's focus went to %q",
			eval[string](t, b.ctx, `document.activeElement.id || document.activeElement.tagName`))
	}
}

// dropFile drops a text file on the game's canvas, as a player does.
func dropFile(t *testing.T, b *tab, name, text string) {
	t.Helper()
	eval[bool](t, b.ctx, `(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([`+jsString(text)+`], `+jsString(name)+`, {type: 'text/plain'}));
		const c = document.querySelector('body > canvas');
		for (const type of ['dragenter', 'dragover', 'drop']) {
			c.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: dt}));
		}
		return true;
	})()`)
}
