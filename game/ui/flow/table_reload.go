package flow

import (
	"fmt"
	"path/filepath"
	"strings"

	"backchannel/game/library"
	"backchannel/game/scenario"
	"backchannel/game/turns"
	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// pollReload turns a change of the scenario file into a banner: an offer
// to restart with the new version, or its errors while the old one stays.
func (t *table) pollReload(ctx *ui.Context) {
	rl, ok := t.reload.Poll()
	if !ok {
		return
	}
	ctx.Invalidate()
	name := t.m.Source.Name
	if rl.Err != nil || rl.Scenario == nil {
		t.pending = nil
		t.banner = newBanner(fmt.Sprintf("%s changed but has errors; you keep playing the version loaded before. %s",
			name, firstError(rl)), true,
			widget.ButtonConfig{Text: "Show errors", Tooltip: "List every problem with its line and column.",
				OnClick: func(ctx *ui.Context) { ctx.Push(errorsDialog(name, rl)) }},
			dismiss(t))
		return
	}
	src := library.Loaded(t.m.Source.Name, t.m.Source.Path, rl.Scenario, rl.Diags)
	t.pending = src
	t.banner = newBanner(fmt.Sprintf("%s changed on disk. Restart with the new version? This game would end (the autosave keeps it).", name), false,
		widget.ButtonConfig{Text: "Restart with it", Style: widget.ButtonPrimary,
			Tooltip: "Start again from turn 1 with the changed scenario, same seats, seed and difficulty. Also in the menu (Esc).",
			OnClick: func(ctx *ui.Context) { t.restart(ctx, false) }},
		dismiss(t))
}

// restart begins the game again with the changed scenario file. fromPause
// says the pause menu is on top of the table.
func (t *table) restart(ctx *ui.Context, fromPause bool) {
	src := t.pending
	if src == nil {
		return
	}
	setup := t.m.Setup
	setup.Source = src
	m, err := turns.Start(setup)
	if err != nil {
		t.banner = newBanner("Cannot restart with the changed file: "+err.Error(), true, dismiss(t))
		if fromPause {
			ctx.Pop()
		}
		return
	}
	t.f.lib.Add(src)
	if fromPause {
		ctx.Pop()
	}
	t.close()
	nt := newTable(t.f, m)
	ctx.Replace(nt)
	nt.begin(ctx, false)
}

// dismiss is the button that closes the banner.
func dismiss(t *table) widget.ButtonConfig {
	return widget.ButtonConfig{Text: "Dismiss", Tooltip: "Hide this message.",
		OnClick: func(*ui.Context) { t.banner = nil }}
}

// firstError is the first error of a failed reload, on one line.
func firstError(rl scenario.Reload) string {
	for _, d := range rl.Diags {
		if d.Severity == scenario.Error {
			return shortDiag(d)
		}
	}
	if rl.Err != nil {
		s := rl.Err.Error()
		s, _, _ = strings.Cut(s, "\n")
		return s
	}
	return ""
}

// errorsDialog lists a failed reload's diagnostics.
func errorsDialog(name string, rl scenario.Reload) *widget.Dialog {
	var lines []string
	for i, d := range rl.Diags.Errors() {
		if i == 8 {
			lines = append(lines, fmt.Sprintf("… and %d more: run backchannel validate on the file.", len(rl.Diags.Errors())-i))
			break
		}
		lines = append(lines, shortDiag(d))
	}
	if len(lines) == 0 && rl.Err != nil {
		lines = append(lines, rl.Err.Error())
	}
	return widget.NewDialog(widget.DialogConfig{Title: name + " has errors",
		Body:    strings.Join(lines, "\n") + "\n\nThe game goes on with the version loaded before. Fix the file and save it again.",
		Buttons: []widget.ButtonConfig{{Text: "Close", Tooltip: "Back to the game."}}})
}

// shortDiag is a diagnostic with the file's base name rather than its
// whole path, which would crowd out the message on screen.
func shortDiag(d scenario.Diagnostic) string {
	d.File = filepath.Base(d.File)
	return d.String()
}
