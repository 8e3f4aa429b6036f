package library

import (
	"time"

	"backchannel/game/scenario"
)

// Watch follows the scenario file a game was started from and hands its
// reloads to the frame that polls it, calling wake when one arrives so a
// sleeping window draws it.
type Watch struct {
	w  *scenario.Watcher
	ch chan scenario.Reload
}

// WatchFile starts watching path; interval 0 means once a second. wake is
// called (from another goroutine) when a reload arrives.
func WatchFile(path string, interval time.Duration, wake func()) *Watch {
	if interval <= 0 {
		interval = time.Second
	}
	r := &Watch{w: scenario.Watch(path, interval), ch: make(chan scenario.Reload, 1)}
	go func() {
		for rl := range r.w.Changes() {
			// Keep only the latest, as the watcher does.
			select {
			case <-r.ch:
			default:
			}
			r.ch <- rl
			wake()
		}
	}()
	return r
}

// Poll returns a reload if one arrived. A nil Watch (a built-in scenario,
// nothing to watch) never has one.
func (r *Watch) Poll() (scenario.Reload, bool) {
	if r == nil {
		return scenario.Reload{}, false
	}
	select {
	case rl := <-r.ch:
		return rl, true
	default:
		return scenario.Reload{}, false
	}
}

// Stop ends the watch; a nil Watch is fine.
func (r *Watch) Stop() {
	if r != nil {
		r.w.Stop()
	}
}
