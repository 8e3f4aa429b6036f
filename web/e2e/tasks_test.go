//go:build !js

package e2e

import "time"

// taskFigures are the page's long tasks after the download, in ms.
type taskFigures struct {
	// Longest is the longest of them (backchannelStatus.longestTask).
	Longest float64 `json:"longest"`
	// Start is the longest of those up to the one in which the program
	// drew its first frame: the Go runtime and package inits, ebiten's
	// WebGL set-up, its compiling of its built-in shaders and the first
	// Draw. A bare ebiten app does all that too (in one task), so make
	// bench sets this figure beside the bare app's.
	Start float64 `json:"start"`
	// Rest is the longest of the tasks after those: all the game's own.
	Rest float64 `json:"rest"`
}

// taskFiguresJS computes the taskFigures once the page has recorded the
// start's task (a PerformanceObserver hears of a task a little after it).
const taskFiguresJS = `(() => {
	const s = window.backchannelStatus;
	const after = s.marks.downloaded, drawn = s.firstDrawAt;
	if (after === undefined || drawn === null) return null;
	let start = 0, rest = 0;
	for (const [at, ms] of s.longTasks) {
		if (at < after) continue;
		if (at <= drawn) start = Math.max(start, ms);
		else rest = Math.max(rest, ms);
	}
	return start > 0 ? {longest: s.longestTask, start, rest} : null;
})()`

// tasks returns the page's long tasks so far.
func (b *tab) tasks() taskFigures {
	b.t.Helper()
	return poll[taskFigures](b.t, b.ctx, 30*time.Second, taskFiguresJS)
}
