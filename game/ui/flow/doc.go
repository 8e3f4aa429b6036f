// Package flow runs a game from the title screen to the debrief: it chooses
// the scenario and the seats, shows each human seat its briefing and the
// board, hands the laptop over between seats, resolves turns off the frame,
// shows the morning's headlines, autosaves, offers to restart when the
// scenario file changes, and ends with the debrief. It also holds the pause
// menu, the save and load screens and the replay viewer.
//
// The board itself comes from package board; flow only talks to it through
// the small Board interface, so the flow can be tested with a stand-in.
//
// Run opens the window. Idle is idle: Run puts ebiten in its
// frames-on-demand mode and asks for frames only while something moves.
package flow
