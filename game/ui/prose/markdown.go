package prose

import "strings"

// Markdown writes the document as Markdown: a title as "#", headings as
// "##", captions as "###", bullets as "- " (indented by depth), quotes as
// "> ", rows as "- label: value", tables as pipes, rules as "---",
// paragraphs apart by a blank line; columns follow one another.
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
		case Title:
			b.WriteString("# " + text)
		case Heading:
			b.WriteString("## " + text)
		case Caption:
			b.WriteString("### " + text)
		case Strong:
			b.WriteString("**" + text + "**")
		case Bullet:
			b.WriteString(strings.Repeat("  ", bl.Depth) + "- " + text)
		case Table:
			b.WriteString(tableMarkdown(bl.Cells))
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

// tableMarkdown writes rows as a Markdown table, the first the head, each
// cell on one line and its pipes escaped; it ends without a newline.
func tableMarkdown(rows [][]string) string {
	var b strings.Builder
	for i, r := range rows {
		cells := make([]string, len(r))
		for j, c := range r {
			cells[j] = strings.Join(strings.Fields(strings.ReplaceAll(c, "|", `\|`)), " ")
		}
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |")
		if i == 0 {
			b.WriteString("\n|" + strings.Repeat(" --- |", len(r)))
		}
	}
	return b.String()
}
