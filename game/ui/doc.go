// Package ui is the frame the game's screens sit on: the App (an
// ebiten.Game) with its stack of Scenes, the Input layer that turns keys
// and clicks into Actions, the Theme (palette, scale, fonts) and the text
// and shape drawing helpers.
//
// It is the only part of the game that imports ebiten, together with its
// sub-packages: widget (controls and focus), screen (title, settings,
// help), textwrap (pure line breaking) and uitest (the Xvfb test harness).
//
// Idle is idle: the App draws only when input arrived, a scene called
// Context.Invalidate, the window was resized or the settings changed, and
// with ebiten.SetScreenClearedEveryFrame(false) the last picture stays on
// screen; after IdleAfter quiet ticks it also lowers the tick rate.
package ui
