package prose

import "testing"

func sample() Doc {
	var d Doc
	d.H("The letter")
	d.Meta("From Washington, 2 March")
	d.Add(Block{Kind: Quote, Text: "The plans could be affected.\nSincerely"})
	d.Bullet("one")
	d.Bullet("two")
	d.Add(Block{Kind: Space})
	d.Add(Block{Kind: Row, Text: "Pragmatist", Share: 0.62, Value: "62%"})
	d.Note("Scroll for more.")
	return d
}

func TestString(t *testing.T) {
	want := "The letter\nFrom Washington, 2 March\nThe plans could be affected.\nSincerely\none\ntwo\nPragmatist: 62%\nScroll for more."
	if got := sample().String(); got != want {
		t.Errorf("String =\n%s\nwant\n%s", got, want)
	}
}

func TestMarkdown(t *testing.T) {
	want := "## The letter\n\nFrom Washington, 2 March\n\n> The plans could be affected.\n> Sincerely\n\n- one\n- two\n\n- Pragmatist: 62%\n\n*Scroll for more.*\n"
	if got := sample().Markdown(); got != want {
		t.Errorf("Markdown =\n%q\nwant\n%q", got, want)
	}
}

// TestColumnsAndRules: a page in columns reads column by column; a rule is
// "---" in Markdown and nothing in the plain text.
func TestColumnsAndRules(t *testing.T) {
	var d Doc
	d.H("Lead")
	d.Add(Block{Kind: Rule})
	d.P("Story")
	d.Add(Block{Kind: Column, Share: 0.3})
	d.Bullet("Brief")
	if got, want := d.String(), "Lead\nStory\nBrief"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	if got, want := d.Markdown(), "## Lead\n\n---\n\nStory\n\n- Brief\n"; got != want {
		t.Errorf("Markdown = %q, want %q", got, want)
	}
}

// TestFromMarkdownReadsWhatMarkdownWrites: a document written as Markdown
// and read back is the same document, so a report sent as Markdown shows
// as the blocks it was made of.
func TestFromMarkdownReadsWhatMarkdownWrites(t *testing.T) {
	var d Doc
	d.Add(Block{Kind: Title, Text: "A report"})
	d.H("The letter")
	d.Caption("Turn 2")
	d.P("The plans could be affected.")
	d.Add(Block{Kind: Quote, Text: "Dear Dmitri,\nSincerely"})
	d.Bullet("one")
	d.Bullet("two")
	d.Add(Block{Kind: Bullet, Text: "under two", Depth: 1})
	d.Strong("A bold line")
	d.Add(Block{Kind: Table, Cells: [][]string{{"Who", "Score"}, {"Poland", "52 | 3"}}})
	d.Add(Block{Kind: Rule})
	d.Note("Scroll for more.")
	got := FromMarkdown(d.Markdown())
	if got.Markdown() != d.Markdown() || len(got) != len(d) {
		t.Fatalf("read back:\n%#v\nwant\n%#v", got, d)
	}
	for i := range d {
		if got[i].Kind != d[i].Kind || got[i].Text != d[i].Text || got[i].Depth != d[i].Depth || got[i].TableLines() != d[i].TableLines() {
			t.Errorf("block %d = %v %q, want %v %q", i, got[i].Kind, got[i].Text, d[i].Kind, d[i].Text)
		}
	}
	rep := FromMarkdown("# Class: Poland\n\nScenario X, turn 3\nof 6.\n\n- **Leak** a story\nthat goes on\n\nAfter.\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n")
	want := "Class: Poland\nScenario X, turn 3 of 6.\nLeak a story that goes on\nAfter.\nA · B\n1 · 2"
	if rep.String() != want {
		t.Errorf("report read as\n%s\nwant\n%s", rep.String(), want)
	}
}
