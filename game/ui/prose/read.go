package prose

import "strings"

// FromMarkdown reads Markdown of the kind Markdown writes, and reports
// such as a class's seat report, back into blocks, so a screen can show a
// Markdown report with the same widget as every other document: "#" is a
// title, "##" headings, "###" captions, "- " bullets, "> " quotes, a line in
// "**" strong, a line in "*" a note, "---" a rule, "|" rows a table. Bold marks inside a line go; a line
// right under an item goes on with it; other lines join into paragraphs up
// to a blank line.
func FromMarkdown(md string) Doc {
	var d Doc
	var para []string
	blank := true // the last line was blank, or there was none
	flush := func() {
		if len(para) > 0 {
			d.P(strings.Join(para, " "))
			para = nil
		}
	}
	for line := range strings.SplitSeq(md, "\n") {
		line = strings.TrimRight(line, " \t\r")
		kind, text, ok := markdownLine(line)
		if !ok {
			n := len(d)
			switch {
			case line == "":
				flush()
			case len(para) == 0 && !blank && n > 0 && d[n-1].Kind == Bullet:
				// A line right under an item goes on with it.
				d[n-1].Text += " " + plainInline(line)
			default:
				para = append(para, plainInline(line))
			}
			blank = line == ""
			continue
		}
		blank = false
		flush()
		if kind == tableRule {
			continue
		}
		if kind == Table {
			cells := strings.Split(text, cellSep)
			if n := len(d); n > 0 && d[n-1].Kind == Table {
				d[n-1].Cells = append(d[n-1].Cells, cells)
			} else {
				d.Add(Block{Kind: Table, Cells: [][]string{cells}})
			}
			continue
		}
		if n := len(d); kind == Quote && n > 0 && d[n-1].Kind == Quote && d[n-1].Text != "" {
			d[n-1].Text += "\n" + text
			continue
		}
		if kind == subBullet {
			d.Add(Block{Kind: Bullet, Text: text, Depth: 1})
			continue
		}
		d.Add(Block{Kind: kind, Text: text})
	}
	flush()
	return d
}

// tableRule stands for a table's rule row, and subBullet for an item under
// an item, while reading Markdown; neither is ever in a Doc.
const (
	tableRule Kind = -1
	subBullet Kind = -2
)

// markdownLine reads a line that is a block of its own: its kind and text,
// or ok false for a line of a paragraph (or a blank one).
func markdownLine(line string) (k Kind, text string, ok bool) {
	switch {
	case strings.HasPrefix(line, "### "):
		return Caption, plainInline(line[4:]), true
	case strings.HasPrefix(line, "## "):
		return Heading, plainInline(line[3:]), true
	case strings.HasPrefix(line, "# "):
		return Title, plainInline(line[2:]), true
	case strings.HasPrefix(line, "- "):
		return Bullet, plainInline(line[2:]), true
	case strings.HasPrefix(line, "  - "):
		return subBullet, plainInline(line[4:]), true
	case line == ">" || strings.HasPrefix(line, "> "):
		return Quote, strings.TrimPrefix(strings.TrimPrefix(line, ">"), " "), true
	case line == "---":
		return Rule, "", true
	case strings.HasPrefix(line, "|") && strings.HasSuffix(line, "|") && len(line) > 1:
		return tableRow(line)
	case len(line) > 4 && strings.HasPrefix(line, "**") && strings.HasSuffix(line, "**") && !strings.Contains(line[2:len(line)-2], "**"):
		return Strong, line[2 : len(line)-2], true
	case len(line) > 2 && line[0] == '*' && line[len(line)-1] == '*' && line[1] != '*':
		return Note, plainInline(line[1 : len(line)-1]), true
	}
	return Para, "", false
}

// cellSep joins a table row's cells while reading.
const cellSep = "\x1f"

// tableRow reads "| a | b |" as a row of a Table; the row of dashes under
// a table's head is tableRule, to be skipped.
func tableRow(line string) (Kind, string, bool) {
	// Split at the pipes that are not escaped.
	inner := strings.ReplaceAll(line[1:len(line)-1], `\|`, cellSep)
	cells := strings.Split(inner, "|")
	rule := true
	for i, c := range cells {
		c = strings.TrimSpace(strings.ReplaceAll(c, cellSep, "|"))
		cells[i] = plainInline(c)
		if strings.Trim(c, "-: ") != "" {
			rule = false
		}
	}
	if rule {
		return tableRule, "", true
	}
	return Table, strings.Join(cells, cellSep), true
}

// plainInline drops Markdown's bold and code marks inside a line.
func plainInline(s string) string {
	return strings.NewReplacer("**", "", "`", "").Replace(s)
}
