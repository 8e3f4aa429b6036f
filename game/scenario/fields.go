package scenario

import (
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// fieldInfo is what the tags of one format field say.
type fieldInfo struct {
	name     string
	index    int
	req      bool
	min, max *float64
	items    int // 0: no limit of its own
	minItems int
	maxLen   int
	enum     []string
	pattern  string
	doc      string
}

// structInfo describes one format struct.
type structInfo struct {
	fields []fieldInfo
	byName map[string]int
	names  []string
}

var structInfos sync.Map // reflect.Type → *structInfo

// infoOf reads (once) the tags of a format struct.
func infoOf(t reflect.Type) *structInfo {
	if si, ok := structInfos.Load(t); ok {
		return si.(*structInfo)
	}
	si := &structInfo{byName: map[string]int{}}
	for i := range t.NumField() {
		sf := t.Field(i)
		name := sf.Tag.Get("toml")
		if name == "" || name == "-" {
			continue
		}
		f := fieldInfo{name: name, index: i, doc: sf.Tag.Get("doc"), pattern: sf.Tag.Get("pattern"), maxLen: MaxText}
		_, f.req = sf.Tag.Lookup("req")
		f.min, f.max = tagFloat(sf.Tag, "min"), tagFloat(sf.Tag, "max")
		f.items = tagInt(sf.Tag, "items")
		f.minItems = tagInt(sf.Tag, "minitems")
		if n := tagInt(sf.Tag, "len"); n > 0 {
			f.maxLen = n
		}
		if e := sf.Tag.Get("enum"); e != "" {
			f.enum = strings.Split(e, "|")
		}
		if f.pattern != "" {
			if _, ok := patterns[f.pattern]; !ok {
				panic("scenario: unknown pattern " + f.pattern)
			}
		}
		si.byName[name] = len(si.fields)
		si.fields = append(si.fields, f)
		si.names = append(si.names, name)
	}
	structInfos.Store(t, si)
	return si
}

func tagFloat(tag reflect.StructTag, key string) *float64 {
	s, ok := tag.Lookup(key)
	if !ok {
		return nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic("scenario: bad " + key + " tag " + s)
	}
	return &v
}

func tagInt(tag reflect.StructTag, key string) int {
	s, ok := tag.Lookup(key)
	if !ok {
		return 0
	}
	v, err := strconv.Atoi(s)
	if err != nil {
		panic("scenario: bad " + key + " tag " + s)
	}
	return v
}
