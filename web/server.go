//go:build !js

// The handler is left out of the browser build: nothing serves files from a
// web page, and net/http's server would make game.wasm larger.

package web

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

// contentTypes fixes the MIME types of the files a site holds, so that they
// do not depend on the system's MIME database (/etc/mime.types, the Windows
// registry). WebAssembly.instantiateStreaming refuses game.wasm unless it is
// application/wasm.
var contentTypes = map[string]string{
	".wasm":  "application/wasm",
	".js":    "text/javascript; charset=utf-8",
	".mjs":   "text/javascript; charset=utf-8",
	".html":  "text/html; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".svg":   "image/svg+xml",
	".json":  "application/json",
	".map":   "application/json",
	".toml":  "text/plain; charset=utf-8",
	".txt":   "text/plain; charset=utf-8",
	".md":    "text/plain; charset=utf-8",
	".png":   "image/png",
	".jpg":   "image/jpeg",
	".jpeg":  "image/jpeg",
	".webp":  "image/webp",
	".ico":   "image/x-icon",
	".ttf":   "font/ttf",
	".otf":   "font/otf",
	".woff2": "font/woff2",
	".ogg":   "audio/ogg",
	".mp3":   "audio/mpeg",
	".wav":   "audio/wav",
}

// compressible lists the types worth gzipping. Images, fonts in woff2 and
// audio are compressed already.
var compressible = map[string]bool{
	".wasm": true, ".js": true, ".mjs": true, ".html": true, ".css": true,
	".svg": true, ".json": true, ".map": true, ".toml": true, ".txt": true,
	".md": true, ".ttf": true, ".otf": true, ".ico": true, ".wav": true,
}

// ContentType returns the MIME type the handler sends for a file name.
func ContentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// NewHandler returns a handler that serves the static site in dir, such as
// the build/web folder that scripts/build-web.sh assembles. It is meant for
// development and tests, and it:
//
//   - answers GET and HEAD only, and serves index.html for a folder;
//   - sets the MIME types of ContentType (application/wasm for .wasm);
//   - sends gzip to clients that accept it, from NAME.gz beside the file when
//     that is at least as new as the file, else compressed on the fly and kept
//     in memory; NAME.br likewise for brotli; compressible types carry
//     "Vary: Accept-Encoding";
//   - sends "Cache-Control: no-cache" with an ETag and Last-Modified, so the
//     browser revalidates every file (a 304 costs little) and never runs a
//     stale game.wasm after a rebuild;
//   - refuses paths that leave dir (".." segments, also percent-encoded, and
//     symbolic links that point outside, through os.Root) and hides dotfiles.
//
// dir is opened on every request, so the site can be rebuilt while it is
// served.
//
// It stays our own rather than http.FileServerFS behind a gzip wrapper:
// those compress every response anew (the cost this cache avoids), know
// nothing of NAME.gz and NAME.br built beside a file, and take MIME types
// from the system.
func NewHandler(dir string) http.Handler {
	return &handler{dir: dir, gz: newGzipCache(256 << 20)}
}

// NewFSHandler serves the site held in fsys, such as a build embedded in
// the program, as NewHandler serves a folder. Embedded files have no
// modification time, so version (game.json's, which changes with every
// build of game.wasm) stands in for it in the ETags.
func NewFSHandler(fsys fs.FS, version string) http.Handler {
	return &handler{fsys: fsys, version: version, gz: newGzipCache(256 << 20)}
}

type handler struct {
	dir     string // the site's folder, opened on every request; or
	fsys    fs.FS  // the site itself, with
	version string // the build's version for its ETags
	gz      *gzipCache
}

// site opens the files to serve and returns what closes them.
func (h *handler) site() (fs.FS, func(), error) {
	if h.fsys != nil {
		return h.fsys, func() {}, nil
	}
	root, err := os.OpenRoot(h.dir)
	if err != nil {
		return nil, nil, err
	}
	return root.FS(), func() { root.Close() }, nil
}

