package deps
import (
 _ "github.com/hajimehoshi/ebiten/v2"
 _ "github.com/ebitenui/ebitenui"
 _ "github.com/BurntSushi/toml"
 _ "golang.org/x/image/font/gofont/goregular"
 _ "github.com/expr-lang/expr"
 _ "github.com/chromedp/chromedp"
 _ "github.com/santhosh-tekuri/jsonschema/v6"
)
