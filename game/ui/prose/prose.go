// Package prose is the one document model of the screens' prose: the
// briefing, the inbox's letters, the analyst's notes, the debrief, the
// replay's log, a save's summary. A document is a list of blocks, each a
// kind (heading, paragraph, bullet, quote, row…) with a tone and its text;
// widget.Doc draws it, and Markdown writes it out. The package is pure Go
// (no ebiten), so what a screen says can be built and tested without a
// window.
package prose

import (
	"image/color"
	"strings"
)

// Kind is the role of one block in a document.
type Kind int

// The kinds of block.
const (
	Para    Kind = iota
	Heading      // a title: a letter's, an actor's, a section's
	Caption      // a small section title, in small capitals
	Strong       // a bold line
	Bullet       // an indented item
	Quote        // typed words: the text of a letter, a report
	Note         // italic: an aside, a hint
	Meta         // small and muted: who, when, status
	Row          // a key-value row: Text, a bar filled to Share, Value
	Space        // a little empty space
	Rule         // a thin line across the column, between stories
	// Column starts a new column to the right of the last one: a page
	// set in columns (the newspaper) is one document, read column by
	// column and scrolled as one. Its Share is the new column's part of
	// the width; the first column has what the others leave.
	Column
	Title // a whole document's title, above its headings
	Table // rows of cells in Cells, the first row the head
)

// Tone is a block's colour role; the widget maps it to the palette, on
// paper or on navy.
type Tone int

// The tones.
const (
	Neutral Tone = iota
	Muted
	Accent
	Bad
	Good
)

// Block is one paragraph of a document.
type Block struct {
	Kind Kind
	Tone Tone
	Text string
	// Share is a Row's bar, 0-1; Value its figure at the right ("62%").
	Share float64
	Value string
	// Colour, when not zero, colours a Row's bar or a Bullet's dot (an
	// actor's colour) instead of the tone's.
	Colour color.RGBA
	// Cells are a Table's rows, the head first.
	Cells [][]string
	// Depth is a Bullet's level: 0 for an item, 1 for an item under it.
	Depth int
	// Boxed blocks that follow one another are set apart in one tinted
	// box edged in the first one's tone: a sidebar such as the paper's
	// confidential desk, which must not read as one more story.
	Boxed bool
}

// Doc is a document: blocks in reading order. The methods append one
// block each, so a screen writes a document as it reads.
type Doc []Block

// Add appends blocks.
func (d *Doc) Add(b ...Block) { *d = append(*d, b...) }

// H appends a heading.
func (d *Doc) H(s string) { d.Add(Block{Kind: Heading, Text: s}) }

// Caption appends a small section title.
func (d *Doc) Caption(s string) { d.Add(Block{Kind: Caption, Text: s}) }

// P appends a paragraph.
func (d *Doc) P(s string) { d.Add(Block{Kind: Para, Text: s}) }

// Strong appends a bold line.
func (d *Doc) Strong(s string) { d.Add(Block{Kind: Strong, Text: s}) }

// Bullet appends an item.
func (d *Doc) Bullet(s string) { d.Add(Block{Kind: Bullet, Text: s}) }

// Note appends an aside in italics.
func (d *Doc) Note(s string) { d.Add(Block{Kind: Note, Text: s}) }

// Meta appends a small muted line.
func (d *Doc) Meta(s string) { d.Add(Block{Kind: Meta, Text: s}) }

// String is the document as plain text, a block a line: for the
// screen-reader mirror, for searching and for tests.
func (d Doc) String() string {
	s := ""
	n := 0
	for _, b := range d {
		if b.Kind == Space || b.Kind == Rule || b.Kind == Column {
			continue
		}
		if n > 0 {
			s += "\n"
		}
		s += b.Text
		if b.Kind == Table {
			s += b.TableLines()
		}
		if b.Kind == Row && b.Value != "" {
			s += ": " + b.Value
		}
		n++
	}
	return s
}

// TableLines is a Table's rows as text, a row a line, its cells apart.
func (b Block) TableLines() string {
	rows := make([]string, len(b.Cells))
	for i, r := range b.Cells {
		rows[i] = strings.Join(r, " · ")
	}
	return strings.Join(rows, "\n")
}

// Under returns the document set one level down, to stand under a heading
// of a larger document (a debrief tab as a section of a report): its
// headings become captions. d is not changed.
func (d Doc) Under() Doc {
	out := make(Doc, len(d))
	for i, b := range d {
		if b.Kind == Heading {
			b.Kind = Caption
		}
		out[i] = b
	}
	return out
}
