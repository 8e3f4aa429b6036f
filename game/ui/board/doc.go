// Package board is the game's main screen: the map with the actors and the
// trust between them, the issue board, the calendar strip, the inbox, the
// analyst panel, this turn's orders and the dialogs that write them.
//
// The board reads the game only through the session it is given (the seat's
// View and visible log, the AI seats' explanations, and Game.Check to
// validate orders as they are written) and changes it only by handing the
// finished orders to Session.Submit. Everything on screen is rebuilt from
// a snapshot taken when the board is created or refreshed, so drawing
// never touches the game while the flow resolves a turn off the frame.
//
// Each panel is one file and one widget (or a few) in a single widget.Form,
// so Tab walks the panels in reading order, the focus ring and tooltips
// come from the framework, and the mouse and keyboard reach the same
// actions.
package board
