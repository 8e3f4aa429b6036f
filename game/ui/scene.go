package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
)

// Scene is one screen of the game: the title, the board, a dialog.
// Update reads input and the game, and asks the Context for changes;
// Draw paints the scene and must not change it.
type Scene interface {
	Update(ctx *Context) error
	Draw(screen *ebiten.Image, th *Theme)
}

// Enterer is a Scene that prepares itself each time it comes to the top of
// the stack: when pushed, and again when the scene above it is popped.
type Enterer interface {
	Enter(ctx *Context)
}

// Overlay is a Scene drawn over the scene beneath it, such as a dialog,
// rather than over a blank screen.
type Overlay interface {
	Overlay() bool
}

// QuitGuard is a Scene holding work that quitting would lose, such as a
// game in progress. When the player quits (Ctrl+Q) anywhere above it, the
// App shows the scene ConfirmQuit returns instead of quitting at once; a
// second Ctrl+Q on that dialog quits. A nil scene lets the App quit.
type QuitGuard interface {
	ConfirmQuit() Scene
}

// Context is what a Scene's Update may read and ask for. It is valid only
// during the Update it is passed to.
type Context struct {
	Input    *Input
	Theme    *Theme
	Settings Settings
	// Size is the screen's size in pixels.
	Size image.Point
	// Tick counts Updates since the game started.
	Tick int64

	host host
}

// host carries out what scenes ask for: the App, or a Recorder in tests.
type host interface {
	push(Scene)
	pop()
	replace(Scene)
	quit()
	invalidate()
	setSettings(Settings)
}

// Bounds returns the screen rectangle.
func (c *Context) Bounds() image.Rectangle { return image.Rectangle{Max: c.Size} }

// Push puts s on top of the current scene, after this Update.
func (c *Context) Push(s Scene) { c.host.push(s) }

// Pop removes the current scene, after this Update. Popping the last
// scene quits.
func (c *Context) Pop() { c.host.pop() }

// Replace swaps the current scene for s, after this Update.
func (c *Context) Replace(s Scene) { c.host.replace(s) }

// Quit ends the game after this Update.
func (c *Context) Quit() { c.host.quit() }

// Invalidate asks for the screen to be drawn again. Input already causes
// a redraw; scenes call Invalidate when something changes on its own (a
// timer, a message from the game) or on every tick of an animation.
func (c *Context) Invalidate() { c.host.invalidate() }

// SetSettings applies new settings at once (palette, scale, fullscreen).
func (c *Context) SetSettings(s Settings) {
	c.host.setSettings(s)
	c.Settings = s.Normalized()
}

// Recorder stands in for the App behind a Context in tests without a game
// loop: it records what the scene asked for.
type Recorder struct {
	Pushed      []Scene
	Replaced    []Scene
	Pops        int
	Quit        bool
	Invalidated int
	Settings    []Settings
}

func (r *Recorder) push(s Scene)           { r.Pushed = append(r.Pushed, s) }
func (r *Recorder) pop()                   { r.Pops++ }
func (r *Recorder) replace(s Scene)        { r.Replaced = append(r.Replaced, s) }
func (r *Recorder) quit()                  { r.Quit = true }
func (r *Recorder) invalidate()            { r.Invalidated++ }
func (r *Recorder) setSettings(s Settings) { r.Settings = append(r.Settings, s.Normalized()) }

// NewDetachedContext returns a Context that is not attached to a running
// App, and the Recorder that notes what is asked of it. Tests use it to
// drive scenes and widgets without a window.
func NewDetachedContext(in *Input, th *Theme, size image.Point) (*Context, *Recorder) {
	r := &Recorder{}
	return &Context{Input: in, Theme: th, Settings: DefaultSettings(), Size: size, host: r}, r
}
