package board

import (
	"image"
	"sort"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// BenchmarkBoardFrame measures the Go time of one busy frame of the board
// at 1280×720: Update with the mouse moving (so hover and tooltips work)
// and a full Draw. It reports the median as ms/frame-median, since a
// frame's worst case (a map layer re-render, a GC) says little about the
// steady state.
func BenchmarkBoardFrame(b *testing.B) {
	benchFrame(b, "ALD")
}

func benchFrame(b *testing.B, actor string) {
	fonts, err := ui.NewFonts()
	if err != nil {
		b.Fatal(err)
	}
	th := ui.NewTheme(fonts, ui.StandardPalette(), 1)
	in := ui.NewInput(ui.DefaultKeymap())
	ctx, _ := ui.NewDetachedContext(in, th, hd)
	var r recorder
	bd := New(r.config(tutorial(b, actor), actor))
	bd.Enter(ctx)
	screen := ebiten.NewImage(hd.X, hd.Y)
	// A first frame lays out, renders the map layer and fills the caches.
	bd.Update(ctx)
	bd.Draw(screen, th)
	pixel := screen.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image)
	buf := make([]byte, 4)
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		// The cursor sweeps over the board, hovering rows and tokens.
		in.Next(ui.RawInput{Cursor: image.Pt(100+(i*37)%1100, 150+(i*23)%500)})
		start := time.Now()
		if err := bd.Update(ctx); err != nil {
			b.Fatal(err)
		}
		screen.Clear()
		bd.Draw(screen, th)
		times = append(times, time.Since(start))
		// The game loop hands each frame's commands to the GPU between
		// frames; reading a pixel does the same here, untimed, so the
		// command queue does not grow across the whole benchmark.
		b.StopTimer()
		pixel.ReadPixels(buf)
		b.StartTimer()
	}
	b.StopTimer()
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(times[len(times)/2]), "ms/frame-median")
	b.ReportMetric(ms(times[len(times)*9/10]), "ms/frame-p90")
}
