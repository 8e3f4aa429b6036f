//go:build !js

package e2e

import (
	"encoding/json"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// budgetBoardMemory is issue 13's budget for the WebAssembly memory of the
// letter-2009 board after five turns.
const budgetBoardMemory = 150 << 20

// budgetLongTask is issue 13's budget for the longest task after the
// download. It is a timing, so only make bench holds the game to it
// (scripts/bench-extra.sh reads the figure this test records).
const budgetLongTask = 200 * time.Millisecond

// pageMemory is backchannelStatus.memory: the bytes of WebAssembly memory
// and the game's runtime/metrics.
type pageMemory struct {
	Wasm float64            `json:"wasm"`
	Go   map[string]float64 `json:"go"`
}

// buffersJS counts, in the page, the WebGL buffers made (their sizes in
// bytes) and deleted. ebiten deletes its vertex or index buffer only to
// make a larger one, and the delete waits for the GPU to draw everything
// queued (see growVertexBuffers in game/ui/window/warm.go).
const buffersJS = `(() => {
	const p = WebGL2RenderingContext.prototype, make = p.bufferData, drop = p.deleteBuffer;
	const b = window.backchannelE2EBuffers = {made: [], deleted: 0};
	p.bufferData = function (target, data) {
		b.made.push(typeof data === 'number' ? data : data.byteLength);
		return make.apply(this, arguments);
	};
	p.deleteBuffer = function () {
		b.deleted++;
		return drop.apply(this, arguments);
	};
})();`

// glBuffers is backchannelE2EBuffers (buffersJS).
type glBuffers struct {
	Made    []float64 `json:"made"`
	Deleted int       `json:"deleted"`
}

// TestLetterBoard opens the link ?scenario=letter-2009&as=USA&seed=1, takes
// the seat and plays five turns without orders, ending each from the
// keyboard. Then it checks the WebAssembly memory against its budget (memory
// does not depend on how busy the machine is) and records it with the
// page's long tasks in build/e2e/board-metrics.json for
// scripts/bench-extra.sh. It also checks that ebiten never grew its WebGL
// vertex buffers after the start's first frame made them (a regrowth waits
// for the GPU): their size does not depend on the load either.
func TestLetterBoard(t *testing.T) {
	t.Parallel()
	chromium(t) // skip before building, when there is no browser
	b := newTab(t, site(t, gamePackage), gameArgs)
	if _, err := chromedp.Call(b.ctx, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: buffersJS}); err != nil {
		t.Fatal(err)
	}
	b.load("/?scenario=letter-2009&as=USA&seed=1")
	b.waitScreen("briefing", screenTimeout)
	b.key("\r", false) // take the seat
	b.waitScreen("table", screenTimeout)
	onBoard := eval[pageMemory](t, b.ctx, `backchannelStatus.memory`)
	for turn := 1; turn <= 5; turn++ {
		b.endTurn()
		b.key("\r", false) // from the results back to the board
		b.waitScreen("table", screenTimeout)
	}
	b.shot("letter-board.png")
	mem := eval[pageMemory](t, b.ctx, `backchannelStatus.memory`)
	long := eval[[][2]float64](t, b.ctx, `backchannelStatus.longTasks`)
	longest := eval[float64](t, b.ctx, `backchannelStatus.longestTask`)
	marks := eval[map[string]float64](t, b.ctx, `backchannelStatus.marks`)
	tasks := b.tasks()
	bufs := eval[glBuffers](t, b.ctx, `window.backchannelE2EBuffers`)
	t.Logf("WebGL buffers made (bytes): %v, deleted: %d", bufs.Made, bufs.Deleted)
	t.Logf("wasm memory: %.1f MB on entering the board, %.1f MB after 5 turns (budget %d MB); Go: %v",
		onBoard.Wasm/(1<<20), mem.Wasm/(1<<20), budgetBoardMemory>>20, mem.Go)
	t.Logf("longest task after the download %.0f ms (budget %s): the start's %.0f ms, the longest other %.0f ms; long tasks [start, ms]: %v; marks %v",
		longest, budgetLongTask, tasks.Start, tasks.Rest, long, marks)

	out := map[string]any{
		"boardWasmBytes":   onBoard.Wasm,
		"wasmBytes":        mem.Wasm,
		"wasmBudgetBytes":  budgetBoardMemory,
		"goMetrics":        mem.Go,
		"longestTaskMs":    longest,
		"longTaskBudgetMs": budgetLongTask.Milliseconds(),
		"longTasksMs":      long,
		"startTaskMs":      tasks.Start,
		"restTaskMs":       tasks.Rest,
		"pageMarksMs":      marks,
		"glBuffersBytes":   bufs.Made,
	}
	data, _ := json.MarshalIndent(out, "", "  ")
	if err := os.WriteFile(filepath.Join(artifacts(t), "board-metrics.json"), append(data, '\n'), 0o644); err != nil {
		t.Error(err)
	}
	if mem.Go == nil {
		t.Error("backchannelStatus.memory carries no runtime/metrics from the game")
	}
	if bufs.Deleted > 0 {
		t.Errorf("ebiten replaced a WebGL buffer %d times (buffers made, bytes: %v): the start's growVertexBuffers (game/ui/window/warm.go) no longer makes them as large as the letter board needs, and each replacement waits for the GPU",
			bufs.Deleted, bufs.Made)
	}
	if mem.Wasm > budgetBoardMemory {
		t.Errorf("%.1f MB of WebAssembly memory after five turns of letter-2009, over the budget of %d MB", mem.Wasm/(1<<20), budgetBoardMemory>>20)
	}
}

