package window

import (
	"fmt"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// calls is an ebiten.Game that notes what it is asked, in order.
type calls []string

func (c *calls) Update() error      { *c = append(*c, "update"); return nil }
func (c *calls) Draw(*ebiten.Image) {}
func (c *calls) Layout(w, h int) (int, int) {
	*c = append(*c, fmt.Sprintf("layout %dx%d", w, h))
	return w, h
}

// TestBootLaysOutTheGameAtOnce checks that the game the steps make is laid
// out for the window before its first Update, also when ebiten runs another
// Update in the same frame (as it does after a slow one): the App entered
// its first screen at size zero, and the briefing wrapped its text to a
// sliver, letter by letter, for seconds of the browser's time.
func TestBootLaysOutTheGameAtOnce(t *testing.T) {
	var got calls
	b := &boot{}
	b.steps = []step{once(func() error { b.game = &got; return nil })}
	b.Layout(1280, 720)
	b.fresh, b.draws = true, 3 // the plain frame is on the screen
	if err := b.Update(); err != nil {
		t.Fatal(err)
	}
	if err := b.Update(); err != nil { // ebiten catching up, before its next Layout
		t.Fatal(err)
	}
	if want := []string{"layout 1280x720", "update"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("the game was asked %q, want %q", got, want)
	}
}

// TestBootSlicesALongStep checks that a sliced step runs over several
// frames, a part at least each, and the next step only after its last
// part.
func TestBootSlicesALongStep(t *testing.T) {
	var got calls
	done := 0
	part := func() bool { done++; return done < 3 } // three parts
	b := &boot{}
	b.steps = []step{sliced(part, 0), once(func() error { b.game = &got; return nil })}
	b.Layout(1280, 720)
	for frame := 1; frame <= 4; frame++ {
		b.fresh, b.draws = true, 3
		if err := b.Update(); err != nil {
			t.Fatal(err)
		}
		if want := min(frame, 3); done != want || (b.game != nil) != (frame == 4) {
			t.Fatalf("after frame %d: %d parts done, game made %v; want %d parts, the game in frame 4", frame, done, b.game != nil, want)
		}
	}
}

// TestBootAsksForEachNextFrame checks that every frame of the start asks
// for the next, also one that ebiten draws without an Update (it does when
// a frame comes less than half a tick after the last): frames come on
// demand, and the start stood still until the next input when only
// Update asked.
func TestBootAsksForEachNextFrame(t *testing.T) {
	asked := 0
	made := 0
	b := &boot{schedule: func() { asked++ }}
	b.steps = []step{once(func() error { made++; return nil }), once(func() error { made++; return nil })}
	b.Layout(640, 360)
	screen := ebiten.NewImage(640, 360)
	defer screen.Deallocate()
	frame := func(updates int) {
		t.Helper()
		before := asked
		for range updates {
			if err := b.Update(); err != nil {
				t.Fatal(err)
			}
		}
		b.Draw(screen)
		if asked == before {
			t.Fatalf("a frame with %d updates (frame %d of the start) asked for no next frame", updates, b.draws)
		}
	}
	for range 3 {
		frame(1) // the plain frame, until the page has seen it
	}
	frame(0) // early: no Update, a Draw
	frame(1)
	frame(0)
	frame(2) // after a long frame ebiten catches up
	if made != 2 {
		t.Errorf("%d steps done, want both", made)
	}
}

// TestBootTicksTheGameFirst checks that tickFirst runs the game's first
// Update, laid out for the window, in a frame of the start (the plain frame
// is still drawn), another in the next frame when that Update changed the
// screen on top (a link's title hands over to the briefing), and that the
// game draws only from the frame after: its first screen's entering and
// its first drawing are tasks of their own.
func TestBootTicksTheGameFirst(t *testing.T) {
	var got calls
	var made ebiten.Game
	top := "home"
	b := &boot{}
	b.steps = []step{
		once(func() error { made = &got; return nil }),
		b.tickFirst(func() ebiten.Game { return made }, func() any {
			if len(got) > 1 {
				top = "briefing" // the first Update hands over
			}
			return top
		}),
		once(func() error { b.game = made; return nil }),
	}
	b.Layout(1280, 720)
	want := map[int][]string{
		2: {"layout 1280x720", "update"},
		3: {"layout 1280x720", "update", "layout 1280x720", "update"},
	}
	for frame := 1; frame <= 4; frame++ {
		b.fresh, b.draws = true, 3
		if err := b.Update(); err != nil {
			t.Fatal(err)
		}
		if w, ok := want[frame]; ok && (b.game != nil || fmt.Sprint(got) != fmt.Sprint(w)) {
			t.Fatalf("in frame %d the game was asked %q, want %q, and handed over %v (want not yet)", frame, got, w, b.game != nil)
		}
	}
	if b.game == nil {
		t.Fatal("the game was not handed over in the frame after its first ticks")
	}
}

// gpuStub is a GPU that draws what it was sent in behind frames.
type gpuStub struct {
	behind, left int
	sets         int
}

func (g *gpuStub) Set() { g.sets++; g.left = g.behind }
func (g *gpuStub) Passed() bool {
	if g.left > 0 {
		g.left--
		return false
	}
	return true
}

// TestBootWaitsForTheGPU checks that a step made with afterGPU sets a
// fence in its first frame and waits, a frame at a time, until the GPU
// has drawn what was sent before (a WebGL call that needs its answer would
// hold the page until it has), then runs; that steps without it do not
// wait; and that a GPU that never catches up (a lost context) holds the
// step gpuWaitFrames frames, no more.
func TestBootWaitsForTheGPU(t *testing.T) {
	var done []string
	note := func(name string) step { return once(func() error { done = append(done, name); return nil }) }
	gpu := &gpuStub{behind: 2}
	b := &boot{gpu: gpu}
	b.steps = []step{note("cpu"), b.afterGPU(note("gl")), note("cpu2")}
	frame := func(updates int) {
		t.Helper()
		b.fresh, b.draws = true, 3
		for range updates {
			if err := b.Update(); err != nil {
				t.Fatal(err)
			}
		}
	}
	want := []string{"[cpu]", "[cpu]", "[cpu]", "[cpu]", "[cpu gl]", "[cpu gl cpu2]"}
	for i, w := range want {
		frame(1 + i%2) // ebiten catching up now and then: one step a frame all the same
		if got := fmt.Sprint(done); got != w {
			t.Fatalf("after frame %d: %s done, want %s (the fence set in frame 2, the GPU 2 frames behind)", i+1, got, w)
		}
	}
	if gpu.sets != 1 {
		t.Errorf("%d fences set, want 1", gpu.sets)
	}

	gpu = &gpuStub{behind: 1 << 30}
	b = &boot{gpu: gpu}
	done = nil
	b.steps = []step{b.afterGPU(note("gl"))}
	for range 1 + gpuWaitFrames {
		frame(1)
	}
	if done != nil {
		t.Fatalf("the step ran within %d frames of waiting, want after %d", gpuWaitFrames, gpuWaitFrames)
	}
	frame(1)
	if fmt.Sprint(done) != "[gl]" {
		t.Errorf("the step did not run after %d frames of waiting for the GPU", gpuWaitFrames)
	}
}
