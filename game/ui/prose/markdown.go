package prose

import "strings"

// Markdown writes the document as Markdown: headings as "##", captions as
// "###", bullets as "- ", quotes as "> ", rows as "- label: value",
// paragraphs apart by a blank line, rules as "---"; columns follow one
// another.
func (d Doc) Markdown() string {
	var b strings.Builder
	prev := Space
	for i, bl := range d {
		if bl.Kind == Space || bl.Kind == Column {
			continue
		}
		// Items of a list stay together; everything else stands apart.
		together := (bl.Kind == Bullet || bl.Kind == Row) && prev == bl.Kind
		if i > 0 && b.Len() > 0 && !together {
			b.WriteString("\n")
		}
		text := strings.Join(strings.Fields(bl.Text), " ")
		switch bl.Kind {
		case Heading:
			b.WriteString("## " + text)
		case Caption:
			b.WriteString("### " + text)
		case Strong:
			b.WriteString("**" + text + "**")
		case Bullet:
			b.WriteString("- " + text)
		case Quote:
			b.WriteString("> " + strings.ReplaceAll(strings.TrimSpace(bl.Text), "\n", "\n> "))
		case Note:
			b.WriteString("*" + text + "*")
		case Rule:
			b.WriteString("---")
		case Row:
			b.WriteString("- " + text)
			if bl.Value != "" {
				b.WriteString(": " + bl.Value)
			}
		default:
			b.WriteString(text)
		}
		b.WriteString("\n")
		prev = bl.Kind
	}
	return b.String()
}
