package flow

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/uitest"
	"backchannel/game/ui/widget"
)

// The newcomer's pace, on the slow side: a key pressed while finding it,
// a letter typed, and words read (a student reads 200-250 words a minute
// in a second language; 180 leaves room for thinking about them).
const (
	perKey    = 1500 * time.Millisecond
	perLetter = 300 * time.Millisecond
	perWord   = time.Minute / 180
	perScreen = 2 * time.Second // a glance at a new screen: where things are
	minWords  = 4

	newcomerTarget = 10 * time.Minute // issue 15's target
)

// newcomer plays through the real input path (keys on the script) and
// keeps the time a player new to the game would need: every key found and
// pressed, every letter typed, every word read once.
type newcomer struct {
	t     *testing.T
	h     *uitest.Harness
	spent time.Duration
	keys  int
	words int
	read  map[string]bool // strings already read
	// tabs counts the Tab presses of focus, which cost no time of their
	// own.
	tabs    int
	screens int // glances at a new screen, or a new item in the inbox
	letters int
}

// press presses keys, one after another.
func (n *newcomer) press(keys ...ebiten.Key) {
	n.t.Helper()
	for _, k := range keys {
		n.h.Script.Press(k)
		n.spent += perKey
		n.keys++
	}
	play(n.t, n.h)
}

// typeText types s.
func (n *newcomer) typeText(s string) {
	n.t.Helper()
	n.h.Script.Type(s)
	n.spent += time.Duration(len(s)) * perLetter
	n.keys += len(s)
	n.letters += len(s)
	play(n.t, n.h)
}

// focus presses Tab until the focused control's description starts with
// prefix. It costs one key's time however many Tabs it takes, and none
// when the focus is there already: a player who sees the control points
// at it (the test goes by Tab so that it needs no coordinates, and the
// keys a keyboard player would press are counted apart).
func (n *newcomer) focus(prefix string) {
	n.t.Helper()
	if n.tabTo(prefix) { // one pointing, however many Tabs
		n.spent += perKey
		n.keys++
	}
}

// tabTo presses Tab until the focused control's description starts with
// prefix, and reports whether it had to: the keyboard's way to where a
// mouse player's pointer goes, at no cost of its own.
func (n *newcomer) tabTo(prefix string) (moved bool) {
	n.t.Helper()
	var seen []string
	for k := range 30 {
		d := n.h.App.Top().(ui.Describer).Describe()
		if strings.HasPrefix(d.Focus, prefix) {
			return k > 0
		}
		seen = append(seen, d.Focus)
		n.h.Script.Press(ebiten.KeyTab)
		n.tabs++
		play(n.t, n.h)
	}
	n.t.Fatalf("Tab never reached %q on %T; focus went %q", prefix, n.h.App.Top(), seen)
	return false
}

// find types words into the focused search list, a letter at a time,
// until the selected row is the one wanted (its text ends with want), as
// a player watching the list narrow does.
func (n *newcomer) find(words, want string) {
	n.t.Helper()
	for _, r := range words {
		if strings.HasSuffix(n.h.App.Top().(ui.Describer).Describe().Focus, want) {
			return
		}
		n.typeText(string(r))
	}
	if d := n.h.App.Top().(ui.Describer).Describe().Focus; !strings.HasSuffix(d, want) {
		n.t.Fatalf("typing %q never selected %q: %s", words, want, d)
	}
}

// click points at the control whose description starts with prefix and
// presses it: one gesture of a mouse player, one key's time.
func (n *newcomer) click(prefix string) {
	n.t.Helper()
	keys := n.keys
	n.focus(prefix)
	if n.keys == keys { // it had the focus: the key is the press
		n.spent += perKey
		n.keys++
	}
	n.h.Script.Press(ebiten.KeyEnter)
	play(n.t, n.h)
}

// readScreen reads the prose on the screen not read before: every
// sentence of the strings of minWords words or more (letters, stories,
// prompts, notes). Labels, names and figures are taken in at a glance
// with the screen. A sentence read once is known again wherever it shows
// (a story on the front page, then in the inbox under its headline), and
// by its first words when only a figure in it changed ("Ready. It costs
// 1 point; 2 of 3 left…").
func (n *newcomer) readScreen() {
	n.t.Helper()
	n.spent += perScreen
	n.screens++
	n.readChanges()
}

