package flow

import (
	"time"

	"backchannel/game/scenario"
)

// reloader watches the scenario file a match was started from and hands
// its reloads to the frame, waking the window when one arrives.
type reloader struct {
	w  *scenario.Watcher
	ch chan scenario.Reload
}

// watchFile starts watching path; interval 0 means once a second.
// wake is called when a reload arrives.
func watchFile(path string, interval time.Duration, wake func()) *reloader {
	if interval <= 0 {
		interval = time.Second
	}
	r := &reloader{w: scenario.Watch(path, interval), ch: make(chan scenario.Reload, 1)}
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

// poll returns a reload if one arrived.
func (r *reloader) poll() (scenario.Reload, bool) {
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

func (r *reloader) stop() {
	if r != nil {
		r.w.Stop()
	}
}