// maxRanges is the most byte ranges a request may ask for. Each part of a
// multipart answer carries its own headers, so a thousand one-byte ranges
// were answered with ten times the file; a request for more is answered
// with the whole file, as RFC 9110 allows.
const maxRanges = 8

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if rg := r.Header.Get("Range"); rg != "" && (len(rg) > 200 || strings.Count(rg, ",") >= maxRanges) {
		r = r.Clone(r.Context())
		r.Header.Del("Range")
	}
	name, ok := cleanPath(r.URL.Path)
	if !ok {
		http.Error(w, "400 bad request: path leaves the site", http.StatusBadRequest)
		return
	}
	root, done, err := h.site()
	if err != nil {
		http.Error(w, "500 site folder unavailable", http.StatusInternalServerError)
		return
	}
	defer done()

	fi, err := fs.Stat(root, nameOrDot(name))
	if err != nil {
		notFound(w)
		return
	}
	if fi.IsDir() {
		if !strings.HasSuffix(r.URL.Path, "/") {
			// Built from the cleaned name, never from the raw path, so that
			// "//host" cannot turn into an off-site redirect.
			target := "/" + name + "/"
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, target, http.StatusMovedPermanently)
			return
		}
		name = path.Join(name, "index.html")
		if fi, err = fs.Stat(root, name); err != nil || fi.IsDir() {
			http.NotFound(w, r)
			return
		}
	}
	if !fi.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}

	hdr := w.Header()
	hdr.Set("Content-Type", ContentType(name))
	hdr.Set("Cache-Control", "no-cache")
	hdr.Set("X-Content-Type-Options", "nosniff")
	etag := fmt.Sprintf(`"%x-%x`, fi.ModTime().UnixNano(), fi.Size())
	if h.version != "" {
		etag = fmt.Sprintf(`"%s-%x`, h.version, fi.Size())
	}

	ext := strings.ToLower(path.Ext(name))
	if compressible[ext] {
		hdr.Add("Vary", "Accept-Encoding")
		switch {
		case accepts(r, "br") && h.servePrecompressed(w, r, root, name, ".br", "br", etag, fi):
			return
		case accepts(r, "gzip") && h.servePrecompressed(w, r, root, name, ".gz", "gzip", etag, fi):
			return
		case accepts(r, "gzip") && fi.Size() >= 256:
			data, err := h.gz.get(root, name, fi)
			if err != nil {
				http.Error(w, "500 reading file", http.StatusInternalServerError)
				return
			}
			hdr.Set("Content-Encoding", "gzip")
			hdr.Set("ETag", etag+`-gzip"`)
			http.ServeContent(withLength(w, int64(len(data))), r, "", fi.ModTime(), bytes.NewReader(data))
			return
		}
	}

	f, err := open(root, name)
	if err != nil {
		notFound(w)
		return
	}
	defer f.Close()
	hdr.Set("ETag", etag+`"`)
	http.ServeContent(w, r, "", fi.ModTime(), f)
}

// servePrecompressed serves NAME+suffix with the given Content-Encoding when
// it exists and is not older than NAME. It reports whether it answered.
func (h *handler) servePrecompressed(w http.ResponseWriter, r *http.Request, root fs.FS, name, suffix, encoding, etag string, orig fs.FileInfo) bool {
	cfi, err := fs.Stat(root, name+suffix)
	if err != nil || !cfi.Mode().IsRegular() || cfi.ModTime().Before(orig.ModTime()) {
		return false
	}
	f, err := open(root, name+suffix)
	if err != nil {
		return false
	}
	defer f.Close()
	hdr := w.Header()
	hdr.Set("Content-Encoding", encoding)
	hdr.Set("ETag", etag+"-"+encoding+`"`)
	http.ServeContent(withLength(w, cfi.Size()), r, "", orig.ModTime(), f)
	return true
}

// seekFile is a file http.ServeContent can serve: the files of a folder
// and of an embed.FS both seek.
type seekFile interface {
	fs.File
	io.ReadSeeker
}

// open opens a file of the site for http.ServeContent.
func open(root fs.FS, name string) (seekFile, error) {
	f, err := root.Open(name)
	if err != nil {
		return nil, err
	}
	sf, ok := f.(seekFile)
	if !ok {
		f.Close()
		return nil, fmt.Errorf("%s: cannot seek", name)
	}
	return sf, nil
}

// withLength makes a full (200) response carry Content-Length n.
// http.ServeContent leaves it out when Content-Encoding is set, and then a
// large file goes out chunked, which hides its size from the browser.
func withLength(w http.ResponseWriter, n int64) http.ResponseWriter {
	return &lengthWriter{ResponseWriter: w, n: n}
}

type lengthWriter struct {
	http.ResponseWriter
	n int64
}

func (lw *lengthWriter) WriteHeader(code int) {
	if code == http.StatusOK && lw.Header().Get("Content-Length") == "" {
		lw.Header().Set("Content-Length", strconv.FormatInt(lw.n, 10))
	}
	lw.ResponseWriter.WriteHeader(code)
}

