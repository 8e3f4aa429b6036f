package scenario

import "backchannel/game"

// mapView checks the map's view: its edges in order, and a view not so
// small that the board would show a town. (A view that crosses the
// antimeridian is not supported: the map is one flat sheet.)
func (c *checker) mapView() {
	v := c.f.Map.View
	if v == nil {
		return
	}
	p := joinKey("map", "view")
	failed := func(keys ...string) bool {
		for _, k := range keys {
			if c.d.failed[joinKey(p, k)] {
				return true
			}
		}
		return false
	}
	ok := true
	if !failed("west", "east") && v.West >= v.East {
		c.r.errVal(joinKey(p, "east"), "east must be greater than west; a view across the 180th meridian is not supported",
			"east = %v is not east of west = %v", v.East, v.West)
		ok = false
	}
	if !failed("south", "north") && v.South >= v.North {
		c.r.errVal(joinKey(p, "north"), "north must be greater than south", "north = %v is not north of south = %v", v.North, v.South)
		ok = false
	}
	if ok && !failed("west", "east", "south", "north") {
		if v.East-v.West < 2 || v.North-v.South < 2 {
			c.r.warnKey(p, "make the view at least 2 degrees each way", "the view is smaller than 2 degrees: the map would show a town, not a region")
		}
		c.s.View = &game.GeoBox{West: v.West, South: v.South, East: v.East, North: v.North}
	}
}
