package flow

// wake asks the window for a frame; any goroutine may call it. Run sets
// what it calls to ebiten.ScheduleFrame, since in frames-on-demand mode
// nothing else would notice that a goroutine finished (a resolved turn, a
// reloaded file); outside Run it does nothing. The pointer is atomic
// because those goroutines run while Run sets and clears it.
func (f *Flow) wake() {
	if w := f.wakeFn.Load(); w != nil {
		(*w)()
	}
}

// setWake sets what wake calls; nil makes it a no-op.
func (f *Flow) setWake(w func()) {
	if w == nil {
		f.wakeFn.Store(nil)
		return
	}
	f.wakeFn.Store(&w)
}
