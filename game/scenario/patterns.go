package scenario

import "regexp"

// pattern is a named shape a string must have, with words for the error.
type pattern struct {
	re   *regexp.Regexp
	what string
}

// patterns are the shapes of ids and colours. Ids are ASCII identifiers
// because issue and variable ids are names in expressions.
var patterns = map[string]pattern{
	"id":     {regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]{0,39}$`), "an id is a letter then letters, digits or _, at most 40 in all"},
	"slug":   {regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,39}$`), "a scenario id is lower-case letters, digits and -, at most 40 in all"},
	"colour": {regexp.MustCompile(`^#[0-9a-fA-F]{6}$`), "a colour is written #rrggbb"},
}
