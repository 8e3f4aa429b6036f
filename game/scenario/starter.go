package scenario

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed starter.toml
var starterTOML string

// Starter returns a commented starter scenario with the given id, which
// validates and plays as it is; file is the name it will be saved under,
// quoted in its opening comment.
func Starter(id, file string) ([]byte, error) {
	if !patterns["slug"].re.MatchString(id) {
		return nil, fmt.Errorf("scenario: bad id %q: %s", id, patterns["slug"].what)
	}
	title := strings.ReplaceAll(id, "-", " ")
	title = strings.ToUpper(title[:1]) + title[1:]
	r := strings.NewReplacer("{{id}}", id, "{{title}}", title, "{{file}}", file)
	return []byte(r.Replace(starterTOML)), nil
}

// SlugOf turns a file or scenario name into a valid scenario id: lower
// case, with runs of other characters as single dashes ("My Episode.toml"
// → "my-episode"). It returns "" when nothing usable is left.
func SlugOf(name string) string {
	name = strings.TrimSuffix(name, ".toml")
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	s := b.String()
	if len(s) > 40 {
		s = strings.TrimRight(s[:40], "-")
	}
	return s
}
