//go:build !js

package server

import (
	"bytes"
	"embed"
	"fmt"
	"net/http"
	"path"
	"strings"

	qrcode "github.com/skip2/go-qrcode"
)

// The pages are plain HTML with a little JavaScript, embedded: the
// console and the students' page need nothing from the network.
//
//go:embed static
var static embed.FS

func (s *Server) page(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		b, err := static.ReadFile("static/" + name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		secureHeaders(w)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b)
	}
}

func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	name := path.Base(r.PathValue("file"))
	b, err := static.ReadFile("static/" + name)
	if err != nil || strings.HasSuffix(name, ".html") {
		http.NotFound(w, r)
		return
	}
	secureHeaders(w)
	switch path.Ext(name) {
	case ".js":
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	case ".css":
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
	}
	w.Write(b)
}

// secureHeaders keep the pages to their own origin: no framing, no
// scripts or connections elsewhere, no referrer carrying a seat's link.
func secureHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' blob: data:; connect-src 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
}

// qr draws a QR code of a join link (/s/TOKEN) or of the join page with a
// code, as SVG, to project. It draws only this server's own links.
func (s *Server) qr(w http.ResponseWriter, r *http.Request) {
	text := strings.TrimSuffix(r.PathValue("text"), ".svg")
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	base := scheme + "://" + r.Host
	var link string
	if code, ok := strings.CutPrefix(text, "code-"); ok && len(code) <= 12 {
		link = base + "/?code=" + code
	} else if len(text) <= 40 {
		link = base + "/s/" + text
	} else {
		http.NotFound(w, r)
		return
	}
	q, err := qrcode.New(link, qrcode.Medium)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(svg(q.Bitmap()))
}

// svg draws a bitmap (true is dark) as one path, a module a unit square.
func svg(bits [][]bool) []byte {
	var b bytes.Buffer
	n := len(bits)
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges">`, n, n)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="`, n, n)
	for y, row := range bits {
		for x, on := range row {
			if on {
				fmt.Fprintf(&b, "M%d %dh1v1h-1z", x, y)
			}
		}
	}
	b.WriteString(`"/></svg>`)
	return b.Bytes()
}
