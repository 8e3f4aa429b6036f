//go:build !js

package e2e

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// TestPageProfile says what ran in each of the page's long tasks after the
// download (issue 13: none over 200 ms). It is a tool, not a check: it runs
// only with BACKCHANNEL_E2E_PROFILE set to the page's path, e.g.
//
//	BACKCHANNEL_E2E_PROFILE='/?scenario=letter-2009&as=USA&seed=1' go test -v -run '^TestPageProfile$' ./web/e2e
//	BACKCHANNEL_E2E_PROFILE=/ go test -v -run '^TestPageProfile$' ./web/e2e
//
// It builds the site with the functions' names kept (KEEP_NAMES=1), records
// Chromium's CPU profile from the navigation to the first screen (a link:
// to the board, after taking the seat), and logs, for each task the page
// saw over 50 ms, the functions that took most of it. The whole profile goes
// to build/e2e/page.cpuprofile, which Chromium's DevTools open.
func TestPageProfile(t *testing.T) {
	path := os.Getenv("BACKCHANNEL_E2E_PROFILE")
	if path == "" {
		t.Skip("set BACKCHANNEL_E2E_PROFILE to the page's path (/ or a link) to profile it")
	}
	chromium(t)
	dir := filepath.Join(tmpRoot, "profile-site")
	build := exec.Command("bash", filepath.Join(repoRoot(t), "scripts", "build-web.sh"), gamePackage)
	build.Dir = repoRoot(t)
	build.Env = append(os.Environ(), "OUT="+dir, "KEEP_NAMES=1", "GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -buildvcs=false"))
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("scripts/build-web.sh: %v\n%s", err, out)
	}

	b := newTab(t, dir, gameArgs)
	for _, err := range []error{
		callErr(chromedp.Call(b.ctx, performance.Enable, performance.EnableParams{})),
		callErr(chromedp.Call(b.ctx, profiler.Enable, cdp.Empty{})),
		callErr(chromedp.Call(b.ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 500})),
		callErr(chromedp.Call(b.ctx, profiler.Start, cdp.Empty{})),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	b.load(path)
	if strings.Contains(path, "scenario=") {
		b.waitScreen("briefing", screenTimeout)
		b.key("\r", false) // take the seat
		b.waitScreen("table", screenTimeout)
	} else {
		b.waitScreen("home", screenTimeout)
	}
	b.waitQuiet()
	stop, err := chromedp.Call(b.ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	metrics, err := chromedp.Call(b.ctx, performance.GetMetrics, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	navStart := 0.0 // seconds, on the clock of the profile's timestamps
	for _, m := range metrics.Metrics {
		if m.Name == "NavigationStart" {
			navStart = m.Value
		}
	}
	if navStart == 0 {
		t.Fatal("Performance.getMetrics gave no NavigationStart")
	}
	prof := stop.Profile
	if data, err := json.Marshal(prof); err == nil {
		os.WriteFile(filepath.Join(artifacts(t), "page.cpuprofile"), data, 0o644)
	}
	tasks := eval[[][2]float64](t, b.ctx, `backchannelStatus.longTasks`)
	marks := eval[map[string]float64](t, b.ctx, `backchannelStatus.marks`)
	t.Logf("marks (ms after the navigation): %v", marks)
	samples := profileSamples(prof, navStart*1000)
	for _, task := range tasks {
		at, ms := task[0], task[1]
		when := "after the download"
		if at < marks["downloaded"] {
			when = "before the download"
		}
		t.Logf("task at %6.0f ms, %5.0f ms (%s):\n%s", at, ms, when, samples.between(at, at+ms))
	}
}

// callErr keeps the error of a chromedp.Call.
func callErr[R any](_ R, err error) error { return err }

// waitQuiet waits until the page has run no long task for two seconds,
// so that the profile holds the first screen's tasks to their end.
func (b *tab) waitQuiet() {
	b.t.Helper()
	last, since := -1, time.Now()
	for time.Since(since) < 2*time.Second {
		n := eval[int](b.t, b.ctx, `backchannelStatus.longTasks.length`)
		if n != last {
			last, since = n, time.Now()
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// sampled is a CPU profile's samples: when (ms after the navigation), for
// how long, and the stack (innermost first).
type sampled struct {
	at, ms []float64
	stacks [][]string
}

// profileSamples reads a profile whose timestamps are µs on the clock on
// which the navigation started at navStart ms.
func profileSamples(p *profiler.Profile, navStart float64) sampled {
	byID := map[int64]*profiler.ProfileNode{}
	parent := map[int64]int64{}
	for _, n := range p.Nodes {
		byID[n.ID] = n
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	stackOf := map[int64][]string{}
	var s sampled
	t := p.StartTime
	for i, id := range p.Samples {
		prev := t
		t += float64(p.TimeDeltas[i])
		st, ok := stackOf[id]
		if !ok {
			for n := id; n != 0; n = parent[n] {
				name := byID[n].CallFrame.FunctionName
				if name == "" {
					name = "(anonymous)"
				}
				st = append(st, name)
			}
			stackOf[id] = st
		}
		s.at = append(s.at, t/1000-navStart)
		s.ms = append(s.ms, (t-prev)/1000)
		s.stacks = append(s.stacks, st)
	}
	return s
}

// telling are the functions worth naming in a task: the game's and the
// program's, ebiten's known costs, the Go collector, the calls into the
// browser, and the page's own functions (loader.js) but for those that
// wrap everything the game does.
var telling = regexp.MustCompile(`^(backchannel_|main\.|runtime\.(gcBgMarkWorker|gcAssistAlloc|doInit1|schedinit)$|github\.com_hajimehoshi_ebiten_v2_internal_(packing\.alloc|shader\.Compile|graphicsdriver_opengl\.NewGraphics)$|github\.com_hajimehoshi_ebiten_v2\.RunGameWithOptions|github\.com_hajimehoshi_ebiten_v2_text_v2\.Draw$|syscall/js\.value(Call|Invoke|Get|Set)$|\((program|garbage collector)\)$|[a-z][A-Za-z0-9]*$)`)

// wrapper says whether f is a page function that holds whatever the game
// runs, and so tells nothing.
func wrapper(f string) bool {
	switch f {
	case "start", "run", "handCanvasToGame":
		return true
	}
	return false
}

// between says what ran from a to b (ms): the time of the most costly
// telling functions, counting a sample once in each function on its stack.
func (s sampled) between(a, b float64) string {
	spent := map[string]float64{}
	self := map[string]float64{}
	for i, at := range s.at {
		if at < a || at > b+1 {
			continue
		}
		seen := map[string]bool{}
		for _, f := range s.stacks[i] {
			if !seen[f] && telling.MatchString(f) && !wrapper(f) {
				seen[f] = true
				spent[f] += s.ms[i]
			}
		}
		self[s.stacks[i][0]] += s.ms[i]
	}
	return "    in: " + top(spent, 12) + "\n    self: " + top(self, 6)
}

// top lists the n largest figures, "name ms".
func top(m map[string]float64, n int) string {
	names := make([]string, 0, len(m))
	for k := range m {
		if k != "(root)" && k != "(idle)" {
			names = append(names, k)
		}
	}
	slices.SortFunc(names, func(x, y string) int { return cmp.Compare(m[y], m[x]) })
	var out []string
	for _, k := range names[:min(n, len(names))] {
		if m[k] >= 5 {
			out = append(out, fmt.Sprintf("%s %.0f", strings.TrimPrefix(k, "backchannel_game_"), m[k]))
		}
	}
	return strings.Join(out, "; ")
}
