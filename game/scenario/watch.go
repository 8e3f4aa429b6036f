package scenario

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"sync"
	"time"

	"backchannel/game"
)

// Reload is what a Watcher reports when its file changes: the new scenario
// and its diagnostics, or, when the new version is broken, a nil Scenario,
// the diagnostics and the error. The caller keeps playing the old version
// until a good one arrives.
type Reload struct {
	Scenario *game.Scenario
	Diags    Diagnostics
	Err      error
}

// Watcher polls a scenario file and reloads it when it changes. Polling
// (size, modification time, then a hash of the contents) needs no
// platform notification API and is cheap at the intervals a UI uses.
type Watcher struct {
	path     string
	interval time.Duration
	changes  chan Reload
	stop     chan struct{}
	done     chan struct{}
	once     sync.Once

	pending, loaded stamp
	sum             [32]byte
}

// Watch starts watching the file at path, checking every interval. The
// file as it is now counts as already loaded: only later changes are
// reported.
func Watch(path string, interval time.Duration) *Watcher {
	if interval <= 0 {
		interval = time.Second
	}
	w := &Watcher{path: path, interval: interval, changes: make(chan Reload, 1),
		stop: make(chan struct{}), done: make(chan struct{})}
	w.pending = statStamp(path)
	w.changed()
	go w.run()
	return w
}

// Changes delivers reloads. Only the latest is kept if the caller falls
// behind; the channel is closed after Stop.
func (w *Watcher) Changes() <-chan Reload { return w.changes }

// Stop ends the watch and waits for the poller to finish.
func (w *Watcher) Stop() {
	w.once.Do(func() { close(w.stop) })
	<-w.done
}

func (w *Watcher) run() {
	defer close(w.done)
	defer close(w.changes)
	t := time.NewTicker(w.interval)
	defer t.Stop()
	for {
		select {
		case <-w.stop:
			return
		case <-t.C:
			if src, ok := w.changed(); ok {
				w.send(w.reload(src))
			}
		}
	}
}

// stamp is what a poll sees of the file without reading it.
type stamp struct {
	size  int64 // -1 when the file is missing
	mtime time.Time
}

func statStamp(path string) stamp {
	st, err := os.Stat(path)
	if err != nil {
		return stamp{size: -1}
	}
	return stamp{st.Size(), st.ModTime()}
}

// changed reports whether the file's contents differ from the last seen,
// returning them (nil if the file is gone). A change counts only once the
// file has kept the same size and time for a whole interval, so that a
// half-written file is not reloaded. Removal is reported once, and the
// file's return reloads it.
func (w *Watcher) changed() (src []byte, ok bool) {
	now := statStamp(w.path)
	if now != w.pending {
		w.pending = now
		return nil, false
	}
	if now == w.loaded {
		return nil, false
	}
	w.loaded = now
	if now.size >= 0 {
		dir, base := filepath.Split(w.path)
		if dir == "" {
			dir = "."
		}
		src, _ = readSource(os.DirFS(dir), base)
	}
	sum := sha256.Sum256(src)
	if src != nil && sum == w.sum {
		return nil, false // touched, not changed
	}
	w.sum = sum
	return src, true
}

// reload parses the contents that changed() saw, so that a write racing
// with the poll cannot make the hash and the scenario disagree.
func (w *Watcher) reload(src []byte) Reload {
	if src == nil {
		ds := Diagnostics{{File: w.path, Msg: "no such file"}}
		return Reload{Diags: ds, Err: &LoadError{File: w.path, Diags: ds}}
	}
	s, diags, err := Parse(w.path, src)
	return Reload{Scenario: s, Diags: diags, Err: err}
}

// send delivers a reload, replacing one the caller has not taken yet.
func (w *Watcher) send(r Reload) {
	for {
		select {
		case w.changes <- r:
			return
		default:
			select {
			case <-w.changes:
			default:
			}
		}
	}
}
