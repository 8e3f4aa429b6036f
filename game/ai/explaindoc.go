package ai

import (
	"strings"

	"backchannel/game/ui/prose"
)

// Doc is the explanation as a prose document for a reader: the seat's
// reasons, then, set apart in the accent tone, the change that would have
// turned its refusal into an acceptance. Text says that change inside the
// reasons; the document says it once, on its own line. rewrite puts the
// engine's references in the reader's words ("the offer o3" becomes "your
// letter"); Text itself is unchanged, for the logs and the tests.
func (e Explanation) Doc(rewrite func(string) string) prose.Doc {
	reasons, yes := e.Text, ""
	if wa := e.WouldAccept; wa != nil && wa.Change != "" {
		reasons, yes = cutWouldAccept(e.Text, wa.Change)
	}
	d := prose.Doc{{Kind: prose.Para, Text: rewrite(reasons)}}
	if yes != "" {
		d.Add(prose.Block{Kind: prose.Para, Tone: prose.Accent, Text: rewrite(yes)})
	}
	return d
}

// cutWouldAccept takes the sentence "Moscow would accept it if <change>."
// out of text, and returns the rest and that sentence; when text has no
// such sentence, the sentence is made from change alone.
func cutWouldAccept(text, change string) (rest, sentence string) {
	end := strings.Index(text, " would accept it if "+change+".")
	if end < 0 {
		return text, "Would accept it if " + change + "."
	}
	end += len(" would accept it if " + change + ".")
	start := strings.LastIndex(text[:end], ". ") + 2 // -1 + 2: the text's start
	if start == 1 {
		start = 0
	}
	rest = strings.TrimSpace(text[:start] + text[end:])
	return strings.Join(strings.Fields(rest), " "), text[start:end]
}
