package pacer

import "sync/atomic"

// Waker asks the window for a frame from any goroutine. In frames-on-demand
// mode nothing else notices that a goroutine finished (a resolved turn, a
// reloaded file), so whoever opens the window sets it to
// ebiten.ScheduleFrame; until then, and after, Wake does nothing. The
// function is held atomically because those goroutines run while the
// window sets and clears it.
type Waker struct{ fn atomic.Pointer[func()] }

// Wake asks for a frame, if a window is listening.
func (w *Waker) Wake() {
	if fn := w.fn.Load(); fn != nil {
		(*fn)()
	}
}

// Set makes Wake call fn; nil makes Wake a no-op.
func (w *Waker) Set(fn func()) {
	if fn == nil {
		w.fn.Store(nil)
		return
	}
	w.fn.Store(&fn)
}
