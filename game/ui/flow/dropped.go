package flow

import (
	"io/fs"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/files"
	"backchannel/web"
)

// DroppedFile is a scenario file the player handed over: dropped on the
// window, or opened in the browser page. Path is set when the file is on
// disk, so that it can be watched for changes.
type DroppedFile struct {
	Name string
	Path string
	Text []byte
}

// maxDropped is the largest dropped file read, as the page's limit.
const maxDropped = web.MaxFileBytes

// handedOver returns the files handed over to the window or the page since
// the last call: what Config.Dropped returns when it is not set. It must
// be called from Update.
func handedOver() []DroppedFile {
	var out []DroppedFile
	for _, f := range web.PendingFiles() {
		out = append(out, DroppedFile{Name: f.Name, Text: []byte(f.Text)})
	}
	return append(out, fromFS(ebiten.DroppedFiles())...)
}

// fromFS reads the files at the root of a dropped-files file system;
// folders are skipped.
func fromFS(fsys fs.FS) []DroppedFile {
	if fsys == nil {
		return nil
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil
	}
	var out []DroppedFile
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		if p, ok := e.(ebiten.AbsPather); ok {
			out = append(out, DroppedFile{Name: e.Name(), Path: p.AbsPath()})
			continue
		}
		if data, err := files.ReadFS(fsys, e.Name(), maxDropped); err == nil {
			out = append(out, DroppedFile{Name: e.Name(), Text: data})
		}
	}
	return out
}

// take adds dropped files to the library and returns the last one added.
func (l *Library) take(files []DroppedFile) *Source {
	var last *Source
	for _, f := range files {
		if f.Path != "" {
			last = l.AddFile(f.Path)
		} else {
			last = l.AddText(f.Name, f.Text)
		}
		last.Load()
	}
	return last
}
