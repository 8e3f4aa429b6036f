package lab

import (
	"bytes"
	"html"
	"io"
)

// WriteHTML writes the report as one self-contained web page.
func (r *Report) WriteHTML(w io.Writer) {
	var md bytes.Buffer
	r.WriteMarkdown(&md)
	io.WriteString(w, "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lab report: "+html.EscapeString(r.Scen.Title)+"</title></head><body><pre>\n")
	io.WriteString(w, html.EscapeString(md.String()))
	io.WriteString(w, "</pre></body></html>\n")
}
