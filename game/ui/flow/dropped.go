package flow

import (
	"io/fs"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/files"
	"backchannel/web"
)

// droppedFile is a scenario file the player handed over: dropped on the
// window, or opened in the browser page. Path is set when the file is on
// disk, so that it can be watched for changes.
type droppedFile struct {
	Name string
	Path string
	Text []byte
}

// maxDropped is the largest dropped file read, as the page's limit.
const maxDropped = web.MaxFileBytes

// pendingFiles returns the files handed over since the last call. It must
// be called from Update. Tests replace it.
var pendingFiles = func() []droppedFile {
	var out []droppedFile
	for _, f := range web.PendingFiles() {
		out = append(out, droppedFile{Name: f.Name, Text: []byte(f.Text)})
	}
	return append(out, fromFS(ebiten.DroppedFiles())...)
}

// fromFS reads the files at the root of a dropped-files file system;
// folders are skipped.
func fromFS(fsys fs.FS) []droppedFile {
	if fsys == nil {
		return nil
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil
	}
	var out []droppedFile
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		if p, ok := e.(ebiten.AbsPather); ok {
			out = append(out, droppedFile{Name: e.Name(), Path: p.AbsPath()})
			continue
		}
		if data, err := files.ReadFS(fsys, e.Name(), maxDropped); err == nil {
			out = append(out, droppedFile{Name: e.Name(), Text: data})
		}
	}
	return out
}

// take adds dropped files to the library and returns the last one added.
func (l *Library) take(files []droppedFile) *Source {
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