// readChanges reads what is new on a screen already looked at (a term
// added to the offer being written): no glance, only the words.
func (n *newcomer) readChanges() {
	n.t.Helper()
	tick(n.t, n.h, 2)
	for _, d := range n.h.Record.Visible() {
		if len(readWords(d.Text)) < minWords {
			continue
		}
		for _, sentence := range sentences(d.Text) {
			words := readWords(sentence)
			key := strings.Join(words[:min(len(words), minWords+1)], " ")
			if n.read[key] {
				continue
			}
			n.read[key] = true
			w := len(words)
			if os.Getenv("NEWCOMER_LOG") != "" {
				n.t.Logf("%T +%d: %.90s", n.h.App.Top(), w, sentence)
			}
			n.words += w
			n.spent += time.Duration(w) * perWord
		}
	}
}

// known reports whether every sentence of s has been read.
func (n *newcomer) known(s string) bool {
	for _, sentence := range sentences(s) {
		words := readWords(sentence)
		if len(words) > 0 && !n.read[strings.Join(words[:min(len(words), minWords+1)], " ")] {
			return false
		}
	}
	return true
}

// readWords is the words of s that hold a letter: "3 March 2025 · Turn 1
// of 6" is a label of three words, taken in with the screen, and a
// figure ("40 → 46%") is seen, not read.
func readWords(s string) []string {
	return slices.DeleteFunc(strings.Fields(s), func(w string) bool {
		return !strings.ContainsFunc(w, unicode.IsLetter)
	})
}

// sentences splits prose after each full stop, question or exclamation
// mark or colon that ends a word: a headline and its story ("Two turns
// left: This turn: …") are read as their parts.
func sentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i+1 < len(s); i++ {
		if strings.IndexByte(".!?:", s[i]) >= 0 && s[i+1] == ' ' {
			if part := strings.TrimSpace(s[start : i+1]); part != "" {
				out = append(out, part)
			}
			start = i + 1
		}
	}
	if part := strings.TrimSpace(s[start:]); part != "" {
		out = append(out, part)
	}
	return out
}

// endTurn ends the turn with Ctrl+Enter, confirms it when the game asks,
// and reads the front page that follows.
func (n *newcomer) endTurn() (over bool) {
	n.t.Helper()
	n.h.Script.With(ctrl, func(s *ui.Script) { s.Press(ebiten.KeyEnter) })
	n.spent += perKey
	n.keys++
	play(n.t, n.h)
	if d, ok := n.h.App.Top().(*widget.Dialog); ok {
		n.readScreen()
		n.h.Script.Click(centre(dialogButton(n.t, d, "End the turn")))
		n.spent += perKey
		n.keys++
		play(n.t, n.h)
	}
	until(n.t, n.h, "the front page", 2000, topIs[*results](n.h))
	n.readScreen()
	r := n.h.App.Top().(*results)
	over = r.news.Over
	n.press(ebiten.KeyEnter)
	return over
}

// readInbox reads the board and what is new in the inbox: the item
// shown on arrival, then down the list, clicking each item whose line it
// has not seen (a new item, or an old one whose state changed) unless
// the line says nothing it has not read. Stepping past an item costs
// nothing, as a player with a mouse clicks only the items they want.
func (n *newcomer) readInbox() {
	n.t.Helper()
	n.tabTo("inbox, list")
	// The row's own words, without "item 3 of 12" that moves as items
	// arrive.
	row := func() string {
		d := n.h.App.Top().(ui.Describer).Describe().Focus
		return "inbox: " + d[strings.Index(d, ": ")+1:]
	}
	n.read[row()] = true
	n.readScreen() // the board, with the item shown on arrival
	n.h.Script.Press(ebiten.KeyHome)
	n.tabs++
	play(n.t, n.h)
	for {
		d := n.h.App.Top().(ui.Describer).Describe().Focus
		if r := row(); !n.read[r] {
			n.read[r] = true
			// A row that says nothing unread (a headline already read
			// on the front page) is not opened.
			if !n.known(r[strings.Index(r, ": ")+2:]) {
				n.spent += perKey
				n.keys++
				n.readScreen()
			}
		}
		n.h.Script.Press(ebiten.KeyArrowDown)
		n.tabs++
		play(n.t, n.h)
		if n.h.App.Top().(ui.Describer).Describe().Focus == d {
			return
		}
	}
}

