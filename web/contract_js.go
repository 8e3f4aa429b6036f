//go:build js

package web

import (
	"syscall/js"
)

// IsBrowser reports whether the program runs in a web page.
const IsBrowser = true

// PendingFiles returns the scenario files that the player opened in the page
// since the last call, oldest first, and removes them from the page's queue.
// It returns nil when there are none. Call it from the game loop (Update).
func PendingFiles() []File {
	q := js.Global().Get("backchannelPendingFiles")
	if q.Type() != js.TypeObject || q.Length() == 0 {
		return nil
	}
	// splice(0) empties the array in place and returns the removed entries,
	// so the page keeps appending to the same array.
	items := q.Call("splice", 0)
	files := make([]File, 0, items.Length())
	for i := range items.Length() {
		it := items.Index(i)
		name, text := it.Get("name"), it.Get("text")
		if name.Type() != js.TypeString || text.Type() != js.TypeString {
			continue
		}
		files = append(files, File{Name: name.String(), Text: text.String()})
	}
	return files
}

// QueryParams returns the page's URL query parameters, the first value of
// each. See ParamScenario and the other Param constants.
func QueryParams() map[string]string {
	loc := js.Global().Get("location")
	if loc.Type() != js.TypeObject {
		return map[string]string{}
	}
	return ParseQuery(loc.Get("search").String())
}

// OpenFilePicker asks the page to open its file picker. It reports whether
// the page offers one. The chosen file arrives later through PendingFiles.
func OpenFilePicker() bool {
	f := js.Global().Get("backchannelPickFile")
	if f.Type() != js.TypeFunction {
		return false
	}
	f.Invoke()
	return true
}

// NotifyFirstFrame tells the page that the game has drawn its first frame, so
// that the page hides its loading screen. Call it once, from the Draw of the
// first frame.
func NotifyFirstFrame() {
	f := js.Global().Get("backchannelFirstFrame")
	if f.Type() != js.TypeFunction {
		return
	}
	f.Invoke(js.Global().Get("performance").Call("now"))
}

// SetWake gives the page a way to make the game run a frame: the page calls
// wake (as window.backchannelWake) after it has queued files for
// PendingFiles. A game in ebiten's frames-on-demand mode passes
// ebiten.ScheduleFrame. wake runs on the browser's event loop and must not
// block. release takes the function back from the page; call it when the
// game ends.
func SetWake(wake func()) (release func()) {
	f := js.FuncOf(func(js.Value, []js.Value) any {
		wake()
		return nil
	})
	js.Global().Set("backchannelWake", f)
	return func() {
		js.Global().Delete("backchannelWake")
		f.Release()
	}
}

// Mark records in the page's backchannelStatus.marks, under name, the
// time (performance.now(), ms since the navigation) at which a step of the
// game's start ended, beside the page's own steps, so that a slow start
// says where its time went.
func Mark(name string) {
	status := js.Global().Get("backchannelStatus")
	if status.Type() != js.TypeObject {
		return
	}
	marks := status.Get("marks")
	if marks.Type() != js.TypeObject {
		return
	}
	marks.Set(name, js.Global().Get("performance").Call("now"))
}

// Mirror hands the page the screen in words, as JSON (a ui.Description),
// for its hidden screen-reader mirror: window.backchannelMirror. Call it
// when the description changes.
func Mirror(description string) {
	f := js.Global().Get("backchannelMirror")
	if f.Type() != js.TypeFunction {
		return
	}
	f.Invoke(description)
}
