package window

import (
	"io/fs"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/files"
	"backchannel/game/library"
	"backchannel/web"
)

// maxDropped is the largest dropped file read, as the page's limit.
const maxDropped = web.MaxFileBytes

// HandedOver returns the files handed over to the window or the page since
// the last call: what the game's flow.Config.Dropped is. It must be called
// from Update.
func HandedOver() []library.File {
	var out []library.File
	for _, f := range web.PendingFiles() {
		out = append(out, library.File{Name: f.Name, Text: []byte(f.Text)})
	}
	return append(out, fromFS(ebiten.DroppedFiles())...)
}

// fromFS reads the files at the root of a dropped-files file system;
// folders are skipped.
func fromFS(fsys fs.FS) []library.File {
	if fsys == nil {
		return nil
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil
	}
	var out []library.File
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		if p, ok := e.(ebiten.AbsPather); ok {
			out = append(out, library.File{Name: e.Name(), Path: p.AbsPath()})
			continue
		}
		if data, err := files.ReadFS(fsys, e.Name(), maxDropped); err == nil {
			out = append(out, library.File{Name: e.Name(), Text: data})
		}
	}
	return out
}