// offer writes an offer through the dialog: recipients beyond the first
// (a click on each), then terms, each found in the search box (see find)
// and added with Enter. The channel is the dialog's
// first choice: at a summit, the meeting there.
func (n *newcomer) offer(more int, terms [][2]string) {
	n.t.Helper()
	n.click("Write an offer…")
	n.readScreen()
	if more > 0 {
		n.tabTo("Send it to ")
		for range more {
			// A click on the next recipient's name.
			n.h.Script.Press(ebiten.KeyArrowRight)
			n.tabs++
			n.press(ebiten.KeyEnter)
		}
	}
	for _, term := range terms {
		n.focus("terms, search list")
		n.find(term[0], term[1])
		n.press(ebiten.KeyEnter)
		n.readChanges()
	}
	n.click("Add to this turn's orders")
	if _, ok := n.h.App.Top().(*table); !ok {
		n.t.Fatalf("the offer did not go among the orders: top is %T", n.h.App.Top())
	}
}

// TestNewcomerFinishesTheTutorial plays the tutorial as a newcomer who
// follows only the prompts, with the keyboard: reads the briefing, each
// turn's front page and inbox, does what "This turn:" says, and ends the
// turn. It logs the time such a player needs (keys, letters typed, words
// read; waiting for the computer's turns is not counted) and fails above
// newcomerTarget, ten minutes.
func TestNewcomerFinishesTheTutorial(t *testing.T) {
	if !drawing() {
		t.Skip("reading time counts the words drawn: needs a display")
	}
	f := newTestFlow(t, Config{Scenario: "tutorial", As: "ALD", Autostart: true, Seed: 1, SeedSet: true})
	h := run(t, f)
	n := &newcomer{t: t, h: h, read: map[string]bool{}}
	until(t, h, "briefing", 100, topIs[*briefing](h))
	n.readScreen()
	n.press(ebiten.KeyEnter)

	// Each turn's prompt, done as it says.
	prompts := []func(){
		func() { // read your letter; offer Cestria something for ratifying
			n.offer(1, [][2]string{{"ratified", "Ratified"}, {"radar delay", "Delay"}})
		},
		func() { // read Borvia's answer; try a statement on the radar
			n.click("Statement…")
			n.readScreen()
			n.click("Add to this turn's orders")
		},
		func() { // read the report and the analyst panel (it shows Borvia); offer Borvia
			n.offer(0, [][2]string{{"sanctions support", "Support"}, {"radar delay", "Delay"}})
		},
		func() { // an offer at the summit
			n.offer(1, [][2]string{{"ratified", "Ratified"}})
		},
		func() {}, // the summit session (a second board in turn 4): answers only
		func() {}, // send what you still want agreed: nothing more
		func() { // answer what waits, end the turn
			n.focus("inbox, list")
			n.h.Script.Press(ebiten.KeyHome) // what needs you comes first
			n.tabs++
			n.click("Accept")
		},
	}
	for turn := 0; ; turn++ {
		if turn > 8 {
			t.Fatal("the tutorial does not end")
		}
		n.readInbox()
		if turn < len(prompts) {
			prompts[turn]()
		}
		if n.endTurn() {
			break
		}
	}
	// The tutorial is done when its debrief opens: reading the debrief is
	// the next lesson, not part of finishing it.
	until(t, h, "debrief", 2000, topIs[*debriefScreen](h))
	t.Logf("a newcomer needs %v: %d keys (%d of them letters typed, and %d Tabs to find controls), %d words read, %d screens and inbox items seen",
		n.spent.Round(time.Second), n.keys, n.letters, n.tabs, n.words, n.screens)
	// Issue 15's target: under ten minutes (9m56s at seed 1 when it was
	// met; reading is about 7.3 minutes of it, 1,300 words of prompts,
	// letters, front pages and the board's own explanations). A change
	// of wording that adds a paragraph a newcomer must read shows here.
	if n.spent >= newcomerTarget {
		t.Errorf("the tutorial takes a newcomer %v, over %v (%d keys, %d words)",
			n.spent.Round(time.Second), newcomerTarget, n.keys, n.words)
	}
}
