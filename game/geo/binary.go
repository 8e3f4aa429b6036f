package geo

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
)

// The binary form of a map asset holds the same numbers as the JSON one
// (see format.go), as varints: the browser decodes it in a few
// milliseconds, where encoding/json took most of a second of the page's
// only thread for the larger map under load (issue 13: no task over 200
// ms). It is made from the JSON asset (tools/mapbin, run by go generate
// in assets) and read back through the same checks (fromWire), so both
// forms give the same Map.
//
//	magic "bcmap\x00", uvarint length + JSON of the header (the asset
//	without its countries), uvarint country count, and per country:
//	strings code, num, name (uvarint length + bytes), varints label x, y,
//	uvarint polygon count; per polygon a uvarint ring count; per ring a
//	uvarint number count and the numbers as varints.
const binaryMagic = "bcmap\x00"

// EncodeBinary turns a JSON map asset into its binary form.
func EncodeBinary(jsonAsset []byte) ([]byte, error) {
	var w wireMap
	if err := json.Unmarshal(jsonAsset, &w); err != nil {
		return nil, fmt.Errorf("geo: decode map: %w", err)
	}
	if _, err := fromWire(&w); err != nil {
		return nil, err
	}
	countries := w.Countries
	w.Countries = nil
	head, err := json.Marshal(w)
	if err != nil {
		return nil, err
	}
	b := append([]byte(binaryMagic), binary.AppendUvarint(nil, uint64(len(head)))...)
	b = append(b, head...)
	b = binary.AppendUvarint(b, uint64(len(countries)))
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	for _, c := range countries {
		str(c.Code)
		str(c.Num)
		str(c.Name)
		b = binary.AppendVarint(b, c.Label[0])
		b = binary.AppendVarint(b, c.Label[1])
		b = binary.AppendUvarint(b, uint64(len(c.Polygons)))
		for _, p := range c.Polygons {
			b = binary.AppendUvarint(b, uint64(len(p)))
			for _, r := range p {
				b = binary.AppendUvarint(b, uint64(len(r)))
				for _, v := range r {
					b = binary.AppendVarint(b, v)
				}
			}
		}
	}
	return b, nil
}

// DecodeBinary parses the binary form of a map asset (see EncodeBinary).
func DecodeBinary(data []byte) (*Map, error) {
	if !bytes.HasPrefix(data, []byte(binaryMagic)) {
		return nil, errors.New("geo: not a binary map asset (regenerate it: go generate ./assets)")
	}
	r := reader{b: data[len(binaryMagic):]}
	var w wireMap
	if err := json.Unmarshal(r.bytes(), &w); err != nil && r.err == nil {
		r.err = err
	}
	w.Countries = make([]wireCountry, r.count())
	for i := range w.Countries {
		c := &w.Countries[i]
		c.Code, c.Num, c.Name = string(r.bytes()), string(r.bytes()), string(r.bytes())
		c.Label = [2]int64{r.varint(), r.varint()}
		c.Polygons = make([][][]int64, r.count())
		for j := range c.Polygons {
			c.Polygons[j] = make([][]int64, r.count())
			for k := range c.Polygons[j] {
				ring := make([]int64, r.count())
				for n := range ring {
					ring[n] = r.varint()
				}
				c.Polygons[j][k] = ring
			}
		}
	}
	if r.err != nil {
		return nil, fmt.Errorf("geo: decode binary map: %w", r.err)
	}
	return fromWire(&w)
}

// reader reads varints from b; after the first error it reads zeros and
// keeps the error.
type reader struct {
	b   []byte
	err error
}

var errShort = errors.New("the data ends early")

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads a length of a list, each of whose items takes a byte at
// least: a longer one is corrupt data (and would allocate for nothing).
func (r *reader) count() int {
	v := r.uvarint()
	if v > uint64(len(r.b)) {
		r.fail()
		return 0
	}
	return int(v)
}

func (r *reader) bytes() []byte {
	n := r.count()
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = errShort
	}
	r.b = nil
}