// endTurn ends the turn from the keyboard, with no orders, and waits for
// the results. The board asks first: "End the turn without orders?" with
// End the turn first, or, when letters wait for an answer, "End the turn
// with …?" with Keep playing first; the trace names the dialog.
func (b *tab) endTurn() {
	b.t.Helper()
	b.key("\r", true) // Ctrl+Enter ends the turn
	b.waitScreen("Dialog", screenTimeout)
	if title := b.waitLine("dialog ", screenTimeout); title != "End the turn without orders?" {
		b.key("\t", false) // to End the turn
	}
	b.key("\r", false)
	b.waitScreen("results", turnTimeout)
}

// waitLine waits for a console line that starts with prefix, after the
// screens already waited for, and returns the rest of it.
func (b *tab) waitLine(prefix string, d time.Duration) string {
	b.t.Helper()
	d = patient(d)
	deadline := time.After(d)
	for {
		msgs, more := b.cons.since(b.cursor)
		for i, m := range msgs {
			if rest, ok := strings.CutPrefix(strings.TrimSpace(m.Text), prefix); ok {
				b.cursor += i + 1
				return rest
			}
		}
		select {
		case <-more:
		case <-deadline:
			b.t.Fatalf("no line %q… on the console within %s", prefix, d)
		}
	}
}

// waitScreens waits until one of the screens comes on top, after the
// screens already waited for, and returns its name.
func (b *tab) waitScreens(d time.Duration, names ...string) string {
	b.t.Helper()
	d = patient(d)
	deadline := time.After(d)
	for {
		msgs, more := b.cons.since(b.cursor)
		for i, m := range msgs {
			for _, name := range names {
				if strings.TrimSpace(m.Text) == "screen "+name {
					b.cursor += i + 1
					b.t.Logf("%6.2fs screen %s", time.Since(b.born).Seconds(), name)
					return name
				}
			}
		}
		select {
		case <-more:
		case <-deadline:
			b.shot("timeout-" + strings.Join(names, "-") + ".png")
			if st, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](`window.backchannelStacks ? backchannelStacks() : "none"`)); err == nil {
				b.t.Logf("STACKS:\n%s", st)
			} else {
				b.t.Logf("STACKS: %v", err)
			}
			var seen []string
			for _, m := range msgs {
				seen = append(seen, m.Text)
			}
			b.t.Fatalf("screen %s did not come within %s; since the last one the console has:\n%s", strings.Join(names, " or "), d, strings.Join(seen, "\n"))
		}
	}
}
