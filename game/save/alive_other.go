//go:build !unix

package save

// processAlive cannot ask the system here (Windows, the browser): a
// temporary file is then removed by age alone.
func processAlive(int) bool { return true }