// cleanPath turns a URL path into a slash-separated name relative to the
// site's root ("" for the root). It refuses names with a ".." segment, a
// backslash or a NUL, and names whose segments start with a dot.
func cleanPath(p string) (string, bool) {
	if strings.ContainsAny(p, "\\\x00") {
		return "", false
	}
	for seg := range strings.SplitSeq(p, "/") {
		if seg == ".." {
			return "", false
		}
	}
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	for seg := range strings.SplitSeq(name, "/") {
		if strings.HasPrefix(seg, ".") {
			return "", false
		}
	}
	return name, true
}

func nameOrDot(name string) string {
	if name == "" {
		return "."
	}
	return name
}

// notFound answers 404 for a missing file and also for any other error of
// os.Root, such as its refusal of a symbolic link that leaves the folder: to
// the client that is the same as a missing file.
func notFound(w http.ResponseWriter) {
	http.Error(w, "404 page not found", http.StatusNotFound)
}

// accepts reports whether the request's Accept-Encoding allows coding, that
// is lists it (or "*") without q=0.
func accepts(r *http.Request, coding string) bool {
	for _, h := range r.Header.Values("Accept-Encoding") {
		for part := range strings.SplitSeq(h, ",") {
			tok, params, _ := strings.Cut(strings.TrimSpace(part), ";")
			tok = strings.TrimSpace(tok)
			if !strings.EqualFold(tok, coding) && tok != "*" {
				continue
			}
			q := strings.ReplaceAll(params, " ", "")
			if q == "q=0" || strings.HasPrefix(q, "q=0.") && strings.Trim(q[4:], "0") == "" {
				return false
			}
			return true
		}
	}
	return false
}

// gzipCache keeps on-the-fly compressed files so that a 10 MB game.wasm is
// compressed once per build, not once per request: concurrent requests for
// a file being compressed wait for that one compression and share its
// result (200 clients used to compress a 27 MB file 200 times at once).
type gzipCache struct {
	mu      sync.Mutex
	max     int
	size    int
	items   map[string]gzipItem
	pending map[string]*gzipJob
	runs    int // compressions done, for the tests
}

type gzipItem struct {
	mod  time.Time
	n    int64
	data []byte
}

// gzipJob is a compression in progress; done is closed when data or err
// is set.
type gzipJob struct {
	mod  time.Time
	n    int64
	done chan struct{}
	data []byte
	err  error
}

func newGzipCache(max int) *gzipCache {
	return &gzipCache{max: max, items: map[string]gzipItem{}, pending: map[string]*gzipJob{}}
}

func (c *gzipCache) get(root fs.FS, name string, fi fs.FileInfo) ([]byte, error) {
	key := name // one cache per handler, and so per site
	c.mu.Lock()
	if it, ok := c.items[key]; ok && it.mod.Equal(fi.ModTime()) && it.n == fi.Size() {
		c.mu.Unlock()
		return it.data, nil
	}
	if j, ok := c.pending[key]; ok && j.mod.Equal(fi.ModTime()) && j.n == fi.Size() {
		c.mu.Unlock()
		<-j.done
		return j.data, j.err
	}
	j := &gzipJob{mod: fi.ModTime(), n: fi.Size(), done: make(chan struct{})}
	c.pending[key] = j
	c.runs++
	c.mu.Unlock()

	j.data, j.err = compress(root, name)
	c.mu.Lock()
	if c.pending[key] == j {
		delete(c.pending, key)
	}
	if j.err == nil {
		c.store(key, gzipItem{mod: j.mod, n: j.n, data: j.data})
	}
	c.mu.Unlock()
	close(j.done)
	return j.data, j.err
}

// compress gzips a file of the site.
func compress(root fs.FS, name string) ([]byte, error) {
	f, err := root.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if _, err := io.Copy(zw, f); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// store keeps an item, evicting others until the cache fits; c.mu is held.
func (c *gzipCache) store(key string, it gzipItem) {
	if old, ok := c.items[key]; ok {
		c.size -= len(old.data)
		delete(c.items, key)
	}
	if len(it.data) > c.max {
		return
	}
	for k, v := range c.items { // evict arbitrary entries until it fits
		if c.size+len(it.data) <= c.max {
			break
		}
		c.size -= len(v.data)
		delete(c.items, k)
	}
	c.items[key] = it
	c.size += len(it.data)
}
