package save

// Hooks for the external tests: the crash test drives the atomic write
// through its own file system.

type (
	FileSystem = fileSystem
	TempFile   = tempFile
	OSFS       = osFS
)

var WriteFileFS = writeFile

const TempPrefix = tempPrefix
