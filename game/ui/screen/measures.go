package screen

// Sizes of the full-page screens at scale 1 that are not spacings (those
// are the theme's ui.Space*): margins that leave the page a reading width,
// rows and columns, and the few drawn ornaments.
const (
	pageMargin      = 64  // a page's side and top margin when the window has room
	pageMarginSmall = 44  // ... in a narrow window
	pageTopSmall    = 40  // ... in a short window
	pageGutter      = 28  // between a page's list and its text; under a header
	footerH         = 56  // from the window's bottom to the key hints' row
	footerMid       = 11  // from the hints' row to the middle of the row's button
	backButtonW     = 140 // the narrowest Done or Back button
	helpListW       = 300 // the help's list of terms, when the window has room
	settingsW       = 680 // the settings' column, when the window has room
	settingsRoom    = 36  // the window left each side of the settings' column
	swatchesH       = 52  // the palette's sample strip
	swatchW         = 20  // one sample of the palette
	swatchRadius    = 3
	keyRowH         = 31 // a row of the key table
	keyCapPad       = 7  // each side of a key's name in its cap
	keyCapRadius    = 3
	keySep          = 22 // between one key hint and the next
	keyColumnSep    = 24 // between a key table's columns
	headerTail      = 40 // how far a screen header's rule runs past its title
	backdropStep    = 64 // the backdrop's grid
	backdropCorner  = 5  // the frame's corner ornaments
	stampPad        = 10 // inside a rubber stamp's frame
	stampRadius     = 4
	stampStroke     = 3
	titleLeft       = 96  // the title's left margin on a wide window
	titleLeftSmall  = 48  // ... on a narrow one
	titleTop        = 110 // the title's top on a tall window
	titleTopSmall   = 48  // ... on a short one
	titleMenuGap    = 40  // between the subtitle and the menu
	titleItemH      = 50  // a menu item's height
	titleItemHSmall = 42  // ... on a short window
	titleMenuW      = 340
	titleCardW      = 400 // the briefing card beside the menu
	titleCardH      = 392
	titleRuleDrop   = 5   // the thin rule under the title's thick one
	titleKickIndent = 3   // the kicker's optical alignment with the title
	titleSubIndent  = 2   // the subtitle's optical alignment with the title
	titleStampX     = 120 // the "CONFIDENTIAL" stamp from the card's corner
	titleStampY     = 52
	titleVersionEnd = 48 // the version line's right margin
)
