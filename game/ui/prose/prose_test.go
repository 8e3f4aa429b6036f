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
